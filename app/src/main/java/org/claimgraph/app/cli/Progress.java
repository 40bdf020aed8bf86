package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.claimgraph.app.BatchListener;

/**
 * A one-line progress counter on a terminal, shown only once a batch passes a few documents so that
 * a single file prints nothing extra; silent when output is not a terminal. Not thread-safe.
 */
final class Progress implements BatchListener, AutoCloseable {
    private static final int SHOW_AFTER = 3;

    private final PrintWriter err;
    private final boolean enabled;
    private int ingested;
    private int duplicates;
    private int failed;
    private boolean drawn;

    private Progress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    static Progress onTerminal(PrintWriter err) {
        return new Progress(err, System.console() != null);
    }

    @Override
    public void onItem(String source, String outcome) {
        switch (outcome) {
            case "ingested" -> ingested++;
            case "duplicate", "skipped" -> duplicates++;
            default -> failed++;
        }
        int total = ingested + duplicates + failed;
        if (enabled && total > SHOW_AFTER) {
            int width = 30;
            int filled = total % (width + 1);
            String bar = "#".repeat(filled) + ".".repeat(width - filled);
            err.printf(Locale.ROOT, "\r[%s] %d done: %d new, %d duplicate or skipped, %d failed", bar, total, ingested, duplicates, failed);
            err.flush();
            drawn = true;
        }
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(80) + "\r");
            err.flush();
            drawn = false;
        }
    }
}

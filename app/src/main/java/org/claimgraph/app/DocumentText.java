package org.claimgraph.app;

import java.util.Locale;
import org.claimgraph.core.Document;
import org.claimgraph.core.RemovedSpan;

/** Renders a document for a terminal: its metadata block and its text with removed spans marked. Stateless. */
public final class DocumentText {
    private DocumentText() {
    }

    public static String header(Document d) {
        StringBuilder sb = new StringBuilder();
        line(sb, "id", d.id());
        line(sb, "title", d.title());
        line(sb, "outlet", d.outlet());
        line(sb, "published", d.published() == null ? null : d.published().toString());
        line(sb, "url", d.url());
        line(sb, "language", d.language());
        line(sb, "source", d.source());
        line(sb, "removed", d.removed().isEmpty() ? "none" : d.removed().size() + " span(s)");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "%-10s %s%n", key + ":", value == null ? "-" : value));
    }

    /** The text as stored, each removed span wrapped in [[removed:REASON]] ... [[/removed]]. */
    public static String withRemovedMarked(Document d) {
        StringBuilder sb = new StringBuilder(d.text().length() + 64);
        int at = 0;
        for (RemovedSpan r : d.removed()) {
            if (r.start() < at) {
                continue; // overlapping removals: the first one already marked this text
            }
            sb.append(d.text(), at, r.start())
              .append("[[removed:").append(r.reason()).append("]]")
              .append(d.text(), r.start(), r.end())
              .append("[[/removed]]");
            at = r.end();
        }
        return sb.append(d.text(), at, d.text().length()).toString();
    }
}

package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.core.DocumentId;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code claimgraph docs}: lists the library's documents. Not thread-safe. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "List stored documents: id prefix, published, outlet, title.")
final class DocsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            List<DocumentSummary> docs = store.listDocuments();
            if (docs.isEmpty()) {
                out.println("The library is empty: add articles with `claimgraph ingest PATH|URL`.");
                return Main.EXIT_OK;
            }
            out.printf(Locale.ROOT, "%-12s  %-10s  %-16s  %s%n", "ID", "PUBLISHED", "OUTLET", "TITLE");
            for (DocumentSummary d : docs) {
                out.printf(Locale.ROOT, "%-12s  %-10s  %-16s  %s%n",
                        DocumentId.hex(d.id()).substring(0, 12),
                        d.published() == null ? "-" : d.published().toString(),
                        clip(d.outlet() == null ? "-" : d.outlet(), 16),
                        d.title() == null ? "(untitled: " + d.source() + ")" : d.title());
            }
            out.printf(Locale.ROOT, "%d document%s%n", docs.size(), docs.size() == 1 ? "" : "s");
            return Main.EXIT_OK;
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }
}

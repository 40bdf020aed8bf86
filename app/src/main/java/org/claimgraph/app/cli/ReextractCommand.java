package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.Document;
import org.claimgraph.extract.Extractor;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph reextract}: redoes extraction for stored documents after the extractor changed. Not thread-safe. */
@Command(name = "reextract", mixinStandardHelpOptions = true,
        description = "Extract the facts of every stored document again (by default only those extracted by another "
                + "extractor version, or never), replacing the old facts one document per transaction.")
final class ReextractCommand implements Callable<Integer> {
    @Option(names = "--all", description = "Redo every document, even those already extracted by this version.")
    boolean all;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Extractor extractor = null;
            int done = 0;
            int current = 0;
            int failed = 0;
            List<DocumentSummary> docs = store.listDocuments();
            for (DocumentSummary summary : docs) {
                if (extractor == null) {
                    extractor = extractorOptions.create();
                }
                if (!all && extractor.version().equals(summary.extractorVersion())) {
                    current++;
                    continue;
                }
                try {
                    Document doc = store.findDocument(summary.id()).orElseThrow();
                    store.replaceExtraction(doc.id(), extractor.extract(doc), extractor.version());
                    done++;
                } catch (ClaimgraphException e) {
                    failed++;
                    out.println("  failed: " + summary.id() + ": " + e.getMessage());
                }
            }
            out.printf(Locale.ROOT, "re-extracted %d, already current %d, failed %d%n", done, current, failed);
            out.flush();
            return failed == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }
}

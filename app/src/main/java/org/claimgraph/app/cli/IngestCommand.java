package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.app.IngestSummary;
import org.claimgraph.app.Library;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph ingest}: adds files, folders, URLs, feeds or stdin to the library. Not thread-safe. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add articles to the library: .txt/.md/.html files, folders, http(s) URLs, RSS/Atom feeds, "
                + "WARC files, or - for standard input. The same text twice is stored once.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Inputs to ingest.")
    List<String> inputs;

    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--allow-private", description = "Allow URLs that resolve to loopback or private addresses.")
    boolean allowPrivate;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxBytes = IngestOptions.defaults().maxBytes();

    @Option(names = "--no-extract", description = "Store documents without extracting facts (faster; run `reextract` later).")
    boolean noExtract;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IngestOptions defaults = IngestOptions.defaults();
        IngestOptions options = new IngestOptions(allowPrivate, maxBytes, defaults.connectTimeout(),
                defaults.readTimeout(), defaults.maxRedirects());
        try (Store store = storeOptions.open();
             Progress progress = Progress.onTerminal(spec.commandLine().getErr())) {
            Library library = noExtract
                    ? new Library(store, new Ingester(options), null)
                    : Library.withExtractor(store, new Ingester(options), extractorOptions::create);
            IngestSummary summary = library.ingest(inputs, System.in, progress);
            progress.close();
            out.print(summary.describe());
            out.flush();
            return summary.failed() == 0 ? Main.EXIT_OK : Main.EXIT_SOME_FAILED;
        }
    }
}

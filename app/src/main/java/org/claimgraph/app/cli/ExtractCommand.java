package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.claimgraph.app.ExtractionText;
import org.claimgraph.core.Document;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph extract}: prints the facts of one article without storing anything. Not thread-safe. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Read one article (a file, or the id of a stored document) and print its actors, attacks and "
                + "assertions with evidence spans, as text or as claimgraph-extraction/1 JSON.")
final class ExtractCommand implements Callable<Integer> {
    enum Format { json, text }

    @Parameters(paramLabel = "FILE|DOC-ID", description = "A file to read, or a stored document's id or id prefix.")
    String input;

    @Option(names = "--format", paramLabel = "json|text", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) that relative dates are resolved against, overriding the document's.")
    LocalDate published;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Document doc = DocumentInputs.fileOrStored(new Ingester(IngestOptions.defaults()), input, storeOptions);
        if (published != null) {
            doc = doc.withPublished(published);
        }
        Extraction extraction = extractorOptions.create().extract(doc);
        PrintWriter out = spec.commandLine().getOut();
        out.println(format == Format.json ? ExtractionCodec.toJson(extraction) : ExtractionText.render(extraction));
        out.flush();
        return Main.EXIT_OK;
    }
}

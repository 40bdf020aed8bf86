package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.claimgraph.core.Document;
import org.claimgraph.extract.Benchmark;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph bench}: our pipeline beside the plain CoreNLP baseline on one corpus, in one run. Not thread-safe. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure documents/s and tokens/s of Claimgraph's extractor and, in the same run on the same "
                + "documents, of the plain CoreNLP pipeline tokenize,ssplit,pos,lemma,ner,depparse.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "A folder of articles (read as by ingest).")
    Path corpus;

    @Option(names = "--limit", paramLabel = "N",
            description = "Measure only the first N documents of the corpus (a quicker, rougher figure).")
    Integer limit;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Document> docs = DocumentInputs.read(new Ingester(IngestOptions.defaults()), corpus.toString());
        if (limit != null && limit >= 0 && limit < docs.size()) {
            docs = docs.subList(0, limit);
        }
        Benchmark.Result result = new Benchmark(extractorOptions.create()).run(docs);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("corpus %s: %d documents%n", corpus, docs.size());
        out.print(result.toText());
        out.flush();
        return Main.EXIT_OK;
    }
}

package org.claimgraph.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.claimgraph.core.Document;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.eval.GoldDocument;
import org.claimgraph.extract.eval.GoldReader;
import org.claimgraph.extract.eval.Report;
import org.claimgraph.extract.eval.ScoredInput;
import org.claimgraph.extract.eval.Scorer;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph eval}: scores the extractor against answer keys by the rules of eval/FORMAT.md. Not thread-safe. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Extract every document that an answer key in --gold names (from --docs) and print precision, "
                + "recall and F1 per category, casualty and certainty accuracy, and the noise check.")
final class EvalCommand implements Callable<Integer> {
    enum Format { text, json }

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of claimgraph-gold/1 answer keys (*.json).")
    Path goldDir;

    @Option(names = "--docs", required = true, paramLabel = "DIR", description = "Folder holding the documents the keys name.")
    Path docsDir;

    @Option(names = "--verbose", description = "Also list, per document, the missed gold items and the false positives.")
    boolean verbose;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    /** The two parts of a split set: the one rules are written against, and the one only measured on. */
    enum Part { all, read, held }

    @Option(names = "--hold-out", paramLabel = "N", description = "Split the keys (sorted by name) so that every N-th one, "
            + "starting with the N-th, is held out; 0 (the default) keeps all. With --part.")
    int holdOut;

    @Option(names = "--part", paramLabel = "all|read|held", description = "Which part of a --hold-out split to score: "
            + "read (the keys one may study while writing rules), held (the keys one only measures on) or all (default: ${DEFAULT-VALUE}).")
    Part part = Part.all;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (holdOut < 0 || holdOut == 1 || (part != Part.all && holdOut == 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--part read|held needs --hold-out N with N >= 2 (got --hold-out " + holdOut + ")");
        }
        List<Path> keys = selectPart(goldFiles(goldDir), holdOut, part);
        if (keys.isEmpty()) {
            throw new InvalidInputException(goldDir.toString(), "no answer keys (*.json) in this folder");
        }
        Ingester ingester = new Ingester(IngestOptions.defaults());
        Extractor extractor = extractorOptions.create();
        List<ScoredInput> inputs = new ArrayList<>();
        for (Path key : keys) {
            GoldDocument gold = GoldReader.read(key);
            Document doc = withPublished(DocumentInputs.read(ingester, docsDir.resolve(gold.document()).toString()).get(0), gold);
            inputs.add(new ScoredInput(gold, doc.text(), extractor.extract(doc)));
        }
        Report report = Scorer.scoreAll(inputs);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(report.toJson());
        } else {
            out.printf("%d documents, extractor %s%n", inputs.size(), extractor.version());
            out.print(verbose ? report.toVerboseText() : report.toText());
        }
        out.flush();
        return Main.EXIT_OK;
    }

    /** MUC-style texts have no sidecar: the key's dateline date is what relative dates hang on. */
    private static Document withPublished(Document doc, GoldDocument gold) {
        if (doc.published() != null || gold.published() == null) {
            return doc;
        }
        return doc.withPublished(LocalDate.parse(gold.published()));
    }

    /** Every N-th key (1-based: the N-th, 2N-th, ...) is held out; the rest is the part one may read. */
    static List<Path> selectPart(List<Path> sortedKeys, int holdOut, Part part) {
        if (part == Part.all) {
            return sortedKeys;
        }
        List<Path> chosen = new ArrayList<>();
        for (int i = 0; i < sortedKeys.size(); i++) {
            boolean held = (i + 1) % holdOut == 0;
            if (held == (part == Part.held)) {
                chosen.add(sortedKeys.get(i));
            }
        }
        return chosen;
    }

    private static List<Path> goldFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir.toString(), "not a folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}

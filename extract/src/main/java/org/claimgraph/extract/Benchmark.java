package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.extract.pipeline.CoreNlp;

/**
 * Runs our extractor and, in the same run on the same documents, the plain CoreNLP pipeline
 * tokenize,ssplit,pos,lemma,ner,depparse, each after a warm-up pass, and reports documents/s,
 * tokens/s and the speed-up. Single-threaded measurement; not thread-safe to share an instance.
 */
public final class Benchmark {
    /** Throughput of one side. */
    public record Side(String name, int documents, long tokens, double seconds) {
        public double docsPerSecond() {
            return documents / seconds;
        }

        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Both sides and the ratio of their document rates. */
    public record Result(Side ours, Side baseline) {
        public double speedUp() {
            return ours.docsPerSecond() / baseline.docsPerSecond();
        }

        public String toText() {
            return String.format(Locale.ROOT, "%-10s %6s %10s %10s %12s%n", "pipeline", "docs", "seconds", "docs/s", "tokens/s")
                    + line(ours) + line(baseline)
                    + String.format(Locale.ROOT, "speed-up %.1fx (heap max %d MB)%n", speedUp(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }

        private static String line(Side s) {
            return String.format(Locale.ROOT, "%-10s %6d %10.2f %10.2f %12.0f%n", s.name(), s.documents(), s.seconds(),
                    s.docsPerSecond(), s.tokensPerSecond());
        }
    }

    private final Extractor extractor;

    public Benchmark(Extractor extractor) {
        this.extractor = extractor;
    }

    /** Every .txt file under the directory, as documents (published date unknown). */
    public static List<Document> readCorpus(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().map(p -> {
                try {
                    String text = Files.readString(p, StandardCharsets.UTF_8);
                    return new Document(DocumentId.of(text), text, null, null, (LocalDate) null, null, "en",
                            p.toString(), "text/plain", null, List.of());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + dir, e);
        }
    }

    public Result run(List<Document> docs) {
        // Warm-up: loads models and lets the JIT settle on both sides before timing.
        List<Document> warm = docs.subList(0, Math.min(docs.size(), 3));
        warm.forEach(extractor::extract);
        warm.forEach(d -> CoreNlp.baseline().annotate(new Annotation(d.text())));
        long tokens = 0;
        long t0 = System.nanoTime();
        for (Document d : docs) {
            extractor.extract(d);
        }
        double ours = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        for (Document d : docs) {
            Annotation a = new Annotation(d.text());
            CoreNlp.baseline().annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        double base = (System.nanoTime() - t0) / 1e9;
        return new Result(new Side("claimgraph", docs.size(), tokens, ours), new Side("corenlp", docs.size(), tokens, base));
    }

    /** {@code java ... org.claimgraph.extract.Benchmark DIR}: prints the comparison. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/corpus");
        Result r = new Benchmark(Extractor.create(ExtractorConfig.defaults())).run(readCorpus(dir));
        System.out.print(r.toText());
    }
}

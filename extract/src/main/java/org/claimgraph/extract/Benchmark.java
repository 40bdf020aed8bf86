package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.extract.pipeline.CoreNlp;
import org.claimgraph.extract.pipeline.Pipeline;

/**
 * Runs our extractor and, in the same run on the same documents, the plain CoreNLP pipeline
 * tokenize,ssplit,pos,lemma,ner,depparse, each after a warm-up pass, and reports documents/s,
 * tokens/s and the speed-up, with where our time goes and how many sentences got the expensive
 * stages. The two sides alternate document by document, so a load spike from other processes on
 * the machine hits both rather than one. Tokens are counted once, by the same tokenizer, for both.
 * Single-threaded measurement; not thread-safe to share an instance.
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

    /**
     * Both sides, the ratio of their document rates, our per-stage seconds and coverage, the heap
     * limit and the system load average at the end (negative when the platform has none).
     */
    public record Result(Side ours, Side baseline, Map<String, Double> stageSeconds, Pipeline.Coverage coverage,
            long heapMaxMb, double loadAverage) {
        public Result {
            // Keeps the stage order for the report; Map.copyOf would lose it.
            stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
        }

        public double speedUp() {
            return ours.docsPerSecond() / baseline.docsPerSecond();
        }

        public String toText() {
            StringBuilder b = new StringBuilder();
            b.append(String.format(Locale.ROOT, "%-10s %6s %10s %10s %12s%n", "pipeline", "docs", "seconds", "docs/s",
                    "tokens/s"));
            b.append(line(ours)).append(line(baseline));
            b.append(String.format(Locale.ROOT, "speed-up %.1fx (heap max %d MB, load average %.2f)%n", speedUp(),
                    heapMaxMb, loadAverage));
            b.append("claimgraph stages (seconds, share of its time):\n");
            stageSeconds.forEach((name, sec) -> b.append(String.format(Locale.ROOT, "  %-12s %6.2f %5.1f%%%n", name,
                    sec, 100 * sec / ours.seconds())));
            Pipeline.Coverage c = coverage;
            b.append(String.format(Locale.ROOT,
                    "sentences %d: pos+lemma on %d (%.0f%%), ner on %d (%.0f%%), of them with SUTime %d (%.0f%%), "
                            + "depparse on %d (%.0f%%)%n",
                    c.sentences(), c.tagged(), pct(c.tagged(), c.sentences()), c.named(), pct(c.named(), c.sentences()),
                    c.dated(), pct(c.dated(), c.sentences()), c.parsed(), pct(c.parsed(), c.sentences())));
            return b.toString();
        }

        private static double pct(long part, long whole) {
            return whole == 0 ? 0 : 100.0 * part / whole;
        }

        private static String line(Side s) {
            return String.format(Locale.ROOT, "%-10s %6d %10.2f %10.2f %12.0f%n", s.name(), s.documents(), s.seconds(),
                    s.docsPerSecond(), s.tokensPerSecond());
        }
    }

    private static final int WARM_UP = 5;
    private static final String WARM_UP_TEXT = """
            GUNMEN ATTACKED A MARKET IN KABUL ON MONDAY, KILLING 3 PEOPLE. THE TALIBAN CLAIMED RESPONSIBILITY, \
            A SPOKESMAN SAID.

            Gunmen attacked a market in Kabul on Monday, killing three people. The Taliban claimed \
            responsibility for the attack, a spokesman said on Tuesday.
            """;

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
        // Warm-up: loads models and lets the JIT settle on both sides before timing. The built-in
        // report reaches every stage (the first documents of a corpus may never need depparse), so
        // no model load is charged to the timed run of either side.
        List<Document> warm = new ArrayList<>(docs.subList(0, Math.min(docs.size(), WARM_UP)));
        warm.add(new Document(DocumentId.of(WARM_UP_TEXT), WARM_UP_TEXT, null, null, LocalDate.of(2024, 5, 2), null,
                "en", "warm-up", "text/plain", null, List.of()));
        warm.forEach(extractor::extract);
        warm.forEach(d -> CoreNlp.baseline().annotate(new Annotation(d.text())));
        // Tokens counted once, outside the clock, with the same tokenizer for both sides.
        long tokens = 0;
        for (Document d : docs) {
            Annotation a = new Annotation(d.text());
            CoreNlp.tokenizer().annotate(a);
            tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        extractor.pipeline().resetTimes();
        long ours = 0;
        long base = 0;
        for (Document d : docs) {
            long t0 = System.nanoTime();
            extractor.extract(d);
            long t1 = System.nanoTime();
            CoreNlp.baseline().annotate(new Annotation(d.text()));
            long t2 = System.nanoTime();
            ours += t1 - t0;
            base += t2 - t1;
        }
        return new Result(new Side("claimgraph", docs.size(), tokens, ours / 1e9),
                new Side("corenlp", docs.size(), tokens, base / 1e9), extractor.pipeline().stageSeconds(),
                extractor.pipeline().coverage(), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** {@code java ... org.claimgraph.extract.Benchmark DIR [LIMIT]}: prints the comparison. */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/corpus");
        List<Document> docs = readCorpus(dir);
        if (args.length > 1) {
            docs = docs.subList(0, Math.min(docs.size(), Integer.parseInt(args[1])));
        }
        Result r = new Benchmark(Extractor.create(ExtractorConfig.defaults())).run(docs);
        System.out.print(r.toText());
    }
}

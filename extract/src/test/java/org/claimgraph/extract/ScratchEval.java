package org.claimgraph.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.extract.eval.GoldDocument;
import org.claimgraph.extract.eval.GoldReader;
import org.claimgraph.extract.eval.Report;
import org.claimgraph.extract.eval.ScoredInput;
import org.claimgraph.extract.eval.Scorer;

/** Scratch: scores the extractor on the sample gold and MUC-4 dev (run with -Dscratch.muc=N, optionally -Dscratch.ids=ID,ID). */
final class ScratchEval {
    public static void main(String[] args) throws Exception {
        Document d = Samples.crocus();
        long t0 = System.nanoTime();
        Extraction x = Samples.EXTRACTOR.extract(d);
        System.out.println(ExtractionCodec.toJson(x));
        GoldDocument g = GoldReader.read(Samples.ROOT.resolve("examples/eval/gold/crocus-taz-2024-04.json"));
        Report r = Scorer.scoreAll(List.of(new ScoredInput(g, d.text(), x)));
        System.out.println(r.toVerboseText());
        int n = Integer.getInteger("scratch.muc", 0);
        if (n > 0) {
            List<ScoredInput> in = new ArrayList<>();
            Path dir = Samples.ROOT.resolve("examples/eval/muc4-dev");
            List<Path> golds;
            try (var s = Files.list(dir.resolve("gold"))) {
                golds = s.sorted().limit(n).toList();
            }
            String ids = System.getProperty("scratch.ids");
            if (ids != null) {
                // Only the listed documents (comma-separated ids), to iterate on a few misses quickly.
                List<String> want = List.of(ids.split(","));
                golds = golds.stream().filter(gp -> want.contains(gp.getFileName().toString().replace(".json", ""))).toList();
            }
            for (Path gp : golds) {
                GoldDocument gd = GoldReader.read(gp);
                String id = gp.getFileName().toString().replace(".json", "");
                String text = Files.readString(dir.resolve("docs/" + id + ".txt"), StandardCharsets.UTF_8);
                Document md = Samples.doc(text, gd.published() == null ? null : java.time.LocalDate.parse(gd.published()));
                Extraction mx = Samples.EXTRACTOR.extract(md);
                String dump = System.getProperty("scratch.dump");
                if (dump != null) {
                    // One system file per document, to compare with its gold by hand.
                    Files.createDirectories(Path.of(dump));
                    Files.writeString(Path.of(dump, id + ".json"), ExtractionCodec.toJson(mx), StandardCharsets.UTF_8);
                }
                in.add(new ScoredInput(gd, text, mx));
            }
            Report mr = Scorer.scoreAll(in);
            System.out.println(mr.toText());
            String out = System.getProperty("scratch.out");
            if (out != null) {
                // The per-document misses and false positives, too long for the console.
                Files.writeString(Path.of(out), mr.toVerboseText(), StandardCharsets.UTF_8);
            }
        }
        System.out.println("ms " + (System.nanoTime() - t0) / 1_000_000);
    }
}

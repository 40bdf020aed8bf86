package org.claimgraph.assess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {
    private final MinHash minHash = new MinHash(5, 128);

    @Test
    void identicalTextsAreIdenticalAndFoldingIgnoresCaseAndPunctuation() {
        String a = MultiCorpus.text("crocus-meridian-2024-03-24");
        assertEquals(1.0, MinHash.similarity(minHash.signature(a), minHash.signature(a)));
        assertEquals(1.0, MinHash.similarity(minHash.signature("The Kremlin said, on Friday: nothing."),
                minHash.signature("the KREMLIN said on friday nothing")));
    }

    @Test
    void signaturesAreTheSameOnEveryRun() {
        String a = MultiCorpus.text("crocus-ledger-2024-03-23");
        assertArrayEquals(new MinHash(5, 128).signature(a), new MinHash(5, 128).signature(a));
    }

    @Test
    void syndicatedCopyIsNearAndOtherReportsOfTheSameAttackAreFar() {
        DocumentMeta wire = MultiCorpus.input("crocus-meridian-2024-03-24").meta();
        DocumentMeta copy = MultiCorpus.input("crocus-harbour-2024-03-24").meta();
        DocumentMeta other = MultiCorpus.input("crocus-northline-2024-03-26").meta();
        double near = MinHash.similarity(minHash.signature(SourceClustering.body(wire)), minHash.signature(SourceClustering.body(copy)));
        double far = MinHash.similarity(minHash.signature(SourceClustering.body(wire)), minHash.signature(SourceClustering.body(other)));
        assertTrue(near >= SourceClustering.THRESHOLD, "syndicated copy similarity " + near);
        assertTrue(far < 0.2, "different reports similarity " + far);
    }

    @Test
    void clustersJoinOnlyNearDuplicates() {
        List<DocumentMeta> docs = MultiCorpus.all().stream().map(AssessInput::meta).toList();
        SourceClustering.Result r = new SourceClustering().cluster(docs);
        assertEquals(docs.size() - 1, r.clusters().size());
        assertEquals(r.byDocument().get(MultiCorpus.id("crocus-meridian-2024-03-24")),
                r.byDocument().get(MultiCorpus.id("crocus-harbour-2024-03-24")));
    }

    @Test
    void emptyTextsAreNotDuplicatesOfEachOther() {
        SourceClustering.Result r = new SourceClustering().cluster(List.of(
                new DocumentMeta("sha256:a", null, null, LocalDate.of(2024, 1, 1), null, ""),
                new DocumentMeta("sha256:b", null, null, LocalDate.of(2024, 1, 1), null, "")));
        assertEquals(2, r.clusters().size());
    }
}

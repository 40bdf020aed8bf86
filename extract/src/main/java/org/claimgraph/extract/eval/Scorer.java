package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.claimgraph.core.extraction.Extraction;

/**
 * Scores system extractions against claimgraph-gold/1 answer keys by the scoring rules of
 * eval/FORMAT.md: per document into counts and findings, over many documents into a micro-averaged
 * {@link Report}. Pure: no I/O, no NLP; the caller produces the extractions. Stateless, thread-safe.
 */
public final class Scorer {
    private Scorer() {
    }

    /** Scores every input and sums the counts (micro-average). */
    public static Report scoreAll(List<ScoredInput> inputs) {
        List<DocumentScore> scores = new ArrayList<>(inputs.size());
        for (ScoredInput in : inputs) {
            scores.add(score(in));
        }
        return new Report(scores);
    }

    /** Scores one document. */
    public static DocumentScore score(ScoredInput input) {
        Objects.requireNonNull(input, "input");
        return new DocumentScorer(input.gold(), input.documentText(), input.extraction()).score();
    }

    /** Scores one document; a null extraction is scored as an empty one. */
    public static DocumentScore score(GoldDocument gold, String documentText, Extraction extraction) {
        return score(new ScoredInput(gold, documentText, extraction));
    }
}

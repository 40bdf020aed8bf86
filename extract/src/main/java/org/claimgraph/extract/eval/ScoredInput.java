package org.claimgraph.extract.eval;

import java.util.Objects;
import org.claimgraph.core.extraction.Extraction;

/**
 * One document to score: its answer key, its text as given (offsets of the extraction and the
 * noise rule refer to it) and what the system extracted, or null when the system produced nothing
 * (scored as an empty extraction). Immutable.
 */
public record ScoredInput(GoldDocument gold, String documentText, Extraction extraction) {
    public ScoredInput {
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(documentText, "documentText");
    }
}

package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * The score of one document: the counts of every category and the findings that explain them.
 * Immutable.
 */
public record DocumentScore(
        String document,
        Prf actors,
        Prf partOf,
        Prf events,
        Prf assertions,
        Accuracy casualties,
        Accuracy certainty,
        NoiseResult noise,
        List<Finding> findings) {

    public DocumentScore {
        Objects.requireNonNull(document, "document");
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether every counted item is right and noise passes (neutral findings do not matter). */
    public boolean perfect() {
        return noise.passed() && findings.stream().allMatch(f -> f.outcome() == Finding.Outcome.NEUTRAL);
    }
}

package org.claimgraph.extract.eval;

import java.util.List;

/**
 * Rule 6 for one document: how many occurrences of gold noise texts were checked and the ones that
 * fail (outside every removed span and overlapping an actor mention, event mention or evidence span).
 * Immutable.
 */
public record NoiseResult(int occurrences, List<Finding> failures) {
    public static final NoiseResult NONE = new NoiseResult(0, List.of());

    public NoiseResult {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}

package org.claimgraph.assess;

import java.util.List;

/**
 * A residual doubt about the leading hypothesis: evidence inconsistent with it, a denial, a doubted
 * claim, competing claims, or a holder contradicting itself; with the evidence rows behind it. Immutable.
 */
public record Doubt(String kind, List<String> rows, String text) {
    public Doubt {
        rows = List.copyOf(rows);
    }
}

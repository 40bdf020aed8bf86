package org.claimgraph.assess;

import java.math.BigDecimal;
import java.util.List;

/**
 * Documents whose texts are near-duplicates (syndicated wire copy, reposts): one source, counted
 * once. A document with no near-duplicate is a cluster of one. {@code similarity} is the lowest
 * estimated Jaccard similarity of word 5-gram sets between two members that joined (1 for one member).
 * Immutable.
 */
public record SourceCluster(String id, List<String> documentIds, List<String> outlets, BigDecimal similarity) {
    public SourceCluster {
        documentIds = List.copyOf(documentIds);
        outlets = List.copyOf(outlets);
    }
}

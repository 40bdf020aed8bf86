package org.claimgraph.assess;

import java.math.BigDecimal;
import java.util.List;

/**
 * One candidate perpetrator of an event, or "unknown". {@code parent} is the broader hypothesis it
 * is part of (ISKP within the Islamic State), null at the top level. {@code inconsistency} is the
 * ACH weighted inconsistency (lower is better); {@code support} the weight of consistent evidence;
 * {@code share} support over the top-level total (top-level shares sum to 1). Immutable.
 */
public record Hypothesis(String key, String name, String parent, int level, int rank, BigDecimal inconsistency,
        BigDecimal support, BigDecimal share, List<String> consistentRows, List<String> inconsistentRows) {
    /** The key of the hypothesis that no named suspect did it. */
    public static final String UNKNOWN = "unknown";

    public Hypothesis {
        consistentRows = List.copyOf(consistentRows);
        inconsistentRows = List.copyOf(inconsistentRows);
    }
}

package org.claimgraph.assess;

import java.math.BigDecimal;

/** A hypothesis's place in the ranking at one point of the timeline. Immutable. */
public record RankEntry(String hypothesis, int rank, BigDecimal inconsistency, BigDecimal share) {
}

package org.claimgraph.core.extraction;

/** What a report says of the attackers themselves: how many, whether captured, their nationality. Immutable. */
public record Perpetrators(Integer count, Boolean captured, String nationality) {
    public static final Perpetrators UNKNOWN = new Perpetrators(null, null, null);
}

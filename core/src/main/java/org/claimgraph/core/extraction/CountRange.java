package org.claimgraph.core.extraction;

/**
 * A reported count as a range: "21 killed" is [21, 21], "more than 50" is [51, open), null bounds
 * unknown. Immutable.
 */
public record CountRange(Integer min, Integer max) {
    public CountRange {
        if (min != null && max != null && max < min) {
            throw new IllegalArgumentException("count range max " + max + " below min " + min);
        }
    }

    public static CountRange exactly(int n) {
        return new CountRange(n, n);
    }

    public static CountRange moreThan(int n) {
        return new CountRange(n + 1, null);
    }

    public static CountRange atLeast(int n) {
        return new CountRange(n, null);
    }
}

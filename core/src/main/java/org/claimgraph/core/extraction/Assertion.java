package org.claimgraph.core.extraction;

/**
 * Who holds that whom is (or is not) responsible for which event, how sure, through which channel,
 * when, and the evidence. {@code holder} is an actor id or {@code "author"}. Immutable.
 */
public record Assertion(
        String id,
        String event,
        String holder,
        String suspect,
        AssertionKind kind,
        Certainty certainty,
        String channel,
        String date,
        Evidence evidence) {

    /** The holder value that means the article itself asserts it. */
    public static final String AUTHOR = "author";
}

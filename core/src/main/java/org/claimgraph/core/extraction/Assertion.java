package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who holds that whom is (or is not) responsible for which event, how sure, through which channel,
 * when, and the evidence. {@code holder} is an actor id or {@code "author"}. {@code via}, when set,
 * is the id of the member the evidence names: the assertion about the group follows from one about
 * that member (a founder, commander, soldier), and is held one certainty step lower. Immutable.
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
        Evidence evidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) String via) {

    /** The holder value that means the article itself asserts it. */
    public static final String AUTHOR = "author";

    @JsonCreator
    public Assertion {
    }

    /** An assertion the evidence makes directly, about the suspect it names. */
    public Assertion(String id, String event, String holder, String suspect, AssertionKind kind, Certainty certainty,
                     String channel, String date, Evidence evidence) {
        this(id, event, holder, suspect, kind, certainty, channel, date, evidence, null);
    }
}

package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How sure the holder of an assertion is, after FactBank, strongest first. Immutable. */
public enum Certainty implements JsonName {
    CERTAIN("certain"),
    PROBABLE("probable"),
    POSSIBLE("possible"),
    DOUBTFUL("doubtful");

    private final String json;

    Certainty(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }

    @JsonCreator
    public static Certainty of(String value) {
        return JsonName.parse(Certainty.class, value);
    }

    /** The less sure of the two: a hedge can only weaken what a cue says. */
    public static Certainty weaker(Certainty a, Certainty b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

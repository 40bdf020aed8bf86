package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;

/** What an assertion says of a suspect and an event: claims it, attributes it, denies it, or says it was not claimed. Immutable. */
public enum AssertionKind implements JsonName {
    CLAIM("claim"),
    ATTRIBUTION("attribution"),
    DENIAL("denial"),
    NO_CLAIM("no-claim");

    private final String json;

    AssertionKind(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }

    @JsonCreator
    public static AssertionKind of(String value) {
        return JsonName.parse(AssertionKind.class, value);
    }
}

package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of an event, as claimgraph-extraction/1 names it. Immutable. */
public enum EventKind implements JsonName {
    ATTACK("attack"),
    PLOT("plot"),
    ARREST("arrest"),
    AIRSTRIKE("airstrike"),
    OTHER("other");

    private final String json;

    EventKind(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }

    @JsonCreator
    public static EventKind of(String value) {
        return JsonName.parse(EventKind.class, value);
    }
}

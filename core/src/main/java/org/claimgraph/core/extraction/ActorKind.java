package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The kind of an actor, as claimgraph-extraction/1 names it. Immutable. */
public enum ActorKind implements JsonName {
    ARMED_GROUP("armed-group"),
    MEDIA_OUTLET("media-outlet"),
    GOVERNMENT_BODY("government-body"),
    INTELLIGENCE_AGENCY("intelligence-agency"),
    STATE("state"),
    ORGANIZATION("organization"),
    PERSON("person"),
    POPULATION("population");

    private final String json;

    ActorKind(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }

    @JsonCreator
    public static ActorKind of(String value) {
        return JsonName.parse(ActorKind.class, value);
    }
}

package org.claimgraph.core.extraction;

import java.util.List;

/** Everything extracted from one document, in the shape of claimgraph-extraction/1. Immutable. */
public record Extraction(
        String format,
        DocumentHeader document,
        List<Actor> actors,
        List<Event> events,
        List<Assertion> assertions) {

    public static final String FORMAT = "claimgraph-extraction/1";

    public Extraction {
        actors = actors == null ? List.of() : List.copyOf(actors);
        events = events == null ? List.of() : List.copyOf(events);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    public static Extraction of(DocumentHeader document, List<Actor> actors, List<Event> events, List<Assertion> assertions) {
        return new Extraction(FORMAT, document, actors, events, assertions);
    }
}

package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Objects;

/**
 * One claimgraph-gold/1 answer key: the document file it is for, its publication date, the noise
 * texts, and the gold actors, events and assertions in file order. Immutable.
 */
public record GoldDocument(
        String document,
        String published,
        List<GoldNoise> noise,
        List<GoldActor> actors,
        List<GoldEvent> events,
        List<GoldAssertion> assertions) {

    public static final String FORMAT = "claimgraph-gold/1";

    public GoldDocument {
        Objects.requireNonNull(document, "document");
        noise = noise == null ? List.of() : List.copyOf(noise);
        actors = actors == null ? List.of() : List.copyOf(actors);
        events = events == null ? List.of() : List.copyOf(events);
        assertions = assertions == null ? List.of() : List.copyOf(assertions);
    }

    /** The gold actor with this key, or null. */
    public GoldActor actor(String key) {
        for (GoldActor a : actors) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        return null;
    }

    /** The gold event with this key, or null. */
    public GoldEvent event(String key) {
        for (GoldEvent e : events) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }
}

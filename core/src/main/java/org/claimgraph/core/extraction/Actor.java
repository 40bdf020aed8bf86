package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.claimgraph.core.Span;

/**
 * An actor one document mentions: a group, outlet, state body, person or population, with every
 * mention span. {@code partOf} is another actor's id in the same extraction. {@code registryKey}
 * links it to the actor registry when it is a known actor. Immutable.
 */
public record Actor(
        String id,
        String name,
        ActorKind kind,
        List<String> aliases,
        String partOf,
        String role,
        String affiliation,
        List<Span> mentions,
        @JsonInclude(JsonInclude.Include.NON_NULL) String registryKey) {

    public Actor {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}

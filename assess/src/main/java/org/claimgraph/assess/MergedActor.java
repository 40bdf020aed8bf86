package org.claimgraph.assess;

import java.util.List;
import org.claimgraph.core.extraction.ActorKind;

/**
 * One actor across documents: the registry entry when an extracted actor links to one, else the
 * folded name with the kind ({@code person:abdul-sayed}). {@code key} is what analyst overrides use.
 * Immutable.
 */
public record MergedActor(String key, String name, ActorKind kind, String registryKey, String country,
        List<String> names, List<ActorInDocument> documents) {
    public MergedActor {
        names = List.copyOf(names);
        documents = List.copyOf(documents);
    }
}

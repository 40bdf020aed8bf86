package org.claimgraph.core.registry;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.extraction.ActorKind;

/**
 * One known actor of the registry: a stable key, its preferred name, kind, every alias it goes by
 * (transliterations, abbreviations, other languages), the key of the actor it is part of, and
 * whether its aliases may knowingly be shared with another entry. Immutable.
 *
 * @param country the country it is based in or belongs to, when that is one country; else null
 */
public record RegistryEntry(
        String key,
        String name,
        ActorKind kind,
        List<String> aliases,
        String partOf,
        boolean ambiguous,
        String country,
        String note) {

    public RegistryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name of " + key);
        Objects.requireNonNull(kind, "kind of " + key);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The name followed by every alias: all the strings this entry is known by. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}

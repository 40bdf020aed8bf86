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
 * @param exactAliases aliases that name this actor only with exactly this case and never in all-capitals
 *     text (short abbreviations that are also words: "IS", "US", "RAW"); part of {@link #allNames()}
 */
public record RegistryEntry(
        String key,
        String name,
        ActorKind kind,
        List<String> aliases,
        String partOf,
        boolean ambiguous,
        String country,
        String note,
        List<String> exactAliases) {

    public RegistryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name of " + key);
        Objects.requireNonNull(kind, "kind of " + key);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        exactAliases = exactAliases == null ? List.of() : List.copyOf(exactAliases);
    }

    /** An entry without case-sensitive aliases (the record's shape before {@code exactAliases}). */
    public RegistryEntry(String key, String name, ActorKind kind, List<String> aliases, String partOf,
            boolean ambiguous, String country, String note) {
        this(key, name, kind, aliases, partOf, ambiguous, country, note, List.of());
    }

    /** The name followed by every alias, case-sensitive ones last: all the strings this entry is known by. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>(aliases.size() + exactAliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        names.addAll(exactAliases);
        return List.copyOf(names);
    }

    /**
     * Whether this surface string, as written in a text, names this entry: the name or an alias equal
     * under {@link org.claimgraph.core.TextFold}, or an exact alias equal character for character.
     */
    public boolean isNamedBy(String surface) {
        if (surface == null) {
            return false;
        }
        if (exactAliases.contains(surface)) {
            return true;
        }
        String folded = org.claimgraph.core.TextFold.fold(surface);
        if (folded.isEmpty()) {
            return false;
        }
        if (org.claimgraph.core.TextFold.fold(name).equals(folded)) {
            return true;
        }
        for (String a : aliases) {
            if (org.claimgraph.core.TextFold.fold(a).equals(folded)) {
                return true;
            }
        }
        return false;
    }
}

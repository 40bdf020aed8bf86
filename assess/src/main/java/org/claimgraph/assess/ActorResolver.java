package org.claimgraph.assess;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;

/**
 * Resolves the actors of one extraction to cross-document keys: the registry key when the actor
 * links to (or is unambiguously named like) a registry entry, else kind and folded name. Immutable
 * after construction, so thread-safe.
 */
final class ActorResolver {
    private final ActorRegistry registry;
    private final Map<String, Actor> byId = new LinkedHashMap<>();
    private final Map<String, ResolvedActor> resolved = new LinkedHashMap<>();

    ActorResolver(ActorRegistry registry, ReliabilityPolicy policy, Extraction extraction) {
        this.registry = registry;
        for (Actor a : extraction.actors()) {
            byId.putIfAbsent(a.id(), a);
        }
        for (Actor a : byId.values()) {
            resolved.put(a.id(), resolve(a, policy));
        }
    }

    Optional<ResolvedActor> get(String actorId) {
        return Optional.ofNullable(actorId == null ? null : resolved.get(actorId));
    }

    Map<String, ResolvedActor> all() {
        return resolved;
    }

    Actor actor(String id) {
        return byId.get(id);
    }

    private ResolvedActor resolve(Actor a, ReliabilityPolicy policy) {
        Optional<RegistryEntry> entry = registryEntry(a);
        String key = entry.map(RegistryEntry::key)
                .orElse((a.kind() == null ? "actor" : a.kind().json()) + ":" + Ids.slug(a.name()));
        String name = entry.map(RegistryEntry::name).orElse(a.name());
        ActorKind kind = entry.map(RegistryEntry::kind).orElse(a.kind());
        String country = entry.map(e -> countryOf(e.key())).orElse(null);
        ActorKind speaksFor = null;
        String groupKey = null;
        // The document's own partOf and affiliation tell what the registry cannot: whose spokesperson
        // a person is, which country an unlisted "foreign ministry" belongs to.
        Set<String> seen = new HashSet<>();
        Actor cur = a;
        while (cur.partOf() != null && seen.add(cur.id()) && byId.containsKey(cur.partOf())) {
            Actor parent = byId.get(cur.partOf());
            Optional<RegistryEntry> pe = registryEntry(parent);
            ActorKind pk = pe.map(RegistryEntry::kind).orElse(parent.kind());
            if (country == null) {
                country = pe.map(e -> countryOf(e.key())).orElse(null);
            }
            if (speaksFor == null && pk != null && policy.isOfficialPersonKind(pk)) {
                speaksFor = pk;
            }
            if (groupKey == null && pk == ActorKind.ARMED_GROUP) {
                groupKey = pe.map(RegistryEntry::key).orElse("armed-group:" + Ids.slug(parent.name()));
            }
            cur = parent;
        }
        if (a.affiliation() != null) {
            Optional<RegistryEntry> ae = unique(registry.lookupSurface(a.affiliation()));
            if (ae.isPresent()) {
                if (country == null) {
                    country = countryOf(ae.get().key());
                }
                if (speaksFor == null && policy.isOfficialPersonKind(ae.get().kind())) {
                    speaksFor = ae.get().kind();
                }
            }
        }
        if (entry.isPresent() && groupKey == null) {
            // An outlet or province listed in the registry belongs to the nearest armed group above it.
            for (RegistryEntry up : registry.ancestry(entry.get().key()).subList(1, registry.ancestry(entry.get().key()).size())) {
                if (up.kind() == ActorKind.ARMED_GROUP) {
                    groupKey = up.key();
                    break;
                }
            }
        }
        return new ResolvedActor(key, name, kind, entry.map(RegistryEntry::key).orElse(null), country,
                kind == ActorKind.PERSON ? speaksFor : null, groupKey);
    }

    private Optional<RegistryEntry> registryEntry(Actor a) {
        if (a.registryKey() != null) {
            Optional<RegistryEntry> e = registry.get(a.registryKey());
            if (e.isPresent()) {
                return e;
            }
        }
        Optional<RegistryEntry> byName = unique(registry.lookupSurface(a.name()));
        if (byName.isPresent()) {
            return byName;
        }
        for (String alias : a.aliases()) {
            Optional<RegistryEntry> e = unique(registry.lookupSurface(alias));
            if (e.isPresent()) {
                return e;
            }
        }
        return Optional.empty();
    }

    private static Optional<RegistryEntry> unique(List<RegistryEntry> entries) {
        return entries.size() == 1 ? Optional.of(entries.get(0)) : Optional.empty();
    }

    /** The first country up the registry chain: an outlet belongs where its group does. */
    String countryOf(String registryKey) {
        for (RegistryEntry e : registry.ancestry(registryKey)) {
            if (e.country() != null) {
                return e.country();
            }
        }
        return null;
    }
}

package org.claimgraph.app.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.claimgraph.app.LibraryAssessment;
import org.claimgraph.assess.Assessment;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.Store;

/**
 * The library seen across documents: the document list with filters, every actor with the
 * assertions it made and received (read from the stored extractions and joined with the actor
 * registry), and the assessed picture of every event. Built on first use and dropped after each
 * ingestion or rating ({@link #invalidate}); a research desk's library fits in memory.
 * Thread-safe: readers get immutable snapshots.
 */
final class Catalog {
    /** One assertion seen from outside its document, with names resolved. Immutable. */
    record AssertionView(String documentId, String documentTitle, String assertionId, String holderKey,
                         String holderName, String suspectKey, String suspectName, String kind, String certainty,
                         String channel, String date, String event, Integer evidenceStart, Integer evidenceEnd,
                         String evidenceText) {
    }

    /** One actor across the library: registry data when known, where it is mentioned, what it says and is said of. Immutable. */
    record ActorView(String key, String name, String kind, boolean registered, List<String> aliases, String country,
                     String note, List<RegistryEntry> ancestry, List<RegistryEntry> children, List<String> documents,
                     List<AssertionView> made, List<AssertionView> received) {
    }

    /** One document filter: outlet (exact, case-insensitive), published range (inclusive), title/outlet substring. Immutable. */
    record DocumentFilter(String outlet, LocalDate from, LocalDate to, String q) {
        boolean test(DocumentSummary d) {
            if (outlet != null && (d.outlet() == null || !d.outlet().equalsIgnoreCase(outlet))) {
                return false;
            }
            if ((from != null || to != null) && d.published() == null) {
                return false;
            }
            if (from != null && d.published().isBefore(from) || to != null && d.published().isAfter(to)) {
                return false;
            }
            if (q != null) {
                String needle = TextFold.fold(q);
                return TextFold.fold(d.title()).contains(needle) || TextFold.fold(d.outlet()).contains(needle)
                        || TextFold.fold(d.source()).contains(needle);
            }
            return true;
        }
    }

    private record Snapshot(List<DocumentSummary> documents, Map<String, ActorView> actors) {
    }

    private final Store store;
    private final ActorRegistry registry;
    private volatile Snapshot snapshot;
    private volatile Assessment assessment;
    /** Bumped by every invalidation, so an assessment built from an older store is not cached. */
    private long generation;

    Catalog(Store store, ActorRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /** Forgets the snapshot; the next read rebuilds it from the store. */
    synchronized void invalidate() {
        generation++;
        snapshot = null;
        assessment = null;
    }

    /**
     * The assessed library with the analysts' ratings: as it stands (cached), or as of a day. A day
     * is never cached; it re-assesses the cached inputs, which is what assessing the store as of that
     * day would read, without going back to the database.
     */
    Assessment assessment(LocalDate asOf) {
        Assessment a = assessment;
        if (a == null) {
            long seen;
            synchronized (this) {
                seen = generation;
            }
            a = LibraryAssessment.assess(store, registry, null);
            synchronized (this) {
                // An ingest or rating while we read may have been missed: serve it once, cache it never.
                if (generation == seen) {
                    assessment = a;
                }
            }
        }
        return asOf == null ? a : a.asOf(asOf);
    }

    List<DocumentSummary> documents(DocumentFilter filter) {
        return snapshot().documents().stream().filter(filter::test).toList();
    }

    /** Every actor mentioned in a stored extraction, most documents first. */
    List<ActorView> actors() {
        return snapshot().actors().values().stream()
                .sorted(Comparator.comparingInt((ActorView a) -> -a.documents().size())
                        .thenComparing(a -> a.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The actor with this key: mentioned in the library, or at least known to the registry. */
    Optional<ActorView> actor(String key) {
        ActorView seen = snapshot().actors().get(key);
        if (seen != null) {
            return Optional.of(seen);
        }
        return registry.get(key).map(e -> fromRegistry(e, List.of(), List.of(), List.of()));
    }

    /** The key an actor of one extraction has across the library: its registry key, else "~" and its folded name. */
    static String keyOf(Actor a) {
        if (a.registryKey() != null) {
            return a.registryKey();
        }
        return "~" + TextFold.fold(a.name()).replaceAll("[^\\p{L}\\p{N}]+", "-");
    }

    /** The assertions of one document with names resolved, in document order. */
    List<AssertionView> assertionsOf(String documentId, String title, Extraction x) {
        Map<String, Actor> byId = new LinkedHashMap<>();
        x.actors().forEach(a -> byId.put(a.id(), a));
        Map<String, Event> events = new LinkedHashMap<>();
        x.events().forEach(e -> events.put(e.id(), e));
        List<AssertionView> out = new ArrayList<>();
        for (Assertion a : x.assertions()) {
            out.add(view(documentId, title, a, byId, events));
        }
        return out;
    }

    private static AssertionView view(String documentId, String title, Assertion a, Map<String, Actor> actors,
                                      Map<String, Event> events) {
        Actor holder = actors.get(a.holder());
        Actor suspect = actors.get(a.suspect());
        String holderName = Assertion.AUTHOR.equals(a.holder()) ? "the author"
                : holder == null ? a.holder() : holder.name();
        Event e = a.event() == null ? null : events.get(a.event());
        return new AssertionView(documentId, title, a.id(),
                holder == null ? null : keyOf(holder), holderName,
                suspect == null ? null : keyOf(suspect), suspect == null ? a.suspect() : suspect.name(),
                a.kind() == null ? null : a.kind().json(), a.certainty() == null ? null : a.certainty().json(),
                a.channel(), a.date(), e == null ? a.event() : describe(e),
                a.evidence() == null ? null : a.evidence().start(), a.evidence() == null ? null : a.evidence().end(),
                a.evidence() == null ? null : a.evidence().text());
    }

    /** An event in a few words: "attack, Krasnogorsk, 2024-03-22". */
    static String describe(Event e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.kind() == null ? "event" : e.kind().json());
        if (e.site() != null) {
            parts.add(e.site());
        }
        if (e.place() != null) {
            parts.add(e.place());
        }
        if (e.date() != null) {
            parts.add(e.date());
        }
        return String.join(", ", parts);
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = build();
            snapshot = s;
        }
        return s;
    }

    private Snapshot build() {
        List<DocumentSummary> docs = store.listDocuments();
        Map<String, String> titles = new LinkedHashMap<>();
        docs.forEach(d -> titles.put(d.id(), d.title()));
        Map<String, Actor> firstSeen = new TreeMap<>();
        Map<String, List<String>> documents = new LinkedHashMap<>();
        Map<String, List<AssertionView>> made = new LinkedHashMap<>();
        Map<String, List<AssertionView>> received = new LinkedHashMap<>();
        for (DocumentSummary d : docs) {
            if (!d.hasExtraction()) {
                continue;
            }
            Extraction x = store.findExtraction(d.id()).orElse(null);
            if (x == null) {
                continue;
            }
            for (Actor a : x.actors()) {
                String key = keyOf(a);
                firstSeen.putIfAbsent(key, a);
                List<String> in = documents.computeIfAbsent(key, k -> new ArrayList<>());
                if (!in.contains(d.id())) {
                    in.add(d.id());
                }
            }
            for (AssertionView v : assertionsOf(d.id(), titles.get(d.id()), x)) {
                if (v.holderKey() != null) {
                    made.computeIfAbsent(v.holderKey(), k -> new ArrayList<>()).add(v);
                }
                if (v.suspectKey() != null) {
                    received.computeIfAbsent(v.suspectKey(), k -> new ArrayList<>()).add(v);
                }
            }
        }
        Map<String, ActorView> actors = new LinkedHashMap<>();
        firstSeen.forEach((key, a) -> {
            List<String> in = documents.getOrDefault(key, List.of());
            List<AssertionView> by = made.getOrDefault(key, List.of());
            List<AssertionView> about = received.getOrDefault(key, List.of());
            RegistryEntry entry = registry.get(key).orElse(null);
            actors.put(key, entry != null ? fromRegistry(entry, in, by, about)
                    : new ActorView(key, a.name(), a.kind() == null ? null : a.kind().json(), false, a.aliases(),
                            null, null, List.of(), List.of(), List.copyOf(in), List.copyOf(by), List.copyOf(about)));
        });
        return new Snapshot(List.copyOf(docs), Map.copyOf(actors));
    }

    private ActorView fromRegistry(RegistryEntry e, List<String> docs, List<AssertionView> by, List<AssertionView> about) {
        List<String> aliases = new ArrayList<>(e.aliases());
        aliases.addAll(e.exactAliases());
        List<RegistryEntry> children = registry.entries().stream()
                .filter(c -> e.key().equals(c.partOf())).toList();
        return new ActorView(e.key(), e.name(), e.kind().json(), true, aliases, e.country(), e.note(),
                registry.ancestry(e.key()), children, List.copyOf(docs), List.copyOf(by), List.copyOf(about));
    }
}

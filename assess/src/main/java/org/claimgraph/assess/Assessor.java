package org.claimgraph.assess;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.registry.ActorRegistry;

/**
 * Assesses many documents' extractions together: merges events and actors across documents, finds
 * syndicated copies, rates sources, scores competing attribution hypotheses (ACH), reconciles
 * casualty figures and replays how the picture changed as reports arrived. Pure and deterministic:
 * the same inputs, in any order, give the same result. Immutable, so thread-safe.
 */
public final class Assessor {
    /** Input order: publication day (undated last), then document id; "as of" views are prefixes of it. */
    static final Comparator<AssessInput> ORDER = Comparator
            .comparing((AssessInput i) -> i.meta().published(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(i -> i.meta().id());

    private final ActorRegistry registry;
    private final ReliabilityPolicy policy;
    private final Scorer scorer;
    private final EventMerger merger = new EventMerger();
    private final SourceClustering clustering = new SourceClustering();
    private final CasualtyReconciler casualties = new CasualtyReconciler();

    public Assessor(ActorRegistry registry, ReliabilityPolicy policy) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.scorer = new Scorer(registry, policy);
    }

    /** The bundled registry and policy, without overrides. */
    public static Assessor withDefaults() {
        return new Assessor(ActorRegistry.bundled(), ReliabilityPolicy.bundled());
    }

    /** The same assessor with the analyst's grades for some actors (see {@link ReliabilityPolicy#withOverrides}). */
    public Assessor withOverrides(Map<String, Grade> byActorKey) {
        return new Assessor(registry, policy.withOverrides(byActorKey));
    }

    public ActorRegistry registry() {
        return registry;
    }

    public ReliabilityPolicy policy() {
        return policy;
    }

    /** The picture from every document. */
    public Assessment assess(List<AssessInput> inputs) {
        return assess(inputs, null);
    }

    /**
     * The picture from the documents published on or before {@code asOf} (undated documents are left
     * out); null means every document.
     */
    public Assessment assess(List<AssessInput> inputs, LocalDate asOf) {
        List<AssessInput> ordered = order(inputs);
        List<AssessInput> view = new ArrayList<>();
        for (AssessInput in : ordered) {
            if (asOf == null || (in.meta().published() != null && !in.meta().published().isAfter(asOf))) {
                view.add(in);
            }
        }
        Snapshot full = snapshot(view);
        Map<String, List<TimelinePoint>> timelines = new LinkedHashMap<>();
        List<LocalDate> days = view.stream().map(i -> i.meta().published()).filter(Objects::nonNull).distinct().sorted().toList();
        for (LocalDate day : days) {
            List<AssessInput> prefix = view.stream()
                    .filter(i -> i.meta().published() != null && !i.meta().published().isAfter(day)).toList();
            Snapshot s = prefix.size() == view.size() ? full : snapshot(prefix);
            List<String> arrived = prefix.stream().filter(i -> day.equals(i.meta().published())).map(i -> i.meta().id()).toList();
            for (EventAssessment ea : s.assessments()) {
                // A point only on days that brought a report of this event: other days change nothing for it.
                if (ea.event().mentions().stream().noneMatch(m -> arrived.contains(m.documentId()))) {
                    continue;
                }
                List<RankEntry> ranking = ea.hypotheses().stream()
                        .map(h -> new RankEntry(h.key(), h.rank(), h.inconsistency(), h.share())).toList();
                timelines.computeIfAbsent(ea.event().id(), k -> new ArrayList<>()).add(new TimelinePoint(day, prefix.size(),
                        arrived, ea.leading(), ranking, ea.casualties().killed().latest(), ea.casualties().injured().latest()));
            }
        }
        List<EventAssessment> withTimelines = new ArrayList<>();
        for (EventAssessment ea : full.assessments()) {
            withTimelines.add(ea.withTimeline(timelines.getOrDefault(ea.event().id(), List.of())));
        }
        return new Assessment(this, ordered, asOf, registry.version(), policy.version(), full.documents(),
                full.clusters(), full.actors(), withTimelines);
    }

    /** Drops a document given twice (same id, so the same text) and sorts into assessment order. */
    static List<AssessInput> order(List<AssessInput> inputs) {
        Map<String, AssessInput> byId = new LinkedHashMap<>();
        for (AssessInput in : inputs) {
            byId.putIfAbsent(in.meta().id(), Objects.requireNonNull(in, "input"));
        }
        List<AssessInput> out = new ArrayList<>(byId.values());
        out.sort(ORDER);
        return out;
    }

    record Snapshot(List<DocumentInfo> documents, List<SourceCluster> clusters, List<MergedActor> actors,
            List<EventAssessment> assessments) {
    }

    private Snapshot snapshot(List<AssessInput> docs) {
        SourceClustering.Result clusters = clustering.cluster(docs.stream().map(AssessInput::meta).toList());
        List<DocumentInfo> infos = new ArrayList<>();
        Map<String, ActorResolver> resolvers = new LinkedHashMap<>();
        for (AssessInput in : docs) {
            DocumentMeta m = in.meta();
            infos.add(new DocumentInfo(m.id(), m.title(), m.outlet(), m.published(), m.url(),
                    clusters.byDocument().get(m.id()).id()));
            resolvers.put(m.id(), new ActorResolver(registry, policy, in.extraction()));
        }
        List<MergedActor> actors = mergeActors(docs, resolvers);

        List<EventMention> mentions = new ArrayList<>();
        for (AssessInput in : docs) {
            ActorResolver r = resolvers.get(in.meta().id());
            List<Event> events = new ArrayList<>(in.extraction().events());
            events.sort(Comparator.comparing(e -> e.id() == null ? "" : e.id(), Ids.NATURAL));
            for (Event e : events) {
                if (e.id() == null || e.kind() == null) {
                    continue;
                }
                List<String> suspects = new ArrayList<>();
                for (Assertion a : in.extraction().assertions()) {
                    if (e.id().equals(a.event())) {
                        r.get(a.suspect()).map(ResolvedActor::key).filter(k -> !suspects.contains(k)).ifPresent(suspects::add);
                    }
                }
                DocumentMeta m = in.meta();
                mentions.add(new EventMention(m.id() + "#" + e.id(), m.id(), e.id(), m.outlet(), m.published(), e.kind(),
                        e.subtype(), e.date(), e.datePrecision(), e.place(), e.site(), e.country(), e.killed(), e.injured(),
                        e.perpetrators(), e.mentions(), suspects));
            }
        }
        List<MergedEvent> events = merger.merge(mentions);
        Map<String, String> eventOfMention = new LinkedHashMap<>();
        for (MergedEvent ev : events) {
            for (EventMention m : ev.mentions()) {
                eventOfMention.put(m.ref(), ev.id());
            }
        }
        Map<String, List<Scorer.Draft>> drafts = new LinkedHashMap<>();
        for (AssessInput in : docs) {
            DocumentMeta m = in.meta();
            for (Assertion a : in.extraction().assertions()) {
                String ev = eventOfMention.get(m.id() + "#" + a.event());
                if (ev == null) {
                    continue; // an assertion about an event the document does not report cannot be placed
                }
                Optional<Scorer.Draft> d = scorer.draft(m, clusters.byDocument().get(m.id()), resolvers.get(m.id()), a);
                d.ifPresent(x -> drafts.computeIfAbsent(ev, k -> new ArrayList<>()).add(x));
            }
        }
        List<EventAssessment> out = new ArrayList<>();
        for (MergedEvent ev : events) {
            out.add(scorer.score(ev, drafts.getOrDefault(ev.id(), List.of()), casualties.reconcile(ev, clusters.byDocument())));
        }
        return new Snapshot(infos, clusters.clusters(), actors, out);
    }

    private List<MergedActor> mergeActors(List<AssessInput> docs, Map<String, ActorResolver> resolvers) {
        Map<String, List<Object[]>> byKey = new TreeMap<>();
        for (AssessInput in : docs) {
            ActorResolver r = resolvers.get(in.meta().id());
            for (Map.Entry<String, ResolvedActor> e : r.all().entrySet()) {
                byKey.computeIfAbsent(e.getValue().key(), k -> new ArrayList<>())
                        .add(new Object[] {in.meta().id(), r.actor(e.getKey()), e.getValue()});
            }
        }
        List<MergedActor> out = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> e : byKey.entrySet()) {
            ResolvedActor first = (ResolvedActor) e.getValue().get(0)[2];
            List<String> names = new ArrayList<>();
            List<ActorInDocument> seen = new ArrayList<>();
            String country = null;
            for (Object[] row : e.getValue()) {
                Actor a = (Actor) row[1];
                ResolvedActor ra = (ResolvedActor) row[2];
                if (!names.contains(a.name())) {
                    names.add(a.name());
                }
                if (country == null) {
                    country = ra.country();
                }
                seen.add(new ActorInDocument((String) row[0], a.id(), a.name(), a.role(), a.affiliation()));
            }
            out.add(new MergedActor(e.getKey(), first.name(), first.kind(), first.registryKey(), country, names, seen));
        }
        return out;
    }
}

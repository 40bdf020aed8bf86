package org.claimgraph.assess.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.DocumentInfo;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EventMention;
import org.claimgraph.assess.EvidenceRow;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.assess.MergedActor;
import org.claimgraph.assess.MergedEvent;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.ExtractionCodec;

/**
 * Writes an assessment as a STIX 2.1 bundle. Each merged event is an {@code incident} (the 2.1 stub
 * SDO), located-at a {@code location}; each suspect hypothesis a {@code threat-actor} that the
 * incident is {@code attributed-to} with the support share as confidence 0-100; each holder an
 * {@code identity}; each document a {@code report}; each evidence row a {@code note} carrying the
 * quoted text. Ids are name-based UUIDs (v5) of content and timestamps come from publication days,
 * so the same assessment gives the same bundle byte for byte. Stateless; thread-safe.
 */
public final class StixExporter {
    /** Namespace of Claimgraph's STIX ids, itself a v5 UUID of a fixed name. */
    static final UUID NAMESPACE = Uuid5.of(Uuid5.URL_NAMESPACE, "https://claimgraph.org/stix/2.1");
    static final String EPOCH = "1970-01-01T00:00:00.000Z";

    private StixExporter() {
    }

    public static String export(Assessment a) {
        return export(a, ExportVocabulary.bundled());
    }

    public static String export(Assessment a, ExportVocabulary vocabulary) {
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        Map<String, Set<String>> reportRefs = new LinkedHashMap<>();
        Map<String, MergedActor> actors = new LinkedHashMap<>();
        for (MergedActor m : a.actors()) {
            actors.put(m.key(), m);
        }
        LocalDate first = a.documents().stream().map(DocumentInfo::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = a.documents().stream().map(DocumentInfo::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);

        for (EventAssessment ea : a.assessments()) {
            MergedEvent e = ea.event();
            LocalDate eFirst = e.mentions().stream().map(EventMention::published).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            LocalDate eLast = e.mentions().stream().map(EventMention::published).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            String incident = id("incident", e.id());
            Map<String, Object> inc = sdo("incident", incident, eFirst, eLast);
            inc.put("name", e.label());
            inc.put("description", describe(ea));
            inc.put("x_claimgraph_event_id", e.id());
            inc.put("x_claimgraph_leading_hypothesis", ea.leading());
            objects.put(incident, inc);

            if (e.country() != null) {
                String location = id("location", TextFold.fold(e.country()) + "/" + TextFold.fold(e.place() == null ? "" : e.place()));
                if (!objects.containsKey(location)) {
                    Map<String, Object> loc = sdo("location", location, first, last);
                    loc.put("name", e.place() == null ? e.country() : e.place() + ", " + e.country());
                    loc.put("country", vocabulary.countryCode(e.country()).orElse(e.country()));
                    if (e.place() != null) {
                        loc.put("city", e.place());
                    }
                    objects.put(location, loc);
                }
                relationship(objects, "located-at", incident, location, eFirst, eLast, null, null);
            }

            for (Hypothesis h : ea.hypotheses()) {
                if (h.key().equals(Hypothesis.UNKNOWN)) {
                    continue;
                }
                String actor = threatActor(objects, h, actors.get(h.key()), first, last);
                int confidence = h.share().multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_EVEN).intValueExact();
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("x_claimgraph_rank", h.rank());
                extra.put("x_claimgraph_weighted_inconsistency", h.inconsistency());
                extra.put("x_claimgraph_support_share", h.share());
                relationship(objects, "attributed-to", incident, actor, eFirst, eLast, confidence, extra);
            }

            for (EvidenceRow r : ea.matrix()) {
                String identity = id("identity", r.holder());
                if (!objects.containsKey(identity)) {
                    Map<String, Object> idn = sdo("identity", identity, first, last);
                    idn.put("name", r.holderName());
                    idn.put("identity_class", identityClass(r.holderKind()));
                    idn.put("x_claimgraph_actor_key", r.holder());
                    objects.put(identity, idn);
                }
                String report = id("report", r.documentId());
                String suspect = id("threat-actor", r.suspect());
                String note = id("note", e.id() + "/" + r.documentId() + "/" + r.assertionId());
                Map<String, Object> n = sdo("note", note, r.published(), r.published());
                n.put("abstract", r.holderName() + ": " + r.kind().json() + " " + r.suspectName() + " (" + r.rating() + ")");
                n.put("content", r.text() == null ? "" : r.text());
                n.put("authors", List.of(r.holderName()));
                n.put("object_refs", List.of(incident, identity, report, suspect));
                n.put("x_claimgraph_row", r.id());
                n.put("x_claimgraph_rating", r.rating());
                n.put("x_claimgraph_weight", r.weight());
                n.put("x_claimgraph_counted", r.counted());
                n.put("x_claimgraph_consistency", r.consistency());
                objects.put(note, n);
                reportRefs.computeIfAbsent(r.documentId(), k -> new LinkedHashSet<>()).addAll(List.of(identity, suspect, note));
            }
            for (EventMention m : e.mentions()) {
                reportRefs.computeIfAbsent(m.documentId(), k -> new LinkedHashSet<>()).add(incident);
            }
        }
        for (DocumentInfo d : a.documents()) {
            Set<String> refs = reportRefs.get(d.id());
            if (refs == null || refs.isEmpty()) {
                continue; // a report must reference something; a document without events adds nothing
            }
            String report = id("report", d.id());
            Map<String, Object> rep = sdo("report", report, d.published(), d.published());
            rep.put("name", d.title() != null ? d.title() : (d.outlet() == null ? d.id() : d.outlet() + " " + d.published()));
            rep.put("report_types", List.of("threat-report"));
            rep.put("published", ts(d.published()));
            rep.put("object_refs", new ArrayList<>(refs));
            if (d.url() != null || d.outlet() != null) {
                Map<String, Object> ref = new LinkedHashMap<>();
                ref.put("source_name", d.outlet() == null ? "unknown outlet" : d.outlet());
                if (d.url() != null) {
                    ref.put("url", d.url());
                }
                rep.put("external_references", List.of(ref));
            }
            rep.put("x_claimgraph_document_id", d.id());
            rep.put("x_claimgraph_source_cluster", d.sourceCluster());
            objects.put(report, rep);
        }
        // A note may point at a report left out above only if its document had no events, which cannot
        // happen: evidence rows come from documents with events. Drop dangling refs all the same.
        for (Map<String, Object> o : objects.values()) {
            Object refs = o.get("object_refs");
            if (refs instanceof List<?> list) {
                o.put("object_refs", list.stream().filter(objects::containsKey).toList());
            }
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + Uuid5.of(NAMESPACE, String.join(",", objects.keySet())));
        bundle.put("objects", new ArrayList<>(objects.values()));
        try {
            return ExtractionCodec.mapper().writer()
                    .with(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                    .writeValueAsString(bundle) + "\n";
        } catch (JsonProcessingException e) {
            throw new ClaimgraphException("cannot write STIX bundle: " + e.getOriginalMessage(), e);
        }
    }

    private static String threatActor(Map<String, Map<String, Object>> objects, Hypothesis h, MergedActor actor,
            LocalDate first, LocalDate last) {
        String id = id("threat-actor", h.key());
        if (!objects.containsKey(id)) {
            Map<String, Object> t = sdo("threat-actor", id, first, last);
            t.put("name", h.name());
            ActorKind kind = actor == null ? null : actor.kind();
            t.put("threat_actor_types", List.of(kind == ActorKind.ARMED_GROUP ? "terrorist"
                    : kind == ActorKind.STATE || kind == ActorKind.GOVERNMENT_BODY || kind == ActorKind.INTELLIGENCE_AGENCY
                            ? "nation-state" : "unknown"));
            if (actor != null && actor.names().size() > 1) {
                t.put("aliases", actor.names());
            }
            t.put("x_claimgraph_actor_key", h.key());
            if (h.parent() != null) {
                t.put("x_claimgraph_part_of", id("threat-actor", h.parent()));
            }
            objects.put(id, t);
        }
        return id;
    }

    private static void relationship(Map<String, Map<String, Object>> objects, String type, String source, String target,
            LocalDate created, LocalDate modified, Integer confidence, Map<String, Object> extra) {
        String id = id("relationship", type + "/" + source + "/" + target);
        Map<String, Object> r = sdo("relationship", id, created, modified);
        r.put("relationship_type", type);
        r.put("source_ref", source);
        r.put("target_ref", target);
        if (confidence != null) {
            r.put("confidence", confidence);
        }
        if (extra != null) {
            r.putAll(extra);
        }
        objects.put(id, r);
    }

    private static Map<String, Object> sdo(String type, String id, LocalDate created, LocalDate modified) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("type", type);
        o.put("spec_version", "2.1");
        o.put("id", id);
        String c = ts(created);
        String m = ts(modified == null ? created : modified);
        o.put("created", c);
        o.put("modified", m.compareTo(c) < 0 ? c : m);
        return o;
    }

    static String id(String type, String name) {
        return type + "--" + Uuid5.of(NAMESPACE, type + "/" + name);
    }

    /** STIX timestamps are UTC with millisecond precision; a publication day becomes its midnight. */
    static String ts(LocalDate d) {
        return d == null ? EPOCH : d + "T00:00:00.000Z";
    }

    private static String identityClass(String holderKind) {
        return switch (holderKind) {
            case "person" -> "individual";
            case "population" -> "group";
            case "unknown" -> "unknown";
            default -> "organization";
        };
    }

    private static String describe(EventAssessment ea) {
        StringBuilder b = new StringBuilder();
        b.append("Merged from ").append(ea.event().mentions().size()).append(" report(s).");
        Optional.ofNullable(ea.casualties().killed().latest()).ifPresent(c -> b.append(" Killed (latest): ")
                .append(c.min() == null ? "?" : c.min()).append(c.max() == null ? "+" : c.max().equals(c.min()) ? "" : "-" + c.max()).append('.'));
        Optional.ofNullable(ea.casualties().injured().latest()).ifPresent(c -> b.append(" Injured (latest): ")
                .append(c.min() == null ? "?" : c.min()).append(c.max() == null ? "+" : c.max().equals(c.min()) ? "" : "-" + c.max()).append('.'));
        ea.hypothesis(ea.leading()).ifPresent(h -> b.append(" Leading hypothesis: ").append(h.name()).append('.'));
        return b.toString();
    }
}

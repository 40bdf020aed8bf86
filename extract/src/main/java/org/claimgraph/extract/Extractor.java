package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Document;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Evidence;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.Perpetrators;
import org.claimgraph.extract.cue.CueScanner;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.Pipeline;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.pipeline.Stages;
import org.claimgraph.extract.rules.ActorRules;
import org.claimgraph.extract.rules.AssertionRules;
import org.claimgraph.extract.frames.FrameBook;
import org.claimgraph.extract.rules.EventRules;
import org.claimgraph.extract.rules.FrameRules;
import org.claimgraph.extract.rules.Lexicons;
import org.claimgraph.extract.rules.MembershipRules;
import org.claimgraph.extract.rules.Model;

/**
 * Reads one document and returns its claimgraph-extraction/1 facts: actors, events, assertions,
 * each pointing back to spans of the text. Thread-safe: stages keep no per-document state, the
 * CoreNLP annotators are shared and safe for concurrent use, so one instance serves many threads.
 */
public final class Extractor {
    private final ExtractorConfig config;
    private final Pipeline pipeline;
    private final String version;

    private Extractor(ExtractorConfig config) {
        this.config = config;
        Lexicons lex = Lexicons.bundled();
        Geo geo = Geo.shared();
        this.pipeline = Pipeline.of(stages(config, lex, geo));
        this.version = "claimgraph-extract/" + lex.hash() + "+rules@" + rulesHash() + "+frames@" + FrameBook.bundled("en").hash()
                + "+registry@" + config.registry().version();
    }

    public static Extractor create(ExtractorConfig config) {
        return new Extractor(config);
    }

    /** The stages in order, for this registry: cheap ones on all text, expensive ones on cue sentences. */
    public static List<Stage> stages(ExtractorConfig config, Lexicons lex, Geo geo) {
        return List.of(new Stages.Tokenize(), new Stages.DetectCase(),
                new Stages.CueScan(new CueScanner(lex, config.registry().entries())),
                new Stages.Truecase(), new Stages.Tag(), new Stages.Ner(), new Stages.Parse(),
                new ActorRules(config.registry(), lex, geo), new EventRules(lex, geo), new AssertionRules(lex, geo),
                new FrameRules(FrameBook.bundled("en"), lex, geo), new MembershipRules(lex, geo));
    }

    /**
     * The classes whose logic decides what is extracted: a change to any of them (a new rule, a
     * different sentence selection) must make stored extractions stale, just as a lexicon edit does.
     */
    private static final List<String> RULE_CLASSES = List.of("rules/ActorRules.class", "rules/EventRules.class",
            "rules/AssertionRules.class", "rules/Perpetrators.class", "rules/Resolve.class", "rules/EventWords.class",
            "rules/Toks.class", "rules/Model.class", "rules/FrameRules.class", "frames/FrameBook.class", "rules/MembershipRules.class", "rules/Dateline.class", "rules/Lexicons.class", "pipeline/Stages.class",
            "pipeline/NumericGate.class", "pipeline/NumericWindows.class", "cue/CueScanner.class");

    /** The first 12 hex digits of the SHA-256 over the compiled rule classes, in a fixed order. */
    private static String rulesHash() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (String classFile : RULE_CLASSES) {
                try (java.io.InputStream in = Extractor.class.getResourceAsStream(classFile)) {
                    if (in == null) {
                        throw new IllegalStateException("class file " + classFile + " not found beside " + Extractor.class.getName());
                    }
                    digest.update(in.readAllBytes());
                }
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the rule classes", e);
        }
    }

    /** Changes whenever a lexicon file, a rule class or the registry version changes; stored with extractions. */
    public String version() {
        return version;
    }

    public ExtractorConfig config() {
        return config;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    public Extraction extract(Document document) {
        AnnotatedDocument d = new AnnotatedDocument(document);
        pipeline.run(d);
        return toExtraction(d);
    }

    private static Extraction toExtraction(AnnotatedDocument d) {
        Document doc = d.document();
        // Events: only those the text pins to a country, or to a date and a place; or, failing both, a
        // place or site that someone claims or blames ("blames Ukraine for the attack on Crocus City
        // Hall"): what the article is about, and the assessor can join it to the dated reports of that site.
        Set<Model.EventNode> asserted = new HashSet<>();
        for (Model.AssertionDraft a : d.assertions()) {
            asserted.add(a.event());
        }
        Map<Model.EventNode, String> eventIds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (Model.EventNode e : d.events()) {
            List<Span> ms = clean(doc, e.mentions);
            if (ms.isEmpty() || e.kind == EventKind.OTHER) {
                continue;
            }
            boolean located = e.place != null || e.site != null;
            if (e.country == null && !(e.date != null && located) && !(located && asserted.contains(e))) {
                continue;
            }
            String id = "E" + (events.size() + 1);
            eventIds.put(e, id);
            events.add(new Event(id, e.kind, e.subtype, e.date, e.date == null ? null : e.precision, e.place, e.site,
                    e.country, e.killed, e.injured, new Perpetrators(e.perpCount, e.captured, e.nationality), ms));
        }
        Set<Model.ActorNode> needed = new HashSet<>();
        List<Model.AssertionDraft> drafts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Model.AssertionDraft a : d.assertions()) {
            if (!eventIds.containsKey(a.event()) || doc.isRemoved(a.evidence())) {
                continue;
            }
            String key = eventIds.get(a.event()) + "|" + System.identityHashCode(a.holder()) + "|"
                    + System.identityHashCode(a.suspect()) + "|" + a.kind();
            if (seen.add(key)) {
                drafts.add(a);
                if (a.holder() != null) {
                    needed.add(a.holder());
                }
                needed.add(a.suspect());
                if (a.channel() != null) {
                    needed.add(a.channel());
                }
                if (a.via() != null) {
                    needed.add(a.via());
                }
            }
        }
        Map<Model.ActorNode, String> actorIds = new HashMap<>();
        List<Model.ActorNode> keep = new ArrayList<>();
        for (Model.ActorNode a : d.actors()) {
            List<Span> ms = clean(doc, a.mentions);
            if (!ms.isEmpty() || needed.contains(a) || a.registryKey != null && hasChildMentioned(a, d)) {
                keep.add(a);
                actorIds.put(a, "A" + keep.size());
            }
        }
        List<Actor> actors = new ArrayList<>();
        for (Model.ActorNode a : keep) {
            List<String> aliases = new ArrayList<>(a.aliases);
            aliases.remove(a.name);
            actors.add(new Actor(actorIds.get(a), a.name, a.kind, aliases, a.partOf == null ? null : actorIds.get(a.partOf),
                    a.role, a.affiliation, clean(doc, a.mentions), a.registryKey));
        }
        List<Assertion> assertions = new ArrayList<>();
        for (Model.AssertionDraft a : drafts) {
            String holder = a.holder() == null ? Assertion.AUTHOR : actorIds.get(a.holder());
            String suspect = actorIds.get(a.suspect());
            if (holder == null || suspect == null) {
                continue;
            }
            assertions.add(new Assertion("S" + (assertions.size() + 1), eventIds.get(a.event()), holder, suspect, a.kind(),
                    a.certainty(), a.channel() == null ? null : actorIds.get(a.channel()), a.date(),
                    Evidence.of(doc.text(), a.evidence()), a.via() == null ? null : actorIds.get(a.via())));
        }
        return Extraction.of(DocumentHeader.of(doc), actors, events, assertions);
    }

    private static boolean hasChildMentioned(Model.ActorNode parent, AnnotatedDocument d) {
        for (Model.ActorNode a : d.actors()) {
            for (Model.ActorNode p = a.partOf; p != null; p = p.partOf) {
                if (p == parent && !a.mentions.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mentions outside removed text, sorted and without duplicates: removed text never yields a fact. */
    private static List<Span> clean(Document doc, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : new java.util.TreeSet<>(spans)) {
            if (!doc.isRemoved(s)) {
                out.add(s);
            }
        }
        return out;
    }
}

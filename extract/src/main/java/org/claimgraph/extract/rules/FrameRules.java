package org.claimgraph.extract.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.extract.frames.FrameBook;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.frames.FrameBook.Frame;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;
import org.claimgraph.extract.rules.Model.AssertionDraft;
import org.claimgraph.extract.rules.Model.EventMention;
import org.claimgraph.extract.rules.Model.EventNode;

/**
 * Reads the syntactic frames of {@link FrameBook} (Semgrex over the enhanced++ dependency parse) in
 * the sentences that tell an event: who did it (the agent of a deed verb in any voice), who claims,
 * blames, denies or says no one has claimed. This class is the machinery only: it maps a match's
 * nodes to the document's actors (a node stands for the first actor named in its phrase, or for the
 * unnamed people a perpetrator noun describes), to the event told there, to the sentence's speaker,
 * and reads negation and hedges from the word sets. What a frame says about its sentence is added to
 * the cue rules' assertions; a denial or no-claim replaces their claims and attributions about the
 * same party in that sentence. Stateless, thread-safe.
 */
public final class FrameRules implements Stage {
    /**
     * Relations that keep a party's phrase together: "rebels of the Red Hand", "militants from X", "X's
     * fighters", "gunmen belonging to X", "a unit linked with X". Other prepositions tell places and times.
     */
    private static final Set<String> PHRASE = Set.of("compound", "flat", "amod", "appos", "nmod:of", "nmod:from", "nmod:poss",
            "acl", "obl:to", "obl:with", "compound:prt");
    private static final int PHRASE_DEPTH = 3;
    /** Relations by which a clause hangs under the verb that reports it. */
    private static final Set<String> REPORTED = Set.of("ccomp", "parataxis", "advcl", "xcomp", "conj", "acl");
    private static final Set<String> MODIFIERS = Set.of("amod", "advmod", "aux", "aux:pass", "neg", "det", "cc:preconj");
    /** The actor a frame names when it speaks of no one in particular ("no group has claimed the attack"). */
    public static final String ANY_GROUP = "any group";

    /** A holder the frame names but the document does not: the frame then reads nothing rather than guess. */
    private static final ActorNode HOLDER_UNKNOWN = new ActorNode("?", ActorKind.POPULATION);

    private final FrameBook book;
    private final Lexicons lex;
    private final Geo geo;

    public FrameRules(FrameBook book, Lexicons lex, Geo geo) {
        this.book = book;
        this.lex = lex;
        this.geo = geo;
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.EVENTS, Requirement.ACTORS, Requirement.DEPS, Requirement.ASSERTIONS);
    }

    @Override
    public Set<Requirement> provides() {
        return Set.of(Requirement.ASSERTIONS);
    }

    /** What one frame read in one sentence; {@code holder} null is the article itself. */
    public record Found(Frame frame, int sentence, EventNode event, ActorNode holder, ActorNode suspect, AssertionKind kind,
                        Certainty certainty, ActorNode channel, boolean overrides) {
    }

    @Override
    public void apply(AnnotatedDocument d) {
        List<Found> found = find(d);
        Toks k = new Toks(d);
        List<AssertionDraft> drafts = new ArrayList<>(d.assertions());
        Map<AssertionDraft, Found> byFrame = new IdentityHashMap<>();
        for (Found f : found) {
            boolean known = drafts.stream().anyMatch(a -> a.event() == f.event() && a.holder() == f.holder()
                    && a.suspect() == f.suspect() && a.kind() == f.kind());
            if (!known) {
                AssertionDraft a = new AssertionDraft(f.event(), f.holder(), f.suspect(), f.kind(), f.certainty(), f.channel(),
                        null, k.sentenceSpan(f.sentence()));
                drafts.add(a);
                byFrame.put(a, f);
            }
        }
        // Unnamed people ("gunmen", "a suicide bomber") are the suspect worth telling only while the document
        // names no one for the deed: "an IS suicide bomber" is IS's deed.
        drafts.removeIf(a -> byFrame.containsKey(a) && unnamedDoer(a.suspect()) && drafts.stream().anyMatch(o -> o.event() == a.event()
                && !unnamedDoer(o.suspect()) && (o.kind() == AssertionKind.CLAIM || o.kind() == AssertionKind.ATTRIBUTION)));
        for (Found f : found) {
            if (f.overrides()) {
                // A denial or no-claim never removes what another one of them reads.
                drafts.removeIf(a -> (byFrame.get(a) == null || !byFrame.get(a).overrides()) && contradicted(k, a, f));
            }
        }
        // The unnamed people and "any group" a frame made are actors only where an assertion names them.
        for (AssertionDraft a : drafts) {
            for (ActorNode party : new ActorNode[] {a.holder(), a.suspect()}) {
                if (party != null && party.kind == ActorKind.POPULATION && !d.actors().contains(party)) {
                    d.actors().add(party);
                }
            }
        }
        d.setAssertions(drafts);
    }

    private static boolean unnamedDoer(ActorNode a) {
        return a.kind == ActorKind.POPULATION && !a.name.equals(ANY_GROUP);
    }

    /**
     * A cue rule's claim or attribution in the sentence of a denial or no-claim, about the party that
     * denies or is said not to have claimed, by the article, the denier or that party: the cue rules read
     * the accusation that was rejected, or the claim that was not made.
     */
    private static boolean contradicted(Toks k, AssertionDraft a, Found f) {
        if (a.kind() != AssertionKind.CLAIM && a.kind() != AssertionKind.ATTRIBUTION) {
            return false;
        }
        if (!a.evidence().equals(k.sentenceSpan(f.sentence())) || a.event() != f.event()) {
            return false;
        }
        boolean aboutParty = a.suspect() == f.suspect() || f.suspect().name.equals(ANY_GROUP) && a.kind() == AssertionKind.CLAIM;
        boolean byParty = f.kind() == AssertionKind.DENIAL && a.holder() == f.suspect();
        boolean heldHere = a.holder() == null || a.holder() == f.holder() || a.holder() == f.suspect();
        return (aboutParty && heldHere) || byParty;
    }

    /** Every frame's reading of every sentence that tells an event and may name its parties. */
    public List<Found> find(AnnotatedDocument d) {
        Toks k = new Toks(d);
        List<Found> out = new ArrayList<>();
        Map<String, ActorNode> unnamed = new HashMap<>();
        for (ActorNode a : d.actors()) {
            if (a.kind == ActorKind.POPULATION) {
                unnamed.put(TextFold.fold(a.name), a);
            }
        }
        for (int s = 0; s < d.sentences().size(); s++) {
            if (!k.selected(s) || !worthParsing(d, k, s)) {
                continue;
            }
            SemanticGraph basic = d.frameParse(s);
            if (basic == null) {
                continue;
            }
            SemanticGraph g = d.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            Sentence sentence = new Sentence(d, k, s, g != null ? g : basic, unnamed);
            for (Frame f : book.frames()) {
                SemgrexMatcher m = f.pattern().matcher(sentence.g);
                while (m.find()) {
                    Found hit = sentence.read(f, m);
                    if (hit != null && out.stream().noneMatch(o -> o.frame() == f && same(o, hit))) {
                        out.add(hit);
                    }
                }
            }
        }
        return out;
    }

    private static boolean same(Found a, Found b) {
        // One frame may match a sentence several ways (each relation of a conjunct): one reading each.
        return a.sentence() == b.sentence() && a.event() == b.event() && a.holder() == b.holder() && a.suspect() == b.suspect()
                && a.kind() == b.kind();
    }

    /** A sentence with an event told in it or just before, and a party to read: an actor, a cue or a doer noun. */
    private boolean worthParsing(AnnotatedDocument d, Toks k, int s) {
        boolean event = d.eventMentions().stream().anyMatch(m -> m.sentence() <= s && m.sentence() >= s - 2);
        if (!event) {
            return false;
        }
        if (d.actorMentions().stream().anyMatch(m -> m.sentence() == s) || !d.cues(s, CueType.RESPONSIBILITY).isEmpty()) {
            return true;
        }
        for (int i = k.sBegin(s); i < k.sEnd(s); i++) {
            String lemma = k.t(i).lemma();
            if (book.in("perpetrator", lemma) || book.in("negator", lemma)) {
                return true;
            }
        }
        return false;
    }

    /** One parsed sentence and the lookups a frame's nodes need. Confined to one call of {@link #find}. */
    private final class Sentence {
        final AnnotatedDocument d;
        final Toks k;
        final int s;
        final int begin;
        final SemanticGraph g;
        final Map<String, ActorNode> unnamed;
        final List<ActorMention> mentions = new ArrayList<>();

        Sentence(AnnotatedDocument d, Toks k, int s, SemanticGraph g, Map<String, ActorNode> unnamed) {
            this.d = d;
            this.k = k;
            this.s = s;
            this.begin = k.sBegin(s);
            this.g = g;
            this.unnamed = unnamed;
            for (ActorMention m : d.actorMentions()) {
                if (m.sentence() == s) {
                    mentions.add(m);
                }
            }
        }

        Found read(Frame f, SemgrexMatcher m) {
            IndexedWord cue = m.getNode(f.cue());
            IndexedWord eventNode = m.getNode(f.event());
            IndexedWord suspectNode = f.suspect().equals("any") ? null : m.getNode(f.suspect());
            EventNode event = event(eventNode, f.recent(), eventNode != cue);
            if (event == null || cue == null) {
                return null;
            }
            boolean affirms = f.kind() == AssertionKind.CLAIM || f.kind() == AssertionKind.ATTRIBUTION;
            boolean unrealizedParty = suspectNode != null && book.in("unrealized", suspectNode.lemma()); // "the reluctance of X to claim"
            if (affirms && (unrealizedParty || under("unrealized", cue) || under("deny-verb", cue))) {
                return null; // "threatened to attack", "reluctance to claim", "denying that it carried out": no deed told
            }
            boolean negated = !f.negationInPattern() && (negated(cue) || suspectNode != null && negatedParty(suspectNode));
            AssertionKind kind = negated ? f.negated() : f.kind();
            if (kind == null) {
                return null;
            }
            IndexedWord reporter = reporter(cue);
            ActorNode suspect = suspectNode == null ? anyGroup() : party(suspectNode, kind == AssertionKind.NO_CLAIM);
            if (suspect == null && suspectNode != null && book.in("pronoun", suspectNode.lemma()) && reporter != null) {
                suspect = speaker(reporter); // "the ELN said it carried out the attack": the speaker tells its own deed
            }
            if (suspect == null || suspect == HOLDER_UNKNOWN) {
                return null;
            }
            ActorNode channel = null;
            if (suspect.kind == ActorKind.MEDIA_OUTLET && suspect.partOf != null) {
                channel = suspect;
                suspect = suspect.partOf;
            }
            ActorNode holder = negated && kind == AssertionKind.NO_CLAIM ? speaker(reporter) : holder(f, m, suspect, reporter);
            Certainty certainty = f.certainty();
            if (holder == HOLDER_UNKNOWN) {
                holder = null; // someone the document names no actor for ("a source", "police"): the article reports it
            }
            if (holder != null && holder.kind == ActorKind.MEDIA_OUTLET && holder.partOf == suspect) {
                channel = holder; // the group's own outlet tells its deed: a claim through that channel
                holder = suspect;
            }
            if (holder == suspect && kind == AssertionKind.ATTRIBUTION) {
                kind = AssertionKind.CLAIM; // a party telling its own deed claims it
            }
            for (IndexedWord n : new IndexedWord[] {cue, eventNode, suspectNode, reporter}) {
                certainty = hedged(n, certainty);
            }
            if (reporter != null && book.in("reporting-hedged", reporter.lemma())) {
                certainty = Certainty.weaker(certainty, Certainty.PROBABLE);
            }
            boolean overrides = f.overrides() || kind == AssertionKind.DENIAL || kind == AssertionKind.NO_CLAIM;
            return new Found(f, s, event, holder, suspect, kind, certainty, channel, overrides);
        }

        private ActorNode holder(Frame f, SemgrexMatcher m, ActorNode suspect, IndexedWord reporter) {
            switch (f.holder()) {
                case "author":
                    return null;
                case "suspect":
                    return suspect;
                case "speaker":
                    return speaker(reporter);
                default:
                    IndexedWord node = m.getNode(f.holder());
                    return node == null ? HOLDER_UNKNOWN : orUnknown(party(node, false));
            }
        }

        /**
         * Who the reporting verb's subject (or "according to" phrase) is; null, the article, when none is
         * named. A pronoun reporting inside another report ("officials said they had confirmed") is that
         * report's speaker.
         */
        private ActorNode speaker(IndexedWord reporter) {
            if (reporter == null) {
                return null;
            }
            IndexedWord subject = subjectOf(reporter);
            if (subject == null) {
                return null;
            }
            if (book.in("pronoun", subject.lemma()) || book.in("personal-pronoun", subject.lemma())) {
                IndexedWord outer = reporter(reporter);
                if (outer != null && outer != reporter) {
                    return speaker(outer);
                }
            }
            return orUnknown(party(subject, false));
        }

        /** Whether a node hangs, clause by clause, under a word of the set ("threatened to attack", "denied that"). */
        private boolean under(String set, IndexedWord node) {
            IndexedWord cur = node;
            for (int step = 0; step < 3 && cur != null; step++) {
                IndexedWord parent = null;
                for (SemanticGraphEdge e : g.incomingEdgeIterable(cur)) {
                    String rel = baseRelation(e);
                    if (Set.of("xcomp", "ccomp", "acl", "advcl").contains(rel) && !e.getRelation().toString().equals("acl:relcl")) {
                        parent = e.getGovernor();
                        break;
                    }
                }
                if (parent != null && book.in(set, parent.lemma())) {
                    return true;
                }
                cur = parent;
            }
            return false;
        }

        private ActorNode orUnknown(ActorNode a) {
            return a == null ? HOLDER_UNKNOWN : a;
        }

        /**
         * The actor a node stands for: the first one named in its phrase; else the group a pronoun or
         * possessive points to ("its fighters"); else the state whose people speak ("Nigerian officials");
         * else the unnamed people a doer noun describes.
         */
        ActorNode party(IndexedWord node, boolean allowAny) {
            List<IndexedWord> phrase = phrase(node);
            for (IndexedWord n : phrase) {
                ActorMention at = mentionAt(begin + n.index() - 1);
                if (at != null) {
                    return at.actor();
                }
            }
            for (IndexedWord n : phrase) {
                if (book.in("pronoun", n.lemma()) || book.in("pronoun", n.word())) {
                    ActorNode group = Resolve.focusGroup(d, begin + n.index() - 1, false);
                    if (group != null) {
                        return group;
                    }
                }
            }
            String lemma = node.lemma();
            ActorNode state = stateOfPeople(node);
            if (state != null) {
                return state;
            }
            if (allowAny && (book.in("claimant", lemma) || book.in("negative-pronoun", lemma))) {
                return anyGroup();
            }
            if (book.in("perpetrator", lemma) && !book.in("negative-pronoun", lemma)) {
                return unnamed(node);
            }
            return null;
        }

        /** "Nigerian officials", "Iranian investigators": people who speak for their state stand for it. */
        private ActorNode stateOfPeople(IndexedWord node) {
            if (lex.stateBodies().get(TextFold.fold(node.word())) != ActorKind.STATE) {
                return null;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                if (e.getRelation().toString().equals("amod")) {
                    Optional<String> country = geo.countryOfDemonym(e.getDependent().word());
                    if (country.isPresent()) {
                        return state(country.get());
                    }
                }
            }
            return null;
        }

        private ActorNode state(String country) {
            for (ActorNode a : d.actors()) {
                if (a.kind == ActorKind.STATE && a.name.equals(country)) {
                    return a;
                }
            }
            ActorNode st = new ActorNode(country, ActorKind.STATE);
            d.actors().add(st);
            return st;
        }

        private ActorMention mentionAt(int token) {
            for (ActorMention m : mentions) {
                if (m.start() <= token && token < m.end() && !m.embedded()) {
                    return m;
                }
            }
            return null;
        }

        /** The head first, then its modifiers and the phrases hung on it, breadth first. */
        List<IndexedWord> phrase(IndexedWord head) {
            List<IndexedWord> out = new ArrayList<>();
            Set<IndexedWord> seen = new HashSet<>();
            ArrayDeque<IndexedWord> queue = new ArrayDeque<>();
            Map<IndexedWord, Integer> depth = new IdentityHashMap<>();
            queue.add(head);
            depth.put(head, 0);
            seen.add(head);
            while (!queue.isEmpty()) {
                IndexedWord n = queue.poll();
                out.add(n);
                if (depth.get(n) >= PHRASE_DEPTH) {
                    continue;
                }
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
                    String rel = e.getRelation().toString();
                    if (PHRASE.contains(rel) && seen.add(e.getDependent())) {
                        depth.put(e.getDependent(), depth.get(n) + 1);
                        queue.add(e.getDependent());
                    }
                }
            }
            return out;
        }

        /** The node and what hangs below it, nearest first: where the event a cue speaks of is told. */
        List<IndexedWord> clause(IndexedWord head) {
            List<IndexedWord> out = new ArrayList<>();
            Set<IndexedWord> seen = new HashSet<>(List.of(head));
            ArrayDeque<IndexedWord> queue = new ArrayDeque<>(List.of(head));
            while (!queue.isEmpty() && out.size() < 40) {
                IndexedWord n = queue.poll();
                out.add(n);
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
                    String rel = baseRelation(e);
                    if (!rel.equals("parataxis") && !e.getRelation().toString().equals("acl:relcl") && seen.add(e.getDependent())) {
                        queue.add(e.getDependent());
                    }
                }
            }
            return out;
        }

        /** Unnamed perpetrators as a population actor named by the head noun and its modifiers ("suspected separatists"). */
        private ActorNode unnamed(IndexedWord head) {
            int from = head.index();
            int to = head.index();
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(head)) {
                String rel = e.getRelation().toString();
                if ((rel.equals("amod") || rel.equals("compound")) && Math.abs(e.getDependent().index() - head.index()) <= 3) {
                    from = Math.min(from, e.getDependent().index());
                    to = Math.max(to, e.getDependent().index());
                }
            }
            String name = k.words(begin + from - 1, begin + to).toLowerCase(java.util.Locale.ROOT);
            ActorNode a = unnamed.computeIfAbsent(TextFold.fold(name), n -> new ActorNode(name, ActorKind.POPULATION));
            a.mentions.add(k.span(begin + from - 1, begin + to));
            return a;
        }

        private ActorNode anyGroup() {
            return unnamed.computeIfAbsent(ANY_GROUP, n -> new ActorNode(ANY_GROUP, ActorKind.POPULATION));
        }

        /** The event the node tells: a mention covering it or its phrase, else the sentence's nearest, else one just before. */
        EventNode event(IndexedWord node, boolean recent, boolean strict) {
            if (node == null) {
                return null;
            }
            for (IndexedWord n : clause(node)) {
                int t = begin + n.index() - 1;
                for (EventMention em : d.eventMentions()) {
                    if (em.sentence() == s && em.start() <= t && t < em.end() && em.event().kind != EventKind.ARREST) {
                        return em.event();
                    }
                }
            }
            // A slot the frame names for the deed ("responsible for X") must tell it, or point back to one
            // ("claimed responsibility", "was behind it"); the deed's own verb stands for the nearest one told.
            boolean anaphor = book.in("anaphoric-event", node.lemma());
            if (strict && !anaphor) {
                return null;
            }
            int at = begin + node.index() - 1;
            EventMention best = null;
            for (EventMention em : d.eventMentions()) {
                if (!strict && em.sentence() == s && em.event().kind != EventKind.ARREST
                        && (best == null || Math.abs(em.start() - at) < Math.abs(best.start() - at))) {
                    best = em;
                }
            }
            if (best == null && recent) {
                for (EventMention em : d.eventMentions()) {
                    if (em.sentence() < s && em.sentence() >= s - 2 && em.event().kind != EventKind.ARREST) {
                        best = em;
                    }
                }
            }
            return best == null ? null : best.event();
        }

        /** The verb that reports the clause this node heads, up the tree or hung below it ("..., the minister said"). */
        IndexedWord reporter(IndexedWord node) {
            IndexedWord cur = node;
            for (int step = 0; step < 3 && cur != null; step++) {
                IndexedWord parent = null;
                for (SemanticGraphEdge e : g.incomingEdgeIterable(cur)) {
                    if (REPORTED.contains(baseRelation(e))) {
                        parent = e.getGovernor();
                        break;
                    }
                }
                if (parent != null && book.in("reporting", parent.lemma())) {
                    return parent;
                }
                cur = parent;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
                String rel = baseRelation(e);
                if ((rel.equals("parataxis") || rel.equals("ccomp")) && book.in("reporting", e.getDependent().lemma())
                        && e.getDependent().index() > node.index()) {
                    return e.getDependent();
                }
                if (e.getRelation().toString().equals("obl:according_to")) {
                    return e.getDependent();
                }
            }
            return trailingReporter(node);
        }

        /**
         * "..., the police reported.": a reporting verb with a subject that closes the sentence after the cue
         * reports it, wherever the parser hung it.
         */
        private IndexedWord trailingReporter(IndexedWord node) {
            int last = 0;
            for (IndexedWord w : g.vertexSet()) {
                last = Math.max(last, w.index());
            }
            for (IndexedWord w : g.vertexSet()) {
                if (w.index() > node.index() && w.index() >= last - 2 && book.in("reporting", w.lemma()) && subjectOf(w) != null
                        && g.outgoingEdgeList(w).stream().noneMatch(e -> baseRelation(e).equals("ccomp"))) {
                    return w;
                }
            }
            return null;
        }

        private IndexedWord subjectOf(IndexedWord verb) {
            if (book.in("reporting", verb.lemma())) {
                for (SemanticGraphEdge e : g.outgoingEdgeIterable(verb)) {
                    if (baseRelation(e).equals("nsubj")) {
                        return e.getDependent();
                    }
                }
                return null;
            }
            return verb; // "according to X": X itself
        }

        /** "not", "never", "no": a negator on the cue, or "neither ... nor" around it. */
        boolean negated(IndexedWord cue) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(cue)) {
                String rel = baseRelation(e);
                if (MODIFIERS.contains(rel) && book.in("negator", e.getDependent().lemma())) {
                    return true;
                }
                if (rel.equals("obj") && hasNegatingDeterminer(e.getDependent())) {
                    return true; // "claimed no responsibility"
                }
            }
            return false;
        }

        /** "No group", "nobody", "no one": a party that is no one. */
        boolean negatedParty(IndexedWord party) {
            return book.in("negative-pronoun", party.lemma()) || hasNegatingDeterminer(party);
        }

        private boolean hasNegatingDeterminer(IndexedWord n) {
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
                if (baseRelation(e).equals("det") && book.in("negator", e.getDependent().lemma())) {
                    return true;
                }
            }
            return false;
        }

        /** The certainty after the hedges hung on a node ("suspected", "apparently", "may"). */
        Certainty hedged(IndexedWord n, Certainty certainty) {
            if (n == null) {
                return certainty;
            }
            for (SemanticGraphEdge e : g.outgoingEdgeIterable(n)) {
                if (!MODIFIERS.contains(baseRelation(e))) {
                    continue;
                }
                String lemma = e.getDependent().lemma();
                for (Certainty c : List.of(Certainty.PROBABLE, Certainty.POSSIBLE, Certainty.DOUBTFUL)) {
                    if (book.in("hedge-" + c.json(), lemma) || book.in("hedge-" + c.json(), e.getDependent().word())) {
                        certainty = Certainty.weaker(certainty, c);
                    }
                }
            }
            return certainty;
        }
    }

    private static String baseRelation(SemanticGraphEdge e) {
        String rel = e.getRelation().toString();
        int colon = rel.indexOf(':');
        return colon < 0 || rel.startsWith("aux:") || rel.startsWith("cc:") ? rel : rel.substring(0, colon);
    }
}

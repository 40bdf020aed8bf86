package org.claimgraph.extract.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.extract.cue.TokenNorm;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueHit;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;
import org.claimgraph.extract.rules.Model.AssertionDraft;
import org.claimgraph.extract.rules.Model.EventMention;
import org.claimgraph.extract.rules.Model.EventNode;

/**
 * Finds claims, attributions, denials and no-claims from responsibility cues: the suspect by the
 * cue's declared side, the holder by the dependency subject, the actor before the cue or the
 * sentence's reported-speech source (else the article itself), certainty from the cue and the
 * certainty modifiers before it, the event from the sentence or the recent discourse. Stateless,
 * thread-safe.
 */
public final class AssertionRules implements Stage {
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "without", "reluctance", "nobody", "failed",
            "neither");
    /** Words that open a clause of its own: a negation before them does not reach a cue after them. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("which", "who", "whom", "whose", "but", ";");
    /** Words before a single-word cue that make it an adjective: "the suspected gunmen", "three accused men". */
    private static final Set<String> ADJECTIVAL_BEFORE = Set.of("DT", "CD", "PRP$", "POS");
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "do", "does", "did");
    private static final Set<String> OBLIGATION = Set.of("must", "should", "shall", "will", "would", "can", "ought");
    private static final Set<String> ORIGIN = Set.of("from", "in");
    private static final Set<String> COPULAS = Set.of("was", "were", "is", "are", "be", "been");
    /** Pronouns for a person: never the group the text is about. */
    private static final Set<String> PERSONAL = Set.of("he", "she");
    private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "them", "their", "group");
    private static final Set<String> DEFINITE_MEMBERS = Set.of("terrorists", "guerrillas", "rebels", "militants", "insurgents",
            "subversives", "jihadists");
    private static final Set<String> DEFINITE = Set.of("the", "these", "those");
    private static final Set<String> SPEAKER_VERBS = Set.of("said", "say", "says", "stated", "told", "confirmed", "believe",
            "believed", "believes", "reported", "added", "noted");

    private final Lexicons lex;
    private final Geo geo;

    public AssertionRules(Lexicons lex, Geo geo) {
        this.lex = lex;
        this.geo = geo;
    }

    @Override
    public String name() {
        return "assertions";
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.EVENTS, Requirement.ACTORS, Requirement.DEPS);
    }

    @Override
    public Set<Requirement> provides() {
        return Set.of(Requirement.ASSERTIONS);
    }

    /** A candidate holder or suspect in a sentence. */
    private record Cand(int start, int end, ActorNode actor) {
    }

    @Override
    public void apply(AnnotatedDocument d) {
        Toks k = new Toks(d);
        List<AssertionDraft> out = new ArrayList<>();
        Map<String, ActorNode> states = new HashMap<>();
        for (ActorNode a : d.actors()) {
            if (a.kind == ActorKind.STATE) {
                states.put(TextFold.fold(a.name), a);
            }
        }
        for (Match mt : matches(d, k, states)) {
            CueHit h = mt.hit();
            Lexicons.Cue cue = mt.cue();
            int s = h.sentence();
            int sb = k.sBegin(s);
            int se = k.sEnd(s);
            int[] gap = mt.gap();
            int cueEnd = gap[1];
            List<Cand> cands = mt.cands();
            if (infinitive(k, h.start(), sb)) {
                continue;
            }
            // Without the event the cue speaks of there is nothing to assert (and no need to parse the sentence).
            List<EventNode> events = tied(d, k, s, h.start(), cueEnd, cue);
            if (events.isEmpty()) {
                continue;
            }
            // "the verification must be carried out by the commission": what must or will be done is no deed.
            if (h.start() - 2 >= sb && k.low(h.start() - 1).equals("be") && OBLIGATION.contains(k.low(h.start() - 2))) {
                continue;
            }
            int neg = 0;
            for (int i = Math.max(sb, h.start() - 8); i < h.start(); i++) {
                if (CLAUSE_BREAKS.contains(k.low(i))) {
                    neg = 0; // "did not mention X, which had claimed": the negation stays in the main clause
                } else if (k.low(i).equals("nor")) {
                    neg = 1; // "neither claimed nor denied responsibility": each part is negated once
                } else if (NEGATORS.contains(k.low(i)) || k.orig(i).toLowerCase(java.util.Locale.ROOT).endsWith("n't")) {
                    neg++;
                }
            }
            AssertionKind kind = cue.kind();
            Certainty certainty = cue.certainty();
            if (neg % 2 == 1) {
                if (cue.whenNegated() == null) {
                    continue;
                }
                kind = cue.whenNegated();
            } else if (neg >= 2) {
                certainty = Certainty.weaker(certainty, Certainty.PROBABLE); // litotes: "doesn't mean it wasn't"
            }
            // "the FMLN issued a communique a few hours ago denying that it directed an attack": the statement
            // is the group's own denial, not its claim.
            boolean deniedInStatement = kind == AssertionKind.CLAIM && cue.parts().size() > 1 && statementDenies(k, cueEnd, se);
            if (deniedInStatement) {
                kind = AssertionKind.DENIAL;
                certainty = Certainty.CERTAIN; // the statement's own words, not an inference from its release
            }
            for (CueHit m : d.cues(s, CueType.MODIFIER)) {
                if (m.end() <= cueEnd && m.start() >= h.start() - 8) {
                    certainty = Certainty.weaker(certainty, (Certainty) m.payload());
                }
            }
            // Set when the suspect is no subject of the cue's own verb ("X was arrested after having participated in",
            // "X, whom the president accused of"): then the nearest actor before the suspect says nothing about it.
            Cand[] told = new Cand[1];
            Cand passiveHolder = null;
            if (cue.suspect() == Lexicons.SuspectSide.AFTER && cueEnd < se && k.low(cueEnd).equals("by")
                    && !k.low(cueEnd - 1).equals("by")) {
                // "those accused by Russia": the actor after "by" holds the accusation; the suspect is the
                // passive subject just before the cue, if it is an actor at all.
                passiveHolder = nearestAfter(cands, cueEnd + 1, Math.min(se, cueEnd + 6));
            }
            Cand suspect = passiveHolder != null ? passiveSubject(k, cands, h.start(), sb) : switch (cue.suspect()) {
                case BEFORE -> subjectSuspect(d, k, s, h.start(), cands, cue, told);
                // A "by" agent may be a long phrase: "perpetrated by members of the Colombian guerrillas, presumably
                // from the National Liberation Army".
                case AFTER -> objectSuspect(k, cands, cueEnd, Math.min(se, cueEnd + (k.low(cueEnd - 1).equals("by") ? 14 : 10)));
                case INSIDE -> nearestAfter(cands, gap[0], gap[2]);
                case POSSESSOR -> h.start() >= 1 && k.low(h.start() - 1).equals("'s") ? nearestBefore(cands, h.start() - 1, h.start() - 5, null) : null;
            };
            if (suspect == null) {
                continue;
            }
            // A hedge between the cue and a suspect after it lowers the certainty too: "carried out by members of
            // the guerrillas, presumably from the ELN".
            for (CueHit m : d.cues(s, CueType.MODIFIER)) {
                if (suspect.start() >= cueEnd && m.start() >= cueEnd && m.end() <= suspect.start()) {
                    certainty = Certainty.weaker(certainty, (Certainty) m.payload());
                }
            }
            // "Escobar and Rodriguez Gacha are behind the attack", "we hold the government and the high command
            // responsible": every actor coordinated with the suspect is a suspect too, and none of them the holder.
            List<Cand> co = cue.suspect() == Lexicons.SuspectSide.INSIDE
                    ? cands.stream().filter(c -> c.start() >= gap[0] && c.end() <= gap[2] && c.actor() != suspect.actor()).toList()
                    : coordinated(k, cands, suspect, sb, se);
            if (!co.isEmpty()) {
                java.util.Set<ActorNode> coActors = new java.util.HashSet<>();
                co.forEach(c -> coActors.add(c.actor()));
                cands = cands.stream().filter(c -> !coActors.contains(c.actor())).toList();
            }
            ActorNode suspectActor = suspect.actor();
            ActorNode channel = null;
            for (Cand c : cands) {
                if (c.actor().kind == ActorKind.MEDIA_OUTLET && c.actor() != suspectActor && c.actor().partOf != null) {
                    channel = c.actor();
                }
            }
            if (suspectActor.kind == ActorKind.MEDIA_OUTLET && suspectActor.partOf != null) {
                channel = suspectActor;
                suspectActor = suspectActor.partOf;
            }
            ActorNode holder;
            if (kind == AssertionKind.CLAIM) {
                holder = suspectActor;
            } else if (kind == AssertionKind.NO_CLAIM) {
                holder = source(d, k, s, cands, suspectActor);
            } else if (passiveHolder != null) {
                holder = passiveHolder.actor();
            } else if (kind == AssertionKind.DENIAL && cue.suspect() == Lexicons.SuspectSide.BEFORE) {
                // "Ukraine rejected the accusation": the subject of a denying verb denies its own part. A negated
                // attribution is told by its speaker ("a U.S. spokesperson said Israel was not involved"), or by
                // the article itself.
                holder = cue.kind() == AssertionKind.DENIAL ? suspectActor : source(d, k, s, cands, suspectActor);
                if (holder == null && tellsOwn(d, k, s, cands, suspectActor, h.start())) {
                    holder = suspectActor; // "the ELN said it did not take part in the attack": it denies its own part
                }
            } else if (told[0] != null) {
                // The subject of the relative clause that names the suspect holds the accusation ("whom the president
                // accused"); a passive or a clause of the suspect's own is told by the sentence's source, else the article.
                holder = told[0] != INDIRECT ? told[0].actor() : source(d, k, s, cands, suspectActor);
            } else {
                Cand subj = depSubject(d, k, s, h.start(), cands, suspect, cue.suspect() == Lexicons.SuspectSide.INSIDE);
                if (subj == INDIRECT) {
                    subj = null; // "a declaration in which he links": a person not named in the sentence, so its source
                } else if (subj == null) {
                    subj = nearestBefore(cands, cue.suspect() == Lexicons.SuspectSide.BEFORE ? suspect.start() : h.start(), sb, suspect);
                }
                holder = subj != null ? subj.actor() : source(d, k, s, cands, suspectActor);
                if (subj == null && kind == AssertionKind.ATTRIBUTION && tellsOwn(d, k, s, cands, suspectActor, h.start())) {
                    // "the FMLN reports that urban commando units staged attacks": the group tells its own deed.
                    kind = AssertionKind.CLAIM;
                    holder = suspectActor;
                }
            }
            int deny = kind != AssertionKind.ATTRIBUTION ? -1 : denial(k, s, h.start());
            if (deny < 0 && kind == AssertionKind.ATTRIBUTION && suspect.start() < h.start()) {
                deny = denial(k, s, suspect.start()); // "denied that the ELN guerrillas who ... carried out"
            }
            if (deny >= 0) {
                // "the ELN issued a statement denying that it carried out the bombing", "the army denied that its
                // troops took part": the denier says the suspect did not do it.
                Cand by = nearestBefore(cands, deny, Math.max(sb, deny - 8), null);
                holder = by != null ? by.actor() : source(d, k, s, cands, null);
                kind = AssertionKind.DENIAL;
            }
            if (holder == suspectActor && kind != AssertionKind.CLAIM && kind != AssertionKind.DENIAL) {
                continue;
            }
            String date = null;
            for (int i = cueEnd; i < Math.min(se, cueEnd + 6) && date == null; i++) {
                if (k.ner(i).equals("DATE")) {
                    date = day(k, i);
                }
            }
            List<ActorNode> suspects = new ArrayList<>(withGroup(suspectActor));
            if (kind != AssertionKind.CLAIM) {
                for (Cand c : co) {
                    for (ActorNode a : withGroup(c.actor())) {
                        if (!suspects.contains(a) && a != holder) {
                            suspects.add(a);
                        }
                    }
                }
            }
            for (EventNode e : events) {
                for (ActorNode sus : suspects) {
                    if (sus == holder && kind != AssertionKind.CLAIM && kind != AssertionKind.DENIAL) {
                        continue; // the group's own statement about its member is no attribution by a third party
                    }
                    out.add(new AssertionDraft(e, kind == AssertionKind.CLAIM || deniedInStatement ? sus : holder, sus, kind,
                            certainty, channel, date, k.sentenceSpan(s)));
                }
            }
        }
        // A group named as the doer of an attack ("an IS suicide bomber killed", "FMLN guerrillas attacked",
        // "kidnapped by the ELN") is an attribution by whoever tells it: the sentence's source, else the article.
        List<Perpetrators.Found> found = Perpetrators.find(d, k, lex.eventWords());
        for (Perpetrators.Found f : found) {
            int s = f.mention().sentence();
            List<Cand> cands = candidates(d, k, s, states);
            // "the FMLN reports that its urban commandos attacked": a group telling its own deed claims it.
            boolean own = tellsOwn(d, k, s, cands, f.actor(), f.from());
            ActorNode holder = own ? f.actor() : source(d, k, s, cands, f.actor());
            // "the army denied that guerrillas attacked the farm": the denier says the doer did not do it.
            int deny = denial(k, s, f.from());
            AssertionKind kind = own ? AssertionKind.CLAIM : AssertionKind.ATTRIBUTION;
            if (deny >= 0) {
                Cand by = nearestBefore(cands, deny, Math.max(k.sBegin(s), deny - 8), null);
                holder = by != null ? by.actor() : null;
                kind = AssertionKind.DENIAL;
            }
            for (EventNode e : f.mention().group()) {
                for (ActorNode sus : withGroup(f.actor())) {
                    out.add(new AssertionDraft(e, kind == AssertionKind.CLAIM ? sus : holder, sus, kind,
                            f.certainty(), null, null, k.sentenceSpan(s)));
                }
            }
        }
        spreadDoers(d, k, found, out, states);
        out = ownOutlet(d, out);
        for (ActorNode st : states.values()) {
            if (!d.actors().contains(st)) {
                d.actors().add(st);
            }
        }
        d.setAssertions(mergeDuplicates(out));
    }

    /** A wire dateline's source in brackets: "CLANDESTINE, 26 MAY 89 (RADIO VENCEREMOS) --". */
    private static final java.util.regex.Pattern DATELINE_SOURCE =
            java.util.regex.Pattern.compile("\\A\\s*[^\\n]{2,80}?\\(([^()\\n]{2,60})\\)\\s*--");

    /**
     * A report published by a group's own media outlet ("(RADIO VENCEREMOS) --" for the FMLN, an Amaq
     * bulletin for IS) tells the group's deeds in the group's voice: what the article itself attributes to
     * that group is the group's claim, through that outlet.
     */
    private static List<AssertionDraft> ownOutlet(AnnotatedDocument d, List<AssertionDraft> drafts) {
        java.util.regex.Matcher m = DATELINE_SOURCE.matcher(d.text());
        if (!m.find()) {
            return drafts;
        }
        ActorNode outlet = null;
        for (ActorNode a : d.actors()) {
            if (a.kind == ActorKind.MEDIA_OUTLET && a.partOf != null
                    && a.mentions.stream().anyMatch(x -> x.start() >= m.start(1) && x.end() <= m.end(1))) {
                outlet = a;
            }
        }
        if (outlet == null) {
            return drafts;
        }
        ActorNode group = outlet.partOf;
        List<AssertionDraft> out = new ArrayList<>();
        for (AssertionDraft a : drafts) {
            if (a.holder() == null && a.suspect() == group && a.kind() == AssertionKind.ATTRIBUTION) {
                out.add(new AssertionDraft(a.event(), group, group, AssertionKind.CLAIM, a.certainty(), outlet, a.date(),
                        a.evidence()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Wire copy names the doer once and then lists the incidents ("The ELN attacked a police post. Two
     * buses were burned and a bridge was dynamited."): an attack whose sentence names no doer and has no
     * attribution yet goes, as probable, to the doer named in its own or the previous sentence, when that
     * is a single one.
     */
    private void spreadDoers(AnnotatedDocument d, Toks k, List<Perpetrators.Found> found, List<AssertionDraft> out,
                             Map<String, ActorNode> states) {
        java.util.Set<EventNode> attributed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (AssertionDraft a : out) {
            attributed.add(a.event());
        }
        for (EventMention m : d.eventMentions()) {
            int s = m.sentence();
            if (m.event().kind != org.claimgraph.core.extraction.EventKind.ATTACK || attributed.contains(m.event())
                    || !k.selected(s)) {
                continue;
            }
            boolean namesDoer = d.actorMentions().stream().anyMatch(a -> a.sentence() == s && Perpetrators.doer(a.actor()));
            if (namesDoer) {
                continue;
            }
            List<ActorNode> doers = found.stream().filter(f -> f.mention().sentence() == s - 1 || f.mention().sentence() == s)
                    .map(Perpetrators.Found::actor).distinct().toList();
            if (doers.size() != 1) {
                continue;
            }
            ActorNode holder = source(d, k, s, candidates(d, k, s, states), doers.get(0));
            for (ActorNode sus : withGroup(doers.get(0))) {
                out.add(new AssertionDraft(m.event(), holder, sus, AssertionKind.ATTRIBUTION, Certainty.PROBABLE, null, null,
                        k.sentenceSpan(s)));
            }
            attributed.add(m.event());
        }
    }

    /**
     * The suspect and, for a person who belongs to an armed group or body (its leader, a member), that
     * group too: "cartel boss X ordered the killing" blames the cartel as well as X.
     */
    private static List<ActorNode> withGroup(ActorNode suspect) {
        if (suspect.kind == ActorKind.PERSON && suspect.partOf != null && Perpetrators.doer(suspect.partOf)) {
            return List.of(suspect, suspect.partOf);
        }
        return List.of(suspect);
    }

    /** A responsibility cue occurrence whose gapped parts were all found, with the sentence's candidates. */
    private record Match(CueHit hit, Lexicons.Cue cue, int[] gap, List<Cand> cands) {
        int span() {
            return gap[1] - hit.start();
        }
    }

    /**
     * The cue occurrences to read: in selected body sentences, all gapped parts found, and where
     * occurrences overlap ("perpetrated" inside "perpetrated by") only the longest, since the longer
     * phrase says on which side the suspect stands.
     */
    private List<Match> matches(AnnotatedDocument d, Toks k, Map<String, ActorNode> states) {
        List<Match> all = new ArrayList<>();
        Map<Integer, List<Cand>> candsBySentence = new HashMap<>();
        for (CueHit h : d.cues()) {
            if (h.type() != CueType.RESPONSIBILITY || !k.selected(h.sentence()) || crosshead(k, h.sentence())) {
                continue;
            }
            // A plural noun is never a responsibility cue: "nine more suspects" are people, not a suspicion.
            // "the masterminds of the assassination" is a cue of its own, though.
            if (k.tag(h.start()).equals("NNS") && !(h.end() - h.start() > 1 && k.low(h.start() + 1).equals("of"))) {
                continue;
            }
            Lexicons.Cue cue = (Lexicons.Cue) h.payload();
            // "the four suspected gunmen", "the accused men": an adjective describes people, it accuses no one.
            if (h.end() - h.start() == 1 && cue.parts().size() == 1 && h.start() > k.sBegin(h.sentence())
                    && ADJECTIVAL_BEFORE.contains(k.tag(h.start() - 1)) && h.end() < k.sEnd(h.sentence())
                    && k.tag(h.end()).startsWith("NN")) {
                continue;
            }
            List<Cand> cands = candsBySentence.computeIfAbsent(h.sentence(), x -> candidates(d, k, x, states));
            int[] gap = cue.gap(k::orig, i -> k.tag(i).startsWith("VB") || k.tag(i).equals("MD"), h.end(), k.sEnd(h.sentence()));
            if (gap == null) {
                continue;
            }
            // "blamed ... on": an actor inside the gap means the gapped reading is wrong ("blamed X for the attack on").
            if (cue.parts().size() > 1 && cue.suspect() == Lexicons.SuspectSide.AFTER
                    && cands.stream().anyMatch(c -> c.start() >= gap[0] && c.start() < gap[2])) {
                continue;
            }
            // "X has been linked to the attack": nothing stands inside "linked ... to", so the cue with the suspect
            // before it ("linked to") reads the sentence.
            if (cue.suspect() == Lexicons.SuspectSide.INSIDE && gap[0] == gap[2]) {
                continue;
            }
            // "were probably behind": a copula cue takes only adverbs in its gap, not "were killed behind the lines".
            if (cue.parts().size() > 1 && COPULAS.contains(cue.parts().get(0).get(0))
                    && !java.util.stream.IntStream.range(gap[0], gap[2]).allMatch(i -> k.tag(i).startsWith("RB"))) {
                continue;
            }
            all.add(new Match(h, cue, gap, cands));
        }
        List<Match> out = new ArrayList<>();
        for (Match m : all) {
            boolean beaten = false;
            for (Match o : all) {
                if (o != m && o.hit().sentence() == m.hit().sentence() && o.hit().start() < m.gap()[1] && m.hit().start() < o.gap()[1]
                        && (o.span() > m.span() || o.span() == m.span() && o.cue().parts().size() > m.cue().parts().size())) {
                    beaten = true;
                }
            }
            if (!beaten) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Where to look back from for a suspect before the cue: past an appositive that ends just before it.
     * "the Extraditables -- Colombian drug kingpins wanted by U.S. courts -- who said they were
     * responsible" names the Extraditables, not the United States; a comma appositive is skipped only
     * before a relative pronoun ("the ELN, a Marxist group, which said it was responsible").
     */
    private static int beforeAppositive(Toks k, int cueStart, int sb, Lexicons.Cue cue) {
        int i = cueStart - 1;
        if (i <= sb) {
            return cueStart;
        }
        String close = k.orig(i);
        boolean dash = close.equals("--") || close.equals("-");
        String first = cue.parts().get(0).get(0);
        boolean comma = close.equals(",") && (first.equals("who") || first.equals("which"));
        if (!dash && !comma) {
            return cueStart;
        }
        for (int j = i - 1; j > sb && j >= i - 20; j--) {
            if (k.orig(j).equals(close)) {
                return j;
            }
        }
        return cueStart;
    }

    /** Words before "to" that still make the infinitive a fact ("the first to claim", "was quick to claim"). */
    private static final Set<String> FACTIVE_BEFORE_TO = Set.of("first", "quick", "quickly", "last", "hastened", "rushed");

    /**
     * "the reluctance of ISKP media to directly claim responsibility": an infinitive cue names a claim
     * or blame that is wanted, refused or expected, not one that was made.
     */
    private static boolean infinitive(Toks k, int cueStart, int sb) {
        int i = cueStart - 1;
        while (i >= sb && k.tag(i).startsWith("RB")) {
            i--;
        }
        if (i < sb || !k.low(i).equals("to") || k.tag(cueStart).equals("VBN") || k.tag(cueStart).equals("VBD")) {
            return false;
        }
        return !(i - 1 >= sb && FACTIVE_BEFORE_TO.contains(k.low(i - 1)));
    }

    /** Tags of a subject that stands for something named elsewhere: the parse cannot tell who it is. */
    private static final Set<String> REFERRING_TAGS = Set.of("PRP", "WP", "WDT", "DT", "EX");
    private static final Set<String> SUBJECT_PARTS = Set.of("compound", "amod", "nmod:poss", "nmod", "nmod:of", "appos");

    /**
     * The suspect of a cue that names it as its subject ("X claimed responsibility", "X were behind"): the
     * subject in the parse when it is an actor or has one among its own modifiers ("members of the FMLN",
     * "Colonel X, chief of the Y"); none when the parse gives a subject that is no actor ("whether the drug
     * bands were responsible", in a sentence that names the government first); else the nearest actor before.
     */
    private static Cand subjectSuspect(AnnotatedDocument d, Toks k, int s, int cueStart, List<Cand> cands, Lexicons.Cue cue,
                                       Cand[] told) {
        int sb = k.sBegin(s);
        Cand before = nearestBefore(cands, beforeAppositive(k, cueStart, sb, cue), sb, null);
        // "whether X were responsible", "if X was behind": a question, not an assertion.
        for (int i = before == null ? sb : before.end(); i < cueStart; i++) {
            if (k.low(i).equals("whether")) {
                return null;
            }
        }
        // Without a parsed subject, the nearest actor is the suspect only when no verb of its own comes between
        // ("the ELN is demanding a ransom"), not when it is the subject of another clause ("police said the
        // kidnappers demanded a ransom").
        Cand near = before;
        // "the FARC left messages claiming to be the authors": a participle clause has the main clause's subject.
        boolean participle = k.tag(cueStart).equals("VBG") && !AUXILIARIES.contains(k.low(cueStart - 1));
        if (before != null && !participle) {
            int app = beforeAppositive(k, cueStart, sb, cue);
            for (int i = before.end(); i < app; i++) {
                if (k.tag(i).startsWith("VB") && !AUXILIARIES.contains(k.low(i))) {
                    near = null;
                }
            }
        }
        // "appeared before a Moscow court ... charged with": a name modifying a common noun is no subject; its
        // people ("ELN guerrillas") are.
        if (near != null && near.end() < cueStart && (k.tag(near.end()).equals("NN") || k.tag(near.end()).equals("NNS"))
                && !Perpetrators.agentNoun(k.low(near.end()))) {
            near = null;
        }
        SemanticGraph g = d.dependencies(s);
        if (g == null) {
            return near;
        }
        IndexedWord w = g.getNodeByIndexSafe(cueStart - sb + 1);
        if (w != null && g.getParent(w) != null) {
            SemanticGraphEdge up = g.getEdge(g.getParent(w), w);
            String r = up == null ? "" : up.getRelation().toString();
            if (r.equals("cop") || r.startsWith("aux")) {
                w = g.getParent(w); // "X were behind the attack": the subject hangs on "attack"
            }
        }
        if (w == null) {
            return near;
        }
        Cand governed = governingSubject(g, k, sb, cands, w, told);
        if (governed == NOBODY) {
            return null;
        }
        if (governed != null) {
            return governed;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
            String rel = e.getRelation().toString();
            if (!rel.equals("nsubj") && !rel.equals("nsubj:pass")) {
                continue;
            }
            IndexedWord x = e.getDependent();
            int tok = sb + x.index() - 1;
            if (tok >= cueStart) {
                continue;
            }
            Cand own = covering(cands, tok);
            if (own != null) {
                return own;
            }
            if (REFERRING_TAGS.contains(k.tag(tok))) {
                return before;
            }
            boolean possessed = false;
            for (SemanticGraphEdge m : g.outgoingEdgeList(x)) {
                int mt = sb + m.getDependent().index() - 1;
                possessed |= k.tag(mt).equals("PRP$") || k.tag(mt).equals("WP$");
                if (SUBJECT_PARTS.contains(m.getRelation().toString())) {
                    Cand c = covering(cands, mt);
                    if (c != null) {
                        return c;
                    }
                }
            }
            // Only a common noun after the nearest actor is surely another subject ("the bands were responsible");
            // "its units" refer back, and a name the parser took for the subject may be a misparse.
            // "the FMLN reports that urban commando units staged attacks": a group's people stand for the armed
            // group named before, never for the wire agency of the dateline ("(EFE) -- terrorists staged").
            if (Perpetrators.agentNoun(k.low(tok))) {
                return before != null && before.actor().kind == ActorKind.ARMED_GROUP ? before : null;
            }
            boolean common = k.tag(tok).equals("NN") || k.tag(tok).equals("NNS");
            return common && !possessed && (before == null || tok >= before.end()) ? null : before;
        }
        return near;
    }

    /** Marks a suspect read through a passive or a governing clause: the holder is the sentence's source. */
    private static final Cand INDIRECT = new Cand(-1, -1, null);
    /** Clauses whose unstated subject is that of the clause they hang on: "arrested after having participated in". */
    private static final Set<String> SUBJECTLESS_LINKS = Set.of("advcl", "xcomp", "conj");
    private static final Set<String> RELATIVE_TAGS = Set.of("WP", "WDT");

    /**
     * The suspect of a cue verb that has no active subject of its own, read from the clause it hangs on:
     * the passive subject ("X was accused of"), the subject of the clause an adverbial or complement clause
     * depends on ("X was arrested after having participated in"), the noun a participle or relative clause
     * modifies ("Colonel X, removed from his post after being accused of", "X, whom the president accused
     * of"). Sets {@code told[0]} to the relative clause's actor subject, or to {@link #INDIRECT}, when it
     * reads a suspect; returns null when the verb has an active subject of its own or the reading names no actor.
     */
    private static Cand governingSubject(SemanticGraph g, Toks k, int sb, List<Cand> cands, IndexedWord w, Cand[] told) {
        IndexedWord cur = w;
        for (int hop = 0; cur != null && hop < 4; hop++) {
            IndexedWord active = null;
            IndexedWord passive = null;
            boolean relativeObject = false;
            for (SemanticGraphEdge e : g.outgoingEdgeList(cur)) {
                String rel = e.getRelation().toString();
                int tok = sb + e.getDependent().index() - 1;
                if (rel.equals("nsubj")) {
                    active = e.getDependent();
                } else if (rel.equals("nsubj:pass")) {
                    passive = e.getDependent();
                } else if (rel.equals("obj") && (RELATIVE_TAGS.contains(k.tag(tok)) || k.low(tok).equals("that"))) {
                    relativeObject = true;
                }
            }
            IndexedWord parent = g.getParent(cur);
            SemanticGraphEdge up = parent == null ? null : g.getEdge(parent, cur);
            String link = up == null ? "" : up.getRelation().toString();
            if (relativeObject && link.equals("acl:relcl")) {
                // "X, whom the president accused of": the antecedent is accused, the relative clause's subject accuses.
                Cand by = active == null ? null : covering(cands, sb + active.index() - 1);
                Cand antecedent = covering(cands, sb + parent.index() - 1);
                if (antecedent != null) {
                    told[0] = by != null && by.actor() != antecedent.actor() ? by : INDIRECT;
                }
                return antecedent;
            }
            if (active != null) {
                return hop == 0 ? null : orNobody(markIndirect(covering(cands, sb + active.index() - 1), told));
            }
            if (passive != null) {
                int tok = sb + passive.index() - 1;
                Cand c = covering(cands, tok);
                if (c == null && RELATIVE_TAGS.contains(k.tag(tok)) && link.equals("acl:relcl")) {
                    c = covering(cands, sb + parent.index() - 1); // "X, who is charged with the massacre"
                }
                return orNobody(markIndirect(c, told));
            }
            if (link.equals("acl") || link.equals("acl:relcl")) {
                return orNobody(markIndirect(covering(cands, sb + parent.index() - 1), told));
            }
            if (!SUBJECTLESS_LINKS.contains(link)) {
                return null;
            }
            cur = parent;
        }
        return null;
    }

    /**
     * The suspect the clause names is no actor ("four men, all citizens of Tajikistan, appeared before a
     * Moscow court charged with"): the nearest actor before the cue is not its suspect either.
     */
    private static final Cand NOBODY = new Cand(-1, -1, null);

    private static Cand orNobody(Cand c) {
        return c == null ? NOBODY : c;
    }

    private static Cand markIndirect(Cand c, Cand[] told) {
        if (c != null) {
            told[0] = INDIRECT;
        }
        return c;
    }

    private static Cand covering(List<Cand> cands, int tok) {
        for (Cand c : cands) {
            if (c.start() <= tok && tok < c.end()) {
                return c;
            }
        }
        return null;
    }

    /** The passive subject of a cue read as passive ("the FMLN was accused by the army"): an actor just before it. */
    private static Cand passiveSubject(Toks k, List<Cand> cands, int cueStart, int sb) {
        for (Cand c : cands) {
            if (c.end() <= cueStart && c.end() >= cueStart - 3 && c.start() >= sb) {
                boolean onlyAux = true;
                for (int i = c.end(); i < cueStart; i++) {
                    onlyAux &= k.tag(i).startsWith("VB") || k.tag(i).startsWith("RB") || k.tag(i).equals("MD");
                }
                if (onlyAux) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Only words: a comma also closes a place or a fronted phrase ("In Kabul, the Taliban were behind"). */
    private static final Set<String> COORDINATORS = Set.of("and", "or");

    /**
     * The actors joined to a candidate by "and" or "or" ("A and B", "the army and the police"), read outwards
     * from it within the sentence; an article may come before each ("the army and the police").
     */
    private static List<Cand> coordinated(Toks k, List<Cand> cands, Cand c, int sb, int se) {
        List<Cand> out = new ArrayList<>();
        Cand cur = c;
        while (true) {
            int i = cur.start() - 1;
            if (i > sb && k.tag(i).equals("DT")) {
                i--;
            }
            if (i <= sb || !COORDINATORS.contains(k.low(i))) {
                break;
            }
            final int end = i;
            Cand prev = cands.stream().filter(x -> x.end() == end).findFirst().orElse(null);
            if (prev == null || prev.actor() == c.actor()) {
                break;
            }
            out.add(prev);
            cur = prev;
        }
        cur = c;
        while (true) {
            int i = cur.end();
            if (i >= se || !COORDINATORS.contains(k.low(i))) {
                break;
            }
            int j = i + 1;
            if (j < se && k.tag(j).equals("DT")) {
                j++;
            }
            final int start = j;
            Cand next = cands.stream().filter(x -> x.start() == start).findFirst().orElse(null);
            if (next == null || next.actor() == c.actor()) {
                break;
            }
            out.add(next);
            cur = next;
        }
        return out;
    }

    /**
     * The object of a cue ("blamed the FMLN"); a pronoun directly followed by a verb is instead the
     * subject of a clause of its own ("suspects it is somewhere in Syria"), which names no suspect.
     */
    private static Cand objectSuspect(Toks k, List<Cand> cands, int from, int to) {
        // "the gunmen, all of them from Tajikistan": a country after "from" is where people come from, which the
        // event records as the perpetrators' nationality; it is no suspect unless the cue itself ends in "from".
        List<Cand> usable = cands.stream().filter(c -> !(c.actor().kind == ActorKind.STATE && c.start() > from
                && ORIGIN.contains(k.low(c.start() - 1)))).toList();
        Cand c = nearestAfter(usable, from, to);
        if (c != null && c.end() - c.start() == 1 && PRONOUNS.contains(k.low(c.start())) && c.end() < k.size()
                && (k.tag(c.end()).startsWith("VB") || k.tag(c.end()).equals("MD"))) {
            return null;
        }
        return c;
    }

    /**
     * One draft per (event, holder, suspect, kind), the first found, completed with the date of a later
     * one: a lead may state a claim that a later sentence dates ("assumed responsibility on March 22").
     */
    private static List<AssertionDraft> mergeDuplicates(List<AssertionDraft> drafts) {
        Map<List<Object>, AssertionDraft> byKey = new java.util.LinkedHashMap<>();
        for (AssertionDraft a : drafts) {
            List<Object> key = java.util.Arrays.asList(new IdentityKey(a.event()), new IdentityKey(a.holder()),
                    new IdentityKey(a.suspect()), a.kind());
            AssertionDraft first = byKey.get(key);
            if (first == null) {
                byKey.put(key, a);
            } else if (first.date() == null && a.date() != null) {
                byKey.put(key, new AssertionDraft(first.event(), first.holder(), first.suspect(), first.kind(), first.certainty(),
                        first.channel() != null ? first.channel() : a.channel(), a.date(), first.evidence()));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Identity, not equality, of the mutable working nodes as a map key. */
    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-(\\d{2})-(\\d{2})");

    /**
     * The day a date token names, or null: SUTime may wrap it ("THIS P1D INTERSECT XXXX-03-22" for
     * "March 22, the day of the attack"), and a missing year is the publication's.
     */
    private static String day(Toks k, int i) {
        String n = k.normNer(i);
        java.util.regex.Matcher m = n == null ? null : DAY.matcher(n);
        if (m == null || !m.find()) {
            return null;
        }
        String y = m.group(1);
        if (y.equals("XXXX")) {
            java.time.LocalDate pub = k.d.document().published();
            if (pub == null) {
                return null;
            }
            y = Integer.toString(pub.getYear());
        }
        return y + "-" + m.group(2) + "-" + m.group(3);
    }

    /** A heading or crosshead (no closing punctuation): a summary of the body, not a statement of its own. */
    private static boolean crosshead(Toks k, int s) {
        String last = k.orig(k.sEnd(s) - 1);
        return !(last.equals(".") || last.equals("!") || last.equals("?") || last.equals("\"") || last.equals("\u201d")
                || last.equals("''"));
    }

    private List<Cand> candidates(AnnotatedDocument d, Toks k, int s, Map<String, ActorNode> states) {
        List<Cand> out = new ArrayList<>();
        // The dateline ("KANDAHAR, Afghanistan (Reuters) --") says where and through whom the article came: its
        // place and agency neither hold nor are suspected of anything the first sentence says.
        java.util.regex.Matcher dl = DATELINE_SOURCE.matcher(d.text());
        int datelineEnd = dl.find() ? dl.end() : -1;
        for (ActorMention m : d.actorMentions()) {
            if (m.sentence() == s && !m.embedded() && k.t(m.start()).beginPosition() >= datelineEnd) {
                out.add(new Cand(m.start(), m.end(), m.actor()));
            }
        }
        for (int i = k.sBegin(s); i < k.sEnd(s); i++) {
            final int t = i;
            if (k.t(i).beginPosition() < datelineEnd) {
                continue;
            }
            if (out.stream().anyMatch(c -> c.start() <= t && t < c.end())) {
                continue;
            }
            // "Stade de France", "Banco de Colombia": a country name after a Romance particle ends a proper name.
            // ... and "Guatemala City", "Mexico City" are capitals, not states.
            boolean namePart = i > k.sBegin(s) && ActorRules.NAME_PARTICLES.contains(k.low(i - 1))
                    || i + 1 < k.sEnd(s) && k.low(i + 1).equals("city");
            if ((k.capitalised(i) || k.caseless()) && i + 1 < k.sEnd(s) && lex.stateBodies().get(k.low(i + 1)) == ActorKind.STATE) {
                // "Iranian officials had blamed Israel": people who speak for their state hold for it.
                Optional<String> c = geo.countryOfDemonym(k.word(i));
                if (c.isPresent()) {
                    out.add(stateCand(k, states, c.get(), i, i + 2));
                    i++;
                    continue;
                }
            }
            if ((k.capitalised(i) || k.caseless()) && !namePart && (k.ner(i).equals("LOCATION") || k.tag(i).equals("NNP"))) {
                Optional<String> c = geo.countryByName(k.word(i));
                if (c.isPresent()) {
                    Cand st = stateCand(k, states, c.get(), i, i + 1);
                    if (!k.word(i).equals(c.get())) {
                        st.actor().aliases.add(k.word(i));
                    }
                    out.add(st);
                }
            }
            // "the terrorists left messages claiming to be the assailants": a definite plural for a group's
            // people stands for the group the text is about, as a pronoun does.
            if (DEFINITE_MEMBERS.contains(k.low(i)) && i > k.sBegin(s) && DEFINITE.contains(k.low(i - 1))) {
                ActorNode g = Resolve.focusGroup(d, k.sBegin(s), false);
                if (g != null) {
                    out.add(new Cand(i, i + 1, g));
                }
                continue;
            }
            // "officials said they had confirmed that ISKP carried out the attack": a pronoun just after a
            // reporting verb is its speaker, not the group the text is about.
            boolean speaker = i > k.sBegin(s) && (SPEAKER_VERBS.contains(k.low(i - 1))
                    || k.low(i - 1).equals("that") && i - 1 > k.sBegin(s) && SPEAKER_VERBS.contains(k.low(i - 2)));
            if (PRONOUNS.contains(k.low(i)) && !k.tag(i).startsWith("VB") && !(speaker && !k.low(i).equals("group"))) {
                ActorNode g = Resolve.focusGroup(d, k.sBegin(s), false);
                // "the group's Afghan branch" describes another actor; it is no holder or suspect of its own.
                boolean possessive = i + 1 < k.sEnd(s) && k.low(i + 1).equals("'s");
                if (g != null && (!k.low(i).equals("group") || i > 0 && k.low(i - 1).equals("the") && !possessive)) {
                    out.add(new Cand(i, i + 1, g));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Cand::start));
        return out;
    }

    /** The state named by tokens [start, end), one actor per state in the document, with this mention. */
    private static Cand stateCand(Toks k, Map<String, ActorNode> states, String country, int start, int end) {
        ActorNode st = states.computeIfAbsent(TextFold.fold(country), x -> new ActorNode(country, ActorKind.STATE));
        st.mentions.add(k.span(start, end));
        return new Cand(start, end, st);
    }

    private static Cand nearestBefore(List<Cand> cands, int before, int limit, Cand exclude) {
        Cand best = null;
        for (Cand c : cands) {
            if (c.end() <= before && c.start() >= limit && (exclude == null || c.actor() != exclude.actor())) {
                best = c;
            }
        }
        return best;
    }

    private static Cand nearestAfter(List<Cand> cands, int from, int to) {
        for (Cand c : cands) {
            if (c.start() >= from && c.start() < to) {
                return c;
            }
        }
        return null;
    }

    /**
     * The subject of the cue's verb in the dependency parse, when it is an actor; {@link #INDIRECT} when it is
     * a person not named in the sentence ("he") or, with {@code ownVerb} (the cue is the verb whose subject
     * holds it: "charge ... with"), a common noun that names no actor ("the authorities").
     */
    private static Cand depSubject(AnnotatedDocument d, Toks k, int s, int cueStart, List<Cand> cands, Cand suspect,
                                   boolean ownVerb) {
        // Only an actor other than the suspect can be the answer: with none in the sentence, no need
        // to parse it (parsing is the costliest thing the rules ask for).
        if (cands.stream().allMatch(c -> c.actor() == suspect.actor())) {
            return null;
        }
        SemanticGraph g = d.dependencies(s);
        if (g == null) {
            return null;
        }
        int sb = k.sBegin(s);
        IndexedWord w = g.getNodeByIndexSafe(cueStart - sb + 1);
        if (ownVerb && w != null && g.getParent(w) != null && g.getParent(w).index() == w.index() - 1
                && g.getEdge(g.getParent(w), w).getRelation().toString().equals("acl")
                && k.tag(cueStart - 1).startsWith("NN") && !k.tag(cueStart - 1).startsWith("NNP") && covering(cands, cueStart - 1) == null) {
            return INDIRECT; // "and the authorities charge them with": the parser took the verb for a modifier of its subject
        }
        for (int hop = 0; w != null && hop < 3; hop++) {
            for (SemanticGraphEdge e : g.outgoingEdgeList(w)) {
                if (e.getRelation().getShortName().startsWith("nsubj")) {
                    // "a declaration by President X in which he links": "he" is the person named before it, if any.
                    int subjTok = sb + e.getDependent().index() - 1;
                    if (PERSONAL.contains(k.low(subjTok))) {
                        Cand person = null;
                        for (Cand c : cands) {
                            if (c.end() <= subjTok && c.actor().kind == ActorKind.PERSON && c.actor() != suspect.actor()) {
                                person = c;
                            }
                        }
                        return person != null ? person : INDIRECT;
                    }
                    // The subject itself, else an actor modifying it: "U.S. intelligence officials said".
                    List<IndexedWord> words = new ArrayList<>(List.of(e.getDependent()));
                    for (SemanticGraphEdge m : g.outgoingEdgeList(e.getDependent())) {
                        String r = m.getRelation().getShortName();
                        if (r.equals("compound") || r.equals("amod") || r.equals("nmod:poss")) {
                            words.add(m.getDependent());
                        }
                    }
                    for (IndexedWord x : words) {
                        int tok = sb + x.index() - 1;
                        for (Cand c : cands) {
                            if (c.start() <= tok && tok < c.end() && c.actor() != suspect.actor()) {
                                return c;
                            }
                        }
                    }
                    // "the authorities charge them with the murders": the cue's own verb has a subject that is no
                    // actor, so no actor named elsewhere in the sentence holds it.
                    if (ownVerb && hop == 0 && k.tag(subjTok).startsWith("NN") && !k.tag(subjTok).startsWith("NNP")) {
                        return INDIRECT;
                    }
                }
            }
            w = g.getParent(w);
        }
        return null;
    }

    /**
     * Whether the actor itself tells what follows: it stands just before a reporting verb ("the FMLN
     * reports that", "the group said") that comes before the deed at token {@code deed}.
     */
    private static boolean tellsOwn(AnnotatedDocument d, Toks k, int s, List<Cand> cands, ActorNode actor, int deed) {
        for (CueHit r : d.cues(s, CueType.REPORTING)) {
            if (r.payload() != Lexicons.SourceSide.AFTER && r.end() <= deed) {
                Cand c = nearestBefore(cands, r.start(), Math.max(k.sBegin(s), r.start() - 3), null);
                if (c != null && c.actor() == actor) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The speaker of the sentence ("X said", "according to X", "says X"), or null for the article itself. */
    private ActorNode source(AnnotatedDocument d, Toks k, int s, List<Cand> all, ActorNode suspect) {
        // The suspect is what is said, not who says it ("the army said the Pakistani Taliban were behind"); nor is a
        // country where something is ("a report by an agency whose offices are in Mexico says").
        List<Cand> cands = all.stream().filter(c -> c.actor() != suspect && !locative(k, c)).toList();
        int sb = k.sBegin(s);
        int se = k.sEnd(s);
        for (CueHit r : d.cues(s, CueType.REPORTING)) {
            Lexicons.SourceSide side = (Lexicons.SourceSide) r.payload();
            if (side != Lexicons.SourceSide.AFTER) {
                Cand c = nearestBefore(cands, r.start(), Math.max(sb, r.start() - (side == Lexicons.SourceSide.EITHER ? 3 : 8)), null);
                if (c != null) {
                    return c.actor();
                }
            }
            if (side != Lexicons.SourceSide.BEFORE) {
                Cand person = null;
                for (Cand c : cands) {
                    if (c.start() >= r.end() && c.start() < Math.min(se, r.end() + 8) && person == null && c.actor().kind == ActorKind.PERSON) {
                        person = c;
                    }
                }
                Cand c = person != null ? person : nearestAfter(cands, r.end(), Math.min(se, r.end() + 4));
                if (c != null) {
                    return c.actor();
                }
            }
        }
        return null;
    }

    private static final Set<String> DENY_VERBS = Set.of("denied", "denies", "deny", "denying", "rejected", "rejects",
            "rejecting");

    /** A statement "denying"/"rejecting" what follows, within a few words after the statement cue. */
    private static boolean statementDenies(Toks k, int cueEnd, int se) {
        for (int i = cueEnd; i < Math.min(se, cueEnd + 5); i++) {
            String w = k.low(i);
            if (DENY_VERBS.contains(w) && w.endsWith("ing") || w.equals("denial") || w.equals("rejection")) {
                return true;
            }
            if (k.orig(i).equals(".") || k.orig(i).equals(";") || k.low(i).equals("claiming")) {
                return false;
            }
        }
        return false;
    }

    /** The denial verb whose "that" clause holds the doer at {@code from} ("X denied that guerrillas attacked"), or -1. */
    private static int denial(Toks k, int s, int from) {
        int sb = k.sBegin(s);
        for (int i = from - 1; i >= sb && i >= from - 6; i--) {
            if (DENY_VERBS.contains(k.low(i))) {
                for (int j = i + 1; j < from; j++) {
                    if (k.low(j).equals("that")) {
                        return i;
                    }
                }
                return -1;
            }
            if (CLAUSE_BREAKS.contains(k.low(i)) || k.low(i).equals(".")) {
                return -1;
            }
        }
        return -1;
    }

    /** A state named as a place after "in" or "from" that follows no noun ("are in Mexico", not "officials in Kabul"). */
    private static boolean locative(Toks k, Cand c) {
        int sb = k.sBegin(k.sentOf(c.start()));
        return c.actor().kind == ActorKind.STATE && c.start() - 2 >= sb && ORIGIN.contains(k.low(c.start() - 1))
                && !k.tag(c.start() - 2).startsWith("NN");
    }

    /** Tags that may stand between a cue and the attack noun it governs: "charged with the mass murders of". */
    private static final Set<String> OBJECT_PREMODIFIERS = Set.of("DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "NN", "NNP",
            "NNPS", "NNS", "VBG", "HYPH", "POS");
    /** How far after a cue its attack noun may come: "linked ... to the March 1980 assassination". */
    private static final int OBJECT_REACH = 6;

    /**
     * The events a cue speaks of, by its declared tie: the sentence's or a recent one; only the sentence's;
     * or only an attack named right after the cue as its object ("accused of ordering the murder of"),
     * never one past a preposition or a verb ("ordered the evacuation after the attack").
     */
    private static List<EventNode> tied(AnnotatedDocument d, Toks k, int s, int cueStart, int cueEnd, Lexicons.Cue cue) {
        switch (cue.event()) {
            case SENTENCE:
                return events(d, s, cueStart, 0);
            case NEAR:
                for (EventMention m : d.eventMentions()) {
                    if (m.sentence() != s || m.start() < cueEnd || m.start() >= cueEnd + OBJECT_REACH
                            || m.event().kind == org.claimgraph.core.extraction.EventKind.ARREST) {
                        continue;
                    }
                    boolean object = true;
                    for (int i = cueEnd; i < m.start(); i++) {
                        object &= OBJECT_PREMODIFIERS.contains(k.tag(i));
                    }
                    if (object) {
                        return m.group();
                    }
                }
                return List.of();
            default:
                // "directed the operation" names the attack by a definite noun, so it may lie further back in the text.
                return events(d, s, cueStart, cue.phrase().endsWith("the operation") ? 6 : 3);
        }
    }

    /** The events the sentence speaks of: its event mentions (all members of a plural one), else the recent focus. */
    private static List<EventNode> events(AnnotatedDocument d, int s, int cueStart, int back) {
        EventMention best = null;
        for (EventMention m : d.eventMentions()) {
            if (m.sentence() == s && m.event().kind != org.claimgraph.core.extraction.EventKind.ARREST) {
                if (best == null || Math.abs(m.start() - cueStart) < Math.abs(best.start() - cueStart) && m.start() > cueStart
                        || best.start() < cueStart && m.start() > cueStart) {
                    best = m;
                }
            }
        }
        if (best != null) {
            return best.group();
        }
        EventMention recent = null;
        for (EventMention m : d.eventMentions()) {
            if (m.sentence() < s && m.sentence() >= s - back) {
                recent = m;
            }
        }
        return recent == null ? List.of() : List.of(recent.event());
    }

}

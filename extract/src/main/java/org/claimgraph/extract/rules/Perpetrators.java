package org.claimgraph.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueHit;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;
import org.claimgraph.extract.rules.Model.EventMention;

/**
 * Finds the actor a sentence names as the doer of an attack, which is an attribution by whoever
 * tells it: a premodifier ("an FMLN attack", "an IS suicide bomber"), the subject of an active attack
 * verb ("urban guerrillas of the FMLN attacked", "members of the FMLN [FMLN] attacked") or the
 * "by" agent ("was kidnapped by ELN guerrillas", "the bombing by alleged FMLN members"). Surface
 * patterns over tags, so no parse is needed outside cue sentences. Stateless, thread-safe.
 */
final class Perpetrators {
    /** Nouns for the people of a group, skipped between the group's name and the verb. */
    private static final Set<String> AGENT_NOUNS = Set.of("guerrillas", "guerrilla", "terrorists", "terrorist", "rebels", "rebel",
            "members", "member", "militants", "militant", "commandos", "commando", "units", "unit", "forces", "fighters",
            "gunmen", "gunman", "squad", "squads", "cell", "cells", "column", "columns", "men", "troops", "soldiers",
            "agents", "insurgents", "urban", "armed", "heavily", "group", "front", "fronts", "detachment", "militiamen",
            "alleged", "suspected", "presumed", "self-styled", "so-called", "several", "some", "a", "an", "the", "of",
            "unidentified", "paramilitary", "sympathizers", "supporters", "hitmen", "killers", "assassins");
    private static final Set<String> AUX = Set.of("have", "has", "had", "also", "reportedly", "allegedly", "apparently",
            "again", "then", "later", "yesterday", "today", "presumably");
    /** Plural nouns for the members of an armed group that, unnamed, stand for the group in focus. */
    private static final Set<String> GENERIC_DOERS = Set.of("terrorists", "guerrillas", "rebels", "subversives", "insurgents",
            "militants", "jihadists", "guerrilla");
    private static final int FOCUS_SENTENCES = 6;
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be", "got");
    private static final Set<ActorKind> DOERS = Set.of(ActorKind.ARMED_GROUP, ActorKind.GOVERNMENT_BODY, ActorKind.POPULATION,
            ActorKind.ORGANIZATION, ActorKind.INTELLIGENCE_AGENCY);

    private Perpetrators() {
    }

    /** One doer found: the event mention, the actor, how sure the wording is, the tokens [from, to) it spans. */
    record Found(EventMention mention, ActorNode actor, Certainty certainty, int from, int to) {
    }

    static List<Found> find(AnnotatedDocument d, Toks k, EventWords words) {
        List<Found> out = new ArrayList<>();
        for (EventMention m : d.eventMentions()) {
            if (m.event().kind == EventKind.ARREST || !k.selected(m.sentence())) {
                continue;
            }
            int sb = k.sBegin(m.sentence());
            int se = k.sEnd(m.sentence());
            ActorMention before = before(d, k, m, sb, words);
            if (before != null) {
                out.add(new Found(m, before.actor(), certainty(d, k, m.sentence(), Math.max(sb, before.start() - 3), m.end()),
                        before.start(), m.end()));
            }
            ActorMention by = byAgent(d, k, m, se);
            if (by != null) {
                out.add(new Found(m, by.actor(), certainty(d, k, m.sentence(), Math.max(sb, m.start() - 3), by.end()),
                        m.start(), by.end()));
            }
        }
        return out;
    }

    /** A premodifier of the trigger or the subject of an active trigger verb. */
    private static ActorMention before(AnnotatedDocument d, Toks k, EventMention m, int sb, EventWords words) {
        String tag = k.tag(m.start());
        boolean verb = tag.equals("VBD") || tag.equals("VBN");
        if (tag.equals("VBD") && m.start() - 1 > sb && k.low(m.start() - 1).equals("and")) {
            // "guerrillas killed a peasant in Flores and burned a tank truck": the second verb has the first one's subject.
            for (int j = m.start() - 2; j >= sb && j >= m.start() - 20; j--) {
                if (k.tag(j).equals("VBD")) {
                    return before(d, k, new EventMention(m.sentence(), j, j + 1, m.event(), m.group(), null), sb, words);
                }
            }
        }
        boolean sawAux = false;
        Integer generic = null;
        int i = m.start() - 1;
        int ordered = instigation(k, m.start(), sb, words);
        if (ordered >= 0) {
            // "X ordered the assassination of": who ordered an attack is its doer, so read the verb as the trigger's.
            i = ordered - 1;
            tag = "VBD";
            verb = true;
        }
        while (i >= sb && i >= m.start() - 12) {
            int led = ledBy(k, i, sb);
            if (led >= 0) {
                // "troops of the 6th Brigade commanded by Lieutenant X murdered": the commander is a modifier.
                i = led;
                continue;
            }
            ActorMention a = mentionEndingAt(d, i + 1);
            if (a != null && !a.embedded()) {
                if (!doer(a.actor())) {
                    return null;
                }
                // A verb needs an active reading: past tense, or a participle after "have".
                // A bare participle with an object after it is a mis-tagged past ("the Shining Path murdered two
                // officials"); one without ("guerrillas killed in combat") is a reduced passive.
                boolean active = tag.equals("VBD") || sawAux || hasObject(k, m.end());
                return verb && !active ? null : a;
            }
            String w = k.low(i);
            String t = k.tag(i);
            if (w.equals("]") || w.equals("-rrb-") || k.orig(i).equals("]") || k.orig(i).equals(")")) {
                // Skip a bracketed expansion: "the Farabundo Marti National Liberation Front [FMLN]".
                int j = i - 1;
                while (j >= sb && !(k.orig(j).equals("[") || k.orig(j).equals("("))) {
                    j--;
                }
                if (j < sb || i - j > 8) {
                    return null;
                }
                i = j - 1;
                continue;
            }
            // "they also burned a gas station": a pronoun subject stands for the group in focus as well.
            if ((GENERIC_DOERS.contains(w) || w.equals("they") && verb) && i + 1 < k.size() && !k.low(i + 1).equals("of")
                    && generic == null) {
                generic = i; // "the terrorists set fire": the group the text is about, if no name comes first
            }
            if (PASSIVE.contains(w)) {
                return null; // "the FMLN leader was kidnapped": the actor is the victim
            }
            if (w.equals("have") || w.equals("has") || w.equals("had")) {
                sawAux = true;
            }
            boolean skip = AGENT_NOUNS.contains(w) || AUX.contains(w) || t.startsWith("RB") || t.equals("CD")
                    || ordered >= 0 && t.equals("NNP") // the rest of a long name: "Pablo Escobar Gaviria ordered"
                    || !verb && (t.startsWith("NN") || t.startsWith("JJ") || t.equals("HYPH") || t.equals("POS"));
            if (!skip) {
                break;
            }
            i--;
        }
        boolean active = !verb || tag.equals("VBD") || sawAux || hasObject(k, m.end());
        return generic != null && verb && active ? focus(d, k, generic) : null;
    }

    private static final Set<String> LED = Set.of("commanded", "led", "headed");

    /**
     * When the name ending at i is the object of "commanded by", "led by" or "headed by" (a title and a name of at
     * most six words), the token before that participle; otherwise -1.
     */
    private static int ledBy(Toks k, int i, int sb) {
        if (!k.tag(i).equals("NNP")) {
            return -1;
        }
        int j = i;
        while (j >= sb && i - j < 6 && (k.tag(j).equals("NNP") || k.tag(j).equals("NN"))) {
            j--;
        }
        if (j - 1 < sb || j == i || !k.low(j).equals("by") || !LED.contains(k.low(j - 1))) {
            return -1;
        }
        return j - 2;
    }

    /**
     * The first token of an instigation verb chain governing a trigger noun ("planned and ordered the
     * attack", "masterminded the bombing"), or -1.
     */
    private static int instigation(Toks k, int trigger, int sb, EventWords words) {
        if (k.tag(trigger).startsWith("VB")) {
            return -1;
        }
        int j = trigger - 1;
        while (j >= sb && (k.tag(j).equals("DT") || k.tag(j).equals("PRP$") || k.tag(j).startsWith("JJ"))) {
            j--;
        }
        // "planned" before an attack known already ("X planned the attack") names who had it done; before a
        // new one ("planned attacks") it only says the attack did not happen, which the event rules read.
        boolean known = j + 1 < trigger && k.low(j + 1).equals("the");
        if (j < sb || !(words.is(k.low(j), EventWords.Role.INSTIGATION) || known && words.is(k.low(j), EventWords.Role.IRREALIS))
                || !(k.tag(j).equals("VBD") || k.tag(j).equals("VBN"))) {
            return -1;
        }
        // "planned and ordered": earlier verbs joined by "and" belong to the same chain.
        while (j - 2 >= sb && k.low(j - 1).equals("and") && k.tag(j - 2).startsWith("VB")) {
            j -= 2;
        }
        return j;
    }

    /**
     * Whether a (folded) name is only words for a group's people ("urban commando", "guerrilla units"): a
     * description the NER took for a name, which stands for the group in focus rather than a group of its own.
     */
    static boolean generic(String folded) {
        boolean unit = false;
        for (String w : folded.split(" ")) {
            if (!AGENT_NOUNS.contains(w) && !GENERIC_DOERS.contains(w)) {
                return false;
            }
            unit |= UNIT_NOUNS.contains(w);
        }
        return unit; // "Armed Forces" is a name: only a unit noun makes the phrase a description
    }

    private static final Set<String> UNIT_NOUNS = Set.of("commando", "commandos", "unit", "units", "cell", "cells", "column",
            "columns", "squad", "squads", "detachment");

    /** Whether a (folded) word names a group's people ("units", "guerrillas", "commandos"), which stand for a group. */
    static boolean agentNoun(String folded) {
        return AGENT_NOUNS.contains(folded) || GENERIC_DOERS.contains(folded);
    }

    /** Whether an actor can be named as a doer: a group or body, or a person who belongs to one (its leader, a member). */
    static boolean doer(ActorNode a) {
        return DOERS.contains(a.kind) || a.kind == ActorKind.PERSON && a.partOf != null && DOERS.contains(a.partOf.kind);
    }

    /**
     * The armed group a generic doer ("the terrorists", "guerrillas") stands for: the last one named in
     * the few sentences before, as wire copy names a group once and then says "the guerrillas".
     */
    private static ActorMention focus(AnnotatedDocument d, Toks k, int token) {
        ActorMention best = null;
        for (ActorMention a : d.actorMentions()) {
            if (a.end() <= token && !a.embedded() && a.actor().kind == ActorKind.ARMED_GROUP
                    && k.sentOf(token) - a.sentence() <= FOCUS_SENTENCES) {
                best = a;
            }
        }
        if (best == null) {
            // A lead may say "urban guerrillas" first and name their group only in the next sentence.
            for (ActorMention a : d.actorMentions()) {
                if (best == null && a.start() > token && !a.embedded() && a.actor().kind == ActorKind.ARMED_GROUP
                        && a.sentence() - k.sentOf(token) <= 1) {
                    best = a;
                }
            }
            // "20 or 30 terrorists machinegunned a bus. [...] this aggressive action carried out by the FMLN": a few
            // sentences on, only a group named as the doer ("by" the group) tells who the unnamed ones were.
            for (ActorMention a : d.actorMentions()) {
                if (best == null && a.start() > token && !a.embedded() && a.actor().kind == ActorKind.ARMED_GROUP
                        && a.sentence() - k.sentOf(token) <= 3 && byAgentAt(k, a)) {
                    best = a;
                }
            }
        }
        return best == null ? null : new ActorMention(k.sentOf(token), token, token + 1, best.actor(), false);
    }

    /** Whether the mention is the agent of a "by" phrase: "by the FMLN", "by members of the ELN". */
    private static boolean byAgentAt(Toks k, ActorMention a) {
        int sb = k.sBegin(a.sentence());
        for (int i = a.start() - 1; i >= sb && i >= a.start() - 4; i--) {
            if (k.low(i).equals("by")) {
                return true;
            }
            if (!(k.tag(i).equals("DT") || k.low(i).equals("of") || AGENT_NOUNS.contains(k.low(i)) || k.tag(i).startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasObject(Toks k, int i) {
        if (i >= k.size()) {
            return false;
        }
        String t = k.tag(i);
        // "the National Guard murdered university student X": a common noun starts an object too, unless it is
        // a day ("guerrillas killed yesterday" is still a reduced passive).
        return t.equals("DT") || t.equals("CD") || t.equals("PRP$") || t.equals("NNP") || t.equals("NNPS") || t.equals("NNS")
                || t.equals("JJ")                || t.equals("NN") && !k.isDateToken(i);
    }

    /** "attacked by X", "the bombing yesterday by alleged members of X". */
    private static ActorMention byAgent(AnnotatedDocument d, Toks k, EventMention m, int se) {
        // "kidnapped in downtown Lima Wednesday [4 October] by ...", "the attack on the base by": places, dates,
        // targets and brackets may come first.
        int i = m.end();
        while (i < se && i < m.end() + 10 && !k.low(i).equals("by") && (k.tag(i).startsWith("RB") || k.isDateToken(i)
                || k.tag(i).equals("IN") || k.tag(i).equals("DT") || k.tag(i).startsWith("NN") || k.tag(i).equals("CD")
                || k.tag(i).equals("JJ") || k.orig(i).equals(",") // "kidnapped in Lima, Peru, on Friday by"
                || k.tag(i).equals("-LRB-") || k.tag(i).equals("-RRB-") || k.ner(i).equals("LOCATION"))) {
            i++;
        }
        if (i >= se || !k.low(i).equals("by")) {
            return null;
        }
        int generic = -1;
        for (int j = i + 1; j < se && j < i + 14; j++) { // "by a commando of the pro-Che Guevara group X"
            ActorMention a = mentionStartingAt(d, j);
            if (a != null && !a.embedded()) {
                if (doer(a.actor())) {
                    return a;
                }
                if (a.actor().kind != ActorKind.PERSON) {
                    return null;
                }
                j = a.end() - 1; // a person named in the phrase: "a commando of the pro-Che Guevara group X"
                continue;
            }
            if (GENERIC_DOERS.contains(k.low(j)) && (j + 1 >= se || !k.low(j + 1).equals("of")) && generic < 0) {
                generic = j; // "by urban guerrilla commandos": the group in focus, unless a name follows
            }
            if (!AGENT_NOUNS.contains(k.low(j)) && !GENERIC_DOERS.contains(k.low(j)) && !k.tag(j).startsWith("JJ")
                    && !k.tag(j).equals("CD") && !k.tag(j).equals("NNP") && !k.tag(j).equals("HYPH")) {
                break;
            }
        }
        return generic >= 0 ? focus(d, k, generic) : null;
    }

    /** The wording's certainty: "alleged", "presumably", "may have" lower it (certainty.tsv modifiers). */
    private static Certainty certainty(AnnotatedDocument d, Toks k, int s, int from, int to) {
        Certainty c = Certainty.CERTAIN;
        for (CueHit h : d.cues(s, CueType.MODIFIER)) {
            if (h.start() >= from && h.end() <= to) {
                Certainty m = (Certainty) h.payload();
                c = m.ordinal() > c.ordinal() ? m : c;
            }
        }
        return c;
    }

    private static ActorMention mentionEndingAt(AnnotatedDocument d, int end) {
        for (ActorMention a : d.actorMentions()) {
            if (a.end() == end) {
                return a;
            }
        }
        return null;
    }

    private static ActorMention mentionStartingAt(AnnotatedDocument d, int start) {
        for (ActorMention a : d.actorMentions()) {
            if (a.start() == start) {
                return a;
            }
        }
        return null;
    }
}

package org.claimgraph.extract.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.rules.Lexicons.Tie;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;
import org.claimgraph.extract.rules.Model.AssertionDraft;

/**
 * Who belongs to which group, and what that implies for attributions. Reports often blame a person
 * and say elsewhere whose man he is: "Aguilar was arrested after taking part in the attack ... she
 * said she joined the ERP last March"; "the president links D'Aubuisson to the assassination ...
 * D'Aubuisson, founder of ARENA"; "Colonel X, accused of ordering the murder" in a report on the
 * army. The links come from apposition, copula ("are members of A, B and C"), verbs ("joined",
 * "belongs to"), premodifiers ("FMLN commander X") and military ranks (membership.tsv). Each
 * attribution to a tied person then also attributes the deed to the group, held by the same holder
 * one certainty step lower (a member's deed is not always the group's), with the member kept as
 * {@code via}. Reads words and actor mentions only, so it works on every sentence. Stateless,
 * thread-safe.
 */
public final class MembershipRules implements Stage {
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "became", "becomes", "remains");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had");
    private static final Set<String> JOIN_VERBS = Set.of("joined", "joins", "join");
    private static final Set<String> BELONG_VERBS = Set.of("belongs", "belonged", "belong", "belonging");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");
    /** Words a pronoun subject of a reported membership goes back through: "Aguilar said that she joined". */
    private static final Set<String> REPORTING = Set.of("said", "says", "added", "stated", "told", "declared",
            "admitted", "confessed", "acknowledged", "explained", "revealed");
    private static final Set<String> SINGULAR_PRONOUNS = Set.of("he", "she");
    /** Bodies that carry military ranks: a colonel there is no soldier of the army. */
    private static final Set<String> NON_ARMY = Set.of("police", "guard", "guerrilla", "guerrillas", "rebel", "rebels",
            "retired", "former", "ex");
    /** Nouns that may stand before a rank without making it another title: "Army General X", "Air Force Colonel Y". */
    private static final Set<String> ARMS = Set.of("army", "force", "forces", "navy", "military", "brigade", "battalion",
            "division", "infantry", "artillery");
    private static final Set<ActorKind> GROUP_KINDS = Set.of(ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION,
            ActorKind.GOVERNMENT_BODY, ActorKind.INTELLIGENCE_AGENCY);
    private static final Set<ActorKind> MEMBER_KINDS = Set.of(ActorKind.PERSON, ActorKind.POPULATION);
    /** How far a role word may stand after the comma of an apposition: "X, the 40-year-old founder of". */
    private static final int APPOSITION_WORDS = 4;

    private final Lexicons lex;
    private final Geo geo;

    public MembershipRules(Lexicons lex, Geo geo) {
        this.lex = lex;
        this.geo = geo;
    }

    @Override
    public String name() {
        return "memberships";
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.ACTORS, Requirement.ASSERTIONS);
    }

    @Override
    public Set<Requirement> provides() {
        return Set.of(Requirement.ASSERTIONS);
    }

    @Override
    public void apply(AnnotatedDocument d) {
        Toks k = new Toks(d);
        ActorMention[] at = new ActorMention[k.size()];
        for (ActorMention m : d.actorMentions()) {
            for (int t = m.start(); t < m.end(); t++) {
                if (at[t] == null || m.end() - m.start() > at[t].end() - at[t].start()) {
                    at[t] = m;
                }
            }
        }
        for (ActorMention m : d.actorMentions()) {
            if (MEMBER_KINDS.contains(m.actor().kind)) {
                after(k, at, m.actor(), m.end(), k.sEnd(m.sentence()));
            } else if (GROUP_KINDS.contains(m.actor().kind)) {
                premodifier(k, at, m);
            }
        }
        pronounSubjects(k, at);
        ranks(d, k);
        for (ActorNode a : d.actors()) {
            if (a.affiliation == null && !a.memberOf.isEmpty()) {
                a.affiliation = a.memberOf.get(0).name;
            }
        }
        derive(d);
    }

    /** What follows a person's mention: an apposition, a copula or a membership verb naming groups. */
    private void after(Toks k, ActorMention[] at, ActorNode person, int j, int se) {
        int t = j;
        if (t < se && k.orig(t).equals(",")) {
            t++;
            if (t < se && (k.low(t).equals("who") || k.low(t).equals("whom"))) {
                t++; // "X, who joined the ERP", "X, who is a member of"
            } else {
                int role = roleWithin(k, t, Math.min(se, t + APPOSITION_WORDS + 1));
                if (role >= 0) {
                    groupsAfterOf(k, at, person, role + 1, se);
                }
                return;
            }
        }
        // Up to two words before the verb: "X later joined", "X has been a member", "X are important members".
        for (int v = t; v < Math.min(se, t + 3); v++) {
            if (at[v] != null || k.orig(v).equals(",")) {
                return;
            }
            String w = k.low(v);
            if (JOIN_VERBS.contains(w)) {
                group(k, at, person, v + 1, se);
                return;
            }
            if (BELONG_VERBS.contains(w) && v + 1 < se && k.low(v + 1).equals("to")) {
                group(k, at, person, v + 2, se);
                return;
            }
            if (COPULAS.contains(w) || w.equals("been") && v > t && AUXILIARIES.contains(k.low(v - 1))) {
                int role = roleWithin(k, v + 1, Math.min(se, v + 1 + APPOSITION_WORDS + 1));
                if (role >= 0) {
                    groupsAfterOf(k, at, person, role + 1, se);
                }
                return;
            }
        }
    }

    /** The first membership word (not a rank) in [from, to), over plain words only; -1 if none. */
    private int roleWithin(Toks k, int from, int to) {
        for (int t = from; t < to; t++) {
            Tie tie = lex.tie(k.low(t));
            if (isRole(tie)) {
                return t;
            }
            if (!Character.isLetterOrDigit(k.orig(t).charAt(0)) && !k.orig(t).equals("-")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isRole(Tie tie) {
        return tie == Tie.MEMBER || tie == Tie.LEADER || tie == Tie.FOUNDER;
    }

    /** "(role) of [the] A[, [the] B] [and [the] C]": every group named in the list. */
    private void groupsAfterOf(Toks k, ActorMention[] at, ActorNode person, int t, int se) {
        if (t >= se || !k.low(t).equals("of")) {
            return;
        }
        int next = group(k, at, person, t + 1, se);
        while (next > 0 && next < se) {
            int u = next;
            if (k.orig(u).equals(",")) {
                u++;
            }
            if (u < se && k.low(u).equals("and")) {
                u++;
            }
            if (u > next && u < se && k.low(u).equals("of")) {
                u++; // "founder of A and of B"
            }
            if (u == next) {
                return;
            }
            next = group(k, at, person, u, se);
        }
    }

    /** Ties the person to the group mentioned at t (after an optional determiner); returns the token after it, or -1. */
    private int group(Toks k, ActorMention[] at, ActorNode person, int t, int se) {
        if (t < se && DETERMINERS.contains(k.low(t))) {
            t++;
        }
        if (t >= se || at[t] == null || at[t].start() != t || !GROUP_KINDS.contains(at[t].actor().kind)
                || forum(at[t].actor())) {
            return -1;
        }
        tie(person, at[t].actor());
        int end = at[t].end();
        // "the Nationalist Republican Alliance (ARENA)": the bracketed short name is the same group.
        if (end + 2 < se && (k.orig(end).equals("(") || k.orig(end).equals("-LRB-") || k.orig(end).equals("["))
                && (k.orig(end + 2).equals(")") || k.orig(end + 2).equals("-RRB-") || k.orig(end + 2).equals("]"))) {
            end += 3;
        }
        return end;
    }

    /** "FMLN commander Joaquin Villalobos", "Hamas political leader X": the group before the role word. */
    private void premodifier(Toks k, ActorMention[] at, ActorMention g) {
        int se = k.sEnd(g.sentence());
        for (int t = g.end(); t < Math.min(se, g.end() + 3); t++) {
            Tie tie = lex.tie(k.low(t));
            if (isRole(tie)) {
                ActorMention p = t + 1 < se ? at[t + 1] : null;
                if (p != null && p.start() == t + 1 && p.actor().kind == ActorKind.PERSON && !forum(g.actor())) {
                    tie(p.actor(), g.actor());
                }
                return;
            }
            if (at[t] != null || !Character.isLetter(k.orig(t).charAt(0))) {
                return;
            }
        }
    }

    /**
     * "Aguilar said that she joined the ERP", "He is a founder of ARENA": a he/she subject stands for
     * the person who reports it in the same sentence, else for the last person named before it.
     */
    private void pronounSubjects(Toks k, ActorMention[] at) {
        for (int i = 0; i < k.size(); i++) {
            if (!SINGULAR_PRONOUNS.contains(k.low(i))) {
                continue;
            }
            int s = k.sentOf(i);
            ActorNode person = reporter(k, at, i, k.sBegin(s));
            if (person == null) {
                person = lastPerson(k, at, i, k.sBegin(Math.max(0, s - 1)));
            }
            if (person != null) {
                after(k, at, person, i + 1, k.sEnd(s));
            }
        }
    }

    private static ActorNode reporter(Toks k, ActorMention[] at, int pronoun, int sb) {
        int t = pronoun - 1;
        if (t >= sb && k.low(t).equals("that")) {
            t--;
        }
        if (t >= sb && REPORTING.contains(k.low(t))) {
            t--;
            if (t >= sb && at[t] != null && at[t].actor().kind == ActorKind.PERSON) {
                return at[t].actor();
            }
        }
        return null;
    }

    private static ActorNode lastPerson(Toks k, ActorMention[] at, int before, int from) {
        for (int t = before - 1; t >= from; t--) {
            if (at[t] != null && at[t].actor().kind == ActorKind.PERSON) {
                return at[t].actor();
            }
        }
        return null;
    }

    /**
     * "Colonel X", "Lt. Y": a military rank before a name, in a report that names one army, makes
     * that person one of its men. Police, guard and rebel ranks, retired officers and a second army
     * leave it open.
     */
    private void ranks(AnnotatedDocument d, Toks k) {
        ActorNode army = theArmy(d);
        if (army == null) {
            return;
        }
        for (ActorMention m : d.actorMentions()) {
            ActorNode p = m.actor();
            // Only a full name: "Gen Romero" told by surname alone may be taken for another Romero.
            if (p.kind != ActorKind.PERSON || !p.memberOf.isEmpty() || p.partOf != null || m.end() - m.start() < 2) {
                continue;
            }
            if (p.nationality != null && army.country != null
                    && !geo.countryOfDemonym(p.nationality).map(army.country::equals).orElse(true)) {
                continue; // "the Israeli colonel" in a report on the Salvadoran army
            }
            int t = m.start() - 1;
            if (t >= 0 && k.orig(t).equals(".")) {
                t--; // "Col. Ochoa"
            }
            int sb = k.sBegin(m.sentence());
            if (t < sb || lex.tie(k.low(t).replace(".", "")) != Tie.RANK) {
                continue;
            }
            boolean other = false;
            for (int u = Math.max(sb, t - 3); u < t; u++) {
                other |= NON_ARMY.contains(k.low(u));
            }
            // "Secretary General X", "Attorney General X", "Sergeant Major": a noun before the word makes it a
            // title of its own, unless that noun is a rank or an army ("Army General", "Lieutenant Colonel").
            if (t - 1 >= sb && k.tag(t - 1).startsWith("NN") && lex.tie(k.low(t - 1).replace(".", "")) != Tie.RANK
                    && !ARMS.contains(k.low(t - 1))) {
                other = true;
            }
            if (!other) {
                tie(p, army);
            }
        }
    }

    /** The one army the report names (an army wins over the armed forces it is part of), or null. */
    private static ActorNode theArmy(AnnotatedDocument d) {
        List<ActorNode> armies = new ArrayList<>();
        List<ActorNode> forces = new ArrayList<>();
        for (ActorNode a : d.actors()) {
            if (ActorRules.isArmy(a) && !a.mentions.isEmpty()) {
                (Lexicons.ArmyBody.ofName(a.name) == Lexicons.ArmyBody.ARMY ? armies : forces).add(a);
            }
        }
        List<ActorNode> pick = armies.isEmpty() ? forces : armies;
        return pick.size() == 1 ? pick.get(0) : null;
    }

    /** "a member of Congress": a body whose members act there on their own account. */
    private boolean forum(ActorNode group) {
        for (String w : TextFold.fold(group.name).split(" ")) {
            if (lex.tie(w) == Tie.FORUM) {
                return true;
            }
        }
        return false;
    }

    private static void tie(ActorNode person, ActorNode group) {
        if (person != group && !person.memberOf.contains(group)) {
            person.memberOf.add(group);
        }
    }

    /** An attribution to a tied person is one to each of the person's groups, one step less sure. */
    private static void derive(AnnotatedDocument d) {
        List<AssertionDraft> all = d.assertions();
        Set<String> have = new HashSet<>();
        for (AssertionDraft a : all) {
            have.add(key(a.event(), a.holder(), a.suspect(), a.kind()));
        }
        List<AssertionDraft> added = new ArrayList<>();
        for (AssertionDraft a : all) {
            if (a.kind() != AssertionKind.ATTRIBUTION || a.via() != null) {
                continue;
            }
            List<ActorNode> groups = new ArrayList<>(a.suspect().memberOf);
            ActorNode led = a.suspect().partOf; // "fighters led by X": X is the group's man too
            if (a.suspect().kind == ActorKind.PERSON && led != null && GROUP_KINDS.contains(led.kind) && !groups.contains(led)) {
                groups.add(led);
            }
            for (ActorNode g : groups) {
                if (g == a.holder() || !have.add(key(a.event(), a.holder(), g, a.kind()))) {
                    continue;
                }
                added.add(new AssertionDraft(a.event(), a.holder(), g, a.kind(), stepDown(a.certainty()), a.channel(),
                        a.date(), a.evidence(), a.suspect()));
            }
        }
        if (!added.isEmpty()) {
            List<AssertionDraft> out = new ArrayList<>(all);
            out.addAll(added);
            d.setAssertions(out);
        }
    }

    private static String key(Object event, ActorNode holder, ActorNode suspect, AssertionKind kind) {
        return System.identityHashCode(event) + "|" + System.identityHashCode(holder) + "|"
                + System.identityHashCode(suspect) + "|" + kind;
    }

    static Certainty stepDown(Certainty c) {
        return switch (c) {
            case CERTAIN -> Certainty.PROBABLE;
            case PROBABLE, POSSIBLE -> Certainty.POSSIBLE;
            case DOUBTFUL -> Certainty.DOUBTFUL;
        };
    }
}

package org.claimgraph.extract.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;

/**
 * Scores one document, rule by rule of eval/FORMAT.md, collecting counts and findings. Not
 * thread-safe; one instance per document and call.
 */
final class DocumentScorer {
    // Event pair ranks for the greedy matching of rule 3: a prefix agreement ranks by the number of
    // shared date components (1-3), every one of them above a dateRange overlap (the gold convention
    // says such a match ranks below every prefix agreement). A place match without a date has no
    // common date prefix at all, so it ranks with the range overlaps; ties go to required gold first.
    private static final int RANK_PREFIX = 10;
    private static final int RANK_RANGE = 1;
    private static final int RANK_NO_DATE = 1;

    private final GoldDocument gold;
    private final String text;
    private final Extraction system;
    private final List<Finding> findings = new ArrayList<>();

    private final List<Actor> sysActors;
    private final Map<String, Actor> sysActorById = new HashMap<>();
    /** For each system actor index, the keys of every gold actor it alias-matches (rule 1 alias test). */
    private final List<Set<String>> aliasMatches = new ArrayList<>();
    /** System event id → the key of the gold event it is matched to (required or optional). */
    private final Map<String, String> eventMatch = new HashMap<>();

    DocumentScorer(GoldDocument gold, String text, Extraction extraction) {
        this.gold = Objects.requireNonNull(gold, "gold");
        this.text = Objects.requireNonNull(text, "text");
        this.system = extraction == null ? Extraction.of(null, List.of(), List.of(), List.of()) : extraction;
        this.sysActors = system.actors();
        for (Actor a : sysActors) {
            sysActorById.putIfAbsent(a.id(), a);
            aliasMatches.add(aliasMatch(a));
        }
    }

    DocumentScore score() {
        Prf actors = actors();
        Prf partOf = partOf();
        Accuracy[] casualties = new Accuracy[1];
        Prf events = events(casualties);
        Accuracy[] certainty = new Accuracy[1];
        Prf assertions = assertions(certainty);
        NoiseResult noise = noise();
        return new DocumentScore(gold.document(), actors, partOf, events, assertions, casualties[0], certainty[0],
                noise, findings);
    }

    // ---------------------------------------------------------------- actors (rule 1)

    private Set<String> aliasMatch(Actor a) {
        Set<String> names = new LinkedHashSet<>();
        names.add(TextFold.fold(a.name()));
        for (String s : a.aliases()) {
            names.add(TextFold.fold(s));
        }
        names.remove("");
        Set<String> keys = new LinkedHashSet<>();
        for (GoldActor g : gold.actors()) {
            for (String alias : g.foldedAliases()) {
                if (names.contains(alias)) {
                    keys.add(g.key());
                    break;
                }
            }
        }
        return keys;
    }

    private Prf actors() {
        List<GoldActor> golds = gold.actors();
        boolean[][] edge = new boolean[golds.size()][sysActors.size()];
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int s = 0; s < sysActors.size(); s++) {
                edge[g][s] = aliasMatches.get(s).contains(golds.get(g).key());
            }
            (golds.get(g).scoredRequired() ? first : second).add(g);
        }
        int[] assigned = Bipartite.unmatched(sysActors.size());
        Bipartite.extend(first, edge, assigned, new boolean[sysActors.size()]);
        boolean[] locked = new boolean[sysActors.size()];
        for (int s = 0; s < locked.length; s++) {
            locked[s] = assigned[s] >= 0;
        }
        // Optional gold actors (and states, populations) take system actors too, so that a system
        // actor naming them is neutral rather than a false positive.
        Bipartite.extend(second, edge, assigned, locked);

        int goldCount = first.size();
        int matched = 0;
        int systemCount = 0;
        boolean[] goldHit = new boolean[golds.size()];
        for (int s = 0; s < sysActors.size(); s++) {
            Actor a = sysActors.get(s);
            if (assigned[s] >= 0) {
                GoldActor g = golds.get(assigned[s]);
                goldHit[assigned[s]] = true;
                if (g.scoredRequired()) {
                    matched++;
                    systemCount++;
                } else {
                    findings.add(new Finding(Finding.Category.ACTOR, Finding.Outcome.NEUTRAL, label(g), label(a),
                            g.required() ? "gold kind " + g.kind().json() + " is not scored as an actor" : "optional gold actor"));
                }
                continue;
            }
            if (a.kind() == null || !GoldActor.SCORED_KINDS.contains(a.kind())) {
                findings.add(new Finding(Finding.Category.ACTOR, Finding.Outcome.NEUTRAL, null, label(a),
                        "kind " + (a.kind() == null ? "null" : a.kind().json()) + " is not scored as an actor"));
                continue;
            }
            Set<String> hits = aliasMatches.get(s);
            boolean anyRequired = false;
            for (String k : hits) {
                anyRequired |= gold.actor(k).scoredRequired();
            }
            if (!hits.isEmpty() && !anyRequired) {
                findings.add(new Finding(Finding.Category.ACTOR, Finding.Outcome.NEUTRAL, String.join(", ", hits), label(a),
                        "matches only optional or unscored gold actors already matched"));
                continue;
            }
            systemCount++;
            findings.add(new Finding(Finding.Category.ACTOR, Finding.Outcome.FALSE_POSITIVE, null, label(a),
                    hits.isEmpty() ? "matches no gold alias"
                            : "second system actor for required gold " + String.join(", ", hits)));
        }
        for (int g : first) {
            if (!goldHit[g]) {
                findings.add(new Finding(Finding.Category.ACTOR, Finding.Outcome.MISSED, label(golds.get(g)), null,
                        golds.get(g).kind().json()));
            }
        }
        return new Prf(goldCount, systemCount, matched);
    }

    // ---------------------------------------------------------------- partOf links (rule 2)

    private Prf partOf() {
        // Gold links child -> parent; recall counts those whose two ends are required.
        Map<String, Boolean> goldLinks = new LinkedHashMap<>();
        for (GoldActor c : gold.actors()) {
            if (c.partOf() != null) {
                goldLinks.put(c.key() + "->" + c.partOf(), c.required() && gold.actor(c.partOf()).required());
            }
        }
        Set<String> credited = new LinkedHashSet<>();
        int systemCount = 0;
        for (int s = 0; s < sysActors.size(); s++) {
            Actor child = sysActors.get(s);
            if (child.partOf() == null) {
                continue;
            }
            String link = label(child) + " -> " + child.partOf();
            Actor parent = sysActorById.get(child.partOf());
            if (parent == null) {
                systemCount++;
                findings.add(new Finding(Finding.Category.PART_OF, Finding.Outcome.FALSE_POSITIVE, null, link,
                        "partOf names no actor of the extraction"));
                continue;
            }
            link = label(child) + " -> " + label(parent);
            Set<String> parentHits = aliasMatches.get(sysActors.indexOf(parent));
            String requiredFree = null;
            String requiredTaken = null;
            String optional = null;
            for (String c : aliasMatches.get(s)) {
                for (String p : parentHits) {
                    Boolean req = goldLinks.get(c + "->" + p);
                    if (req == null) {
                        continue;
                    }
                    String key = c + "->" + p;
                    if (req && !credited.contains(key)) {
                        requiredFree = requiredFree == null ? key : requiredFree;
                    } else if (req) {
                        requiredTaken = key;
                    } else {
                        optional = optional == null ? key : optional;
                    }
                }
            }
            if (requiredFree != null) {
                credited.add(requiredFree);
                systemCount++;
            } else if (optional != null) {
                findings.add(new Finding(Finding.Category.PART_OF, Finding.Outcome.NEUTRAL, optional, link,
                        "gold link has an optional end"));
            } else if (requiredTaken != null) {
                // Only a duplicate system actor can repeat a link; that actor is already a false positive.
                findings.add(new Finding(Finding.Category.PART_OF, Finding.Outcome.NEUTRAL, requiredTaken, link,
                        "same gold link already credited"));
            } else {
                systemCount++;
                findings.add(new Finding(Finding.Category.PART_OF, Finding.Outcome.FALSE_POSITIVE, null, link,
                        "no gold link between the actors these names match"));
            }
        }
        int goldCount = 0;
        for (Map.Entry<String, Boolean> e : goldLinks.entrySet()) {
            if (e.getValue()) {
                goldCount++;
                if (!credited.contains(e.getKey())) {
                    findings.add(new Finding(Finding.Category.PART_OF, Finding.Outcome.MISSED, e.getKey(), null, null));
                }
            }
        }
        return new Prf(goldCount, systemCount, credited.size());
    }

    // ---------------------------------------------------------------- events (rule 3) and casualties (rule 4)

    /** The rank of a system/gold event pair for the greedy matching, or −1 when they do not match. */
    static int eventRank(Event s, GoldEvent g) {
        if (s.kind() == null || (s.kind() != g.kind() && !g.alsoAccept().kind().contains(s.kind()))) {
            return -1;
        }
        if (!countryMatches(s.country(), g)) {
            return -1;
        }
        boolean systemDated = s.date() != null && !s.date().isBlank();
        if (systemDated && g.dateRange() != null) {
            // The range replaces the prefix test; gold "date" is then informative only.
            LocalDate[] p = EvalDates.period(s.date());
            return p != null && g.dateRange().overlaps(p[0], p[1]) ? RANK_RANGE : -1;
        }
        if (systemDated && g.date() != null && !g.date().isBlank()) {
            int k = EvalDates.agreement(s.date(), g.date());
            return k > 0 ? RANK_PREFIX + k : -1;
        }
        return placeMatches(s, g) ? RANK_NO_DATE : -1;
    }

    private static boolean countryMatches(String country, GoldEvent g) {
        String f = TextFold.fold(country);
        if (g.country() == null) {
            return f.isEmpty(); // both unknown; the keys always give one, so this is an edge case
        }
        if (f.isEmpty()) {
            return false;
        }
        if (f.equals(TextFold.fold(g.country()))) {
            return true;
        }
        for (String alias : g.countryAliases()) {
            if (f.equals(TextFold.fold(alias))) {
                return true;
            }
        }
        return false;
    }

    private static boolean placeMatches(Event s, GoldEvent g) {
        Set<String> accepted = new LinkedHashSet<>();
        accepted.add(TextFold.fold(g.place()));
        accepted.add(TextFold.fold(g.site()));
        g.placeAliases().forEach(a -> accepted.add(TextFold.fold(a)));
        g.siteAliases().forEach(a -> accepted.add(TextFold.fold(a)));
        accepted.remove("");
        String place = TextFold.fold(s.place());
        String site = TextFold.fold(s.site());
        return (!place.isEmpty() && accepted.contains(place)) || (!site.isEmpty() && accepted.contains(site));
    }

    private Prf events(Accuracy[] casualtiesOut) {
        List<Event> sys = system.events();
        List<GoldEvent> golds = gold.events();
        int[][] rank = new int[golds.size()][sys.size()];
        List<int[]> pairs = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int s = 0; s < sys.size(); s++) {
                rank[g][s] = eventRank(sys.get(s), golds.get(g));
                if (rank[g][s] >= 0) {
                    pairs.add(new int[] {g, s});
                }
            }
        }
        // Greedy one-to-one: best rank first, required gold first on ties; FORMAT.md says no more, so the
        // remaining ties go to the pair whose place or site agrees (five dated attacks of one night in five
        // towns pair town by town, not in file order), then to file order.
        pairs.sort((x, y) -> {
            int c = Integer.compare(rank[y[0]][y[1]], rank[x[0]][x[1]]);
            if (c != 0) {
                return c;
            }
            c = Boolean.compare(golds.get(y[0]).required(), golds.get(x[0]).required());
            if (c != 0) {
                return c;
            }
            c = Boolean.compare(placeMatches(sys.get(y[1]), golds.get(y[0])), placeMatches(sys.get(x[1]), golds.get(x[0])));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(x[0], y[0]);
            return c != 0 ? c : Integer.compare(x[1], y[1]);
        });
        int[] goldToSys = new int[golds.size()];
        int[] sysToGold = Bipartite.unmatched(sys.size());
        java.util.Arrays.fill(goldToSys, -1);
        for (int[] p : pairs) {
            if (goldToSys[p[0]] < 0 && sysToGold[p[1]] < 0) {
                goldToSys[p[0]] = p[1];
                sysToGold[p[1]] = p[0];
            }
        }
        int goldCount = 0;
        int matched = 0;
        int systemCount = 0;
        Accuracy casualties = Accuracy.ZERO;
        for (int s = 0; s < sys.size(); s++) {
            Event e = sys.get(s);
            if (sysToGold[s] >= 0) {
                GoldEvent g = golds.get(sysToGold[s]);
                if (e.id() != null) {
                    eventMatch.putIfAbsent(e.id(), g.key());
                }
                if (g.required()) {
                    matched++;
                    systemCount++;
                    casualties = casualties.plus(count(GoldEvent.KILLED, g, g.killed(), g.alsoAccept().killed(), e.killed(), e));
                    casualties = casualties.plus(count(GoldEvent.INJURED, g, g.injured(), g.alsoAccept().injured(), e.injured(), e));
                } else {
                    findings.add(new Finding(Finding.Category.EVENT, Finding.Outcome.NEUTRAL, label(g), label(e), "optional gold event"));
                }
                continue;
            }
            boolean anyCandidate = false;
            boolean anyRequired = false;
            for (int g = 0; g < golds.size(); g++) {
                if (rank[g][s] >= 0) {
                    anyCandidate = true;
                    anyRequired |= golds.get(g).required();
                }
            }
            if (anyCandidate && !anyRequired) {
                findings.add(new Finding(Finding.Category.EVENT, Finding.Outcome.NEUTRAL, null, label(e),
                        "matches only optional gold events, already taken"));
                continue;
            }
            systemCount++;
            findings.add(new Finding(Finding.Category.EVENT, Finding.Outcome.FALSE_POSITIVE, null, label(e),
                    anyCandidate ? "every gold event it matches is taken by a better-ranked system event" : "matches no gold event"));
        }
        for (int g = 0; g < golds.size(); g++) {
            if (golds.get(g).required()) {
                goldCount++;
                if (goldToSys[g] < 0) {
                    findings.add(new Finding(Finding.Category.EVENT, Finding.Outcome.MISSED, label(golds.get(g)), null, null));
                }
            }
        }
        casualtiesOut[0] = casualties;
        return new Prf(goldCount, systemCount, matched);
    }

    /** Rule 4 for one count field of a matched required event: counted 0 or 1, right 0 or 1. */
    private Accuracy count(String field, GoldEvent g, GoldCount value, List<GoldCount> alternatives, CountRange s, Event e) {
        if (g.unscored().contains(field)) {
            return Accuracy.ZERO;
        }
        boolean systemStates = GoldCount.statesNumber(s);
        // Counted when either side states a number; a null gold with alternatives is therefore
        // counted only when the system states one (the alternatives alone do not make it counted).
        if (!value.statesNumber() && !systemStates) {
            return Accuracy.ZERO;
        }
        boolean right = value.accepts(s);
        for (GoldCount alt : alternatives) {
            right |= alt.accepts(s);
        }
        if (!right) {
            findings.add(new Finding(Finding.Category.CASUALTY, Finding.Outcome.WRONG, g.key() + "." + field + " = " + value
                    + (alternatives.isEmpty() ? "" : " or " + alternatives), e.id() + "." + field + " = " + range(s), null));
        }
        return new Accuracy(1, right ? 1 : 0);
    }

    // ---------------------------------------------------------------- assertions (rule 5)

    private boolean actorMatches(String sysId, String goldKey, boolean claimHolder) {
        if (Assertion.AUTHOR.equals(goldKey) || Assertion.AUTHOR.equals(sysId)) {
            return Assertion.AUTHOR.equals(goldKey) && Assertion.AUTHOR.equals(sysId);
        }
        if (sysId == null) {
            return false;
        }
        Actor a = sysActorById.get(sysId);
        if (a == null) {
            return false;
        }
        Set<String> hits = aliasMatches.get(sysActors.indexOf(a));
        if (hits.contains(goldKey)) {
            return true;
        }
        if (claimHolder) {
            // A claim made through a media outlet is the claim of the outlet's group, one level up
            // only: al-Azaim counts as ISKP, not as IS. The gold structure decides, not the system's.
            for (String k : hits) {
                GoldActor m = gold.actor(k);
                if (m.kind() == ActorKind.MEDIA_OUTLET && goldKey.equals(m.partOf())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean assertionMatches(Assertion s, GoldAssertion g) {
        if (s.event() == null || !g.event().equals(eventMatch.get(s.event()))) {
            return false;
        }
        if (s.kind() == null || !g.acceptsKind(s.kind())) {
            return false;
        }
        if (g.holder() != null && !actorMatches(s.holder(), g.holder(), s.kind() == AssertionKind.CLAIM)) {
            return false;
        }
        return actorMatches(s.suspect(), g.suspect(), false);
    }

    private Prf assertions(Accuracy[] certaintyOut) {
        // System duplicates with the same (event, holder, suspect, kind) count once: keep the first.
        List<Assertion> sys = new ArrayList<>();
        Map<List<String>, Assertion> seen = new HashMap<>();
        for (Assertion a : system.assertions()) {
            List<String> key = java.util.Arrays.asList(a.event(), a.holder(), a.suspect(), a.kind() == null ? null : a.kind().json());
            Assertion earlier = seen.putIfAbsent(key, a);
            if (earlier == null) {
                sys.add(a);
            } else {
                findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.NEUTRAL, null, label(a),
                        "same event, holder, suspect and kind as " + earlier.id()));
            }
        }
        List<GoldAssertion> golds = gold.assertions();
        boolean[][] edge = new boolean[golds.size()][sys.size()];
        List<Integer> first = new ArrayList<>();
        List<Integer> second = new ArrayList<>();
        for (int g = 0; g < golds.size(); g++) {
            for (int s = 0; s < sys.size(); s++) {
                edge[g][s] = assertionMatches(sys.get(s), golds.get(g));
            }
            (golds.get(g).required() ? first : second).add(g);
        }
        int[] assigned = Bipartite.unmatched(sys.size());
        Bipartite.extend(first, edge, assigned, new boolean[sys.size()]);
        boolean[] locked = new boolean[sys.size()];
        for (int s = 0; s < locked.length; s++) {
            locked[s] = assigned[s] >= 0;
        }
        Bipartite.extend(second, edge, assigned, locked);
        boolean[] goldHit = new boolean[golds.size()];
        for (int a : assigned) {
            if (a >= 0) {
                goldHit[a] = true;
            }
        }

        int matched = 0;
        int systemCount = 0;
        Accuracy certainty = Accuracy.ZERO;
        for (int s = 0; s < sys.size(); s++) {
            Assertion a = sys.get(s);
            if (assigned[s] >= 0) {
                GoldAssertion g = golds.get(assigned[s]);
                if (g.required()) {
                    matched++;
                    systemCount++;
                    if (g.certainty() != null) {
                        boolean right = a.certainty() == g.certainty() || (a.certainty() != null && g.alsoAccept().certainty().contains(a.certainty()));
                        certainty = certainty.plus(new Accuracy(1, right ? 1 : 0));
                        if (!right) {
                            findings.add(new Finding(Finding.Category.CERTAINTY, Finding.Outcome.WRONG,
                                    g.label() + " certainty " + g.certainty().json()
                                            + (g.alsoAccept().certainty().isEmpty() ? "" : " or " + jsonNames(g.alsoAccept().certainty())),
                                    label(a) + " certainty " + (a.certainty() == null ? "null" : a.certainty().json()), null));
                        }
                    }
                } else {
                    findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.NEUTRAL, g.label(), label(a), "optional gold assertion"));
                }
                continue;
            }
            GoldAssertion holderFree = null;
            boolean anyRequired = false;
            boolean anyCandidate = false;
            for (int g = 0; g < golds.size(); g++) {
                if (edge[g][s]) {
                    anyCandidate = true;
                    anyRequired |= golds.get(g).required();
                    if (golds.get(g).holder() == null && goldHit[g] && holderFree == null) {
                        holderFree = golds.get(g);
                    }
                }
            }
            if (holderFree != null) {
                findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.NEUTRAL, holderFree.label(), label(a),
                        "another holder for a gold assertion whose holder is not annotated"));
            } else if (anyCandidate && !anyRequired) {
                findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.NEUTRAL, null, label(a),
                        "matches only optional gold assertions, already taken"));
            } else {
                systemCount++;
                findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.FALSE_POSITIVE, null, label(a),
                        whyNot(a)));
            }
        }
        int goldCount = first.size();
        for (int g : first) {
            if (!goldHit[g]) {
                findings.add(new Finding(Finding.Category.ASSERTION, Finding.Outcome.MISSED, golds.get(g).label(), null, null));
            }
        }
        certaintyOut[0] = certainty;
        return new Prf(goldCount, systemCount, matched);
    }

    private String whyNot(Assertion a) {
        String ge = a.event() == null ? null : eventMatch.get(a.event());
        if (ge == null) {
            return "its event " + a.event() + " matches no gold event";
        }
        return "no gold assertion on " + ge + " with this holder, suspect and kind";
    }

    // ---------------------------------------------------------------- noise (rule 6)

    private NoiseResult noise() {
        List<Span> removed = new ArrayList<>();
        if (system.document() != null) {
            for (RemovedSpan r : system.document().removed()) {
                removed.add(r.span());
            }
        }
        removed.sort(null);
        List<Span> content = new ArrayList<>();
        List<String> contentNames = new ArrayList<>();
        for (Actor a : sysActors) {
            for (Span m : a.mentions()) {
                content.add(m);
                contentNames.add("mention of actor " + a.id());
            }
        }
        for (Event e : system.events()) {
            for (Span m : e.mentions()) {
                content.add(m);
                contentNames.add("mention of event " + e.id());
            }
        }
        for (Assertion a : system.assertions()) {
            if (a.evidence() != null) {
                content.add(a.evidence().span());
                contentNames.add("evidence of assertion " + a.id());
            }
        }
        int occurrences = 0;
        List<Finding> failures = new ArrayList<>();
        for (GoldNoise n : gold.noise()) {
            if (n.text().isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(n.text()); at >= 0; at = text.indexOf(n.text(), at + 1)) {
                occurrences++;
                Span occ = new Span(at, at + n.text().length());
                if (covered(occ, removed)) {
                    continue;
                }
                for (int i = 0; i < content.size(); i++) {
                    if (content.get(i).overlaps(occ)) {
                        Finding f = new Finding(Finding.Category.NOISE, Finding.Outcome.WRONG,
                                "\"" + n.text() + "\" at [" + occ.start() + ", " + occ.end() + ")",
                                contentNames.get(i) + " [" + content.get(i).start() + ", " + content.get(i).end() + ")",
                                "not inside a removed span");
                        failures.add(f);
                        findings.add(f);
                        break;
                    }
                }
            }
        }
        return new NoiseResult(occurrences, failures);
    }

    /** Whether the union of the (sorted) removed spans covers the whole occurrence. */
    private static boolean covered(Span occ, List<Span> removed) {
        int reach = occ.start();
        for (Span r : removed) {
            if (r.start() <= reach && r.end() > reach) {
                reach = r.end();
                if (reach >= occ.end()) {
                    return true;
                }
            }
        }
        return occ.length() == 0;
    }

    // ---------------------------------------------------------------- labels

    private static String label(GoldActor g) {
        return g.key() + " \"" + g.name() + "\"";
    }

    private static String label(Actor a) {
        return a.id() + " \"" + a.name() + "\" (" + (a.kind() == null ? "no kind" : a.kind().json()) + ")";
    }

    private static String label(GoldEvent g) {
        return g.key() + " " + g.kind().json() + " " + (g.date() != null ? g.date() : g.dateRange() != null ? g.dateRange() : "no date")
                + " " + g.country() + (g.place() != null ? " " + g.place() : "") + (g.site() != null ? " / " + g.site() : "");
    }

    private static String label(Event e) {
        return e.id() + " " + (e.kind() == null ? "no kind" : e.kind().json()) + " " + (e.date() == null ? "no date" : e.date())
                + " " + e.country() + (e.place() != null ? " " + e.place() : "") + (e.site() != null ? " / " + e.site() : "");
    }

    private String label(Assertion a) {
        return a.id() + " " + a.event() + ": " + actorName(a.holder()) + " -" + (a.kind() == null ? "?" : a.kind().json())
                + "-> " + actorName(a.suspect());
    }

    private String actorName(String id) {
        if (id == null || Assertion.AUTHOR.equals(id)) {
            return String.valueOf(id);
        }
        Actor a = sysActorById.get(id);
        return a == null ? id + " (unknown id)" : id + " \"" + a.name() + "\"";
    }

    private static String range(CountRange r) {
        return r == null ? "null" : String.format(Locale.ROOT, "{min:%s,max:%s}", r.min(), r.max());
    }

    private static String jsonNames(List<? extends org.claimgraph.core.extraction.JsonName> values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.json()));
        return String.join("/", out);
    }
}

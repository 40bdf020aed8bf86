package org.claimgraph.assess;

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
import java.util.TreeSet;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;

/**
 * Turns the assertions about one merged event into the ACH evidence matrix, scores and residual
 * doubts: rates each holder, links relayed citations, counts a holder's repeated assertion once,
 * builds the hypotheses over the registry hierarchy and scores them. Immutable; thread-safe.
 */
final class Scorer {
    static final int SCALE = 4;

    private final ActorRegistry registry;
    private final ReliabilityPolicy policy;

    Scorer(ActorRegistry registry, ReliabilityPolicy policy) {
        this.registry = registry;
        this.policy = policy;
    }

    /** One assertion on its way to an evidence row; mutable only inside {@link #score}. */
    static final class Draft {
        DocumentMeta doc;
        String cluster;
        Assertion assertion;
        String holder;
        String holderName;
        String holderKind;
        ActorKind holderActorKind;
        boolean holderIsGroupOutlet;
        List<String> holderNames = new ArrayList<>();
        String suspect;
        String suspectName;
        String channel;
        Grade baseGrade;
        Grade grade;
        List<String> reasons = new ArrayList<>();
        int credibility;
        BigDecimal weight;
        String id;
        boolean counted = true;
        String countedAs;
        String cites;
        Map<String, Consistency> consistency = new LinkedHashMap<>();
    }

    /** Builds the draft row for an assertion, or empty when it names no suspect this document identifies. */
    Optional<Draft> draft(DocumentMeta doc, SourceCluster cluster, ActorResolver actors, Assertion a) {
        Optional<ResolvedActor> suspect = actors.get(a.suspect());
        if (suspect.isEmpty() || a.kind() == null) {
            return Optional.empty();
        }
        Draft d = new Draft();
        d.doc = doc;
        d.cluster = cluster.id();
        d.assertion = a;
        d.suspect = suspect.get().key();
        d.suspectName = suspect.get().name();
        String suspectCountry = suspect.get().country();
        d.channel = actors.get(a.channel()).map(ResolvedActor::name).orElse(a.channel());
        String holderCountry = null;
        ResolvedActor holder = null;
        if (Assertion.AUTHOR.equals(a.holder())) {
            // The article's own voice: syndicated copies share their cluster's first outlet, so they are one holder.
            String outlet = cluster.outlets().isEmpty() ? null : cluster.outlets().get(0);
            d.holder = "author:" + (outlet == null ? cluster.id() : Ids.slug(outlet));
            d.holderName = "author (" + (outlet == null ? "unnamed outlet" : outlet) + ")";
            d.holderKind = "author";
            d.baseGrade = policy.authorGrade();
            d.reasons.add("the article itself: default " + d.baseGrade);
        } else {
            holder = actors.get(a.holder()).orElse(null);
            if (holder == null) {
                d.holder = "unknown";
                d.holderName = "unidentified holder";
                d.holderKind = "unknown";
                d.baseGrade = policy.unknownGrade();
                d.reasons.add("holder not identified: default " + d.baseGrade);
            } else {
                d.holder = holder.key();
                d.holderName = holder.name();
                d.holderActorKind = holder.kind();
                d.holderKind = holder.kind() == null ? "unknown" : holder.kind().json();
                holderCountry = holder.country();
                if (actors.actor(a.holder()) != null) {
                    d.holderNames.add(actors.actor(a.holder()).name());
                    d.holderNames.addAll(actors.actor(a.holder()).aliases());
                }
                d.holderNames.add(holder.name());
                if (a.kind() == AssertionKind.CLAIM && holder.kind() == ActorKind.MEDIA_OUTLET && holder.groupKey() != null) {
                    // A claim through a group's own outlet is the group's claim (eval/FORMAT.md rule 5).
                    d.channel = holder.name();
                    d.holder = holder.groupKey();
                    d.holderName = registry.get(holder.groupKey()).map(RegistryEntry::name).orElse(holder.groupKey());
                    d.holderKind = ActorKind.ARMED_GROUP.json();
                    d.holderActorKind = ActorKind.ARMED_GROUP;
                } else {
                    d.holderIsGroupOutlet = holder.kind() == ActorKind.MEDIA_OUTLET && holder.groupKey() != null;
                }
                d.baseGrade = defaultGrade(holder, d);
            }
        }
        rate(d, holderCountry, suspectCountry);
        d.credibility = policy.credibility(a.certainty());
        d.weight = policy.weight(d.grade).multiply(policy.weight(a.certainty())).multiply(policy.factor(a.kind()))
                .setScale(SCALE, RoundingMode.HALF_EVEN);
        return Optional.of(d);
    }

    private Grade defaultGrade(ResolvedActor holder, Draft d) {
        if (holder.registryKey() != null) {
            Optional<Grade> g = policy.actorDefault(holder.registryKey());
            if (g.isPresent()) {
                d.reasons.add("policy default for " + holder.registryKey() + ": " + g.get());
                return g.get();
            }
        }
        if (holder.kind() == ActorKind.PERSON && holder.speaksForKind() != null) {
            Grade g = policy.kindDefault(holder.speaksForKind());
            d.reasons.add("a person speaking for a " + holder.speaksForKind().json() + ": default " + g);
            return g;
        }
        ActorKind kind = holder.kind() == null ? ActorKind.ORGANIZATION : holder.kind();
        Grade g = policy.kindDefault(kind);
        d.reasons.add("default for " + kind.json() + ": " + g);
        return g;
    }

    private void rate(Draft d, String holderCountry, String suspectCountry) {
        Optional<Grade> override = policy.override(d.holder);
        if (override.isPresent()) {
            d.grade = override.get();
            d.reasons.add("analyst override: " + d.grade);
            return;
        }
        AssertionKind kind = d.assertion.kind();
        Grade g = d.baseGrade;
        if (kind == AssertionKind.CLAIM && nested(d.holder, d.suspect)) {
            g = policy.ownClaimGrade();
            d.reasons.add("the group's own claim" + (d.channel == null ? "" : " via " + d.channel)
                    + ": reliable about the claim's existence, " + g);
        } else if (kind == AssertionKind.ATTRIBUTION && policy.areAdversaries(holderCountry, suspectCountry)) {
            g = g.downgrade(policy.interestedDowngrade());
            d.reasons.add("interested party: a holder from " + holderCountry + " accusing its declared adversary "
                    + suspectCountry + ", lowered to " + g);
        } else if (kind == AssertionKind.DENIAL && (nested(d.holder, d.suspect)
                || (holderCountry != null && suspectCountry != null && TextFold.fold(holderCountry).equals(TextFold.fold(suspectCountry))))) {
            g = g.downgrade(policy.selfDenialDowngrade());
            d.reasons.add("denial by the accused side, lowered to " + g);
        }
        d.grade = g;
    }

    /** a is b, or a is part of b in the registry (ISKP within IS). */
    boolean within(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (RegistryEntry e : registry.ancestry(a)) {
            if (e.key().equals(b)) {
                return true;
            }
        }
        return false;
    }

    boolean nested(String a, String b) {
        return within(a, b) || within(b, a);
    }

    /** The result for one event, before its timeline is known. */
    EventAssessment score(MergedEvent event, List<Draft> drafts, Casualties casualties) {
        List<Draft> rows = new ArrayList<>(drafts);
        rows.sort(Comparator.comparing((Draft d) -> d.doc.published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(d -> d.doc.id())
                .thenComparing(d -> d.assertion.id() == null ? "" : d.assertion.id(), Ids.NATURAL));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).id = "R" + (i + 1);
        }
        linkCitations(rows);
        countOnce(rows);
        List<String> hyps = hypotheses(rows);
        for (Draft d : rows) {
            for (String h : hyps) {
                d.consistency.put(h, consistency(d, h));
            }
        }
        corroborate(rows);

        Map<String, BigDecimal> inconsistency = new LinkedHashMap<>();
        Map<String, BigDecimal> support = new LinkedHashMap<>();
        Map<String, List<String>> consistentRows = new LinkedHashMap<>();
        Map<String, List<String>> inconsistentRows = new LinkedHashMap<>();
        for (String h : hyps) {
            BigDecimal inc = BigDecimal.ZERO.setScale(SCALE);
            BigDecimal sup = h.equals(Hypothesis.UNKNOWN) ? policy.unknownPrior().setScale(SCALE, RoundingMode.HALF_EVEN)
                    : BigDecimal.ZERO.setScale(SCALE);
            List<String> cons = new ArrayList<>();
            List<String> incs = new ArrayList<>();
            for (Draft d : rows) {
                Consistency c = d.consistency.get(h);
                if (c == Consistency.CONSISTENT) {
                    cons.add(d.id);
                    if (d.counted) {
                        sup = sup.add(d.weight);
                    }
                } else if (c == Consistency.INCONSISTENT) {
                    incs.add(d.id);
                    if (d.counted) {
                        inc = inc.add(d.weight);
                    }
                }
            }
            inconsistency.put(h, inc);
            support.put(h, sup);
            consistentRows.put(h, cons);
            inconsistentRows.put(h, incs);
        }
        Map<String, String> parent = new LinkedHashMap<>();
        Map<String, Integer> level = new LinkedHashMap<>();
        for (String h : hyps) {
            String p = null;
            int lv = 0;
            for (RegistryEntry e : registry.ancestry(h)) {
                if (!e.key().equals(h) && hyps.contains(e.key())) {
                    if (p == null) {
                        p = e.key();
                    }
                    lv++;
                }
            }
            parent.put(h, p);
            level.put(h, lv);
        }
        List<String> ranked = new ArrayList<>(hyps);
        ranked.sort(Comparator.comparing((String h) -> inconsistency.get(h))
                .thenComparing((String h) -> support.get(h), Comparator.reverseOrder())
                .thenComparing(level::get)
                .thenComparing(Comparator.naturalOrder()));
        Map<String, BigDecimal> share = shares(ranked, support, level);

        Map<String, String> names = new LinkedHashMap<>();
        for (Draft d : rows) {
            names.putIfAbsent(d.suspect, d.suspectName);
        }
        List<Hypothesis> hypotheses = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            String h = ranked.get(i);
            String name = h.equals(Hypothesis.UNKNOWN) ? "unknown or another perpetrator"
                    : registry.get(h).map(RegistryEntry::name).orElse(names.getOrDefault(h, h));
            hypotheses.add(new Hypothesis(h, name, parent.get(h), level.get(h), i + 1, inconsistency.get(h),
                    support.get(h), share.get(h), consistentRows.get(h), inconsistentRows.get(h)));
        }
        String leading = ranked.get(0);
        List<EvidenceRow> matrix = new ArrayList<>();
        for (Draft d : rows) {
            Map<String, Consistency> ordered = new LinkedHashMap<>();
            for (String h : ranked) {
                ordered.put(h, d.consistency.get(h));
            }
            Assertion a = d.assertion;
            matrix.add(new EvidenceRow(d.id, d.doc.id(), d.doc.outlet(), d.doc.published(), d.cluster, a.id(),
                    d.holder, d.holderName, d.holderKind, d.suspect, d.suspectName, a.kind(), a.certainty(), d.channel,
                    a.date(), a.evidence() == null ? null : a.evidence().span(), a.evidence() == null ? null : a.evidence().text(),
                    d.baseGrade, d.grade, d.reasons, d.credibility, d.grade.name() + d.credibility, d.weight,
                    d.counted, d.countedAs, d.cites, ordered));
        }
        return new EventAssessment(event, leading, hypotheses, matrix, doubts(rows, leading), casualties, List.of());
    }

    /**
     * A news outlet that is not a group's own channel, reporting the same suspect and kind as a
     * non-media holder in the same document, or as a report published by that outlet, relays it:
     * the row is kept and linked, not counted again.
     */
    private void linkCitations(List<Draft> rows) {
        for (Draft d : rows) {
            if (d.holderActorKind != ActorKind.MEDIA_OUTLET || d.holderIsGroupOutlet) {
                continue;
            }
            Set<String> outletNames = new TreeSet<>();
            for (String n : d.holderNames) {
                outletNames.add(TextFold.fold(n));
            }
            for (Draft o : rows) {
                if (o == d || o.holderActorKind == ActorKind.MEDIA_OUTLET || !o.suspect.equals(d.suspect)
                        || o.assertion.kind() != d.assertion.kind()) {
                    continue;
                }
                boolean sameDoc = o.doc.id().equals(d.doc.id());
                boolean fromThatOutlet = o.doc.outlet() != null && outletNames.contains(TextFold.fold(o.doc.outlet()))
                        && !after(o.doc.published(), d.doc.published());
                if (sameDoc || fromThatOutlet) {
                    d.counted = false;
                    d.cites = o.id;
                    d.reasons.add("relays " + o.holderName + " (" + o.id + "), not counted again");
                    break;
                }
            }
        }
    }

    private static boolean after(LocalDate a, LocalDate b) {
        return a != null && b != null && a.isAfter(b);
    }

    /**
     * The same holder asserting the same kind about the same suspect counts once, in its latest
     * wording (the holder's current position); ties go to the heavier, then the earlier row.
     */
    private void countOnce(List<Draft> rows) {
        Map<String, List<Draft>> groups = new LinkedHashMap<>();
        for (Draft d : rows) {
            if (d.cites == null) {
                groups.computeIfAbsent(d.holder + "|" + d.suspect + "|" + d.assertion.kind().json(), k -> new ArrayList<>()).add(d);
            }
        }
        for (List<Draft> g : groups.values()) {
            Draft rep = g.get(0);
            for (Draft d : g) {
                int byDate = compareDates(d.doc.published(), rep.doc.published());
                if (byDate > 0 || (byDate == 0 && d.weight.compareTo(rep.weight) > 0)) {
                    rep = d;
                }
            }
            for (Draft d : g) {
                if (d != rep) {
                    d.counted = false;
                    d.countedAs = rep.id;
                }
            }
        }
    }

    private static int compareDates(LocalDate a, LocalDate b) {
        if (Objects.equals(a, b)) {
            return 0;
        }
        if (a == null) {
            return -1;
        }
        if (b == null) {
            return 1;
        }
        return a.compareTo(b);
    }

    /** Every named suspect, every registry group above it, and "unknown"; in first-seen order. */
    private List<String> hypotheses(List<Draft> rows) {
        Set<String> out = new LinkedHashSet<>();
        for (Draft d : rows) {
            out.add(d.suspect);
            for (RegistryEntry e : registry.ancestry(d.suspect)) {
                out.add(e.key());
            }
        }
        out.add(Hypothesis.UNKNOWN);
        return new ArrayList<>(out);
    }

    Consistency consistency(Draft d, String h) {
        AssertionKind kind = d.assertion.kind();
        String s = d.suspect;
        if (kind == AssertionKind.CLAIM || kind == AssertionKind.ATTRIBUTION) {
            if (h.equals(Hypothesis.UNKNOWN)) {
                return Consistency.INCONSISTENT;
            }
            if (within(s, h)) {
                return Consistency.CONSISTENT;
            }
            if (within(h, s)) {
                return Consistency.NEUTRAL; // evidence for IS does not say which branch
            }
            return Consistency.INCONSISTENT;
        }
        // A denial or "has not claimed it" speaks against the suspect and its parts, not for anyone else.
        if (!h.equals(Hypothesis.UNKNOWN) && within(h, s)) {
            return Consistency.INCONSISTENT;
        }
        return Consistency.NEUTRAL;
    }

    /** Credibility 1 when enough distinct holders, each certain or probable, name a nested suspect. */
    private void corroborate(List<Draft> rows) {
        for (Draft d : rows) {
            if (!positive(d) || !firm(d.assertion.certainty())) {
                continue;
            }
            Set<String> holders = new TreeSet<>();
            holders.add(d.holder);
            for (Draft o : rows) {
                if (o.counted && positive(o) && firm(o.assertion.certainty()) && nested(o.suspect, d.suspect)) {
                    holders.add(o.holder);
                }
            }
            if (holders.size() >= policy.corroborationHolders()) {
                d.credibility = Math.min(d.credibility, policy.corroboratedCredibility());
            }
        }
    }

    private static boolean positive(Draft d) {
        return d.assertion.kind() == AssertionKind.CLAIM || d.assertion.kind() == AssertionKind.ATTRIBUTION;
    }

    private static boolean firm(Certainty c) {
        return c == Certainty.CERTAIN || c == Certainty.PROBABLE;
    }

    /** Top-level shares of support, rounded and summing to exactly 1; nested ones on the same base. */
    private Map<String, BigDecimal> shares(List<String> ranked, Map<String, BigDecimal> support, Map<String, Integer> level) {
        BigDecimal total = BigDecimal.ZERO;
        for (String h : ranked) {
            if (level.get(h) == 0) {
                total = total.add(support.get(h));
            }
        }
        Map<String, BigDecimal> share = new LinkedHashMap<>();
        if (total.signum() == 0) {
            for (String h : ranked) {
                share.put(h, (h.equals(Hypothesis.UNKNOWN) ? BigDecimal.ONE : BigDecimal.ZERO).setScale(SCALE));
            }
            return share;
        }
        String largest = null;
        BigDecimal sum = BigDecimal.ZERO;
        for (String h : ranked) {
            BigDecimal s = support.get(h).divide(total, SCALE, RoundingMode.HALF_EVEN);
            share.put(h, s);
            if (level.get(h) == 0) {
                sum = sum.add(s);
                if (largest == null || s.compareTo(share.get(largest)) > 0) {
                    largest = h;
                }
            }
        }
        // Rounding may leave 0.9999 or 1.0001: the largest share absorbs it, so the total is exactly 1.
        share.put(largest, share.get(largest).add(BigDecimal.ONE.setScale(SCALE).subtract(sum)));
        return share;
    }

    private List<Doubt> doubts(List<Draft> rows, String leading) {
        List<Doubt> out = new ArrayList<>();
        for (Draft d : rows) {
            if (!d.counted) {
                continue;
            }
            if (d.consistency.get(leading) == Consistency.INCONSISTENT) {
                out.add(new Doubt("inconsistent-with-leading", List.of(d.id), describe(d)));
            } else if (d.assertion.kind() == AssertionKind.DENIAL) {
                out.add(new Doubt("denial", List.of(d.id), describe(d)));
            }
            if (d.assertion.kind() == AssertionKind.CLAIM
                    && (d.assertion.certainty() == Certainty.POSSIBLE || d.assertion.certainty() == Certainty.DOUBTFUL)) {
                out.add(new Doubt("doubted-claim", List.of(d.id), describe(d)));
            }
        }
        // Claims by groups that are not nested in one another compete.
        List<Draft> claims = rows.stream().filter(d -> d.counted && d.assertion.kind() == AssertionKind.CLAIM).toList();
        for (int i = 0; i < claims.size(); i++) {
            for (int j = i + 1; j < claims.size(); j++) {
                if (!nested(claims.get(i).suspect, claims.get(j).suspect)) {
                    out.add(new Doubt("competing-claims", List.of(claims.get(i).id, claims.get(j).id),
                            claims.get(i).suspectName + " and " + claims.get(j).suspectName + " both claim it"));
                }
            }
        }
        // A holder that both names and denies the same suspect (or one nested in it) contradicts itself.
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Draft a = rows.get(i);
                Draft b = rows.get(j);
                if (!a.holder.equals(b.holder) || !nested(a.suspect, b.suspect)) {
                    continue;
                }
                boolean aPos = positive(a);
                boolean bPos = positive(b);
                boolean aNeg = a.assertion.kind() == AssertionKind.DENIAL;
                boolean bNeg = b.assertion.kind() == AssertionKind.DENIAL;
                if ((aPos && bNeg) || (aNeg && bPos)) {
                    out.add(new Doubt("contradiction", List.of(a.id, b.id),
                            a.holderName + " both names and denies " + b.suspectName + " (" + a.id + ", " + b.id + ")"));
                }
            }
        }
        return out;
    }

    private static String describe(Draft d) {
        String verb = switch (d.assertion.kind()) {
            case CLAIM -> d.holder.equals(d.suspect) ? "claims it" : "claims it for " + d.suspectName;
            case ATTRIBUTION -> "attributes it to " + d.suspectName;
            case DENIAL -> "denies that " + d.suspectName + " did it";
            case NO_CLAIM -> "says " + d.suspectName + " has not claimed it";
        };
        String certainty = d.assertion.certainty() == null ? "" : ", " + d.assertion.certainty().json();
        String where = (d.doc.outlet() == null ? "" : d.doc.outlet()) + (d.doc.published() == null ? "" : ", " + d.doc.published());
        String text = d.assertion.evidence() == null ? "" : ": \"" + d.assertion.evidence().text() + "\"";
        return d.holderName + " (" + d.grade.name() + d.credibility + certainty + ") " + verb + text
                + (where.isBlank() ? "" : " [" + where + "]");
    }
}

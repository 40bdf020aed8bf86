package org.claimgraph.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.DatePrecision;

/**
 * Merges event mentions from many documents into events. Mentions are taken in assessment order
 * (publication day, document id, event id); each joins the existing event with the best-scoring
 * compatible mention, or starts a new one. Two mentions of the same document never merge: the
 * extractor already told them apart. Because assessment order is fixed and an "as of" view is a
 * prefix of it, the events of an earlier day are exactly the later events restricted to it.
 * Stateless; thread-safe.
 */
final class EventMerger {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Words that name kinds of places, not places: they must not make "Kandahar city" match "Kerman city". */
    private static final Set<String> PLACE_STOPWORDS = Set.of("the", "of", "in", "at", "near", "a", "s",
            "city", "town", "village", "province", "district", "region", "area", "county", "state", "suburb");

    enum DateAgreement { DAY, PREFIX, NEAR, UNKNOWN, CONFLICT }

    enum PlaceAgreement { MATCH, UNKNOWN, MISMATCH }

    /** Score of a compatible pair, in hundredths, and why; {@code score < 0} means incompatible. */
    record Link(int score, List<String> reasons) {
        static final Link NONE = new Link(-1, List.of());
    }

    List<MergedEvent> merge(List<EventMention> ordered) {
        List<List<EventMention>> clusters = new ArrayList<>();
        List<List<MergeLink>> links = new ArrayList<>();
        List<Integer> weakest = new ArrayList<>();
        for (EventMention m : ordered) {
            int best = -1;
            Link bestLink = Link.NONE;
            EventMention bestWith = null;
            int compatible = 0;
            for (int c = 0; c < clusters.size(); c++) {
                List<EventMention> members = clusters.get(c);
                if (members.stream().anyMatch(o -> o.documentId().equals(m.documentId()) || conflicts(o, m))) {
                    continue; // one document's events stay apart; no member may contradict the newcomer
                }
                if (members.stream().anyMatch(o -> link(o, m).score() >= 0)) {
                    compatible++;
                }
                for (EventMention o : members) {
                    Link l = link(o, m);
                    if (l.score() > bestLink.score()) {
                        bestLink = l;
                        best = c;
                        bestWith = o;
                    }
                }
            }
            if (best >= 0 && compatible > 1 && !anchored(m)) {
                best = -1; // without date or place it cannot tell two candidate events apart: stay alone
            }
            if (best < 0) {
                clusters.add(new ArrayList<>(List.of(m)));
                links.add(new ArrayList<>());
                weakest.add(100);
            } else {
                clusters.get(best).add(m);
                links.get(best).add(new MergeLink(m.ref(), bestWith.ref(), hundredths(bestLink.score()), bestLink.reasons()));
                weakest.set(best, Math.min(weakest.get(best), bestLink.score()));
            }
        }
        absorbWeak(clusters, links, weakest);
        List<MergedEvent> out = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            if (clusters.get(c) != null) {
                out.add(build(clusters.get(c), links.get(c), weakest.get(c)));
            }
        }
        return out;
    }

    /** Kind, country or date contradict: such mentions can never be one event, whatever else agrees. */
    static boolean conflicts(EventMention a, EventMention b) {
        if (a.kind() != b.kind()) {
            return true;
        }
        if (a.country() != null && b.country() != null && !TextFold.fold(a.country()).equals(TextFold.fold(b.country()))) {
            return true;
        }
        return dates(a.date(), precision(a), b.date(), precision(b)) == DateAgreement.CONFLICT;
    }

    private static boolean dated(EventMention m) {
        return m.date() != null && !m.date().isBlank();
    }

    /** A mention that gives both a date and a place or site identifies its attack on its own. */
    private static boolean anchored(EventMention m) {
        return dated(m) && !names(m).isEmpty();
    }

    /**
     * Second pass (docs/ASSESSMENT.md, "Undated and placeless reports"): an event none of whose
     * mentions gives both a date and a place ("weak") joins the one anchored event it is compatible
     * with. It is compared with the whole event, not one mention: all sites and places, every date,
     * every suspect, every document. Every weak event is judged against the anchored events of the
     * first pass only, and all joins are applied together, so the outcome does not depend on the
     * order of the weak events. The joined event keeps its id.
     */
    private static void absorbWeak(List<List<EventMention>> clusters,
            List<List<MergeLink>> links, List<Integer> weakest) {
        int size = clusters.size();
        boolean[] strong = new boolean[size];
        for (int c = 0; c < size; c++) {
            strong[c] = clusters.get(c).stream().anyMatch(EventMerger::anchored);
        }
        Map<Integer, Integer> into = new LinkedHashMap<>();
        Map<Integer, Join> joins = new LinkedHashMap<>();
        for (int w = 0; w < size; w++) {
            if (strong[w]) {
                continue;
            }
            List<EventMention> weak = clusters.get(w);
            int found = -1;
            Join foundJoin = null;
            int candidates = 0;
            for (int t = 0; t < size; t++) {
                if (!strong[t]) {
                    continue;
                }
                Join j = join(weak, clusters.get(t));
                if (j == null) {
                    continue;
                }
                candidates++;
                found = t;
                foundJoin = j;
            }
            if (candidates == 1 && foundJoin.score() >= 0) {
                into.put(w, found);
                joins.put(w, foundJoin);
            }
        }
        for (Map.Entry<Integer, Integer> e : into.entrySet()) {
            int w = e.getKey();
            int t = e.getValue();
            Join j = joins.get(w);
            // Appended after the event's own mentions: its id (earliest anchored-pass mention) and ties stay.
            clusters.get(t).addAll(clusters.get(w));
            links.get(t).addAll(links.get(w));
            for (EventMention m : clusters.get(w)) {
                links.get(t).add(new MergeLink(m.ref(), j.matched(), hundredths(j.score()), j.reasons()));
            }
            weakest.set(t, Math.min(Math.min(weakest.get(t), weakest.get(w)), j.score()));
            clusters.set(w, null);
        }
    }

    /** How a weak event joins an anchored one: score in hundredths, the anchored mention it matched, why. */
    record Join(int score, String matched, List<String> reasons) { }

    /**
     * Whether a weak event (no mention with both date and place) may be the anchored event
     * {@code strong}; null when not. A candidate must contradict none of the event's mentions in kind,
     * country or date, give the event's country (a weak event without one must name a matching place
     * or site), and then either
     * <ul>
     * <li>name a place or site similar to one of the event's places or sites (undated); or</li>
     * <li>give no place but the same day as the event, and come from a document that already reports
     *     the event (the extractor split one attack in two) or share a suspect with it; or</li>
     * <li>give neither date nor place (country only) and share a suspect with the event.</li>
     * </ul>
     * A compatible event without that support is returned with score -1: it still counts as a candidate,
     * and the caller joins only when exactly one anchored event is a candidate and it qualifies.
     */
    static Join join(List<EventMention> weak, List<EventMention> strong) {
        for (EventMention w : weak) {
            for (EventMention s : strong) {
                if (conflicts(w, s)) {
                    return null;
                }
            }
        }
        String country = null;
        for (EventMention w : weak) {
            if (w.country() != null && !w.country().isBlank()) {
                country = w.country();
            }
        }
        boolean hasNames = weak.stream().anyMatch(w -> !names(w).isEmpty());
        if (country == null && !hasNames) {
            return null;
        }
        final String c = country;
        if (c != null && strong.stream().noneMatch(s -> s.country() != null && TextFold.fold(s.country()).equals(TextFold.fold(c)))) {
            return null;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("same kind (" + weak.get(0).kind().json() + ")");
        // Without a country only a named place or site can tie it ("the attack on Crocus City Hall"): checked below.
        reasons.add(c == null ? "country missing" : "same country (" + country + ")");
        int score = 20;
        String matched = null;
        Set<String> docs = new HashSet<>();
        strong.forEach(s -> docs.add(s.documentId()));
        boolean sameDocument = weak.stream().anyMatch(w -> docs.contains(w.documentId()));
        Set<String> shared = new java.util.TreeSet<>();
        for (EventMention w : weak) {
            for (EventMention s : strong) {
                for (String x : w.suspects()) {
                    if (s.suspects().contains(x)) {
                        shared.add(x);
                    }
                }
            }
        }
        boolean hasDate = weak.stream().anyMatch(EventMerger::dated);
        if (hasNames) {
            // Undated (a weak event with a place has no date): a matching place or site is required.
            for (EventMention w : weak) {
                for (EventMention s : strong) {
                    if (matched == null && places(w, s) == PlaceAgreement.MATCH) {
                        matched = s.ref();
                    }
                }
            }
            if (matched == null) {
                return null;
            }
            score += 30;
            reasons.add("same place or site as one of the event's reports; date missing");
        } else if (hasDate) {
            // Placeless: the same day as a report of the event (and, checked above, no other date contradicts).
            boolean sameDay = false;
            for (EventMention w : weak) {
                for (EventMention s : strong) {
                    if (dated(w) && dated(s) && dates(w.date(), precision(w), s.date(), precision(s)) == DateAgreement.DAY) {
                        sameDay = true;
                    }
                }
            }
            if (!sameDay) {
                return null;
            }
            if (!sameDocument && shared.isEmpty()) {
                return new Join(-1, null, List.of()); // a compatible candidate, but nothing supports joining it
            }
            score += 40;
            reasons.add("same day (" + weak.stream().filter(EventMerger::dated).findFirst().orElseThrow().date() + "); place missing");
        } else {
            if (shared.isEmpty()) {
                return new Join(-1, null, List.of()); // a compatible candidate, but nothing supports joining it
            }
            reasons.add("only country given: the one event of its kind in " + country + " sharing a suspect");
        }
        if (sameDocument) {
            reasons.add("its document already reports this event");
            for (EventMention s : strong) {
                if (matched == null && weak.stream().anyMatch(w -> w.documentId().equals(s.documentId()))) {
                    matched = s.ref();
                }
            }
        }
        if (!shared.isEmpty()) {
            score += 10;
            reasons.add("shared suspects " + shared);
            for (EventMention s : strong) {
                if (matched == null && s.suspects().stream().anyMatch(shared::contains)) {
                    matched = s.ref();
                }
            }
        }
        if (matched == null) {
            matched = strong.get(0).ref();
        }
        return new Join(Math.min(100, score), matched, reasons);
    }

    /** Whether and how strongly two mentions are one event; the rules of docs/ASSESSMENT.md. */
    static Link link(EventMention a, EventMention b) {
        if (a.kind() != b.kind()) {
            return Link.NONE;
        }
        List<String> reasons = new ArrayList<>();
        reasons.add("same kind (" + a.kind().json() + ")");
        boolean countryKnown = a.country() != null && b.country() != null;
        if (countryKnown && !TextFold.fold(a.country()).equals(TextFold.fold(b.country()))) {
            return Link.NONE;
        }
        DateAgreement date = dates(a.date(), precision(a), b.date(), precision(b));
        if (date == DateAgreement.CONFLICT) {
            return Link.NONE;
        }
        PlaceAgreement place = places(a, b);
        Set<String> shared = new HashSet<>(a.suspects());
        shared.retainAll(new HashSet<>(b.suspects()));
        boolean sharedActors = !shared.isEmpty();

        // A missing country, date or place does not block a merge, but then the rest must agree strongly.
        if (!countryKnown && !(place == PlaceAgreement.MATCH && (date == DateAgreement.DAY || date == DateAgreement.PREFIX))) {
            return Link.NONE;
        }
        if (date == DateAgreement.NEAR && place != PlaceAgreement.MATCH) {
            return Link.NONE;
        }
        if (date == DateAgreement.UNKNOWN && place != PlaceAgreement.MATCH) {
            return Link.NONE;
        }
        if (place == PlaceAgreement.MISMATCH && !(date == DateAgreement.DAY && sharedActors)) {
            return Link.NONE;
        }
        if (place == PlaceAgreement.UNKNOWN && !(date == DateAgreement.DAY || (date == DateAgreement.PREFIX && sharedActors))) {
            return Link.NONE;
        }
        int score = 0;
        if (countryKnown) {
            score += 20;
            reasons.add("same country (" + a.country() + ")");
        } else {
            reasons.add("country missing on one side");
        }
        switch (date) {
            case DAY -> { score += 40; reasons.add("same day (" + a.date() + ")"); }
            case PREFIX -> { score += 20; reasons.add("dates agree at their precision (" + a.date() + ", " + b.date() + ")"); }
            case NEAR -> { score += 15; reasons.add("dates one day apart (" + a.date() + ", " + b.date() + "): weekday or night reporting"); }
            default -> reasons.add("date missing on one side");
        }
        switch (place) {
            case MATCH -> { score += 30; reasons.add("same place or site"); }
            case MISMATCH -> { score -= 10; reasons.add("place names differ"); }
            default -> reasons.add("place missing on one side");
        }
        if (sharedActors) {
            score += 10;
            reasons.add("shared suspects " + new java.util.TreeSet<>(shared));
        }
        return new Link(Math.max(0, Math.min(100, score)), reasons);
    }

    static DatePrecision precision(EventMention m) {
        if (m.datePrecision() != null) {
            return m.datePrecision();
        }
        if (m.date() == null) {
            return null;
        }
        return switch (m.date().length()) {
            case 4 -> DatePrecision.YEAR;
            case 7 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }

    static DateAgreement dates(String a, DatePrecision pa, String b, DatePrecision pb) {
        if (a == null || b == null || a.isBlank() || b.isBlank()) {
            return DateAgreement.UNKNOWN;
        }
        if (a.equals(b)) {
            return pa == DatePrecision.DAY ? DateAgreement.DAY : DateAgreement.PREFIX;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return DateAgreement.PREFIX;
        }
        if (pa == DatePrecision.DAY && pb == DatePrecision.DAY) {
            try {
                long days = Math.abs(ChronoUnit.DAYS.between(LocalDate.parse(a), LocalDate.parse(b)));
                if (days == 1) {
                    return DateAgreement.NEAR;
                }
            } catch (DateTimeParseException e) {
                return DateAgreement.CONFLICT;
            }
        }
        return DateAgreement.CONFLICT;
    }

    static PlaceAgreement places(EventMention a, EventMention b) {
        List<String> na = names(a);
        List<String> nb = names(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return PlaceAgreement.UNKNOWN;
        }
        for (String x : na) {
            for (String y : nb) {
                if (similar(x, y)) {
                    return PlaceAgreement.MATCH;
                }
            }
        }
        return PlaceAgreement.MISMATCH;
    }

    private static List<String> names(EventMention m) {
        List<String> out = new ArrayList<>();
        if (m.place() != null && !m.place().isBlank()) {
            out.add(m.place());
        }
        if (m.site() != null && !m.site().isBlank()) {
            out.add(m.site());
        }
        return out;
    }

    /**
     * Folded names equal, one's words contained in the other's, or word overlap (Jaccard) of at
     * least one half, ignoring words that only name a kind of place.
     */
    static boolean similar(String a, String b) {
        String fa = TextFold.fold(a);
        String fb = TextFold.fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.equals(fb)) {
            return true;
        }
        Set<String> ta = tokens(fa);
        Set<String> tb = tokens(fb);
        if (ta.isEmpty() || tb.isEmpty()) {
            return false;
        }
        if (ta.containsAll(tb) || tb.containsAll(ta)) {
            return true;
        }
        Set<String> inter = new HashSet<>(ta);
        inter.retainAll(tb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        return inter.size() * 2 >= union.size();
    }

    private static Set<String> tokens(String folded) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(folded)) {
            if (!w.isEmpty() && !PLACE_STOPWORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static MergedEvent build(List<EventMention> ms, List<MergeLink> links, int weakest) {
        EventMention first = ms.get(0);
        // The most precise date; among equally precise ones the most reported, then the earliest reported.
        int bestLen = 0;
        for (EventMention m : ms) {
            if (m.date() != null) {
                bestLen = Math.max(bestLen, m.date().length());
            }
        }
        List<String> dates = new ArrayList<>();
        for (EventMention m : ms) {
            if (m.date() != null && m.date().length() == bestLen) {
                dates.add(m.date());
            }
        }
        String date = mostCommon(dates);
        DatePrecision precision = null;
        for (EventMention m : ms) {
            if (date != null && date.equals(m.date())) {
                precision = precision(m);
                break;
            }
        }
        String id = "ev-" + Ids.shortHash(first.documentId() + "#" + first.eventId(), 16);
        return new MergedEvent(id, first.kind(),
                mostCommon(ms.stream().map(EventMention::subtype).toList()),
                date, precision,
                mostCommon(ms.stream().map(EventMention::place).toList()),
                mostCommon(ms.stream().map(EventMention::site).toList()),
                mostCommon(ms.stream().map(EventMention::country).toList()),
                hundredths(weakest), ms, links);
    }

    /** The value reported most often (compared folded), ties to the earliest; nulls ignored. */
    static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> firstSpelling = new LinkedHashMap<>();
        for (String v : values) {
            if (v == null || v.isBlank()) {
                continue;
            }
            String f = TextFold.fold(v);
            counts.merge(f, 1, Integer::sum);
            firstSpelling.putIfAbsent(f, v);
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best == null ? null : firstSpelling.get(best);
    }

    private static BigDecimal hundredths(int score) {
        return BigDecimal.valueOf(score, 2);
    }
}

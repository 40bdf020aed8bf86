package org.claimgraph.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.core.extraction.CountRange;

/**
 * Lists every reported casualty figure of a merged event and reconciles each count: the range,
 * the latest figure by publication day and whether reports disagree beyond their ranges. Stateless;
 * thread-safe.
 */
final class CasualtyReconciler {

    Casualties reconcile(MergedEvent event, Map<String, SourceCluster> clusters) {
        List<CasualtyReport> reports = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventMention m : event.mentions()) {
            if (m.killed() == null && m.injured() == null) {
                continue;
            }
            SourceCluster c = clusters.get(m.documentId());
            String cluster = c == null ? m.documentId() : c.id();
            // A syndicated copy repeating the same figures is the same report.
            boolean counted = seen.add(cluster + "|" + m.killed() + "|" + m.injured());
            reports.add(new CasualtyReport(m.documentId(), m.outlet(), m.published(), cluster, m.ref(),
                    m.killed(), m.injured(), counted));
        }
        return new Casualties(reports, figure(reports, CasualtyReport::killed), figure(reports, CasualtyReport::injured));
    }

    static CasualtyFigure figure(List<CasualtyReport> all, Function<CasualtyReport, CountRange> count) {
        List<CasualtyReport> rs = all.stream().filter(r -> r.counted() && count.apply(r) != null
                && (count.apply(r).min() != null || count.apply(r).max() != null)).toList();
        if (rs.isEmpty()) {
            return new CasualtyFigure(0, null, null, false, null, null, null, null, false, List.of());
        }
        Integer low = null;
        Integer high = null;
        for (CasualtyReport r : rs) {
            CountRange c = count.apply(r);
            int lo = c.min() != null ? c.min() : c.max();
            int hi = c.max() != null ? c.max() : c.min();
            low = low == null ? lo : Math.min(low, lo);
            high = high == null ? hi : Math.max(high, hi);
        }
        // "More than N" at the top of the range leaves it open above.
        boolean openAbove = false;
        for (CasualtyReport r : rs) {
            CountRange c = count.apply(r);
            if (c.max() == null && c.min() != null && c.min().equals(high)) {
                openAbove = true;
            }
        }
        // Latest by publication day; on the same day the higher figure, since tolls are revised upwards far more often.
        Comparator<CasualtyReport> byLatest = Comparator
                .comparing(CasualtyReport::published, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> floor(count.apply(r)));
        CasualtyReport latest = rs.get(0);
        for (CasualtyReport r : rs) {
            if (byLatest.compare(r, latest) > 0) {
                latest = r;
            }
        }
        List<String> notes = new ArrayList<>();
        boolean conflict = false;
        for (int i = 0; i < rs.size(); i++) {
            for (int j = i + 1; j < rs.size(); j++) {
                if (disjoint(count.apply(rs.get(i)), count.apply(rs.get(j)))) {
                    conflict = true;
                }
            }
        }
        if (conflict) {
            notes.addAll(explain(rs, count));
        }
        return new CasualtyFigure(rs.size(), low, high, openAbove, count.apply(latest), latest.documentId(),
                latest.outlet(), latest.published(), conflict, notes);
    }

    private static int floor(CountRange c) {
        return c.min() != null ? c.min() : c.max();
    }

    private static boolean disjoint(CountRange a, CountRange b) {
        long aLo = a.min() == null ? 0 : a.min();
        long aHi = a.max() == null ? Long.MAX_VALUE : a.max();
        long bLo = b.min() == null ? 0 : b.min();
        long bHi = b.max() == null ? Long.MAX_VALUE : b.max();
        return aHi < bLo || bHi < aLo;
    }

    /** Says how the figures disagree: rising over time, revised down, or differing on the same day. */
    private static List<String> explain(List<CasualtyReport> rs, Function<CasualtyReport, CountRange> count) {
        List<CasualtyReport> dated = rs.stream().filter(r -> r.published() != null)
                .sorted(Comparator.comparing(CasualtyReport::published)).toList();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i + 1 < dated.size(); i++) {
            CasualtyReport a = dated.get(i);
            CasualtyReport b = dated.get(i + 1);
            CountRange ca = count.apply(a);
            CountRange cb = count.apply(b);
            if (!disjoint(ca, cb)) {
                continue;
            }
            if (Objects.equals(a.published(), b.published())) {
                notes.add("same-day disagreement on " + a.published() + ": " + show(ca) + " (" + a.outlet() + ") vs "
                        + show(cb) + " (" + b.outlet() + ")");
            } else if (floor(cb) < floor(ca)) {
                notes.add("revised down from " + show(ca) + " (" + a.outlet() + ", " + a.published() + ") to "
                        + show(cb) + " (" + b.outlet() + ", " + b.published() + ")");
            } else {
                notes.add("rose from " + show(ca) + " (" + a.outlet() + ", " + a.published() + ") to "
                        + show(cb) + " (" + b.outlet() + ", " + b.published() + ")");
            }
        }
        long undated = rs.stream().filter(r -> r.published() == null).count();
        if (undated > 0) {
            notes.add(undated + " undated report(s) not placed in time");
        }
        return notes;
    }

    static String show(CountRange c) {
        if (c.min() != null && c.max() != null) {
            return c.min().equals(c.max()) ? c.min().toString() : c.min() + "-" + c.max();
        }
        if (c.min() != null) {
            return c.min() + "+";
        }
        return "up to " + c.max();
    }
}

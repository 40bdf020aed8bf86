package org.claimgraph.app;

import java.util.List;
import java.util.Locale;
import org.claimgraph.assess.CasualtyFigure;
import org.claimgraph.assess.CasualtyReport;
import org.claimgraph.assess.Consistency;
import org.claimgraph.assess.Doubt;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EvidenceRow;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.assess.MergedEvent;
import org.claimgraph.assess.RankEntry;
import org.claimgraph.assess.TimelinePoint;

/** Renders assessed events for a terminal: the events table and one event's full explanation. Stateless. */
public final class EventText {
    private EventText() {
    }

    /** One row per real-world attack: when, where, toll, leading hypothesis and how many independent sources. */
    public static String table(List<EventAssessment> events) {
        if (events.isEmpty()) {
            return "No events yet: ingest articles (with extraction) first.\n";
        }
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-20s %-10s %-8s %-34s %11s  %-34s %s%n",
                "EVENT", "DATE", "KIND", "PLACE", "KILLED", "LEADING HYPOTHESIS (share)", "SOURCES"));
        for (EventAssessment ea : events) {
            MergedEvent e = ea.event();
            String leading = ea.hypothesis(ea.leading())
                    .map(h -> h.name() + String.format(Locale.ROOT, " (%.2f)", h.share())).orElse("-");
            long sources = e.mentions().stream().map(m -> m.documentId()).distinct().count();
            sb.append(String.format(Locale.ROOT, "%-20s %-10s %-8s %-34s %11s  %-34s %d%n", e.id(), dash(e.date()),
                    e.kind().json(), clip(place(e), 34), killed(ea.casualties().killed()), clip(leading, 34), sources));
        }
        return sb.toString();
    }

    /** Everything an analyst needs to judge one event: hypotheses, evidence matrix, doubts, tolls, timeline. */
    public static String explain(EventAssessment ea) {
        MergedEvent e = ea.event();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s  %s%n%s, %s%s; %d report(s)%n%n", e.id(), e.label(), e.kind().json(),
                dash(e.date()), e.subtype() == null ? "" : " (" + e.subtype() + ")", e.mentions().size()));

        sb.append("HYPOTHESES (lower weighted inconsistency is better; share is each one's part of the support)\n");
        for (Hypothesis h : ea.hypotheses()) {
            sb.append(String.format(Locale.ROOT, "  %d. %-40s inconsistency %7s  share %s%s%n", h.rank(),
                    "  ".repeat(h.level()) + h.name(), h.inconsistency().toPlainString(), h.share().toPlainString(),
                    h.parent() == null ? "" : "  (within " + h.parent() + ")"));
        }

        List<Hypothesis> top = ea.hypotheses().stream().filter(h -> h.level() == 0).limit(4).toList();
        sb.append("\nEVIDENCE (C consistent, I inconsistent, . neutral; grade = source reliability A-F + credibility 1-6)\n");
        sb.append(String.format(Locale.ROOT, "  %-5s", ""));
        top.forEach(h -> sb.append(String.format(Locale.ROOT, " %-6s", clip(h.name(), 6))));
        sb.append('\n');
        for (EvidenceRow r : ea.matrix()) {
            sb.append(String.format(Locale.ROOT, "  %-5s", r.id()));
            top.forEach(h -> sb.append(String.format(Locale.ROOT, " %-6s", mark(r.consistency().get(h.key())))));
            sb.append(String.format(Locale.ROOT, " %s %s %s [%s, %s]%s%s, %s %s%n", r.holderName(), verb(r), r.suspectName(),
                    r.certainty() == null ? "?" : r.certainty().json(), r.rating(),
                    r.counted() ? "" : " (counted as " + r.countedAs() + ")",
                    r.channel() == null ? "" : " via " + r.channel(), dash(r.outlet()),
                    r.published() == null ? "" : r.published().toString()));
            sb.append(String.format(Locale.ROOT, "        \"%s\"%n", r.text().strip()));
        }

        sb.append("\nRESIDUAL DOUBTS\n");
        if (ea.doubts().isEmpty()) {
            sb.append("  none recorded\n");
        }
        for (Doubt d : ea.doubts()) {
            sb.append(String.format(Locale.ROOT, "  - %s: %s %s%n", d.kind(), d.text(), d.rows()));
        }

        sb.append("\nCASUALTIES (as reported, by source and date)\n");
        for (CasualtyReport c : ea.casualties().reports()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %-22s killed %-12s injured %-12s%s%n", dash(c.published()),
                    clip(dash(c.outlet()), 22), dash(ExtractionText.count(c.killed())), dash(ExtractionText.count(c.injured())),
                    c.counted() ? "" : " (copy, not counted)"));
        }
        sb.append(figure("killed", ea.casualties().killed())).append(figure("injured", ea.casualties().injured()));

        sb.append("\nTIMELINE (the ranking as reports arrived; library size in reports)\n");
        java.util.Map<String, String> names = new java.util.HashMap<>();
        ea.hypotheses().forEach(h -> names.put(h.key(), h.name()));
        for (TimelinePoint p : ea.timeline()) {
            sb.append(String.format(Locale.ROOT, "  %-10s %2d report(s)  leading: %-30s", dash(p.date()), p.documents(),
                    clip(names.getOrDefault(p.leading(), p.leading()), 30)));
            for (RankEntry r : p.ranking()) {
                sb.append(String.format(Locale.ROOT, "  %d. %s %s", r.rank(), names.getOrDefault(r.hypothesis(), r.hypothesis()),
                        r.share().toPlainString()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String figure(String what, CasualtyFigure f) {
        if (f == null || f.reports() == 0) {
            return String.format(Locale.ROOT, "  %s: no figures%n", what);
        }
        return String.format(Locale.ROOT, "  %s: range %s-%s%s, latest %s (%s, %s)%s%s%n", what, dash(f.low()),
                dash(f.high()), f.openAbove() ? "+" : "", dash(ExtractionText.count(f.latest())), dash(f.latestOutlet()),
                dash(f.latestPublished()), f.conflict() ? ", SOURCES DIFFER" : "",
                f.notes().isEmpty() ? "" : "; " + String.join("; ", f.notes()));
    }

    private static String killed(CasualtyFigure f) {
        return f == null || f.latest() == null ? "-" : dash(ExtractionText.count(f.latest()));
    }

    private static String verb(EvidenceRow r) {
        return switch (r.kind()) {
            case CLAIM -> "claims";
            case ATTRIBUTION -> "blames";
            case DENIAL -> "denies for";
            case NO_CLAIM -> "says no claim by";
        };
    }

    private static String mark(Consistency c) {
        return c == null || c == Consistency.NEUTRAL ? "." : c == Consistency.CONSISTENT ? "C" : "I";
    }

    private static String place(MergedEvent e) {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {e.site(), e.place(), e.country()}) {
            if (part != null && !part.isBlank()) {
                b.append(b.length() == 0 ? "" : ", ").append(part);
            }
        }
        return b.length() == 0 ? "-" : b.toString();
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String dash(Object o) {
        return o == null ? "-" : o.toString();
    }
}

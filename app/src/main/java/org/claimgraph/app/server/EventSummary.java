package org.claimgraph.app.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.CasualtyFigure;
import org.claimgraph.assess.DocumentInfo;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EventMention;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.assess.MergedEvent;
import org.claimgraph.core.extraction.CountRange;

/**
 * One row of the events list, read off an assessed event: when, what, where, the latest toll, the
 * leading hypothesis and how many reports and independent sources (source clusters) stand behind it.
 * Immutable, thread-safe.
 */
record EventSummary(EventAssessment assessment, Hypothesis leading, int reports, int documents, int sources) {
    /** The summary of each event of one picture; syndicated copies count as one source. */
    static EventSummary of(Assessment picture, EventAssessment ea) {
        Map<String, String> clusterOf = new LinkedHashMap<>();
        for (DocumentInfo d : picture.documents()) {
            clusterOf.put(d.id(), d.sourceCluster());
        }
        MergedEvent e = ea.event();
        long documents = e.mentions().stream().map(EventMention::documentId).distinct().count();
        long sources = e.mentions().stream().map(m -> Objects.requireNonNullElse(clusterOf.get(m.documentId()), m.documentId()))
                .distinct().count();
        return new EventSummary(ea, ea.hypothesis(ea.leading()).orElse(null), e.mentions().size(), (int) documents, (int) sources);
    }

    MergedEvent event() {
        return assessment.event();
    }

    /** "Crocus City Hall, Krasnogorsk": the most specific place names known, or null. */
    String where() {
        MergedEvent e = event();
        if (e.site() != null && e.place() != null) {
            return e.site() + ", " + e.place();
        }
        return e.site() != null ? e.site() : e.place();
    }

    CountRange latestKilled() {
        CasualtyFigure k = assessment.casualties().killed();
        return k == null ? null : k.latest();
    }

    /** The row as the REST list gives it. */
    Map<String, Object> toJson() {
        MergedEvent e = event();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("label", e.label());
        m.put("date", e.date());
        m.put("kind", e.kind().json());
        m.put("subtype", e.subtype());
        m.put("place", e.place());
        m.put("site", e.site());
        m.put("country", e.country());
        m.put("killed", figure(assessment.casualties().killed()));
        m.put("injured", figure(assessment.casualties().injured()));
        if (leading == null) {
            m.put("leading", null);
        } else {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("key", leading.key());
            h.put("name", leading.name());
            h.put("share", leading.share());
            h.put("inconsistency", leading.inconsistency());
            m.put("leading", h);
        }
        m.put("reports", reports);
        m.put("documents", documents);
        m.put("sources", sources);
        return m;
    }

    private static Map<String, Object> figure(CasualtyFigure f) {
        if (f == null || f.reports() == 0) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("latest", f.latest());
        m.put("low", f.low());
        m.put("high", f.high());
        m.put("openAbove", f.openAbove());
        m.put("conflict", f.conflict());
        m.put("reports", f.reports());
        return m;
    }
}

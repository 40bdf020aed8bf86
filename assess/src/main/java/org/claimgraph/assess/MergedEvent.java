package org.claimgraph.assess;

import java.math.BigDecimal;
import java.util.List;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.EventKind;

/**
 * One real-world event reported by one or more documents. The descriptive fields are the best
 * supported values among its mentions (most precise date, then most reported); {@code confidence} is
 * the weakest link that merged it (1 for a single mention). The id is derived from the earliest
 * mention, so it stays the same when later reports arrive. Immutable.
 */
public record MergedEvent(String id, EventKind kind, String subtype, String date, DatePrecision datePrecision,
        String place, String site, String country, BigDecimal confidence, List<EventMention> mentions,
        List<MergeLink> links) {
    public MergedEvent {
        mentions = List.copyOf(mentions);
        links = List.copyOf(links);
    }

    /** A short human label: "attack, Crocus City Hall, Krasnogorsk, Russia, 2024-03-22". */
    public String label() {
        StringBuilder b = new StringBuilder(kind.json());
        for (String part : new String[] {site, place, country, date}) {
            if (part != null && !part.isBlank()) {
                b.append(", ").append(part);
            }
        }
        return b.toString();
    }
}

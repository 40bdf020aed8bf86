package org.claimgraph.core.extraction;

import java.util.List;
import org.claimgraph.core.Span;

/**
 * One attack, plot, arrest or airstrike as one document reports it, with all its mention spans.
 * {@code date} is ISO 8601 cut to what the text supports. Immutable.
 */
public record Event(
        String id,
        EventKind kind,
        String subtype,
        String date,
        DatePrecision datePrecision,
        String place,
        String site,
        String country,
        CountRange killed,
        CountRange injured,
        Perpetrators perpetrators,
        List<Span> mentions) {

    public Event {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}

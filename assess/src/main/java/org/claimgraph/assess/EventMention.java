package org.claimgraph.assess;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Perpetrators;

/**
 * One document's report of an event, as extracted, with the document's outlet and day, and the
 * actor keys its assertions name as suspects. {@code ref} is "documentId#eventId". Immutable.
 */
public record EventMention(String ref, String documentId, String eventId, String outlet, LocalDate published,
        EventKind kind, String subtype, String date, DatePrecision datePrecision, String place, String site,
        String country, CountRange killed, CountRange injured, Perpetrators perpetrators, List<Span> spans,
        List<String> suspects) {
    public EventMention {
        spans = List.copyOf(spans);
        suspects = List.copyOf(suspects);
    }
}

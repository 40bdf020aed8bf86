package org.claimgraph.assess;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.CountRange;

/**
 * One count (killed or injured) reconciled across reports: the range from the lowest minimum to
 * the highest figure ({@code openAbove} when that figure was "more than"), the latest figure by
 * publication day, and whether reports disagree beyond their ranges, with notes saying how. Immutable.
 */
public record CasualtyFigure(int reports, Integer low, Integer high, boolean openAbove, CountRange latest,
        String latestDocument, String latestOutlet, LocalDate latestPublished, boolean conflict, List<String> notes) {
    public CasualtyFigure {
        notes = List.copyOf(notes);
    }
}

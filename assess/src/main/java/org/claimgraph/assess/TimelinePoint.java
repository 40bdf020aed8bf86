package org.claimgraph.assess;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.CountRange;

/**
 * The picture of one event on a publication day, recomputed from the documents published up to and
 * including it: the documents that arrived that day, the ranking, the leading hypothesis and the
 * latest casualty figures. Immutable.
 */
public record TimelinePoint(LocalDate date, int documents, List<String> newDocuments, String leading,
        List<RankEntry> ranking, CountRange killed, CountRange injured) {
    public TimelinePoint {
        newDocuments = List.copyOf(newDocuments);
        ranking = List.copyOf(ranking);
    }
}

package org.claimgraph.assess;

import java.time.LocalDate;
import org.claimgraph.core.extraction.CountRange;

/**
 * The killed and injured figures one document gave for an event. A syndicated copy repeating the
 * same figures is listed but not {@code counted}. Immutable.
 */
public record CasualtyReport(String documentId, String outlet, LocalDate published, String sourceCluster,
        String mention, CountRange killed, CountRange injured, boolean counted) {
}

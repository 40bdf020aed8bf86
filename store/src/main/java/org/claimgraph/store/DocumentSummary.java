package org.claimgraph.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the document list: identity and the metadata a user scans by, without the text.
 * Immutable.
 *
 * @param published        publication date, or null when unknown
 * @param ingestedAt       when the store first saved the document
 * @param extractorVersion the extractor version recorded with the facts; null when none was given
 *                         or the document has no stored extraction
 * @param extractedAt      when the facts were last saved; null when the document has no extraction
 */
public record DocumentSummary(
        String id,
        LocalDate published,
        String outlet,
        String title,
        String source,
        Instant ingestedAt,
        String extractorVersion,
        Instant extractedAt) {

    /** True when facts are stored for this document. */
    public boolean hasExtraction() {
        return extractedAt != null;
    }
}

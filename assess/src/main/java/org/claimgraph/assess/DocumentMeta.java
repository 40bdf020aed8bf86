package org.claimgraph.assess;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.claimgraph.core.Document;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.DocumentHeader;

/**
 * The parts of a stored document the assess stage reads: identity, title, outlet, publication day,
 * address and text (the text feeds near-duplicate detection). Immutable.
 */
public record DocumentMeta(String id, String title, String outlet, LocalDate published, String url, String text) {
    public DocumentMeta {
        Objects.requireNonNull(id, "document id");
        text = text == null ? "" : text;
    }

    public static DocumentMeta of(Document d) {
        return new DocumentMeta(d.id(), d.title(), d.outlet(), d.published(), d.url(), d.text());
    }

    /** From an extraction header and the document text; the header's ISO date may be null. */
    public static DocumentMeta of(DocumentHeader h, String text) {
        LocalDate published = null;
        if (h.published() != null && !h.published().isBlank()) {
            try {
                published = LocalDate.parse(h.published());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(h.id(), "published date '" + h.published() + "' is not an ISO day", e);
            }
        }
        return new DocumentMeta(h.id(), h.title(), h.outlet(), published, h.url(), text);
    }
}

package org.claimgraph.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One cleaned article: its text exactly as given, metadata, and the spans cleaning removed from
 * consideration. The id is derived from the text ({@link DocumentId}), so two copies are one
 * document. Immutable.
 *
 * @param source    where it came from, as the user would recognise it (a path, URL or feed item)
 * @param fetchedAt when the bytes were read; informative, not part of the identity
 */
public record Document(
        String id,
        String text,
        String title,
        String outlet,
        LocalDate published,
        String url,
        String language,
        String source,
        String contentType,
        Instant fetchedAt,
        List<RemovedSpan> removed) {

    public Document {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
        if (!id.equals(DocumentId.of(text))) {
            throw new IllegalArgumentException("document id " + id + " is not the SHA-256 of its text");
        }
        removed = removed == null ? List.of()
                : removed.stream().sorted(Comparator.comparingInt(RemovedSpan::start)).toList();
        for (RemovedSpan r : removed) {
            if (r.end() > text.length()) {
                throw new IllegalArgumentException("removed span [" + r.start() + ", " + r.end()
                        + ") lies beyond the text of " + id + " (length " + text.length() + ")");
            }
        }
    }

    /** True when the span overlaps text that cleaning removed, so no fact may come from it. */
    public boolean isRemoved(Span span) {
        for (RemovedSpan r : removed) {
            if (r.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The same document dated otherwise: relative dates in it are resolved against the publication date. */
    public Document withPublished(LocalDate newPublished) {
        return new Document(id, text, title, outlet, newPublished, url, language, source, contentType, fetchedAt, removed);
    }

    public Document withRemoved(List<RemovedSpan> newRemoved) {
        return new Document(id, text, title, outlet, published, url, language, source, contentType, fetchedAt, newRemoved);
    }
}

package org.claimgraph.core.extraction;

import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.RemovedSpan;

/** The document part of an extraction: identity, metadata and removed spans. Immutable. */
public record DocumentHeader(
        String id,
        String title,
        String published,
        String outlet,
        String url,
        String language,
        List<RemovedSpan> removed) {

    public DocumentHeader {
        removed = removed == null ? List.of() : List.copyOf(removed);
    }

    public static DocumentHeader of(Document d) {
        return new DocumentHeader(d.id(), d.title(), d.published() == null ? null : d.published().toString(),
                d.outlet(), d.url(), d.language(), d.removed());
    }
}

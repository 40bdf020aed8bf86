package org.claimgraph.assess;

import java.util.Objects;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.Extraction;

/** One document and the facts extracted from it, as the store hands them to the assessor. Immutable. */
public record AssessInput(DocumentMeta meta, Extraction extraction) {
    public AssessInput {
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(extraction, "extraction of " + meta.id());
        if (extraction.document() != null && extraction.document().id() != null
                && !extraction.document().id().equals(meta.id())) {
            throw new InvalidInputException(meta.id(), "extraction belongs to another document, "
                    + extraction.document().id());
        }
    }

    /** The document with its extraction, metadata taken from the extraction header. */
    public static AssessInput of(Extraction extraction, String text) {
        return new AssessInput(DocumentMeta.of(extraction.document(), text), extraction);
    }
}

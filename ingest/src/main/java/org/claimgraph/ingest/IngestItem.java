package org.claimgraph.ingest;

import java.util.Objects;
import org.claimgraph.core.Document;

/**
 * What the ingester emits for each document it read or each input it could not read: a batch counts
 * both and goes on. Implementations are immutable records, so thread-safe.
 */
public sealed interface IngestItem permits IngestItem.Ingested, IngestItem.Failed {

    /** The source as the user would recognise it (path, URL, feed item, WARC record). */
    String source();

    /** A document read from a source; whether it duplicates a stored one is the store's call. Immutable. */
    record Ingested(Document document) implements IngestItem {
        public Ingested {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String source() {
            return document.source();
        }
    }

    /**
     * An input that did not become a document, with the reason in words a user can act on. Files that
     * were deliberately passed over (an unsupported extension in a folder) have a reason starting with
     * {@link #SKIPPED}, so a summary can count them apart from real failures. Immutable.
     */
    record Failed(String source, String reason) implements IngestItem {
        /** Prefix of the reason of an input that was skipped on purpose rather than failed. */
        public static final String SKIPPED = "skipped: ";

        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }

        /** True when this input was passed over on purpose (e.g. an unsupported file type), not broken. */
        public boolean skipped() {
            return reason.startsWith(SKIPPED);
        }
    }
}

package org.claimgraph.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.Document;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.extract.Extractor;
import org.claimgraph.ingest.IngestItem;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.SaveResult;
import org.claimgraph.store.Store;

/**
 * The analyst's library: reads inputs through {@link Ingester}, extracts facts when an extractor is
 * given, and stores each document with its facts in one transaction. The CLI and the server are thin
 * edges over this class. Not thread-safe for concurrent batches; the store underneath is.
 */
public final class Library {
    private final Store store;
    private final Ingester ingester;
    private final Function<Document, Extraction> extractor;
    private final Supplier<String> extractorVersion;

    /**
     * @param extractor turns a document into its facts, or null to store documents without facts
     */
    public Library(Store store, Ingester ingester, Function<Document, Extraction> extractor) {
        this(store, ingester, extractor, () -> null);
    }

    private Library(Store store, Ingester ingester, Function<Document, Extraction> extractor, Supplier<String> extractorVersion) {
        this.store = Objects.requireNonNull(store, "store");
        this.ingester = Objects.requireNonNull(ingester, "ingester");
        this.extractor = extractor;
        this.extractorVersion = extractorVersion;
    }

    /**
     * A library that extracts facts on ingestion with the extractor the supplier builds, on the first
     * document that needs it (building one loads CoreNLP's models: a batch of duplicates never pays),
     * and stores the extractor's version with each extraction so {@code reextract} can tell stale facts.
     */
    public static Library withExtractor(Store store, Ingester ingester, Supplier<Extractor> extractorFactory) {
        Supplier<Extractor> once = new Supplier<>() {
            private Extractor built;

            @Override
            public synchronized Extractor get() {
                if (built == null) {
                    built = extractorFactory.get();
                }
                return built;
            }
        };
        return new Library(store, ingester, doc -> once.get().extract(doc), () -> once.get().version());
    }

    public Ingester ingester() {
        return ingester;
    }

    public Store store() {
        return store;
    }

    /** Ingests every input (path, folder, URL, feed or "-" for {@code stdin}); one bad input never stops the batch. */
    public IngestSummary ingest(List<String> inputs, InputStream stdin, BatchListener listener) {
        Batch batch = new Batch(listener);
        for (String input : inputs) {
            try {
                if ("-".equals(input)) {
                    ingester.readStream("<stdin>", stdin, batch::accept);
                } else {
                    ingester.read(input, batch::accept);
                }
            } catch (ClaimgraphException e) {
                // The ingester reports bad inputs as items; anything thrown is still this input's failure.
                batch.fail(input, e.getMessage());
            }
        }
        return batch.summary();
    }

    /** Stores one already-read document (pasted text, an upload) the same way a batch would. */
    public SaveResult add(Document document) {
        // Checked first so a re-ingested copy does not pay for extraction; save() still decides.
        if (store.contains(document.id())) {
            return SaveResult.DUPLICATE;
        }
        if (extractor == null) {
            return store.save(document, null);
        }
        Extraction facts = extractor.apply(document);
        return store.save(document, facts, extractorVersion.get());
    }

    /** Accumulates a batch's counts; a failure to extract or store one document is that document's failure. */
    private final class Batch {
        private final BatchListener listener;
        private int ingested;
        private int duplicates;
        private final List<IngestSummary.Failure> skips = new ArrayList<>();
        private final List<IngestSummary.Failure> failures = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();

        Batch(BatchListener listener) {
            this.listener = listener;
        }

        void accept(IngestItem item) {
            if (item instanceof IngestItem.Failed failed) {
                if (failed.skipped()) {
                    skips.add(new IngestSummary.Failure(failed.source(), failed.reason().substring(IngestItem.Failed.SKIPPED.length())));
                    listener.onItem(failed.source(), "skipped");
                } else {
                    fail(failed.source(), failed.reason());
                }
                return;
            }
            Document doc = ((IngestItem.Ingested) item).document();
            try {
                SaveResult result = add(doc);
                if (result == SaveResult.INGESTED) {
                    ingested++;
                    ids.add(doc.id());
                    listener.onItem(doc.source(), "ingested");
                } else {
                    duplicates++;
                    listener.onItem(doc.source(), "duplicate");
                }
            } catch (ClaimgraphException e) {
                fail(doc.source(), e.getMessage());
            }
        }

        void fail(String source, String reason) {
            failures.add(new IngestSummary.Failure(source, reason));
            listener.onItem(source, "failed");
        }

        IngestSummary summary() {
            return new IngestSummary(ingested, duplicates, skips, failures, ids);
        }
    }
}

package org.claimgraph.app.server;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.app.IngestSummary;
import org.claimgraph.app.Library;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.Document;
import org.claimgraph.ingest.IngestItem;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.ingest.Metadata;
import org.claimgraph.store.SaveResult;
import org.claimgraph.store.search.SearchIndex;

/**
 * Takes documents in from the web: pasted text, an uploaded file, a URL. Reading goes through the
 * server's own {@link Ingester}, built here with private addresses always refused (the web never gets
 * --allow-private); storing and extraction go through {@link Library#add}; the search index and the
 * catalog follow each stored document. Thread-safe: the ingester and store are; index and catalog too.
 */
final class Intake {
    /** What one intake did: ids stored, ids already there, and inputs that failed with why. Immutable. */
    record Outcome(List<String> ingested, List<String> duplicates, List<IngestSummary.Failure> failures) {
        Outcome {
            ingested = List.copyOf(ingested);
            duplicates = List.copyOf(duplicates);
            failures = List.copyOf(failures);
        }

        /** The one document this intake is about, when it produced exactly one. */
        String onlyId() {
            return ingested.size() + duplicates.size() == 1
                    ? (ingested.isEmpty() ? duplicates.get(0) : ingested.get(0)) : null;
        }
    }

    private final Library library;
    private final SearchIndex index;
    private final Catalog catalog;
    private final Ingester ingester;

    Intake(Library library, SearchIndex index, Catalog catalog, long maxBytes) {
        this.library = library;
        this.index = index;
        this.catalog = catalog;
        this.ingester = new Ingester(IngestOptions.defaults().withAllowPrivate(false).withMaxBytes(maxBytes));
    }

    Outcome text(String text, Metadata meta) {
        Collector c = new Collector();
        try {
            c.accept(new IngestItem.Ingested(ingester.fromText("pasted text", text, meta)));
        } catch (ClaimgraphException e) {
            c.failures.add(new IngestSummary.Failure("pasted text", e.getMessage()));
        }
        return c.outcome();
    }

    Outcome stream(String name, InputStream in) {
        Collector c = new Collector();
        ingester.readStream(name, in, c::accept);
        return c.outcome();
    }

    Outcome url(String url) {
        Collector c = new Collector();
        String u = url == null ? "" : url.strip();
        // Only web URLs: a path would make the server read its own files.
        if (!u.regionMatches(true, 0, "http://", 0, 7) && !u.regionMatches(true, 0, "https://", 0, 8)) {
            c.failures.add(new IngestSummary.Failure(u, "only http and https URLs can be fetched"));
            return c.outcome();
        }
        ingester.read(u, c::accept);
        return c.outcome();
    }

    /** Stores each item as it comes; one failure does not stop a feed. Used from one request thread. */
    private final class Collector {
        final List<String> ingested = new ArrayList<>();
        final List<String> duplicates = new ArrayList<>();
        final List<IngestSummary.Failure> failures = new ArrayList<>();

        void accept(IngestItem item) {
            if (item instanceof IngestItem.Failed f) {
                failures.add(new IngestSummary.Failure(f.source(), f.reason()));
                return;
            }
            Document doc = ((IngestItem.Ingested) item).document();
            try {
                if (library.add(doc) == SaveResult.INGESTED) {
                    ingested.add(doc.id());
                    index.index(doc, library.store().findExtraction(doc.id()).orElse(null));
                    catalog.invalidate();
                } else {
                    duplicates.add(doc.id());
                }
            } catch (ClaimgraphException e) {
                failures.add(new IngestSummary.Failure(doc.source(), e.getMessage()));
            }
        }

        Outcome outcome() {
            return new Outcome(ingested, duplicates, failures);
        }
    }
}

/**
 * Ingest: turns sources into cleaned {@link org.claimgraph.core.Document}s.
 *
 * <p>The API is small: build an {@link org.claimgraph.ingest.Ingester} from
 * {@link org.claimgraph.ingest.IngestOptions}, call {@code read(input, sink)} for each user input
 * (file, folder, "-", http(s) URL, RSS/Atom feed, WARC file) and count the
 * {@link org.claimgraph.ingest.IngestItem}s it emits; {@code fromText} takes pasted text.
 * {@link org.claimgraph.ingest.Cleaner} (boilerplate as removed spans, rules in
 * {@code boilerplate.tsv}) and {@link org.claimgraph.ingest.SafeFetcher} (SSRF-safe HTTP) can be used
 * on their own. Everything else here is package-private detail.
 */
package org.claimgraph.ingest;

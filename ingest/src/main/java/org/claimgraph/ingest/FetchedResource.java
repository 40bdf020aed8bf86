package org.claimgraph.ingest;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of a successful HTTP fetch with where it finally came from (after redirects), its
 * Content-Type header (null if absent) and when it was fetched. The array is not copied: treat it as
 * read-only. Immutable by convention, so thread-safe.
 */
public record FetchedResource(byte[] body, URI finalUrl, String contentType, Instant fetchedAt) {
    public FetchedResource {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
    }
}

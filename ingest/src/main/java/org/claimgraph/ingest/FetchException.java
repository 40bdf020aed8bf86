package org.claimgraph.ingest;

import org.claimgraph.core.InvalidInputException;

/**
 * A URL that could not be fetched: refused address or scheme, HTTP error status, redirect loop,
 * timeout, connection refused, or a body over the size cap. Names the URL and the reason. Immutable,
 * so thread-safe.
 */
public final class FetchException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public FetchException(String url, String reason) {
        super(url, reason);
    }

    public FetchException(String url, String reason, Throwable cause) {
        super(url, reason, cause);
    }
}

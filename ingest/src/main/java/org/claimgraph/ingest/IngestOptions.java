package org.claimgraph.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How the ingester reads sources: whether private network addresses may be fetched, the size cap for
 * any one input, HTTP timeouts and how many redirects to follow. Immutable, so thread-safe.
 *
 * @param allowPrivate   fetch loopback, private, link-local and similar addresses too (off by default:
 *                       a URL from an untrusted feed must not reach the local network or cloud metadata)
 * @param maxBytes       the largest file, stream, HTTP body or WARC record accepted, in bytes
 * @param connectTimeout how long to wait for a TCP/TLS connection
 * @param readTimeout    how long one HTTP exchange (headers and body) may take in total
 * @param maxRedirects   how many redirects one fetch follows before giving up
 */
public record IngestOptions(boolean allowPrivate, long maxBytes, Duration connectTimeout, Duration readTimeout,
                            int maxRedirects) {

    /** 10 MB: far above any news article, far below what would hurt the heap. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public IngestOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            // Bodies are held in one byte array, so the cap must fit one.
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16) + ": " + maxBytes);
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || readTimeout.isNegative() || readTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        }
    }

    /** Private addresses refused, 10 MB cap, 10 s to connect, 30 s to read, 5 redirects. */
    public static IngestOptions defaults() {
        return new IngestOptions(false, DEFAULT_MAX_BYTES, Duration.ofSeconds(10), Duration.ofSeconds(30), 5);
    }

    public IngestOptions withAllowPrivate(boolean allow) {
        return new IngestOptions(allow, maxBytes, connectTimeout, readTimeout, maxRedirects);
    }

    public IngestOptions withMaxBytes(long bytes) {
        return new IngestOptions(allowPrivate, bytes, connectTimeout, readTimeout, maxRedirects);
    }

    /** The cap in words, e.g. "10 MB (10485760 bytes)", for refusal messages. */
    String describeCap() {
        return describe(maxBytes);
    }

    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MB (" + bytes + " bytes)";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return (bytes / 1024) + " KB (" + bytes + " bytes)";
        }
        return bytes + " bytes";
    }
}

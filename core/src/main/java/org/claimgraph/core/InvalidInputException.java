package org.claimgraph.core;

/**
 * An input (file, URL, feed item, sidecar, pasted text) that cannot become a document. It names the
 * source and the reason, so a batch can count and report it and go on. Thread-safe (immutable).
 */
public class InvalidInputException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String reason;

    public InvalidInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    public InvalidInputException(String source, String reason, Throwable cause) {
        super(source + ": " + reason, cause);
        this.source = source;
        this.reason = reason;
    }

    /** The file path, URL or item that was refused, as the user gave or saw it. */
    public String source() {
        return source;
    }

    /** Why it was refused, in words a user can act on, without the source prefix. */
    public String reason() {
        return reason;
    }
}

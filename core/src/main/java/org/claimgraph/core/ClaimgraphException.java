package org.claimgraph.core;

/**
 * The one unchecked base of every exception Claimgraph throws on purpose. Subclasses carry the
 * context a user needs to act (the document, stage or value at fault) in their message; third-party
 * exceptions are wrapped as the cause, never swallowed. Immutable, so thread-safe.
 */
public class ClaimgraphException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ClaimgraphException(String message) {
        super(message);
    }

    public ClaimgraphException(String message, Throwable cause) {
        super(message, cause);
    }
}

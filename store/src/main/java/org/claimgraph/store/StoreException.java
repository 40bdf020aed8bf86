package org.claimgraph.store;

import org.claimgraph.core.ClaimgraphException;

/**
 * A store operation that failed: the database refused a statement, could not be reached, or was
 * asked for something that cannot be answered (an ambiguous id prefix). Names the operation and,
 * when there is one, the document; the SQLException, if any, is the cause. Immutable, so thread-safe.
 */
public class StoreException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    private final String operation;
    private final String documentId;

    public StoreException(String operation, String documentId, String message) {
        super(format(operation, documentId, message, null));
        this.operation = operation;
        this.documentId = documentId;
    }

    public StoreException(String operation, String documentId, String message, Throwable cause) {
        super(format(operation, documentId, message, cause), cause);
        this.operation = operation;
        this.documentId = documentId;
    }

    /** What the store was doing, e.g. "save" or "find document". */
    public String operation() {
        return operation;
    }

    /** The document concerned, or null when the operation is not about one document. */
    public String documentId() {
        return documentId;
    }

    private static String format(String operation, String documentId, String message, Throwable cause) {
        StringBuilder s = new StringBuilder("store ").append(operation);
        if (documentId != null) {
            s.append(' ').append(documentId);
        }
        s.append(": ").append(message);
        // The cause's own words (constraint name, SQL state) are what a user needs to act on.
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            s.append(": ").append(cause.getMessage());
        }
        return s.toString();
    }
}

package org.claimgraph.extract.pipeline;

import org.claimgraph.core.ClaimgraphException;

/** A stage failed on one document; names the document and the stage, wraps the cause. Immutable. */
public final class ExtractionException extends ClaimgraphException {
    private static final long serialVersionUID = 1L;

    public ExtractionException(String documentId, String stage, Throwable cause) {
        super("extraction of " + documentId + " failed in stage '" + stage + "': " + cause, cause);
    }
}

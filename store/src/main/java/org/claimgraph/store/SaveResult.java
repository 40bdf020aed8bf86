package org.claimgraph.store;

/** What {@link Store#save} did with a document: stored it, or found its id already there and stored nothing. Immutable. */
public enum SaveResult {
    /** The document (and its extraction, if given) was stored. */
    INGESTED,
    /** A document with the same id (the same text) was already stored; nothing was changed. */
    DUPLICATE
}

package org.claimgraph.app;

/**
 * Told about each item of an ingestion batch as it is handled, so an edge can show progress.
 * Implementations need not be thread-safe: a batch calls them from one thread.
 */
public interface BatchListener {
    BatchListener NONE = (source, outcome) -> { };

    /** Outcome of one item; {@code outcome} is "ingested", "duplicate", "skipped" or "failed". */
    void onItem(String source, String outcome);
}

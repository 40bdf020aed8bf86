package org.claimgraph.app;

import java.util.List;

/**
 * The outcome of one ingestion batch, Anserini style: how many documents were stored, skipped as
 * duplicates, or failed, and for each failure what and why. Immutable.
 */
public record IngestSummary(int ingested, int duplicates, List<Failure> skips, List<Failure> failures, List<String> ingestedIds) {

    /** One input or item that could not be ingested. Immutable. */
    public record Failure(String source, String reason) {
    }

    public IngestSummary {
        skips = List.copyOf(skips);
        failures = List.copyOf(failures);
        ingestedIds = List.copyOf(ingestedIds);
    }

    public int failed() {
        return failures.size();
    }

    public int total() {
        return ingested + duplicates + skips.size() + failed();
    }

    /** The summary as a user reads it at the end of a batch. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(java.util.Locale.ROOT, "ingested %d, duplicates %d, failed %d", ingested, duplicates, failed()));
        sb.append(skips.isEmpty() ? "" : ", skipped " + skips.size()).append(System.lineSeparator());
        for (Failure s : skips) {
            sb.append("  skipped: ").append(s.source()).append(": ").append(s.reason()).append(System.lineSeparator());
        }
        for (Failure f : failures) {
            sb.append("  failed: ").append(f.source()).append(": ").append(f.reason()).append(System.lineSeparator());
        }
        return sb.toString();
    }
}

package org.claimgraph.core;

import java.util.Objects;

/**
 * A stretch of a document's text that cleaning judged not to be content (a scraper error line, a
 * photo credit, a "Read more" link), with the reason. The text itself stays; facts must not be read
 * from inside such a span. Immutable.
 */
public record RemovedSpan(int start, int end, String reason) {
    public RemovedSpan {
        new Span(start, end);
        Objects.requireNonNull(reason, "reason");
    }

    public Span span() {
        return new Span(start, end);
    }
}

package org.claimgraph.core.extraction;

import org.claimgraph.core.Span;

/** The stretch of a document that carries an assertion, with its text for display. Immutable. */
public record Evidence(int start, int end, String text) {
    public Evidence {
        new Span(start, end);
    }

    public static Evidence of(String documentText, Span span) {
        return new Evidence(span.start(), span.end(), span.of(documentText));
    }

    public Span span() {
        return new Span(start, end);
    }
}

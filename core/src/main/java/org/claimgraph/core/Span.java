package org.claimgraph.core;

/**
 * A half-open range [start, end) of UTF-16 code units (Java String indices) into a document's text
 * as given. Immutable.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered text; fails loudly if the span does not fit the text it is applied to. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") beyond text of length " + text.length());
        }
        return text.substring(start, end);
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}

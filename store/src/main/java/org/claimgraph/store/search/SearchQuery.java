package org.claimgraph.store.search;

import java.util.Locale;

/**
 * One search: free text in Lucene's query syntax (blank for every document), optional facet filters
 * (actor name, country, event kind as stored facts name them) and a page. Immutable.
 */
public record SearchQuery(String text, String actor, String country, String kind, int offset, int limit) {
    /** The most hits one page may ask for. */
    public static final int MAX_LIMIT = 200;

    public SearchQuery {
        text = blankToNull(text);
        actor = blankToNull(actor);
        country = blankToNull(country);
        kind = kind == null || kind.isBlank() ? null : kind.strip().toLowerCase(Locale.ROOT);
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
        }
    }

    /** The first page of 20 hits for this text, without filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, 0, 20);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

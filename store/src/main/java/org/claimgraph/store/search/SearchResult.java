package org.claimgraph.store.search;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchQuery}: how many documents matched, one page of them (each with its
 * best matching sentences), and facet counts over all matches. Immutable.
 *
 * @param facets facet name ("actor", "country", "kind") to its values, most frequent first
 */
public record SearchResult(int total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** One matching document, with up to three sentences that match the text. Immutable. */
    public record Hit(String documentId, String title, String outlet, String published, float score,
                      List<SentenceHit> sentences) {
        public Hit {
            sentences = List.copyOf(sentences);
        }
    }

    /** A sentence of a document, as offsets into its text and the text itself. Immutable. */
    public record SentenceHit(int start, int end, String text) {
    }

    /** One facet value and how many matching documents have it. Immutable. */
    public record FacetCount(String value, int count) {
    }
}

package org.claimgraph.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;

    static Document doc(String text, String title, LocalDate published, List<RemovedSpan> removed) {
        return new Document(DocumentId.of(text), text, title, "wire", published, null, "en", "test", "text/plain", null, removed);
    }

    @Test
    void findsStemmedWordsSentencesAndFacetsAndSkipsRemovedText() {
        String text = "Gunmen attacked a concert hall. The group claimed the attacks.\nFailed to fetch data from the URL.";
        int cut = text.indexOf("Failed");
        Document a = doc(text, "Hall attack", LocalDate.of(2024, 3, 23), List.of(new RemovedSpan(cut, text.length(), "scrape-error")));
        Document b = doc("Police arrested four suspects in Dushanbe.", "Arrests", LocalDate.of(2024, 3, 25), List.of());
        Event e = new Event("e1", EventKind.ATTACK, null, "2024-03-22", DatePrecision.DAY, "Krasnogorsk", null, "Russia",
                null, null, null, List.of(new Span(0, 30)));
        try (SearchIndex index = SearchIndex.inMemory()) {
            index.index(a, Extraction.of(DocumentHeader.of(a), List.of(), List.of(e), List.of()));
            index.index(b, null);
            index.index(b, null); // replaces, does not add
            assertEquals(2, index.size());
            SearchResult r = index.search(SearchQuery.of("attack"));
            assertEquals(1, r.total());
            assertEquals(a.id(), r.hits().get(0).documentId());
            assertEquals(2, r.hits().get(0).sentences().size());
            assertEquals("Gunmen attacked a concert hall.", r.hits().get(0).sentences().get(0).text());
            assertEquals("Russia", r.facets().get(SearchIndex.COUNTRY).get(0).value());
            assertEquals(0, index.search(SearchQuery.of("fetch")).total());
            SearchResult all = index.search(new SearchQuery(null, null, null, null, 0, 10));
            assertEquals(2, all.total());
            assertEquals(b.id(), all.hits().get(0).documentId(), "newest first without text");
            assertEquals(1, index.search(new SearchQuery(null, null, "Russia", "attack", 0, 10)).total());
            assertEquals(200, index.search(SearchQuery.of("\"unbalanced")).total() + 200);
        }
    }

    @Test
    void rebuildsFromTheStore() {
        try (Store store = Store.open(StoreConfig.embedded(dir)); SearchIndex index = SearchIndex.onDisk(dir.resolve("index"))) {
            store.save(doc("A bomb exploded near the market in Kabul.", "Kabul", null, List.of()), null);
            store.save(doc("Nothing happened in the quiet town.", "Quiet", null, List.of()), null);
            assertEquals(2, index.rebuild(store));
            assertEquals(2, index.rebuild(store));
            assertEquals(2, index.size());
            assertTrue(index.search(SearchQuery.of("market")).hits().get(0).title().equals("Kabul"));
        }
    }
}

package org.claimgraph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's identity is its text, and its removed spans must lie inside that text. */
class DocumentTest {
    static final String TEXT = "Gunmen attacked a concert hall.\nFailed to fetch data from the URL.";

    static Document doc() {
        return new Document(DocumentId.of(TEXT), TEXT, "t", "o", null, null, "en", "test", "text/plain", null,
                List.of(new RemovedSpan(32, TEXT.length(), "scrape-error")));
    }

    @Test
    void redatingKeepsIdentityTextAndRemovals() {
        Document d = doc().withPublished(LocalDate.of(2024, 3, 23));
        assertEquals(doc().id(), d.id());
        assertEquals(LocalDate.of(2024, 3, 23), d.published());
        assertEquals(doc().removed(), d.removed());
    }

    @Test
    void anIdThatIsNotTheHashOfTheTextIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Document(DocumentId.of("other"),
                TEXT, null, null, null, null, null, null, null, null, List.of()));
        assertTrue(e.getMessage().contains("is not the SHA-256 of its text"), e.getMessage());
    }

    @Test
    void removedSpansMustLieInsideTheTextAndAreConsulted() {
        assertThrows(IllegalArgumentException.class, () -> doc().withRemoved(List.of(new RemovedSpan(0, 999, "x"))));
        assertTrue(doc().isRemoved(new Span(40, 45)));
        assertTrue(!doc().isRemoved(new Span(0, 6)));
    }
}

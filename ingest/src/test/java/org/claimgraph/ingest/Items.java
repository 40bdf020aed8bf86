package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Document;

/** Test helpers: run an input through an ingester and collect what it emits. */
final class Items {
    private Items() {
    }

    static List<IngestItem> read(Ingester ingester, String input) {
        List<IngestItem> items = new ArrayList<>();
        ingester.read(input, items::add);
        return items;
    }

    static Document onlyDocument(Ingester ingester, String input) {
        List<IngestItem> items = read(ingester, input);
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        IngestItem item = items.get(0);
        return assertInstanceOf(IngestItem.Ingested.class, item, () -> "expected a document, got " + item).document();
    }

    static IngestItem.Failed onlyFailure(Ingester ingester, String input) {
        List<IngestItem> items = read(ingester, input);
        assertEquals(1, items.size(), () -> "expected one item, got " + items);
        IngestItem item = items.get(0);
        return assertInstanceOf(IngestItem.Failed.class, item, () -> "expected a failure, got " + item);
    }

    static String removedText(Document doc, String reason) {
        return doc.removed().stream().filter(r -> r.reason().equals(reason))
                .map(r -> r.span().of(doc.text())).reduce((a, b) -> a + "|" + b).orElse("");
    }
}

package org.claimgraph.app.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.app.BatchListener;
import org.claimgraph.app.IngestSummary;
import org.claimgraph.app.Library;
import org.claimgraph.core.Document;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Evidence;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.Perpetrators;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import org.claimgraph.store.search.SearchIndex;

/**
 * A running server over a fresh H2 store holding the sample article with a small hand-made
 * extraction (no CoreNLP). Tests own one each; not thread-safe.
 */
final class Sample implements AutoCloseable {
    static final Path CORPUS = Path.of("..", "examples", "corpus", "crocus-taz-2024-04.txt");
    static final String TOKEN = "test-token-0123456789abcdef";
    static final String CLAIM = "The headquarters of the Islamic State (IS) assumed responsibility on March 22, the day of the attack.";
    static final String KREMLIN = "The Kremlin continues to talk about Ukraine's involvement";

    final Store store;
    final SearchIndex index;
    final ClaimgraphServer server;
    final String documentId;
    final Document document;
    final int port;

    Sample(Path dir, ServerConfig config) {
        store = Store.open(StoreConfig.embedded(dir));
        Library library = new Library(store, new Ingester(IngestOptions.defaults()), null);
        IngestSummary s = library.ingest(List.of(CORPUS.toString()), System.in, BatchListener.NONE);
        if (s.ingested() != 1) {
            throw new IllegalStateException("sample not ingested: " + s.describe());
        }
        documentId = s.ingestedIds().get(0);
        document = store.findDocument(documentId).orElseThrow();
        store.replaceExtraction(documentId, extraction(document));
        index = SearchIndex.inMemory();
        index.rebuild(store);
        server = new ClaimgraphServer(library, index, ActorRegistry.bundled(), config);
        port = server.start();
    }

    Sample(Path dir) {
        this(dir, new ServerConfig("127.0.0.1", 0, TOKEN, true, 256 * 1024));
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A small extraction by hand: IS claims, the Kremlin blames Ukraine, an expert suspects ISKP. */
    static Extraction extraction(Document d) {
        String t = d.text();
        Actor is = new Actor("a1", "Islamic State", ActorKind.ARMED_GROUP, List.of("IS", "ISIS"), null, null, null,
                all(t, "Islamic State"), "islamic-state");
        Actor iskp = new Actor("a2", "Islamic State Khorasan Province", ActorKind.ARMED_GROUP, List.of("ISKP"), "a1",
                null, null, all(t, "ISKP"), "iskp");
        Actor kremlin = new Actor("a3", "Kremlin", ActorKind.GOVERNMENT_BODY, List.of(), null, null, "Russia",
                all(t, "Kremlin"), null);
        Actor ukraine = new Actor("a4", "Ukraine", ActorKind.STATE, List.of(), null, null, null,
                all(t, "Ukraine"), null);
        Actor hamming = new Actor("a5", "Tore Hamming", ActorKind.PERSON, List.of(), null, "jihadism expert", null,
                all(t, "Tore Hamming"), null);
        Event attack = new Event("e1", EventKind.ATTACK, "mass shooting", "2024-03-22", DatePrecision.DAY,
                "Krasnogorsk", "Crocus City Hall", "Russia", CountRange.atLeast(140), null, Perpetrators.UNKNOWN,
                all(t, "attack on the Crocus Town Hall"));
        List<Assertion> assertions = new ArrayList<>();
        assertions.add(new Assertion("s1", "e1", "a1", "a1", AssertionKind.CLAIM, Certainty.CERTAIN, "statement",
                "2024-03-22", Evidence.of(t, span(t, CLAIM))));
        assertions.add(new Assertion("s2", "e1", "a3", "a4", AssertionKind.ATTRIBUTION, Certainty.PROBABLE, null,
                null, Evidence.of(t, span(t, KREMLIN))));
        int h = t.indexOf("Tore Hamming suspects");
        int hEnd = t.indexOf('.', h) + 1;
        assertions.add(new Assertion("s3", "e1", "a5", "a2", AssertionKind.ATTRIBUTION, Certainty.POSSIBLE, null,
                null, Evidence.of(t, new Span(h, hEnd))));
        return Extraction.of(DocumentHeader.of(d), List.of(is, iskp, kremlin, ukraine, hamming), List.of(attack), assertions);
    }

    static Span span(String text, String phrase) {
        int at = text.indexOf(phrase);
        if (at < 0) {
            throw new IllegalStateException("sample lacks: " + phrase);
        }
        return new Span(at, at + phrase.length());
    }

    static List<Span> all(String text, String phrase) {
        List<Span> out = new ArrayList<>();
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            out.add(new Span(at, at + phrase.length()));
        }
        return out;
    }

    @Override
    public void close() {
        server.close();
        index.close();
        store.close();
    }
}

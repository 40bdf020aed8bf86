package org.claimgraph.app.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.app.Library;
import org.claimgraph.core.Document;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.ingest.IngestItem;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.SaveResult;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import org.claimgraph.store.search.SearchIndex;

/**
 * A running server over a fresh H2 store holding the eleven reports of examples/multi (Crocus City
 * Hall, Kandahar, Kerman), each read by the Ingester (metadata from its sidecar) and saved with the
 * hand-written extraction the assess tests use, so the events are known without CoreNLP.
 * Tests own one each; not thread-safe.
 */
final class MultiSample implements AutoCloseable {
    static final Path TEXTS = Path.of("..", "examples", "multi");
    static final Path EXTRACTIONS = Path.of("..", "assess", "src", "test", "resources", "multi");
    static final List<String> NAMES = List.of(
            "crocus-meridian-2024-03-22", "crocus-ledger-2024-03-23", "crocus-meridian-2024-03-24",
            "crocus-harbour-2024-03-24", "crocus-northline-2024-03-26", "crocus-courier-2024-04-03",
            "kandahar-frontier-2024-03-21", "kandahar-meridian-2024-03-22",
            "kerman-ledger-2024-01-03", "kerman-meridian-2024-01-04", "kerman-northline-2024-01-10");

    final Store store;
    final SearchIndex index;
    final ClaimgraphServer server;
    /** Document id by example name. */
    final Map<String, String> ids = new LinkedHashMap<>();
    final int port;

    MultiSample(Path dir) {
        store = Store.open(StoreConfig.embedded(dir));
        Ingester ingester = new Ingester(IngestOptions.defaults());
        for (String name : NAMES) {
            Document doc = read(ingester, TEXTS.resolve(name + ".txt"));
            Extraction facts = extraction(name);
            if (!facts.document().id().equals(doc.id())) {
                throw new IllegalStateException(name + ": extraction is for " + facts.document().id()
                        + " but the text read is " + doc.id());
            }
            if (store.save(doc, facts) != SaveResult.INGESTED) {
                throw new IllegalStateException(name + " not stored");
            }
            ids.put(name, doc.id());
        }
        index = SearchIndex.inMemory();
        index.rebuild(store);
        server = new ClaimgraphServer(new Library(store, ingester, null), index, ActorRegistry.bundled(),
                new ServerConfig("127.0.0.1", 0, Sample.TOKEN, true, 256 * 1024));
        port = server.start();
    }

    /** The one document a file yields, metadata from its sidecar. */
    static Document read(Ingester ingester, Path file) {
        List<IngestItem> items = new ArrayList<>();
        ingester.read(file.toString(), items::add);
        if (items.size() != 1 || !(items.get(0) instanceof IngestItem.Ingested in)) {
            throw new IllegalStateException("cannot read " + file + ": " + items);
        }
        return in.document();
    }

    static Extraction extraction(String name) {
        Path p = EXTRACTIONS.resolve(name + ".json");
        try {
            return ExtractionCodec.fromJson(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.close();
        index.close();
        store.close();
    }
}

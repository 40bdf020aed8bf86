package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.claimgraph.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedIngestTest {
    private final Ingester ingester = new Ingester(IngestOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void rssItemsWithoutLinksBecomeDocumentsFromTheirContent() {
        Path feed = TestFiles.document("rss/feed.rss");
        List<IngestItem> items = Items.read(ingester, feed.toString());
        assertEquals(2, items.size(), () -> "items: " + items);

        Document first = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
        assertEquals(feed + "#item-1", first.source());
        assertEquals("Bomb kills 21 in Kandahar", first.title());
        assertEquals("Example Wire: Security", first.outlet());
        assertEquals(LocalDate.of(2024, 3, 21), first.published());
        assertEquals("en", first.language());
        assertEquals("A suicide bomber killed 21 people and injured more than 50 outside a bank in Kandahar on Thursday, "
                + "officials said.\n\nThe Islamic State group later claimed the attack.\n\nPhoto: AFP", first.text());
        assertEquals("Photo: AFP", Items.removedText(first, "photo-credit"));

        Document second = assertInstanceOf(IngestItem.Ingested.class, items.get(1)).document();
        assertEquals("German police detained several people suspected of planning an attack on Cologne Cathedral.", second.text());
        assertEquals(LocalDate.of(2023, 12, 24), second.published());
    }

    @Test
    void atomEntriesBecomeDocuments() {
        Path feed = TestFiles.document("atom/feed.atom");
        List<IngestItem> items = Items.read(ingester, feed.toString());
        assertEquals(2, items.size(), () -> "items: " + items);

        Document first = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
        assertEquals("Anschlag auf Crocus City Hall: Was sagen Experten?", first.title());
        assertEquals("Beispiel Zeitung", first.outlet());
        assertEquals(LocalDate.of(2024, 4, 12), first.published());
        assertEquals("text/plain", first.contentType());
        assertTrue(first.text().startsWith("Drei Wochen nach dem Anschlag"), first.text());
        assertEquals("Foto: Maxim Shemetov/Reuters", Items.removedText(first, "photo-credit"));

        Document second = assertInstanceOf(IngestItem.Ingested.class, items.get(1)).document();
        assertEquals("Die Gruppe wurde 2015 gegründet.", second.text());
        assertEquals(LocalDate.of(2024, 4, 13), second.published());
    }

    @Test
    void malformedFeedIsAClearError() {
        Path feed = TestFiles.document("rss/malformed.rss");
        IngestItem.Failed failed = Items.onlyFailure(ingester, feed.toString());
        assertEquals(feed.toString(), failed.source());
        assertTrue(failed.reason().startsWith("malformed feed: "), failed.reason());
    }

    @Test
    void xmlFileThatIsNotAFeedIsRefused() throws IOException {
        Path xml = Files.writeString(dir.resolve("data.xml"), "<?xml version=\"1.0\"?><catalog><book>x</book></catalog>");
        IngestItem.Failed failed = Items.onlyFailure(ingester, xml.toString());
        assertTrue(failed.reason().startsWith("malformed feed: "), failed.reason());
    }

    @Test
    void externalFileEntityIsNotResolved() {
        Path feed = TestFiles.document("rss/xxe-file.rss");
        List<IngestItem> items = Items.read(ingester, feed.toString());
        for (IngestItem item : items) {
            if (item instanceof IngestItem.Ingested ingested) {
                assertFalse(ingested.document().text().contains("root:"), "the feed leaked /etc/passwd");
            }
        }
        IngestItem.Failed failed = assertInstanceOf(IngestItem.Failed.class, items.get(0));
        assertTrue(failed.reason().startsWith("feed refused: it declares a DOCTYPE"), failed.reason());
    }

    @Test
    void externalHttpEntityIsNeverRequested() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            byte[] secret = "TOP-SECRET".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, secret.length);
            exchange.getResponseBody().write(secret);
            exchange.close();
        });
        server.start();
        try {
            String entityUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/secret";
            String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY % remote SYSTEM \"" + entityUrl + "\">\n  %remote;\n"
                    + "  <!ENTITY leak SYSTEM \"" + entityUrl + "\">\n]>\n"
                    + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                    + "<description>&leak;</description></item></channel></rss>";
            Path feed = Files.writeString(dir.resolve("xxe-http.rss"), xml);
            List<IngestItem> items = Items.read(ingester, feed.toString());
            for (IngestItem item : items) {
                if (item instanceof IngestItem.Ingested ingested) {
                    assertFalse(ingested.document().text().contains("TOP-SECRET"));
                }
            }
            assertInstanceOf(IngestItem.Failed.class, items.get(0));
            assertEquals(0, hits.get(), "the parser fetched the external entity");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void feedUrlItemsAreFetchedFromTheirLinks() throws IOException {
        try (LocalServer server = new LocalServer()) {
            String page = "<html lang=\"en\"><head><title>Kerman bombing</title><meta property=\"og:site_name\" content=\"Wire\">"
                    + "</head><body><article><p>Two explosions killed 95 people in Kerman.</p></article></body></html>";
            String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
                    + "<item><title>Kerman</title><link>" + server.url("/kerman") + "</link>"
                    + "<pubDate>Wed, 03 Jan 2024 12:00:00 GMT</pubDate></item>"
                    + "<item><title>Gone</title><link>/gone</link></item>"
                    + "</channel></rss>";
            server.serve("/feed", 200, "application/rss+xml; charset=utf-8", rss.getBytes(StandardCharsets.UTF_8))
                    .serve("/kerman", 200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8))
                    .serve("/gone", 404, "text/plain", "nope".getBytes(StandardCharsets.UTF_8));

            Ingester local = new Ingester(IngestOptions.defaults().withAllowPrivate(true));
            List<IngestItem> items = Items.read(local, server.url("/feed"));
            assertEquals(2, items.size(), () -> "items: " + items);
            Document doc = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
            assertEquals(server.url("/kerman"), doc.source());
            assertEquals(server.url("/kerman"), doc.url());
            assertEquals("Kerman bombing", doc.title());
            assertEquals(LocalDate.of(2024, 1, 3), doc.published());
            assertEquals("Two explosions killed 95 people in Kerman.", doc.text());
            assertEquals("text/html", doc.contentType());
            IngestItem.Failed gone = assertInstanceOf(IngestItem.Failed.class, items.get(1));
            assertEquals(server.url("/gone"), gone.source());
            assertEquals("the server answered HTTP 404 (Not Found)", gone.reason());

            // The same feed without allowPrivate: the feed itself is refused.
            IngestItem.Failed refused = Items.onlyFailure(ingester, server.url("/feed"));
            assertTrue(refused.reason().contains("a loopback address"), refused.reason());
        }
    }
}

package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcIngestTest {
    private static final Instant CRAWLED = Instant.parse("2024-03-25T10:00:00Z");

    private final Ingester ingester = new Ingester(IngestOptions.defaults());

    @TempDir
    Path dir;

    private static WarcResponse response(String url, int status, String contentType, String body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(contentType), body.getBytes(StandardCharsets.UTF_8))
                .build();
        return new WarcResponse.Builder(url).date(CRAWLED).body(http).build();
    }

    private static void writeWarc(Path file, WarcCompression compression) throws IOException {
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(response("https://news.example/crocus", 200, "text/html; charset=utf-8",
                    "<html lang=\"en\"><head><title>Crocus attack</title>"
                            + "<meta property=\"article:published_time\" content=\"2024-03-23\"></head>"
                            + "<body><nav>Home</nav><article><p>Gunmen attacked the Crocus City Hall.</p>"
                            + "<p>Share this</p></article></body></html>"));
            writer.write(response("https://news.example/logo.png", 200, "image/png", "not really a png"));
            writer.write(response("https://news.example/missing", 404, "text/html", "<p>Not here</p>"));
            writer.write(response("https://news.example/wire.txt", 200, "text/plain", "ISKP claimed the attack."));
        }
    }

    @Test
    void htmlAndTextResponseRecordsBecomeDocuments() throws IOException {
        for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path warc = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
            writeWarc(warc, compression);

            List<IngestItem> items = Items.read(ingester, warc.toString());
            assertEquals(2, items.size(), () -> "items: " + items);
            Document page = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
            assertEquals(warc + "#https://news.example/crocus", page.source());
            assertEquals("https://news.example/crocus", page.url());
            assertEquals("Crocus attack", page.title());
            assertEquals(LocalDate.of(2024, 3, 23), page.published());
            assertEquals(CRAWLED, page.fetchedAt());
            assertEquals("Gunmen attacked the Crocus City Hall.\n\nShare this", page.text());
            assertEquals("Share this", Items.removedText(page, "share"));

            Document text = assertInstanceOf(IngestItem.Ingested.class, items.get(1)).document();
            assertEquals("ISKP claimed the attack.", text.text());
            assertEquals("text/plain", text.contentType());
        }
    }

    @Test
    void warcWithoutArticlesIsAFailure() throws IOException {
        Path warc = dir.resolve("empty.warc");
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
            writer.write(response("https://news.example/logo.png", 200, "image/png", "x"));
        }
        IngestItem.Failed failed = Items.onlyFailure(ingester, warc.toString());
        assertEquals("WARC file holds no HTML or text response records", failed.reason());
    }

    @Test
    void garbageWarcIsAFailure() throws IOException {
        Path warc = Files.writeString(dir.resolve("junk.warc"), "this is not a WARC file at all\n");
        IngestItem.Failed failed = Items.onlyFailure(ingester, warc.toString());
        assertTrue(failed.reason().startsWith("malformed WARC file: "), failed.reason());
    }
}

package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestTest {
    private final Ingester ingester = new Ingester(IngestOptions.defaults());

    @TempDir
    Path dir;

    @Test
    void sampleArticleWithSidecar() throws IOException {
        Path txt = TestFiles.document("txt/crocus-taz-2024-04.txt");
        Document doc = Items.onlyDocument(ingester, txt.toString());

        assertEquals("What do experts on jihadism say about the attack on Crocus City Hall?", doc.title());
        assertEquals("taz", doc.outlet());
        assertEquals(LocalDate.of(2024, 4, 12), doc.published());
        assertEquals("en", doc.language());
        assertNull(doc.url());
        assertEquals(txt.toString(), doc.source());
        assertEquals("text/plain", doc.contentType());
        assertTrue(doc.fetchedAt() != null);
        // The stored text is the file exactly as given.
        String original = Files.readString(txt, StandardCharsets.UTF_8);
        assertEquals(original, doc.text());
        assertEquals(DocumentId.of(original), doc.id());

        assertEquals("Failed to fetch data from the URL.", Items.removedText(doc, "scrape-error"));
        assertEquals("Photo: Maxim Shemetov/Reuters", Items.removedText(doc, "photo-credit"));
        assertEquals(2, doc.removed().size(), () -> "removed: " + doc.removed());
        // The caption before the credit stays content.
        int caption = doc.text().indexOf("Flowers in mourning");
        assertFalse(doc.isRemoved(new org.claimgraph.core.Span(caption, caption + 40)));
        int credit = doc.text().indexOf("Photo: Maxim");
        assertFalse(doc.isRemoved(new org.claimgraph.core.Span(credit - 12, credit)));
    }

    @Test
    void emptyFileIsRefusedAsEmpty() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        IngestItem.Failed failed = Items.onlyFailure(ingester, empty.toString());
        assertEquals(empty.toString(), failed.source());
        assertTrue(failed.reason().startsWith("empty"), failed.reason());
        assertFalse(failed.skipped());

        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n  ");
        assertEquals("empty: the content is only white space", Items.onlyFailure(ingester, blank.toString()).reason());
    }

    @Test
    void pngRenamedTxtIsRefusedAsBinary() throws IOException {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, "png", png));
        Path file = Files.write(dir.resolve("photo.txt"), png.toByteArray());

        IngestItem.Failed failed = Items.onlyFailure(ingester, file.toString());
        assertEquals("binary content (PNG image), not text", failed.reason());
    }

    @Test
    void nulBytesAreRefusedAsBinary() throws IOException {
        Path file = Files.write(dir.resolve("data.txt"), new byte[] {'a', 'b', 0, 'c'});
        assertEquals("binary content (NUL byte at offset 2), not text", Items.onlyFailure(ingester, file.toString()).reason());
    }

    @Test
    void fiftyMegabyteFileIsRefusedNamingTheCap() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = "The attack was claimed the same day by a statement on Telegram.\n".getBytes(StandardCharsets.UTF_8);
        long target = 50L * 1024 * 1024;
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < target; written += line.length) {
                out.write(line);
            }
        }
        IngestItem.Failed failed = Items.onlyFailure(ingester, big.toString());
        assertTrue(failed.reason().contains("over the size cap of 10 MB (10485760 bytes)"), failed.reason());
        assertTrue(failed.reason().startsWith("file is " + Files.size(big) + " bytes"), failed.reason());
    }

    @Test
    void sizeCapIsConfigurableAndAppliesToStreams() {
        Ingester small = new Ingester(IngestOptions.defaults().withMaxBytes(16));
        List<IngestItem> items = new ArrayList<>();
        small.readStream("-", new ByteArrayInputStream(new byte[1000]), items::add);
        IngestItem.Failed failed = assertInstanceOf(IngestItem.Failed.class, items.get(0));
        assertEquals("-", failed.source());
        assertEquals("input is over the size cap of 16 bytes", failed.reason());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() throws IOException {
        byte[] bytes = "Kerman, Iran: 95 dead. ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;  // a lead byte ...
        bad[bytes.length + 1] = (byte) 0x28;  // ... followed by '(' is not UTF-8
        bad[bytes.length + 2] = 'x';
        Path file = Files.write(dir.resolve("latin.txt"), bad);

        IngestItem.Failed failed = Items.onlyFailure(ingester, file.toString());
        assertEquals("not valid UTF-8 text (default): malformed input at byte offset 23 (0xC3)", failed.reason());
    }

    @Test
    void htmlArticleBecomesTextAndMetadata() {
        Document doc = Items.onlyDocument(ingester, TestFiles.document("html/article.html").toString());

        assertEquals("Gunmen attack concert hall near Moscow", doc.title());
        assertEquals("The Example Herald", doc.outlet());
        assertEquals(LocalDate.of(2024, 3, 23), doc.published());
        assertEquals("en", doc.language());
        assertEquals("https://herald.example/world/2024/03/23/crocus-attack", doc.url());
        assertEquals("text/html", doc.contentType());

        String text = doc.text();
        assertTrue(text.startsWith("Smoke rises over the Crocus City Hall in Krasnogorsk Photo: Maxim Shemetov/Reuters\n\n"
                + "Gunmen opened fire on concert-goers at the Crocus City Hall near Moscow on Friday evening, killing dozens"), text);
        assertTrue(text.contains("\n\nThe Kremlin has not commented on the claim."), text);
        for (String junk : new String[] {"World", "Politics", "dataLayer", "font-family", "All rights reserved",
                "Related stories", "Earlier attacks", "Subscribe to our newsletter", "We use cookies", "By Jane"}) {
            assertFalse(text.contains(junk), () -> "'" + junk + "' leaked into: " + text);
        }
        assertEquals("Photo: Maxim Shemetov/Reuters", Items.removedText(doc, "photo-credit"));
        assertEquals("Advertisement", Items.removedText(doc, "advertisement"));
        assertEquals("Read more: Who are the Islamic State Khorasan Province?", Items.removedText(doc, "read-more"));
    }

    @Test
    void htmlWithoutArticleTextIsRefused() {
        Path page = TestFiles.document("html/no-article.html");
        IngestItem.Failed failed = Items.onlyFailure(ingester, page.toString());
        assertEquals(page.toString(), failed.source());
        assertTrue(failed.reason().startsWith("HTML without article text"), failed.reason());
    }

    @Test
    void sidecarWithInvalidJsonNamesTheFileAndLine() throws IOException {
        Path txt = Files.writeString(dir.resolve("report.txt"), "Two suspects were detained on Monday.");
        Path sidecar = Files.writeString(dir.resolve("report.meta.json"), "{\n  \"title\": \"Report\",\n  \"outlet\" \"taz\"\n}\n");

        IngestItem.Failed failed = Items.onlyFailure(ingester, txt.toString());
        assertTrue(failed.reason().startsWith("invalid JSON in sidecar " + sidecar + " at line 3, column "), failed.reason());
    }

    @Test
    void sidecarWithBadDateIsRefused() throws IOException {
        Path txt = Files.writeString(dir.resolve("report.txt"), "Two suspects were detained on Monday.");
        Files.writeString(dir.resolve("report.meta.json"), "{\"published\": \"12 April\"}");
        IngestItem.Failed failed = Items.onlyFailure(ingester, txt.toString());
        assertTrue(failed.reason().contains("\"published\" must be a date like 2024-04-12, not '12 April'"), failed.reason());
    }

    @Test
    void charsetFromByteOrderMark() throws IOException {
        String text = "Anschlag in Köln vereitelt – „Terrorgefahr“";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFE, (byte) 0xFF});
        bytes.write(text.getBytes(StandardCharsets.UTF_16BE));
        Path file = Files.write(dir.resolve("utf16.txt"), bytes.toByteArray());
        assertEquals(text, Items.onlyDocument(ingester, file.toString()).text());

        Path utf8bom = Files.write(dir.resolve("utf8bom.txt"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, Items.onlyDocument(ingester, utf8bom.toString()).text());
    }

    @Test
    void charsetFromHtmlMetaTag() throws IOException {
        String html = "<html lang=\"de\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                + "<title>Festnahmen in Köln</title></head><body><article><p>Die Polizei nahm in Köln drei Männer fest – "
                + "sie sollen einen Anschlag auf den Dom geplant haben.</p></article></body></html>";
        Path file = Files.write(dir.resolve("koeln.html"), html.getBytes(Charset.forName("windows-1252")));

        Document doc = Items.onlyDocument(ingester, file.toString());
        assertEquals("Die Polizei nahm in Köln drei Männer fest – sie sollen einen Anschlag auf den Dom geplant haben.", doc.text());
        assertEquals("Festnahmen in Köln", doc.title());
        assertEquals("de", doc.language());
    }

    @Test
    void folderWithMixedFilesIsReadInOrderWithCountedSkips() throws IOException {
        Path folder = dir.resolve("inbox");
        Files.createDirectories(folder.resolve("b-sub"));
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve("c.txt"), "Third: a bomb exploded in Kerman.");
        Files.writeString(folder.resolve("a.md"), "# First\n\nISKP claimed the attack.");
        Files.writeString(folder.resolve("a.meta.json"), "{\"title\": \"First\", \"outlet\": \"Wire\"}");
        Files.writeString(folder.resolve("b-sub/b.html"), "<html><body><p>Second: arrests in Cologne.</p></body></html>");
        Files.writeString(folder.resolve("notes.pdf"), "%PDF-1.4 not really");
        Files.writeString(folder.resolve(".hidden.txt"), "should not be read");
        Files.writeString(folder.resolve(".git/config"), "[core]");

        List<IngestItem> items = Items.read(ingester, folder.toString());
        assertEquals(4, items.size(), () -> "items: " + items);
        Document first = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
        assertEquals(folder.resolve("a.md").toString(), first.source());
        assertEquals("First", first.title());
        assertEquals("Wire", first.outlet());
        assertEquals("text/markdown", first.contentType());
        Document second = assertInstanceOf(IngestItem.Ingested.class, items.get(1)).document();
        assertEquals("Second: arrests in Cologne.", second.text());
        assertEquals(folder.resolve("c.txt").toString(), items.get(2).source());
        IngestItem.Failed skipped = assertInstanceOf(IngestItem.Failed.class, items.get(3));
        assertEquals(folder.resolve("notes.pdf").toString(), skipped.source());
        assertTrue(skipped.skipped());
        assertTrue(skipped.reason().startsWith("skipped: unsupported file type ('.pdf')"), skipped.reason());
    }

    @Test
    void missingPathIsAFailureNotAnException() {
        IngestItem.Failed failed = Items.onlyFailure(ingester, dir.resolve("nope.txt").toString());
        assertEquals("no such file or folder", failed.reason());
    }

    @Test
    void standardInputIsSniffed() {
        List<IngestItem> items = new ArrayList<>();
        byte[] html = "<!doctype html><html lang=\"fr\"><body><article><p>Attentat revendiqué.</p></article></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        ingester.readStream("-", new ByteArrayInputStream(html), items::add);
        Document doc = assertInstanceOf(IngestItem.Ingested.class, items.get(0)).document();
        assertEquals("Attentat revendiqué.", doc.text());
        assertEquals("fr", doc.language());
        assertEquals("-", doc.source());
    }

    @Test
    void pastedTextIsCleaned() {
        Document doc = ingester.fromText("paste", "Police said two men were arrested.\nRead more: other news\nShare this article",
                new Metadata("T", null, null, null, "en", null));
        assertEquals("T", doc.title());
        assertEquals(List.of("read-more", "share"), doc.removed().stream().map(r -> r.reason()).toList());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ingester.fromText("paste", "  \n", null));
        assertEquals("paste: empty: the text is only white space", e.getMessage());
        InvalidInputException only = assertThrows(InvalidInputException.class,
                () -> ingester.fromText("paste", "Failed to fetch data from the URL.", null));
        assertTrue(only.reason().startsWith("no content: the text is only boilerplate"), only.reason());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

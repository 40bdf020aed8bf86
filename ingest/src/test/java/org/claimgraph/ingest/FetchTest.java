package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.claimgraph.core.Document;
import org.junit.jupiter.api.Test;

class FetchTest {
    private final Ingester strict = new Ingester(IngestOptions.defaults());
    private final Ingester local = new Ingester(IngestOptions.defaults().withAllowPrivate(true));

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void closedPortIsConnectionRefused() throws IOException {
        int port = closedPort();
        String url = "http://127.0.0.1:" + port + "/article";
        IngestItem.Failed failed = Items.onlyFailure(local, url);
        assertEquals(url, failed.source());
        assertEquals("connection refused by 127.0.0.1:" + port, failed.reason());
    }

    @Test
    void loopbackIsRefusedWithoutAllowPrivate() throws IOException {
        String url = "http://127.0.0.1:" + closedPort() + "/article";
        IngestItem.Failed failed = Items.onlyFailure(strict, url);
        assertEquals("refused: host '127.0.0.1' resolves to 127.0.0.1, a loopback address "
                + "(set allowPrivate to fetch private addresses)", failed.reason());
    }

    @Test
    void metadataAddressIsRefused() {
        FetchException e = assertThrows(FetchException.class,
                () -> new SafeFetcher(IngestOptions.defaults()).fetch("http://169.254.169.254/latest/meta-data/"));
        assertTrue(e.reason().contains("a link-local address"), e.reason());
    }

    @Test
    void notFoundNamesTheStatus() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.serve("/missing", 404, "text/html", "<p>no</p>".getBytes(StandardCharsets.UTF_8));
            IngestItem.Failed failed = Items.onlyFailure(local, server.url("/missing"));
            assertEquals("the server answered HTTP 404 (Not Found)", failed.reason());
        }
    }

    @Test
    void redirectLoopIsNamed() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.redirect("/a", server.url("/b")).redirect("/b", "/a");
            IngestItem.Failed failed = Items.onlyFailure(local, server.url("/a"));
            assertEquals("redirect loop: " + server.url("/a") + " -> " + server.url("/b") + " -> " + server.url("/a"),
                    failed.reason());
        }
    }

    @Test
    void tooManyRedirectsAreRefused() throws IOException {
        try (LocalServer server = new LocalServer()) {
            for (int i = 0; i < 7; i++) {
                server.redirect("/r" + i, "/r" + (i + 1));
            }
            server.serve("/r7", 200, "text/plain", "Arrived.".getBytes(StandardCharsets.UTF_8));
            IngestItem.Failed failed = Items.onlyFailure(local, server.url("/r0"));
            assertTrue(failed.reason().startsWith("too many redirects (more than 5)"), failed.reason());

            // Five redirects are fine.
            Document doc = Items.onlyDocument(local, server.url("/r2"));
            assertEquals("Arrived.", doc.text());
            assertEquals(server.url("/r7"), doc.url());
            assertEquals(server.url("/r2"), doc.source());
        }
    }

    @Test
    void everyRedirectHopIsCheckedForPrivateAddresses() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.redirect("/go", "http://10.0.0.1/admin").redirect("/meta", "http://169.254.169.254/latest/meta-data/");
            // The real policy, except that the test server itself on 127.0.0.1 may be reached.
            SafeFetcher fetcher = new SafeFetcher(IngestOptions.defaults(),
                    address -> address.isLoopbackAddress() ? null : AddressPolicy.nonPublicKind(address));
            FetchException e = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/go")));
            assertEquals(server.url("/go"), e.source());
            assertEquals("redirect to http://10.0.0.1/admin: refused: host '10.0.0.1' resolves to 10.0.0.1, "
                    + "a private address (set allowPrivate to fetch private addresses)", e.reason());
            FetchException meta = assertThrows(FetchException.class, () -> fetcher.fetch(server.url("/meta")));
            assertTrue(meta.reason().contains("a link-local address"), meta.reason());
        }
    }

    @Test
    void redirectToAnotherSchemeIsRefused() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.redirect("/file", "file:///etc/passwd");
            IngestItem.Failed failed = Items.onlyFailure(local, server.url("/file"));
            assertEquals("redirect to file:///etc/passwd: only http and https URLs are fetched, not 'file'", failed.reason());
        }
    }

    @Test
    void slowServerTimesOut() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.slow("/slow", java.time.Duration.ofSeconds(3));
            IngestOptions options = new IngestOptions(true, IngestOptions.DEFAULT_MAX_BYTES,
                    java.time.Duration.ofSeconds(2), java.time.Duration.ofMillis(300), 5);
            IngestItem.Failed failed = Items.onlyFailure(new Ingester(options), server.url("/slow"));
            assertEquals("timed out after 300 ms waiting for the response", failed.reason());
        }
    }

    @Test
    void aThrowingSinkIsNotReportedAsABadInput() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> strict.read("ftp://x/y", item -> {
            throw new IllegalStateException("sink is full");
        }));
        assertEquals("sink is full", e.getMessage());
    }

    @Test
    void charsetFromHttpHeader() throws IOException {
        try (LocalServer server = new LocalServer()) {
            String text = "Anschlag in Köln: Polizei nimmt Verdächtige fest.";
            server.serve("/latin1", 200, "text/plain; charset=ISO-8859-1", text.getBytes(StandardCharsets.ISO_8859_1));
            Document doc = Items.onlyDocument(local, server.url("/latin1"));
            assertEquals(text, doc.text());
            assertEquals("text/plain", doc.contentType());
            assertTrue(doc.fetchedAt() != null);

            // The header wins over a meta tag that disagrees.
            String html = "<html><head><meta charset=\"utf-8\"></head><body><p>Straße – „Zitat“</p></body></html>";
            server.serve("/cp1252", 200, "text/html; charset=windows-1252", html.getBytes(Charset.forName("windows-1252")));
            assertEquals("Straße – „Zitat“", Items.onlyDocument(local, server.url("/cp1252")).text());
        }
    }

    @Test
    void bodyOverTheCapIsRefused() throws IOException {
        try (LocalServer server = new LocalServer()) {
            server.serve("/big", 200, "text/plain", new byte[4096]);
            Ingester small = new Ingester(IngestOptions.defaults().withAllowPrivate(true).withMaxBytes(1024));
            IngestItem.Failed failed = Items.onlyFailure(small, server.url("/big"));
            assertTrue(failed.reason().startsWith("response body is over the size cap of 1 KB (1024 bytes)"), failed.reason());
        }
    }

    @Test
    void otherSchemesAreRefused() {
        assertEquals("unsupported URL scheme 'ftp': only http and https URLs are read",
                Items.onlyFailure(strict, "ftp://example.org/a.txt").reason());
        assertEquals("unsupported URL scheme 'file': only http and https URLs are read",
                Items.onlyFailure(strict, "file:///etc/passwd").reason());
    }

    @Test
    void addressPolicyKnowsTheNonPublicRanges() throws IOException {
        assertEquals("loopback", kind("127.0.0.1"));
        assertEquals("loopback", kind("::1"));
        assertEquals("private", kind("10.1.2.3"));
        assertEquals("private", kind("172.16.0.1"));
        assertEquals("private", kind("172.31.255.255"));
        assertNull(kind("172.32.0.1"));
        assertEquals("private", kind("192.168.1.1"));
        assertEquals("link-local", kind("169.254.169.254"));
        assertEquals("link-local", kind("fe80::1"));
        assertEquals("unspecified", kind("0.0.0.0"));
        assertEquals("unspecified", kind("::"));
        assertEquals("multicast", kind("224.0.0.1"));
        assertEquals("multicast", kind("ff02::1"));
        assertEquals("carrier-grade NAT (100.64.0.0/10)", kind("100.64.0.1"));
        assertEquals("carrier-grade NAT (100.64.0.0/10)", kind("100.127.255.255"));
        assertNull(kind("100.128.0.1"));
        assertEquals("unique local (private)", kind("fc00::1"));
        assertEquals("unique local (private)", kind("fd12:3456::1"));
        assertEquals("loopback", kind("::ffff:127.0.0.1"));
        assertEquals("private", kind("64:ff9b::10.0.0.1"));
        assertEquals("link-local", kind("2002:a9fe:a9fe::1"));
        assertNull(kind("8.8.8.8"));
        assertNull(kind("2001:4860:4860::8888"));
    }

    private static String kind(String literal) throws IOException {
        return AddressPolicy.nonPublicKind(InetAddress.getByName(literal));
    }
}

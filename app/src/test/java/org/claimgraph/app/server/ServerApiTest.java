package org.claimgraph.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API on port 0 over a fresh H2 store with the sample article and hand-made facts. */
class ServerApiTest {
    static final String XSS = "Breaking <script>alert(1)</script> and <img src=x onerror=alert(1)> in the text.";

    @TempDir
    Path dir;

    Sample sample;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        sample = new Sample(dir);
    }

    @AfterEach
    void stop() {
        sample.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sample.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sample.base() + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.toString());
        return ExtractionCodec.mapper().readTree(r.body());
    }

    static String textJson(String text, String title) throws IOException {
        var node = ExtractionCodec.mapper().createObjectNode();
        node.put("text", text);
        node.put("title", title);
        node.put("outlet", "Test Wire");
        node.put("published", "2024-04-13");
        return ExtractionCodec.mapper().writeValueAsString(node);
    }

    @Test
    void listsDocumentsWithPagingAndFilters() throws Exception {
        JsonNode page = json(get("/api/v1/documents?offset=0&limit=10"));
        assertEquals(1, page.get("total").asInt());
        assertEquals(sample.documentId, page.get("documents").get(0).get("id").asText());
        assertEquals("taz", page.get("documents").get(0).get("outlet").asText());
        assertEquals(0, json(get("/api/v1/documents?outlet=nyt")).get("total").asInt());
        assertEquals(1, json(get("/api/v1/documents?from=2024-04-01&to=2024-04-30&q=jihadism")).get("total").asInt());
        assertEquals(0, json(get("/api/v1/documents?from=2024-05-01")).get("total").asInt());
        assertEquals(0, json(get("/api/v1/documents?offset=1")).get("documents").size());
        HttpResponse<String> bad = get("/api/v1/documents?limit=0");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).get("error").asText().contains("limit"));
        assertEquals(400, get("/api/v1/documents?from=April").statusCode());
    }

    @Test
    void showsOneDocumentWithTextRemovedSpansAndFacts() throws Exception {
        String hex = DocumentId.hex(sample.documentId);
        JsonNode d = json(get("/api/v1/documents/" + hex.substring(0, 8)));
        assertEquals(sample.documentId, d.get("id").asText());
        assertEquals(sample.document.text(), d.get("text").asText());
        assertEquals("Failed to fetch data from the URL.", d.get("removed").get(d.get("removed").size() - 1).get("text").asText());
        assertEquals("claimgraph-extraction/1", d.get("extraction").get("format").asText());
        assertEquals(3, d.get("assertions").size());
        assertEquals("Kremlin", d.get("assertions").get(1).get("holderName").asText());
    }

    @Test
    void errorsAreJsonWithFittingStatus() throws Exception {
        HttpResponse<String> missing = get("/api/v1/documents/" + "ab".repeat(32));
        assertEquals(404, missing.statusCode());
        assertTrue(json(missing).has("error"));
        HttpResponse<String> notHex = get("/api/v1/documents/zzzz");
        assertEquals(400, notHex.statusCode());
        assertTrue(json(notHex).get("error").asText().contains("not a document id"));
        HttpResponse<String> noRoute = get("/api/v1/nothing-here");
        assertEquals(404, noRoute.statusCode());
        assertTrue(json(noRoute).has("error"));
        assertFalse(noRoute.body().contains("Exception"));
        HttpResponse<String> noPage = get("/nothing-here");
        assertEquals(404, noPage.statusCode());
        assertTrue(noPage.body().contains("Error 404"));
    }

    @Test
    void ingestsTextWithTokenOnlyAndIndexesIt() throws Exception {
        String body = textJson("Gunmen attacked a police post in Dagestan on June 23. Nobody claimed the raid.", "Dagestan raid");
        HttpResponse<String> noToken = post("/api/v1/ingest/text", "application/json", body, null);
        assertEquals(401, noToken.statusCode());
        assertTrue(json(noToken).has("error"));
        assertEquals(401, post("/api/v1/ingest/text", "application/json", body, "wrong-token-0123456789").statusCode());
        assertEquals(415, post("/api/v1/ingest/text", "text/plain", body, Sample.TOKEN).statusCode());
        assertEquals(400, post("/api/v1/ingest/text", "application/json", "{nope", Sample.TOKEN).statusCode());
        assertEquals(400, post("/api/v1/ingest/text", "application/json", "{\"text\": \"  \"}", Sample.TOKEN).statusCode());

        HttpResponse<String> created = post("/api/v1/ingest/text", "application/json", body, Sample.TOKEN);
        assertEquals(201, created.statusCode(), created.body());
        String id = json(created).get("ingested").get(0).asText();
        HttpResponse<String> again = post("/api/v1/ingest/text", "application/json", body, Sample.TOKEN);
        assertEquals(200, again.statusCode());
        assertEquals(id, json(again).get("duplicates").get(0).asText());

        assertEquals(2, json(get("/api/v1/documents")).get("total").asInt());
        JsonNode found = json(get("/api/v1/search?q=Dagestan"));
        assertEquals(1, found.get("total").asInt());
        assertEquals(id, found.get("hits").get(0).get("documentId").asText());
        assertTrue(found.get("hits").get(0).get("sentences").get(0).get("text").asText().startsWith("Gunmen attacked"));
    }

    @Test
    void uploadsAFileAndRefusesOversizeAndWrongTypes() throws Exception {
        String boundary = "----claimgraph-test";
        String text = "Masked men set fire to a district office in Kherson on May 2. Officials blamed saboteurs.";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"kherson.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> ok = post("/api/v1/ingest/file", "multipart/form-data; boundary=" + boundary, multipart, Sample.TOKEN);
        assertEquals(201, ok.statusCode(), ok.body());
        String id = json(ok).get("ingested").get(0).asText();
        assertEquals(text, json(get("/api/v1/documents/" + DocumentId.hex(id))).get("text").asText());

        String big = "x".repeat(400 * 1024);
        HttpResponse<String> tooBig = post("/api/v1/ingest/file", "multipart/form-data; boundary=" + boundary,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
                        + big + "\r\n--" + boundary + "--\r\n", Sample.TOKEN);
        assertEquals(413, tooBig.statusCode());
        assertTrue(json(tooBig).get("error").asText().contains("limit"));
        assertEquals(415, post("/api/v1/ingest/file", "application/json", "{}", Sample.TOKEN).statusCode());
    }

    @Test
    void urlIngestKeepsTheSafeFetcherRules() throws Exception {
        // The server itself is on loopback: the web must never reach it, or anything private.
        String body = "{\"url\": \"" + sample.base() + "/documents\"}";
        HttpResponse<String> refused = post("/api/v1/ingest/url", "application/json", body, Sample.TOKEN);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(json(refused).get("error").asText().toLowerCase(Locale.ROOT).contains("private")
                || json(refused).get("error").asText().toLowerCase(Locale.ROOT).contains("loopback"), refused.body());
        HttpResponse<String> file = post("/api/v1/ingest/url", "application/json", "{\"url\": \"/etc/passwd\"}", Sample.TOKEN);
        assertEquals(400, file.statusCode());
        assertEquals(1, json(get("/api/v1/documents")).get("total").asInt());
    }

    @Test
    void actorsCarryAliasesHierarchyAndAssertions() throws Exception {
        JsonNode list = json(get("/api/v1/actors")).get("actors");
        assertTrue(list.toString().contains("\"key\":\"islamic-state\""), list.toString());
        JsonNode iskp = json(get("/api/v1/actors/iskp"));
        assertEquals("Islamic State Khorasan Province", iskp.get("name").asText());
        assertTrue(iskp.get("aliases").toString().contains("ISKP"));
        assertEquals("islamic-state", iskp.get("partOf").get(0).get("key").asText());
        assertEquals(1, iskp.get("assertionsReceived").size());
        assertEquals("Tore Hamming", iskp.get("assertionsReceived").get(0).get("holderName").asText());
        JsonNode kremlin = json(get("/api/v1/actors/~kremlin"));
        assertEquals(1, kremlin.get("assertionsMade").size());
        assertEquals("attribution", kremlin.get("assertionsMade").get(0).get("kind").asText());
        JsonNode is = json(get("/api/v1/actors/islamic-state"));
        assertTrue(is.get("parts").toString().contains("iskp"));
        assertEquals(404, get("/api/v1/actors/no-such-actor").statusCode());
    }

    @Test
    void searchesSentencesWithFacets() throws Exception {
        JsonNode r = json(get("/api/v1/search?q=responsibility"));
        assertEquals(1, r.get("total").asInt());
        JsonNode sentences = r.get("hits").get(0).get("sentences");
        assertTrue(sentences.toString().contains("assumed responsibility"), sentences.toString());
        assertTrue(r.get("facets").get("actor").toString().contains("Islamic State"));
        assertEquals("attack", r.get("facets").get("kind").get(0).get("value").asText());
        assertEquals("Russia", r.get("facets").get("country").get(0).get("value").asText());
        assertEquals(1, json(get("/api/v1/search?q=responsibility&country=Russia")).get("total").asInt());
        assertEquals(0, json(get("/api/v1/search?q=responsibility&kind=plot")).get("total").asInt());
        // Text that cleaning removed is not content.
        assertEquals(0, json(get("/api/v1/search?q=%22Failed%20to%20fetch%22")).get("total").asInt());
        // A stray quote is searched as words, not a 500.
        assertEquals(200, get("/api/v1/search?q=%22Kremlin").statusCode());
    }

    @Test
    void openApiListsEveryApiRoute() throws Exception {
        JsonNode doc = json(get("/api/v1/openapi.json"));
        assertEquals("3.0.3", doc.get("openapi").asText());
        int checked = 0;
        for (ClaimgraphServer.Route r : sample.server.routes()) {
            if (!r.path().startsWith("/api/v1")) {
                continue;
            }
            JsonNode path = doc.get("paths").get(r.path());
            assertNotNull(path, "OpenAPI lacks path " + r.path());
            assertNotNull(path.get(r.method().toLowerCase(Locale.ROOT)), "OpenAPI lacks " + r.method() + " " + r.path());
            checked++;
        }
        assertEquals(doc.get("paths").size(), sample.server.routes().stream().filter(r -> r.path().startsWith("/api/v1")).count());
        assertTrue(checked >= 9);
    }

    @Test
    void pagesEscapeArticleTextAndSendCsp() throws Exception {
        HttpResponse<String> created = post("/api/v1/ingest/text", "application/json", textJson(XSS, "<b>Title</b><script>alert(2)</script>"), Sample.TOKEN);
        String id = json(created).get("ingested").get(0).asText();
        HttpResponse<String> page = get("/documents/" + DocumentId.hex(id));
        assertEquals(200, page.statusCode());
        assertEquals(ClaimgraphServer.CSP, page.headers().firstValue("Content-Security-Policy").orElse(null));
        assertFalse(page.body().contains("<script>alert"), "raw script in page");
        assertFalse(page.body().contains("<img src=x"), "raw img in page");
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.body().contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(page.body().contains("&lt;b&gt;Title&lt;/b&gt;"));
        String list = get("/documents").body();
        assertFalse(list.contains("<script>alert"));
        // No inline script anywhere: only the script file.
        assertEquals(1, page.body().split("<script", -1).length - 1);
        assertTrue(page.body().contains("<script src=\"/static/app.js\" defer></script>"));
    }

    @Test
    void pagesRender() throws Exception {
        String hex = DocumentId.hex(sample.documentId);
        String doc = get("/documents/" + hex).body();
        assertTrue(doc.contains("class=\"hl-actor\""), doc.substring(0, Math.min(doc.length(), 4000)));
        assertTrue(doc.contains("id=\"span-473-"), "claim evidence anchor");
        assertTrue(doc.contains("class=\"removed\""));
        assertTrue(doc.contains("title=\"actor: Kremlin (government-body); assertion: Kremlin attribution Ukraine (probable)\""), "hover names the facts");
        String actor = get("/actors/iskp").body();
        assertTrue(actor.contains("Islamic State ⊃ <") || actor.contains("Islamic State ⊃ Islamic State Khorasan Province"), actor);
        assertTrue(get("/search?q=ISKP").body().contains("?mark="));
        assertEquals(200, get("/ingest").statusCode());
        assertEquals(200, get("/actors").statusCode());
        assertEquals(200, get("/static/app.css").statusCode());
        assertEquals(404, get("/static/secret.txt").statusCode());
    }

    @Test
    void formWritesNeedTheTokenAndRefuseCrossOrigin() throws Exception {
        String form = "text=Hello+there+from+the+form+test.&title=T";
        HttpResponse<String> noToken = post("/ingest/text", "application/x-www-form-urlencoded", form, null);
        assertEquals(401, noToken.statusCode());
        HttpRequest cross = HttpRequest.newBuilder(URI.create(sample.base() + "/ingest/text"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&token=" + Sample.TOKEN)).build();
        assertEquals(403, http.send(cross, HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> ok = post("/ingest/text", "application/x-www-form-urlencoded", form + "&token=" + Sample.TOKEN, null);
        assertEquals(303, ok.statusCode());
        assertTrue(ok.headers().firstValue("Location").orElse("").startsWith("/documents/"));
    }

    @Test
    void refusesForeignHostNames() throws Exception {
        // A DNS-rebinding page would send its own host name; java.net.http does not let us set Host.
        try (Socket s = new Socket("127.0.0.1", sample.port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/v1/documents HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
        }
    }

    @Test
    void formTokenIsEmbeddedOnlyWithOpenUi() throws Exception {
        assertTrue(get("/ingest").body().contains("value=\"" + Sample.TOKEN + "\""));
        try (Sample closed = new Sample(dir.resolve("closed"), new ServerConfig("127.0.0.1", 0, Sample.TOKEN, false, 1024 * 1024))) {
            String page = http.send(HttpRequest.newBuilder(URI.create(closed.base() + "/ingest")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertFalse(page.contains(Sample.TOKEN));
            assertTrue(page.contains("type=\"password\" name=\"token\""));
        }
    }
}

package org.claimgraph.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.app.Library;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Evidence;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.core.extraction.Perpetrators;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.ingest.Metadata;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import org.claimgraph.store.search.SearchIndex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The assessed-events API and pages on port 0 over the eleven reports of examples/multi with their
 * hand-written extractions (no CoreNLP). Read-only tests share one server; the rating test has its own.
 */
class EventApiTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    static MultiSample sample;

    @BeforeAll
    static void start() {
        sample = new MultiSample(dir.resolve("shared"));
    }

    @AfterAll
    static void stop() {
        if (sample != null) {
            sample.close();
        }
    }

    static HttpResponse<String> get(MultiSample s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(s.base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return get(sample, path);
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r + " " + r.body());
        return ExtractionCodec.mapper().readTree(r.body());
    }

    static List<String> sites(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.get("events").forEach(e -> out.add(e.get("site").asText()));
        return out;
    }

    static String crocusId() throws Exception {
        for (JsonNode e : json(get("/api/v1/events")).get("events")) {
            if ("Crocus City Hall".equals(e.get("site").asText())) {
                return e.get("id").asText();
            }
        }
        throw new AssertionError("no Crocus event");
    }

    static JsonNode row(JsonNode explained, String holderName, String kind) {
        for (JsonNode r : explained.get("event").get("matrix")) {
            if (r.get("holderName").asText().equals(holderName) && r.get("kind").asText().equals(kind)) {
                return r;
            }
        }
        throw new AssertionError("no " + kind + " by " + holderName + " in " + explained.get("event").get("matrix"));
    }

    @Test
    void listsTheThreeAttacksWithTollLeadingHypothesisAndSources() throws Exception {
        JsonNode list = json(get("/api/v1/events"));
        assertEquals(3, list.get("total").asInt());
        assertEquals(List.of("Crocus City Hall", "New Kabul Bank", "Qassem Soleimani's tomb").stream().sorted().toList(),
                sites(list).stream().sorted().toList());
        JsonNode crocus = null;
        for (JsonNode e : list.get("events")) {
            if (e.get("site").asText().equals("Crocus City Hall")) {
                crocus = e;
            }
        }
        assertNotNull(crocus);
        assertTrue(crocus.get("id").asText().startsWith("ev-"));
        assertEquals("2024-03-22", crocus.get("date").asText());
        assertEquals("attack", crocus.get("kind").asText());
        assertEquals("Krasnogorsk", crocus.get("place").asText());
        assertEquals("Russia", crocus.get("country").asText());
        assertEquals("islamic-state", crocus.get("leading").get("key").asText());
        assertEquals("0.8126", crocus.get("leading").get("share").decimalValue().toPlainString());
        assertEquals(145, crocus.get("killed").get("latest").get("min").asInt());
        assertEquals(40, crocus.get("killed").get("low").asInt());
        assertEquals(6, crocus.get("reports").asInt());
        assertTrue(crocus.get("sources").asInt() <= crocus.get("documents").asInt());
    }

    @Test
    void listFiltersByCountryDatesAndActor() throws Exception {
        assertEquals(List.of("Crocus City Hall"), sites(json(get("/api/v1/events?country=russia"))));
        assertEquals(List.of("Qassem Soleimani's tomb"), sites(json(get("/api/v1/events?to=2024-02-01"))));
        assertEquals(2, json(get("/api/v1/events?from=2024-03-01&to=2024-03-31")).get("total").asInt());
        List<String> podolyak = sites(json(get("/api/v1/events?actor=Podolyak")));
        assertEquals(List.of("Crocus City Hall"), podolyak);
        assertEquals(0, json(get("/api/v1/events?actor=nobody-at-all")).get("total").asInt());
        assertEquals(400, get("/api/v1/events?from=March").statusCode());
    }

    @Test
    void crocusIsTheIslamicStateAboveUkraineWithTheUkrainianDenialAgainst() throws Exception {
        JsonNode x = json(get("/api/v1/events/" + crocusId()));
        assertEquals("claimgraph-assessment/1", x.get("format").asText());
        JsonNode ea = x.get("event");
        assertEquals("islamic-state", ea.get("leading").asText());
        List<String> ranking = new ArrayList<>();
        ea.get("hypotheses").forEach(h -> ranking.add(h.get("key").asText()));
        assertEquals(List.of("islamic-state", "iskp", "unknown", "ukraine"), ranking);
        assertEquals("Islamic State Khorasan Province", ea.get("hypotheses").get(1).get("name").asText());
        JsonNode denial = row(x, "Mykhailo Podolyak", "denial");
        assertEquals("ukraine", denial.get("suspect").asText());
        assertEquals("inconsistent", denial.get("consistency").get("ukraine").asText());
        assertEquals("neutral", denial.get("consistency").get("islamic-state").asText());
        assertTrue(ea.get("doubts").size() > 0);
        assertEquals(5, ea.get("timeline").size());
        assertTrue(ea.get("casualties").get("reports").size() >= 5);
        // The mentions point back into stored documents.
        JsonNode mention = ea.get("event").get("mentions").get(0);
        assertEquals(200, get("/api/v1/documents/" + DocumentId.hex(mention.get("documentId").asText())).statusCode());
        // A unique prefix works; an unknown id is a 404 in JSON.
        assertEquals(200, get("/api/v1/events/" + crocusId().substring(0, 10)).statusCode());
        HttpResponse<String> missing = get("/api/v1/events/ev-0000000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(json(missing).get("error").asText().contains("no event"));
    }

    @Test
    void asOfTheFirstDayShowsTheEarlierPicture() throws Exception {
        String id = crocusId();
        JsonNode early = json(get("/api/v1/events/" + id + "?asOf=2024-03-22")).get("event");
        List<String> ranking = new ArrayList<>();
        early.get("hypotheses").forEach(h -> ranking.add(h.get("key").asText()));
        assertEquals(List.of("islamic-state", "unknown"), ranking);
        assertEquals(1, early.get("event").get("mentions").size());
        assertEquals(40, early.get("casualties").get("killed").get("latest").get("min").asInt());
        JsonNode list = json(get("/api/v1/events?asOf=2024-01-05"));
        assertEquals("2024-01-05", list.get("asOf").asText());
        assertEquals(List.of("Qassem Soleimani's tomb"), sites(list));
        // Before the attack was reported there is no such event.
        assertEquals(404, get("/api/v1/events/" + id + "?asOf=2024-03-01").statusCode());
        // asOf bypasses the cache: today's picture is unchanged afterwards.
        assertEquals(4, json(get("/api/v1/events/" + id)).get("event").get("hypotheses").size());
    }

    @Test
    void exportsParseWithTheirContentTypesAndFileNames() throws Exception {
        HttpResponse<String> stix = get("/api/v1/export?format=stix");
        assertEquals(200, stix.statusCode(), stix.body());
        assertEquals("application/stix+json;version=2.1", stix.headers().firstValue("Content-Type").orElse(""));
        assertTrue(stix.headers().firstValue("Content-Disposition").orElse("").contains("filename=\"claimgraph-events.stix.json\""));
        JsonNode bundle = ExtractionCodec.mapper().readTree(stix.body());
        assertEquals("bundle", bundle.get("type").asText());
        long incidents = 0;
        for (JsonNode o : bundle.get("objects")) {
            incidents += o.get("type").asText().equals("incident") ? 1 : 0;
        }
        assertEquals(3, incidents);

        HttpResponse<String> all = get("/api/v1/export?format=json");
        JsonNode explained = json(all);
        assertEquals("claimgraph-assessment/1", explained.get("format").asText());
        assertEquals(3, explained.get("events").size());
        assertTrue(all.headers().firstValue("Content-Disposition").orElse("").contains(".json\""));

        HttpResponse<String> csv = get("/api/v1/export?format=gtd-csv");
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElse("").toLowerCase(java.util.Locale.ROOT));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"claimgraph-events.csv\""));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("eventid,iyear,imonth,iday,country_txt"), lines[0]);
        assertEquals(4, lines.length);

        String id = crocusId();
        HttpResponse<String> one = get("/api/v1/export?format=gtd-csv&event=" + id);
        assertEquals(2, one.body().split("\r\n").length);
        assertTrue(one.body().contains("Islamic State"), one.body());
        assertTrue(one.headers().firstValue("Content-Disposition").orElse("").contains("claimgraph-" + id + ".csv"));
        assertEquals(1, json(get("/api/v1/export?format=json&event=" + id)).get("events").size());

        assertEquals(400, get("/api/v1/export").statusCode());
        HttpResponse<String> bad = get("/api/v1/export?format=pdf");
        assertEquals(400, bad.statusCode());
        assertTrue(json(bad).get("error").asText().contains("gtd-csv"));
        assertEquals(404, get("/api/v1/export?format=stix&event=ev-nope").statusCode());
    }

    @Test
    void ratingNeedsTheTokenRefusesBadGradesAndDropsTheCachedPicture() throws Exception {
        try (MultiSample own = new MultiSample(dir.resolve("rating"))) {
            String id = null;
            for (JsonNode e : json(get(own, "/api/v1/events")).get("events")) {
                if ("Crocus City Hall".equals(e.get("site").asText())) {
                    id = e.get("id").asText();
                }
            }
            JsonNode before = ExtractionCodec.mapper().readTree(get(own, "/api/v1/events/" + id).body());
            assertEquals("E", row(before, "Vladimir Putin", "attribution").get("grade").asText());

            String body = "{\"grade\": \"a\", \"note\": \"test: trust the president\"}";
            assertEquals(401, post(own, "/api/v1/actors/person:vladimir-putin/rating", body, null).statusCode());
            assertEquals(401, post(own, "/api/v1/actors/person:vladimir-putin/rating", body, "wrong-token-0123456789").statusCode());
            HttpResponse<String> bad = post(own, "/api/v1/actors/person:vladimir-putin/rating", "{\"grade\": \"Z\"}", Sample.TOKEN);
            assertEquals(400, bad.statusCode());
            assertTrue(json(bad).get("error").asText().contains("Admiralty"), bad.body());
            assertEquals(400, post(own, "/api/v1/actors/person:vladimir-putin/rating", "{\"note\": \"no grade\"}", Sample.TOKEN).statusCode());
            assertEquals(400, post(own, "/api/v1/actors/person:vladimir-putin/rating", "{\"grade\": 1}", Sample.TOKEN).statusCode());

            HttpResponse<String> ok = post(own, "/api/v1/actors/person:vladimir-putin/rating", body, Sample.TOKEN);
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("A", json(ok).get("grade").asText());
            assertEquals("A", json(ok).get("ratings").get("person:vladimir-putin").asText());
            assertEquals("A", own.store.ratings().get("person:vladimir-putin"));
            JsonNode after = ExtractionCodec.mapper().readTree(get(own, "/api/v1/events/" + id).body());
            JsonNode putin = row(after, "Vladimir Putin", "attribution");
            assertEquals("A", putin.get("grade").asText());
            assertTrue(putin.get("gradeReasons").toString().contains("analyst override"));
        }
    }

    static HttpResponse<String> post(MultiSample s, String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void homeIsTheEventsPageAndEventPagesShowTheBoard() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(303, home.statusCode());
        assertEquals("/events", home.headers().firstValue("Location").orElse(""));

        HttpResponse<String> list = get("/events");
        assertEquals(200, list.statusCode());
        String page = list.body();
        assertTrue(page.contains("<a href=\"/events\">Events</a>"), "navigation");
        assertTrue(page.contains("id=\"event-strip\""), "timeline strip");
        assertTrue(page.contains("Crocus City Hall, Krasnogorsk"));
        assertTrue(page.contains("Qassem Soleimani&#39;s tomb"), "escaped apostrophe");
        assertEquals(1, page.split("<script", -1).length - 1, "only the script file");
        assertEquals(3, page.split("class=\"event-link\"", -1).length - 1);
        assertEquals(1, get("/events?country=Iran").body().split("class=\"event-link\"", -1).length - 1);
        assertTrue(get("/events?actor=%3Cscript%3E").body().contains("value=\"&lt;script&gt;\""));

        String board = get("/events/" + crocusId()).body();
        assertTrue(board.contains("id=\"matrix\""));
        assertTrue(board.contains("class=\"ach inconsistent\""));
        assertTrue(board.contains("class=\"ach consistent\""));
        assertTrue(board.contains("<span class=\"sr-only\">inconsistent</span>"), "text label, not colour alone");
        assertTrue(board.contains("Mykhailo Podolyak"));
        assertTrue(board.contains("class=\"evidence\" href=\"/documents/"), "evidence links to its sentence");
        assertTrue(board.contains("#span-"));
        assertTrue(board.contains("id=\"casualty-chart\""));
        assertTrue(board.contains("id=\"timeline\""));
        assertTrue(board.contains("id=\"doubts\""));
        assertEquals(1, board.split("<script", -1).length - 1);
        assertTrue(get("/events/" + crocusId() + "?asOf=2024-03-22").body().contains("Picture as of"));
        HttpResponse<String> missing = get("/events/ev-0000000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Error 404"));
    }

    @Test
    void eventPagesEscapeHostileFacts() throws Exception {
        String evil = "<script>alert(1)</script>";
        String text = "Gunmen attacked " + evil + " hall on 2024-05-01. The <img src=x onerror=alert(1)> group claimed it.";
        try (Store store = Store.open(StoreConfig.embedded(dir.resolve("xss")))) {
            Ingester ingester = new Ingester(IngestOptions.defaults());
            Document d = ingester.fromText("xss", text,
                    new Metadata(evil, "<b>Wire</b>", LocalDate.of(2024, 5, 2), null, "en", null));
            var group = new Actor("a1", "<img src=x onerror=alert(1)> group",
                    ActorKind.ARMED_GROUP, List.of(), null, null, null,
                    Sample.all(text, "<img src=x onerror=alert(1)> group"), null);
            var attack = new Event("e1", EventKind.ATTACK, evil,
                    "2024-05-01", DatePrecision.DAY, evil, evil + " hall", evil, null, null,
                    Perpetrators.UNKNOWN, Sample.all(text, "Gunmen attacked"));
            var claim = new Assertion("s1", "e1", "a1", "a1",
                    AssertionKind.CLAIM, Certainty.CERTAIN, evil,
                    null, Evidence.of(text, Sample.span(text, "The <img src=x onerror=alert(1)> group claimed it.")));
            store.save(d, Extraction.of(DocumentHeader.of(d),
                    List.of(group), List.of(attack), List.of(claim)));
            try (SearchIndex index = SearchIndex.inMemory();
                 ClaimgraphServer server = new ClaimgraphServer(new Library(store, ingester, null), index,
                         ActorRegistry.bundled(), new ServerConfig("127.0.0.1", 0, Sample.TOKEN, false, 1024))) {
                String base = "http://127.0.0.1:" + server.start();
                String list = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/events")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                String id = ExtractionCodec.mapper().readTree(HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body()).get("events").get(0).get("id").asText();
                String board = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/events/" + id)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                for (String page : List.of(list, board)) {
                    assertFalse(page.contains("<script>alert"), "raw script");
                    assertFalse(page.contains("<img src=x"), "raw img");
                    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
                    assertEquals(1, page.split("<script", -1).length - 1, "only the script file");
                }
                assertTrue(board.contains("&lt;img src=x onerror=alert(1)&gt; group"));
            }
        }
    }
}

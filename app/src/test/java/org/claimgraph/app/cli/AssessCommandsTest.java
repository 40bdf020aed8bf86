package org.claimgraph.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.core.Document;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.ingest.IngestItem;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * events, explain, export and rate on the multi-report corpus (examples/multi) with its hand-written
 * extractions, so these edges are tested without loading CoreNLP.
 */
class AssessCommandsTest {
    static final Path CORPUS = Path.of("../examples/multi");
    static final Path FACTS = Path.of("../assess/src/test/resources/multi");

    @TempDir
    static Path data;

    @BeforeAll
    static void storeTheCorpusWithItsFacts() throws Exception {
        Ingester ingester = new Ingester(IngestOptions.defaults());
        try (Store store = Store.open(StoreConfig.embedded(data));
             Stream<Path> files = Files.list(FACTS)) {
            for (Path facts : files.sorted().toList()) {
                String name = facts.getFileName().toString().replace(".json", "");
                List<Document> docs = new ArrayList<>();
                ingester.read(CORPUS.resolve(name + ".txt").toString(), item -> docs.add(((IngestItem.Ingested) item).document()));
                Extraction x = ExtractionCodec.fromJson(facts.toString(), Files.readString(facts, StandardCharsets.UTF_8));
                assertEquals(docs.get(0).id(), x.document().id(), name);
                store.save(docs.get(0), x, "hand-written");
            }
        }
    }

    static CliRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data");
        all.add(data.toString());
        CliRun r = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r;
    }

    static String eventId(String placeWord) {
        return run("events").out().lines().filter(l -> l.contains(placeWord)).findFirst().orElseThrow().split("\\s+")[0];
    }

    @Test
    void eventsListsOneRowPerRealAttack() {
        List<String> rows = run("events").out().lines().skip(1).toList();
        assertEquals(3, rows.size(), String.join("\n", rows));
        assertTrue(rows.stream().anyMatch(r -> r.contains("Crocus City Hall") && r.contains("Islamic State")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Kandahar")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("Kerman")), rows.toString());
    }

    @Test
    void explainRanksTheIslamicStateAboveUkraineAndListsTheDenialAndTolls() {
        String out = run("explain", eventId("Crocus").substring(0, 8)).out();
        String hypotheses = out.substring(out.indexOf("HYPOTHESES"), out.indexOf("EVIDENCE"));
        assertTrue(hypotheses.indexOf("Islamic State") < hypotheses.indexOf("Ukraine"), hypotheses);
        assertTrue(out.contains("denies for"), out);
        assertTrue(out.contains("killed: range 40-145"), out);
        assertTrue(out.contains("TIMELINE"), out);
    }

    @Test
    void asOfShowsTheEarlierPicture() {
        String crocus = eventId("Crocus");
        String early = run("explain", crocus, "--as-of", "2024-03-22").out();
        assertTrue(early.contains("1 report(s)"), early);
        assertTrue(!early.contains("Ukraine"), early);
    }

    @Test
    void exportsStixJsonAndGtdCsvForOneEventOrAll() throws Exception {
        Path stix = data.resolve("crocus.stix.json");
        run("export", "--format", "stix", "--event", eventId("Crocus"), "-o", stix.toString());
        JsonNode bundle = ExtractionCodec.mapper().readTree(Files.readString(stix, StandardCharsets.UTF_8));
        assertEquals("bundle", bundle.get("type").asText());
        assertTrue(bundle.get("objects").findValuesAsText("type").contains("incident"));

        String csv = run("export", "--format", "gtd-csv").out();
        assertTrue(csv.startsWith("eventid,iyear,imonth,iday,country_txt,city"), csv);
        assertEquals(4, csv.lines().count(), csv);

        JsonNode json = ExtractionCodec.mapper().readTree(run("export", "--format", "json").out());
        assertTrue(json.toString().contains("Crocus City Hall"));
    }

    @Test
    void rateRecordsAnOverrideAndRefusesABadGrade() {
        assertTrue(run("rate", "person:test-rater", "B", "--note", "checked").out().contains("rated B"));
        assertTrue(run("rate").out().contains("B  person:test-rater"));
        CliRun bad = CliRun.of("rate", "person:test-rater", "Q", "--data", data.toString());
        assertEquals(Main.EXIT_SOME_FAILED, bad.exit());
        assertTrue(bad.err().contains("not an Admiralty grade"), bad.err());
    }
}

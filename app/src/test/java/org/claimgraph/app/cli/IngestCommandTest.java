package org.claimgraph.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimgraph.core.DocumentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promises as a user meets them on the command line, on the real sample article. */
class IngestCommandTest {
    static final Path SAMPLE = Path.of("../examples/corpus/crocus-taz-2024-04.txt");

    @TempDir
    Path data;

    @Test
    void ingestingTheSameArticleTwiceStoresItOnce() {
        CliRun first = CliRun.of("ingest", "--no-extract", "--data", data.toString(), SAMPLE.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("ingested 1, duplicates 0, failed 0"), first.out());

        CliRun second = CliRun.of("ingest", "--no-extract", "--data", data.toString(), SAMPLE.toString());
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("ingested 0, duplicates 1, failed 0"), second.out());

        CliRun docs = CliRun.of("docs", "--data", data.toString());
        assertTrue(docs.out().contains("What do experts on jihadism say about the attack on Crocus City Hall?"), docs.out());
        assertTrue(docs.out().contains("1 document"), docs.out());
    }

    @Test
    void showMarksTheScraperErrorLineAsRemoved() throws Exception {
        CliRun.of("ingest", "--no-extract", "--data", data.toString(), SAMPLE.toString());
        String hex = DocumentId.hex(DocumentId.of(Files.readString(SAMPLE, StandardCharsets.UTF_8)));

        CliRun show = CliRun.of("show", "--data", data.toString(), hex.substring(0, 8));
        assertEquals(0, show.exit(), show.err());
        assertTrue(show.out().contains("[[removed:scrape-error]]Failed to fetch data from the URL.[[/removed]]"), show.out());
        assertTrue(show.out().contains("outlet:    taz"), show.out());
        assertTrue(show.out().contains("No extracted facts: run `claimgraph reextract`."), show.out());
    }

    @Test
    void aBadInputIsCountedAndTheBatchGoesOn() throws Exception {
        Path empty = Files.writeString(data.resolve("empty.txt"), "");
        CliRun run = CliRun.of("ingest", "--no-extract", "--data", data.resolve("db").toString(), empty.toString(), SAMPLE.toString());
        assertEquals(Main.EXIT_SOME_FAILED, run.exit(), run.err());
        assertTrue(run.out().contains("ingested 1, duplicates 0, failed 1"), run.out());
        assertTrue(run.out().contains("empty.txt"), run.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        CliRun run = CliRun.of("ingest", "--no-such-option", "x.txt");
        assertEquals(Main.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("no-such-option"), run.err());
    }

    @Test
    void showOfAnUnknownIdSaysSo() {
        CliRun run = CliRun.of("show", "--data", data.toString(), "abcdef12");
        assertEquals(Main.EXIT_SOME_FAILED, run.exit());
        assertTrue(run.err().contains("abcdef12: no stored document has this id or prefix"), run.err());
    }
}

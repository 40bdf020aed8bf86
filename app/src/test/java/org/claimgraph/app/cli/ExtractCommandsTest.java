package org.claimgraph.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extraction edges with the real CoreNLP pipeline on the sample article: extract, ingest with
 * facts, show, reextract and eval. One JVM, so the models load once for all of them.
 */
class ExtractCommandsTest {
    static final String SAMPLE = "../examples/corpus/crocus-taz-2024-04.txt";

    @TempDir
    Path data;

    @Test
    void extractPrintsValidExtractionJsonWithEvidenceFromTheText() {
        CliRun run = CliRun.of("extract", SAMPLE, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        Extraction x = ExtractionCodec.fromJson("extract output", run.out());
        assertEquals("claimgraph-extraction/1", x.format());
        assertEquals("taz", x.document().outlet());
        assertTrue(x.events().stream().anyMatch(e -> "Russia".equals(e.country())), run.out());
        assertTrue(x.assertions().stream().anyMatch(a -> a.kind() == AssertionKind.ATTRIBUTION
                && a.evidence().text().contains("American secret services")), run.out());
    }

    @Test
    void extractTextNamesTheMemberThroughWhomAGroupIsBlamed() throws java.io.IOException {
        Path report = data.resolve("member.txt");
        java.nio.file.Files.writeString(report, "Juan Ortega was involved in the bombing of the police station in Cucuta, "
                + "Colombia, on Monday. Ortega, a senior commander of the National Liberation Army, was arrested on Tuesday.\n");
        CliRun run = CliRun.of("extract", report.toString(), "--published", "2024-06-11");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("blames National Liberation Army") && run.out().contains("(through its member Juan Ortega)"),
                run.out());
        CliRun json = CliRun.of("extract", report.toString(), "--published", "2024-06-11", "--format", "json");
        Extraction x = ExtractionCodec.fromJson("extract output", json.out());
        assertTrue(x.assertions().stream().anyMatch(a -> a.via() != null), json.out());
    }

    @Test
    void ingestStoresFactsThatShowPrintsAndReextractKeepsCurrent() {
        assertEquals(0, CliRun.of("ingest", "--data", data.toString(), SAMPLE).exit());
        CliRun show = CliRun.of("show", "--data", data.toString(), "c0e1");
        assertTrue(show.out().contains("EXTRACTED FACTS"), show.out());
        assertTrue(show.out().contains("WHO CLAIMS, BLAMES OR DENIES"), show.out());

        CliRun again = CliRun.of("reextract", "--data", data.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("re-extracted 0, already current 1, failed 0"), again.out());
        CliRun all = CliRun.of("reextract", "--all", "--data", data.toString());
        assertTrue(all.out().contains("re-extracted 1, already current 0, failed 0"), all.out());
    }

    @Test
    void evalPrintsEveryCategoryOnTheSampleAnswerKey() {
        CliRun run = CliRun.of("eval", "--gold", "../examples/eval/gold", "--docs", "../examples/corpus");
        assertEquals(0, run.exit(), run.err());
        for (String category : new String[] {"actors", "partOf", "events", "assertions", "casualties", "certainty", "noise"}) {
            assertTrue(run.out().contains(category), run.out());
        }
        assertTrue(run.out().contains("noise        PASS"), run.out());
    }

    @Test
    void evalOfAFolderWithoutKeysIsAClearError() {
        CliRun run = CliRun.of("eval", "--gold", data.toString(), "--docs", "../examples/corpus");
        assertEquals(Main.EXIT_SOME_FAILED, run.exit());
        assertTrue(run.err().contains("no answer keys (*.json) in this folder"), run.err());
    }
}

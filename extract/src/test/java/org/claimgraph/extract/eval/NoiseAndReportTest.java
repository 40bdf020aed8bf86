package org.claimgraph.extract.eval;

import static org.claimgraph.extract.eval.Fixtures.extraction;
import static org.claimgraph.extract.eval.Fixtures.gActor;
import static org.claimgraph.extract.eval.Fixtures.gAssert;
import static org.claimgraph.extract.eval.Fixtures.gEvent;
import static org.claimgraph.extract.eval.Fixtures.sActor;
import static org.claimgraph.extract.eval.Fixtures.sEvent;
import static org.claimgraph.extract.eval.Fixtures.sEvidence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.junit.jupiter.api.Test;

/** Rule 6 (noise), empty extractions and the report's text and JSON. */
class NoiseAndReportTest {
    private static final String NOISE = "Failed to fetch data from the URL.";
    private static final String TEXT = "IS claimed the attack. " + NOISE + " The Kremlin blamed Ukraine.";
    private static final int AT = TEXT.indexOf(NOISE);

    private static GoldDocument noisyGold() {
        return new GoldDocument("n.txt", null, List.of(new GoldNoise(NOISE, "scraper")), List.of(), List.of(), List.of());
    }

    private static Extraction withEvidence(Span evidence, List<RemovedSpan> removed) {
        return extraction(List.of(sActor("A1", "IS", ActorKind.ARMED_GROUP)), List.of(sEvent("E1", "2024", "Russia", null)),
                List.of(sEvidence("S1", "E1", "A1", "A1", AssertionKind.CLAIM, evidence)), removed);
    }

    @Test
    void noiseOverlappingNoSpanPasses() {
        DocumentScore d = Scorer.score(noisyGold(), TEXT, withEvidence(new Span(0, 22), List.of()));
        assertTrue(d.noise().passed());
        assertEquals(1, d.noise().occurrences());
    }

    @Test
    void noiseOverlappingAnEvidenceSpanFails() {
        DocumentScore d = Scorer.score(noisyGold(), TEXT, withEvidence(new Span(0, AT + 5), List.of()));
        assertFalse(d.noise().passed());
        assertEquals(1, d.noise().failures().size());
        assertTrue(d.noise().failures().get(0).system().contains("evidence of assertion S1"));
        Report r = new Report(List.of(d));
        assertTrue(r.toText().contains("FAIL"));
        assertTrue(r.toVerboseText().contains("noise wrong"));
    }

    @Test
    void noiseInsideARemovedSpanPassesEvenWhenSpansOverlapIt() {
        List<RemovedSpan> removed = List.of(new RemovedSpan(AT - 1, AT + NOISE.length(), "scrape-error"));
        DocumentScore d = Scorer.score(noisyGold(), TEXT, withEvidence(new Span(0, AT + 5), removed));
        assertTrue(d.noise().passed());
        // Covered by two adjacent removed spans together also counts as inside.
        List<RemovedSpan> split = List.of(new RemovedSpan(AT, AT + 10, "a"), new RemovedSpan(AT + 10, AT + NOISE.length(), "b"));
        assertTrue(Scorer.score(noisyGold(), TEXT, withEvidence(new Span(0, AT + 5), split)).noise().passed());
    }

    @Test
    void everyOccurrenceIsChecked() {
        String twice = NOISE + " x " + NOISE;
        Extraction e = extraction(List.of(new org.claimgraph.core.extraction.Actor("A1", "IS", ActorKind.ARMED_GROUP, List.of(), null,
                null, null, List.of(new Span(twice.length() - 3, twice.length())), null)), List.of(), List.of(),
                List.of(new RemovedSpan(0, NOISE.length(), "scrape-error")));
        DocumentScore d = Scorer.score(noisyGold(), twice, e);
        assertEquals(2, d.noise().occurrences());
        assertEquals(1, d.noise().failures().size(), "the second copy overlaps an actor mention");
    }

    @Test
    void emptyOrMissingExtractionGivesRecallZeroAndPrecisionNotApplicable() {
        GoldDocument g = new GoldDocument("d.txt", null, List.of(new GoldNoise(NOISE, null)),
                List.of(gActor("is", ActorKind.ARMED_GROUP, true, "IS")), List.of(gEvent("e", "2024", "Iraq", null, true)),
                List.of(gAssert("e", null, "is", AssertionKind.ATTRIBUTION, Certainty.CERTAIN, true)));
        for (Extraction e : new Extraction[] {extraction(List.of(), List.of(), List.of()), null}) {
            Report r = Scorer.scoreAll(List.of(new ScoredInput(g, TEXT, e)));
            for (Prf p : List.of(r.actors(), r.events(), r.assertions())) {
                assertEquals(0.0, p.recall().getAsDouble());
                assertFalse(p.precision().isPresent(), "no system items: precision is n/a, not 0");
                assertEquals(0.0, p.f1().getAsDouble());
            }
            assertFalse(r.certainty().value().isPresent());
            assertTrue(r.noisePassed());
            assertTrue(r.toText().contains("n/a"));
            assertTrue(r.toVerboseText().contains("events miss: gold e"));
        }
        Report none = Scorer.scoreAll(List.of());
        assertEquals(Prf.ZERO, none.events());
        assertTrue(none.toText().contains("PASS"));
    }

    @Test
    void textTableAndJson() throws Exception {
        GoldDocument g = new GoldDocument("d.txt", null, List.of(), List.of(gActor("is", ActorKind.ARMED_GROUP, true, "IS"),
                gActor("iskp", ActorKind.ARMED_GROUP, true, "ISKP")), List.of(), List.of());
        Report r = Scorer.scoreAll(List.of(new ScoredInput(g, "", extraction(List.of(sActor("A1", "IS", ActorKind.ARMED_GROUP),
                sActor("A2", "Hamas", ActorKind.ARMED_GROUP)), List.of(), List.of()))));
        String text = r.toText();
        assertTrue(text.lines().anyMatch(l -> l.matches("actors\\s+2\\s+2\\s+1\\s+0\\.50\\s+0\\.50\\s+0\\.50")), text);
        String verbose = r.toVerboseText();
        assertTrue(verbose.contains("actors miss: gold iskp \"ISKP\""), verbose);
        assertTrue(verbose.contains("actors false positive: system A2 \"Hamas\" (armed-group)"), verbose);

        JsonNode json = ExtractionCodec.mapper().readTree(r.toJson());
        assertEquals(0.5, json.at("/totals/actors/precision").asDouble());
        assertTrue(json.at("/totals/events/precision").isNull());
        assertEquals(1, json.at("/totals/actors/matched").asInt());
        assertEquals("d.txt", json.at("/perDocument/0/document").asText());
        assertTrue(json.at("/totals/noise/passed").asBoolean());
        assertTrue(json.at("/perDocument/0/findings").size() >= 2);
    }
}

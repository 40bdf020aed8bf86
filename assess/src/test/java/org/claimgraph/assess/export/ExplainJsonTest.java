package org.claimgraph.assess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.Assessor;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.MultiCorpus;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.junit.jupiter.api.Test;

class ExplainJsonTest {
    @Test
    void explainCarriesHypothesesMatrixDoubtsCasualtiesAndTimeline() throws Exception {
        Assessment a = Assessor.withDefaults().assess(MultiCorpus.all());
        EventAssessment crocus = a.assessments().stream().filter(e -> "Crocus City Hall".equals(e.event().site())).findFirst().orElseThrow();
        JsonNode root = ExtractionCodec.mapper().readTree(ExplainJson.of(crocus));
        assertEquals(ExplainJson.FORMAT, root.get("format").asText());
        JsonNode ev = root.get("event");
        assertEquals(crocus.event().id(), ev.at("/event/id").asText());
        assertEquals("islamic-state", ev.get("leading").asText());
        assertEquals("0.8126", ev.at("/hypotheses/0/share").asText());
        assertTrue(ev.at("/hypotheses/0/share").isNumber());
        assertEquals("2024-03-22", ev.at("/matrix/0/published").asText());
        assertEquals("consistent", ev.at("/matrix/0/consistency/islamic-state").asText());
        assertEquals("B1", ev.at("/matrix/0/rating").asText());
        assertEquals(145, ev.at("/casualties/killed/latest/min").asInt());
        assertEquals(5, ev.get("timeline").size());
        assertTrue(ev.get("doubts").size() > 3);
        JsonNode all = ExtractionCodec.mapper().readTree(ExplainJson.of(a));
        assertEquals(11, all.get("documents").size());
        assertEquals(3, all.get("events").size());
        assertTrue(all.get("asOf").isNull());
        assertEquals("2024-03-22", ExtractionCodec.mapper().readTree(ExplainJson.of(a.asOf(MultiCorpus.day("2024-03-22")))).get("asOf").asText());
    }
}

package org.claimgraph.assess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.Assessor;
import org.claimgraph.assess.MultiCorpus;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the bundle against the STIX 2.1 required properties and formats, object by object. */
class StixExporterTest {
    private static final Pattern ID = Pattern.compile(
            "^([a-z][a-z0-9-]*[a-z0-9])--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z$");
    /** Required beyond the common type, spec_version, id, created, modified (STIX 2.1 part 4 and 5). */
    private static final Map<String, List<String>> REQUIRED = Map.of(
            "incident", List.of("name"),
            "threat-actor", List.of("name"),
            "identity", List.of("name"),
            "location", List.of(),
            "report", List.of("name", "published", "object_refs"),
            "note", List.of("content", "object_refs"),
            "relationship", List.of("relationship_type", "source_ref", "target_ref"));

    private static Assessment assessment;
    private static String stix;
    private static JsonNode bundle;

    @BeforeAll
    static void export() throws Exception {
        assessment = Assessor.withDefaults().assess(MultiCorpus.all());
        stix = StixExporter.export(assessment);
        bundle = ExtractionCodec.mapper().readTree(stix);
    }

    @Test
    void bundleHasTheRequiredShape() {
        assertEquals("bundle", bundle.get("type").asText());
        assertTrue(ID.matcher(bundle.get("id").asText()).matches());
        assertTrue(bundle.get("id").asText().startsWith("bundle--"));
        assertFalse(bundle.has("spec_version"), "a 2.1 bundle carries no spec_version");
        assertTrue(bundle.get("objects").size() > 10);
    }

    @Test
    void everyObjectHasItsRequiredPropertiesInTheRightFormat() {
        Set<String> ids = new HashSet<>();
        for (JsonNode o : bundle.get("objects")) {
            String type = o.path("type").asText();
            assertTrue(REQUIRED.containsKey(type), "unexpected type " + type);
            assertEquals("2.1", o.path("spec_version").asText(), type);
            var m = ID.matcher(o.path("id").asText());
            assertTrue(m.matches(), o.path("id").asText());
            assertEquals(type, m.group(1));
            assertTrue(ids.add(o.get("id").asText()), "duplicate id " + o.get("id"));
            for (String ts : List.of("created", "modified")) {
                assertTrue(TIMESTAMP.matcher(o.path(ts).asText()).matches(), type + " " + ts + " " + o.path(ts));
            }
            assertTrue(o.get("modified").asText().compareTo(o.get("created").asText()) >= 0, o.get("id").asText());
            for (String p : REQUIRED.get(type)) {
                assertTrue(o.hasNonNull(p), type + " lacks " + p);
            }
            if (type.equals("report")) {
                assertTrue(TIMESTAMP.matcher(o.get("published").asText()).matches());
                assertTrue(o.get("object_refs").size() > 0);
            }
            if (type.equals("note")) {
                assertTrue(o.get("object_refs").size() > 0);
            }
            if (type.equals("location")) {
                assertTrue(o.has("region") || o.has("country") || (o.has("latitude") && o.has("longitude")));
            }
            if (o.has("confidence")) {
                int c = o.get("confidence").asInt();
                assertTrue(c >= 0 && c <= 100);
            }
            // Custom properties: x_ prefix, ASCII letters, digits and underscore, 3 to 250 characters.
            o.fieldNames().forEachRemaining(f -> assertTrue(f.matches("[a-z0-9_]+") && (!f.startsWith("x_") || f.length() >= 3 && f.length() <= 250),
                    "property name " + f));
        }
    }

    @Test
    void everyReferencePointsIntoTheBundle() {
        Set<String> ids = new HashSet<>();
        bundle.get("objects").forEach(o -> ids.add(o.get("id").asText()));
        int refs = 0;
        for (JsonNode o : bundle.get("objects")) {
            var fields = o.fields();
            while (fields.hasNext()) {
                var f = fields.next();
                if (f.getKey().endsWith("_ref")) {
                    assertTrue(ids.contains(f.getValue().asText()), f.getKey() + " -> " + f.getValue());
                    refs++;
                } else if (f.getKey().endsWith("_refs")) {
                    for (JsonNode r : f.getValue()) {
                        assertTrue(ids.contains(r.asText()), f.getKey() + " -> " + r);
                        refs++;
                    }
                }
            }
        }
        assertTrue(refs > 50);
    }

    @Test
    void crocusIsAttributedToTheIslamicStateWithItsShareAsConfidence() {
        Map<String, JsonNode> byId = new HashMap<>();
        bundle.get("objects").forEach(o -> byId.put(o.get("id").asText(), o));
        String crocusId = assessment.assessments().stream().filter(e -> "Crocus City Hall".equals(e.event().site()))
                .findFirst().orElseThrow().event().id();
        String incident = StixExporter.id("incident", crocusId);
        assertEquals("attack, Crocus City Hall, Krasnogorsk, Russia, 2024-03-22", byId.get(incident).get("name").asText());
        assertEquals("2024-03-22T00:00:00.000Z", byId.get(incident).get("created").asText());
        assertEquals("2024-04-03T00:00:00.000Z", byId.get(incident).get("modified").asText());
        Map<String, Integer> confidence = new HashMap<>();
        for (JsonNode o : bundle.get("objects")) {
            if (o.get("type").asText().equals("relationship") && o.get("source_ref").asText().equals(incident)
                    && o.get("relationship_type").asText().equals("attributed-to")) {
                confidence.put(byId.get(o.get("target_ref").asText()).get("name").asText(), o.get("confidence").asInt());
            }
        }
        assertEquals(Map.of("Islamic State", 81, "Islamic State Khorasan Province", 38, "Ukraine", 16), confidence);
        JsonNode location = bundle.get("objects").findParents("city").stream()
                .filter(o -> o.get("city").asText().equals("Krasnogorsk")).findFirst().orElseThrow();
        assertEquals("RU", location.get("country").asText());
        assertTrue(stix.contains("\"content\" : \"which Kyiv denies\""));
    }

    @Test
    void exportIsReproducible() {
        assertEquals(stix, StixExporter.export(Assessor.withDefaults().assess(MultiCorpus.all())));
    }
}

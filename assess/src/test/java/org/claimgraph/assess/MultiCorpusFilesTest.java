package org.claimgraph.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.core.registry.ActorRegistry;
import org.junit.jupiter.api.Test;

/** The hand-written extractions must fit the texts they claim to come from, to the offset. */
class MultiCorpusFilesTest {
    @Test
    void everyReportHasMetadataAndAnExtractionThatFitsItsText() throws Exception {
        ActorRegistry registry = ActorRegistry.bundled();
        for (String name : MultiCorpus.NAMES) {
            String text = MultiCorpus.text(name);
            Extraction e = MultiCorpus.extraction(name);
            assertEquals(DocumentId.of(text), e.document().id(), name);
            JsonNode meta = ExtractionCodec.mapper().readTree(Files.readString(MultiCorpus.folder().resolve(name + ".meta.json")));
            for (String field : new String[] {"title", "outlet", "published", "url", "language"}) {
                assertTrue(meta.hasNonNull(field), name + ".meta.json lacks " + field);
            }
            assertEquals(meta.get("published").asText(), e.document().published(), name);
            assertEquals(meta.get("outlet").asText(), e.document().outlet(), name);
            int words = text.split("\\s+").length;
            assertTrue(words >= 90 && words <= 260, name + " has " + words + " words");
            for (Actor a : e.actors()) {
                for (Span s : a.mentions()) {
                    assertTrue(s.end() <= text.length(), name + " " + a.id());
                }
                if (a.registryKey() != null) {
                    assertTrue(registry.get(a.registryKey()).isPresent(), name + " " + a.id() + " " + a.registryKey());
                }
                if (a.partOf() != null) {
                    assertTrue(e.actors().stream().anyMatch(o -> o.id().equals(a.partOf())), name + " " + a.id());
                }
            }
            for (Event ev : e.events()) {
                assertNotNull(ev.country(), name + " " + ev.id());
                for (Span s : ev.mentions()) {
                    assertTrue(s.end() <= text.length(), name + " " + ev.id());
                }
            }
            for (Assertion s : e.assertions()) {
                assertEquals(s.evidence().text(), s.evidence().span().of(text), name + " " + s.id());
                assertTrue(e.events().stream().anyMatch(ev -> ev.id().equals(s.event())), name + " " + s.id());
                assertTrue(Assertion.AUTHOR.equals(s.holder()) || e.actors().stream().anyMatch(a -> a.id().equals(s.holder())),
                        name + " " + s.id());
            }
        }
    }
}

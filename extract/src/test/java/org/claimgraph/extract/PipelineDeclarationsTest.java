package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.Pipeline;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.pipeline.Stages;
import org.claimgraph.extract.rules.Lexicons;
import org.junit.jupiter.api.Test;

class PipelineDeclarationsTest {
    private final List<Stage> stages = Extractor.stages(Samples.EXTRACTOR.config(), Lexicons.bundled(), Geo.shared());

    @Test
    void missingRequirementFailsAtBuildNamingStageAndPiece() {
        List<Stage> broken = new ArrayList<>(stages);
        broken.removeIf(s -> s instanceof Stages.Ner);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> Pipeline.of(broken));
        assertTrue(e.getMessage().contains("'actors'") && e.getMessage().contains("NER"), e.getMessage());
    }

    @Test
    void everyStageReallyProvidesWhatItDeclares() {
        AnnotatedDocument d = new AnnotatedDocument(Samples.doc(
                "Gunmen attacked a market in Kabul on Monday. The Taliban claimed responsibility, a spokesman said.",
                LocalDate.of(2024, 5, 1)));
        for (Stage s : stages) {
            for (Requirement r : s.requires()) {
                assertTrue(r.isPresent(d), s.name() + " runs without its requirement " + r);
            }
            s.apply(d);
            for (Requirement r : s.provides()) {
                assertTrue(r.isPresent(d), s.name() + " declares " + r + " but did not add it");
            }
        }
        assertFalse(d.selected().isEmpty());
    }
}

package org.claimgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.extract.cue.CueScanner;
import org.claimgraph.extract.rules.Lexicons;
import org.junit.jupiter.api.Test;

class CueScanTest {
    private static final Stage[] STAGES = {new Stages.Tokenize(), new Stages.DetectCase(),
            new Stages.CueScan(new CueScanner(Lexicons.bundled(), ActorRegistry.bundled().entries()))};

    private static AnnotatedDocument scan(String text) {
        AnnotatedDocument d = new AnnotatedDocument(new Document(DocumentId.of(text), text, null, "test", null, null, "en",
                "test", "text/plain", null, List.of()));
        for (Stage s : STAGES) {
            s.apply(d);
        }
        return d;
    }

    private static BitSet bits(int... on) {
        BitSet b = new BitSet();
        for (int i : on) {
            b.set(i);
        }
        return b;
    }

    @Test
    void anAuxiliaryThatBeginsAGappedCueMarksItsSentenceOnlyWithTheRestOfTheCue() {
        AnnotatedDocument d = scan("THE POLICE HAVE ADMITTED IT.\n\nTHE FARMERS ARE TIRED.\n\nTHE FARMERS ARE TIRED.\n\n"
                + "THE FMLN WAS PROBABLY BEHIND IT.");
        assertEquals(bits(3), d.hot);
        assertEquals(bits(2, 3), d.selected);
    }

    @Test
    void aContentWordThatBeginsAGappedCueStillMarksItsSentenceAlone() {
        AnnotatedDocument d = scan("THE MAYOR WAS AWAY.\n\nTHE POLICE RELEASED THE FOLLOWING COMMUNIQUE:\n\nIT RAINED.");
        assertEquals(bits(1), d.hot);
        assertEquals(bits(0, 1, 2), d.selected);
    }

    @Test
    void aReportingVerbAloneDoesNotMarkItsSentence() {
        AnnotatedDocument d = scan("THE PRESIDENT SAID THE TALKS WILL GO ON.\n\nTHE WEATHER WAS FINE.\n\n"
                + "GUERRILLAS ATTACKED A BRIDGE, THE ARMY REPORTED.");
        assertEquals(bits(2), d.hot);
        assertEquals(bits(1, 2), d.selected);
    }
}

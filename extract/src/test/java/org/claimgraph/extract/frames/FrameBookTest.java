package org.claimgraph.extract.frames;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.extraction.AssertionKind;
import org.junit.jupiter.api.Test;

/** The frame file format: the bundled frames load, and each kind of mistake is refused naming its line. */
class FrameBookTest {
    private static final String WORDS = "deed\tbomb attack\nnegator\tnot no\n";
    private static final String GOOD = "frame doer\nmatch {lemma:@deed}=event >nsubj {}=suspect\nkind attribution\n"
            + "test.en Rebels bombed the depot. => attribution author rebels\n";

    @Test
    void bundledFramesLoadWithTestsAndWords() {
        FrameBook book = FrameBook.bundled("en");
        assertTrue(book.frames().size() >= 15, "frames: " + book.frames().size());
        assertTrue(book.frames().stream().allMatch(f -> f.tests().stream().anyMatch(t -> t.expected() != null)));
        assertTrue(book.in("deed-verb", "Bomb"));
        assertEquals(12, book.hash().length());
    }

    @Test
    void aSetReferenceBecomesAnAnchoredAlternation() {
        FrameBook book = FrameBook.parse("xx", GOOD, WORDS);
        FrameBook.Frame f = book.frames().get(0);
        assertEquals(AssertionKind.ATTRIBUTION, f.kind());
        assertEquals("speaker", f.holder());
        assertTrue(f.pattern().pattern().contains("bomb"), f.pattern().pattern());
        assertFalse(f.negationInPattern());
    }

    @Test
    void mistakesNameTheirLine() {
        assertFault("no-such-set", GOOD.replace("@deed", "@missing"), "@missing");
        assertFault("bad kind", GOOD.replace("kind attribution", "kind blame"), "unknown assertion kind 'blame'");
        assertFault("unmarked role", GOOD.replace("=suspect", "=doer"), "node 'suspect'");
        assertFault("unknown field", GOOD + "colour red\n", "unknown field 'colour'");
        assertFault("no test", GOOD.replace("test.en Rebels bombed the depot. => attribution author rebels\n", ""), "no test sentence");
        assertFault("bad pattern", GOOD.replace(">nsubj {}=suspect", ">nsubj {=suspect"), "does not compile");
        assertFault("twice", GOOD + "\n" + GOOD, "defined twice");
        assertThrows(ConfigurationException.class, () -> FrameBook.parse("xx", GOOD, "deed\tbomb bomb\n"));
    }

    private static void assertFault(String what, String frames, String message) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> FrameBook.parse("xx", frames, WORDS), what);
        assertTrue(e.getMessage().contains(message), what + ": " + e.getMessage());
        assertTrue(e.getMessage().contains("line"), what + ": " + e.getMessage());
    }
}

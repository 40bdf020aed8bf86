package org.claimgraph.extract.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.EventKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading claimgraph-gold/1: the sample keys, every count form, lenient extras, errors that name file and place. */
class GoldReaderTest {
    @Test
    void readsTheCrocusSample() {
        GoldDocument g = GoldReader.read(Path.of("../examples/eval/gold/crocus-taz-2024-04.json"));
        assertEquals("crocus-taz-2024-04.txt", g.document());
        assertEquals("2024-04-12", g.published());
        assertEquals(2, g.noise().size());
        assertEquals(31, g.actors().size());
        assertEquals(8, g.events().size());
        assertEquals(15, g.assertions().size());
        assertEquals("iskp", g.actor("azaim").partOf());
        assertEquals(ActorKind.STATE, g.actor("ukraine").kind());
        GoldEvent kandahar = g.event("kandahar");
        assertEquals(new GoldCount.Exactly(21), kandahar.killed());
        assertEquals(new GoldCount.MoreThan(50), kandahar.injured());
        assertEquals(GoldCount.NOT_STATED, g.event("crocus").killed());
        assertTrue(g.event("crocus").siteAliases().contains("Crocus City Hall"));
        assertTrue(!g.event("cologne-plot").required());
        assertNull(g.event("cologne-plot").date());
        assertEquals(Certainty.POSSIBLE, g.assertions().get(2).certainty());
    }

    @Test
    void readsMucConventions() {
        GoldDocument g = GoldReader.read(Path.of("../examples/eval/muc4-dev/gold/TST2-MUC4-0036.json"));
        GoldEvent t1 = g.event("t1");
        assertEquals(new GoldDateRange(null, LocalDate.of(1989, 2, 7)), t1.dateRange());
        assertEquals(new GoldCount.AtLeast(1), t1.killed());
        assertTrue(t1.unscored().contains("injured"));
        assertTrue(t1.countryAliases().contains("Salvador"));
        assertNull(g.assertions().get(0).holder());
        assertEquals(AssertionKind.CLAIM, g.assertions().get(2).alsoAccept().kind().get(0));
    }

    @Test
    void everyCountFormAndAlsoAccept(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("g.json");
        Files.writeString(f, """
                {"format": "claimgraph-gold/1", "document": "x.txt", "whatever": {"a": 1},
                 "actors": [{"key": "a", "name": "A", "kind": "armed-group", "aliases": ["A"], "founded": "1999"}],
                 "events": [{"key": "e", "kind": "attack", "date": "2024", "country": "Iran",
                             "killed": {"min": 3, "max": null}, "injured": {"atLeast": 2},
                             "alsoAccept": {"kind": ["plot"], "killed": [4, null, {"moreThan": 9}]}}],
                 "assertions": [{"event": "e", "holder": "author", "suspect": "a", "kind": "claim",
                                 "alsoAccept": {"certainty": ["probable"]}, "quote": "..."}]}
                """, StandardCharsets.UTF_8);
        GoldDocument g = GoldReader.read(f);
        GoldEvent e = g.event("e");
        assertEquals(new GoldCount.Between(3, null), e.killed());
        assertEquals(new GoldCount.AtLeast(2), e.injured());
        assertEquals(EventKind.PLOT, e.alsoAccept().kind().get(0));
        assertEquals(3, e.alsoAccept().killed().size());
        assertEquals(GoldCount.NOT_STATED, e.alsoAccept().killed().get(1));
        assertTrue(e.required() && g.actors().get(0).required(), "required defaults to true");
        assertEquals(Certainty.PROBABLE, g.assertions().get(0).alsoAccept().certainty().get(0));
    }

    @Test
    void malformedJsonNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("broken.json");
        Files.writeString(f, "{\n  \"document\": \"x.txt\",\n  \"actors\": [,]\n}\n", StandardCharsets.UTF_8);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> GoldReader.read(f));
        assertTrue(e.getMessage().contains("broken.json"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void badValuesNameTheirPath() {
        InvalidInputException kind = assertThrows(InvalidInputException.class, () -> GoldReader.parse("k.json",
                "{\"document\": \"x\", \"events\": [{\"key\": \"e\", \"kind\": \"massacre\"}]}"));
        assertTrue(kind.getMessage().startsWith("k.json: events[0].kind"), kind.getMessage());
        InvalidInputException dangling = assertThrows(InvalidInputException.class, () -> GoldReader.parse("k.json",
                "{\"document\": \"x\", \"events\": [{\"key\": \"e\", \"kind\": \"attack\"}],"
                        + " \"assertions\": [{\"event\": \"e\", \"suspect\": \"nobody\", \"kind\": \"claim\"}]}"));
        assertTrue(dangling.getMessage().contains("assertions[0].suspect"), dangling.getMessage());
        InvalidInputException format = assertThrows(InvalidInputException.class, () -> GoldReader.parse("k.json",
                "{\"format\": \"claimgraph-extraction/1\", \"document\": \"x\"}"));
        assertTrue(format.getMessage().contains("claimgraph-gold/1"));
        InvalidInputException count = assertThrows(InvalidInputException.class, () -> GoldReader.parse("k.json",
                "{\"document\": \"x\", \"events\": [{\"key\": \"e\", \"kind\": \"attack\", \"killed\": \"many\"}]}"));
        assertTrue(count.getMessage().contains("events[0].killed"));
    }

    @Test
    void everyMucKeyReads() throws Exception {
        try (var files = Files.list(Path.of("../examples/eval/muc4-dev/gold"))) {
            assertEquals(200, files.map(GoldReader::read).count());
        }
    }
}

package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.claimgraph.core.Document;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleArticleTest {
    static Document doc;
    static Extraction x;

    @BeforeAll
    static void extract() {
        doc = Samples.crocus();
        x = Samples.EXTRACTOR.extract(doc);
    }

    static Actor actor(String name) {
        return x.actors().stream().filter(a -> a.name().equals(name) || a.aliases().contains(name)).findFirst().orElse(null);
    }

    static Assertion assertion(String holder, String suspect, AssertionKind kind) {
        Actor s = actor(suspect);
        String h = holder.equals("author") ? "author" : actor(holder).id();
        return x.assertions().stream().filter(a -> a.holder().equals(h) && a.suspect().equals(s.id()) && a.kind() == kind)
                .findFirst().orElse(null);
    }

    static Event event(String id) {
        return x.events().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void usIntelligenceSeesIskpBehindTheCrimeCertain() {
        Assertion a = assertion("US intelligence", "ISKP", AssertionKind.ATTRIBUTION);
        assertNotNull(a);
        assertEquals(Certainty.CERTAIN, a.certainty());
        assertEquals("2024-03-22", event(a.event()).date());
        assertEquals("Russia", event(a.event()).country());
    }

    @Test
    void islamicStateClaimOnMarch22() {
        Assertion a = assertion("Islamic State", "Islamic State", AssertionKind.CLAIM);
        assertNotNull(a);
        assertEquals(Certainty.CERTAIN, a.certainty());
        assertEquals("2024-03-22", a.date());
    }

    @Test
    void kremlinTalksAboutUkrainesInvolvement() {
        Assertion a = assertion("Kremlin", "Ukraine", AssertionKind.ATTRIBUTION);
        assertNotNull(a);
        assertEquals(Certainty.CERTAIN, a.certainty());
    }

    @Test
    void iskpClaimViaAzaimIsOnlyPossible() {
        Assertion a = assertion("ISKP", "ISKP", AssertionKind.CLAIM);
        assertNotNull(a);
        assertEquals(Certainty.POSSIBLE, a.certainty());
        // The channel is the registry's al-Azaim (named "al-Azaim Foundation", alias "al-Azaim").
        assertNotNull(actor("al-Azaim"));
        assertEquals(actor("al-Azaim").id(), a.channel());
    }

    @Test
    void kandaharTheDayBeforeMoscow() {
        Event k = x.events().stream().filter(e -> "Kandahar".equals(e.place())).findFirst().orElseThrow();
        assertEquals("2024-03-21", k.date());
        assertEquals("Afghanistan", k.country());
        assertEquals(21, k.killed().min());
        assertEquals(21, k.killed().max());
        assertEquals(51, k.injured().min());
        assertEquals(null, k.injured().max());
        assertNotNull(assertion("author", "Islamic State", AssertionKind.ATTRIBUTION));
    }

    @Test
    void kermanLeft95Dead() {
        Event k = x.events().stream().filter(e -> "Kerman".equals(e.place())).findFirst().orElseThrow();
        assertEquals("Iran", k.country());
        assertEquals(95, k.killed().min());
        assertTrue(k.date().startsWith("2024-01"));
    }

    @Test
    void peopleCarryRoleNationalityAffiliationAndSurnameMentions() {
        Actor lemon = actor("Edward Lemon");
        assertEquals("Oxus Society research network", lemon.affiliation());
        Actor jackson = actor("Ashley Jackson");
        assertEquals("co-director", jackson.role());
        assertTrue(jackson.mentions().size() >= 3, "later 'Jackson' mentions resolve to her");
        Actor iskp = actor("ISKP");
        assertEquals(actor("Islamic State").id(), iskp.partOf());
    }

    @Test
    void removedSpansYieldNoFact() {
        Span removed = doc.removed().get(doc.removed().size() - 1).span();
        for (Actor a : x.actors()) {
            a.mentions().forEach(m -> assertFalse(m.overlaps(removed)));
        }
        for (Event e : x.events()) {
            e.mentions().forEach(m -> assertFalse(m.overlaps(removed)));
        }
        x.assertions().forEach(a -> assertFalse(a.evidence().span().overlaps(removed)));
    }
}

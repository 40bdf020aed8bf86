package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CaseProfile;
import org.claimgraph.extract.pipeline.Stages;
import org.junit.jupiter.api.Test;

/** Each rule on sentences of our own, not from the sample article. */
class RulesTest {
    static Extraction run(String text, LocalDate published) {
        return Samples.EXTRACTOR.extract(Samples.doc(text, published));
    }

    static Actor named(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
                .findFirst().orElse(null);
    }

    @Test
    void allCapsWireSentence() {
        String text = "SAN SALVADOR, 12 NOV 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN CLAIMED RESPONSIBILITY FOR THE ATTACK "
                + "ON THE POWER STATION IN SAN MIGUEL, IN WHICH 3 SOLDIERS WERE KILLED.\n";
        assertEquals(CaseProfile.UPPER, Stages.DetectCase.profile(text));
        Extraction x = run(text, LocalDate.of(1989, 11, 12));
        Event e = x.events().get(0);
        assertEquals("El Salvador", e.country());
        assertEquals(3, e.killed().min());
        Actor fmln = named(x, "FMLN");
        assertNotNull(fmln, x.actors().toString());
        assertTrue(x.assertions().stream().anyMatch(a -> a.kind() == AssertionKind.CLAIM && a.suspect().equals(fmln.id())));
    }

    @Test
    void negatedClaimIsNoClaimWithReportingHolder() {
        Extraction x = run("A car bomb exploded outside a hotel in Mogadishu on Sunday, killing 12 people. "
                + "Police spokesman Abdi Hassan said al-Shabaab had not claimed responsibility for the bombing.", LocalDate.of(2023, 6, 12));
        Event e = x.events().get(0);
        assertEquals("Somalia", e.country());
        assertEquals("2023-06-11", e.date());
        assertEquals(12, e.killed().max());
        Assertion a = x.assertions().stream().filter(s -> s.kind() == AssertionKind.NO_CLAIM).findFirst().orElseThrow();
        assertEquals("Abdi Hassan", x.actors().stream().filter(ac -> ac.id().equals(a.holder())).findFirst().orElseThrow().name());
    }

    @Test
    void blamesWithHedgeLowersCertainty() {
        Extraction x = run("Gunmen opened fire at a checkpoint in Quetta, Pakistan, on Tuesday, killing four soldiers and wounding "
                + "more than 10. The army said the Pakistani Taliban were probably behind the attack.", LocalDate.of(2024, 2, 8));
        Event e = x.events().get(0);
        assertEquals("Pakistan", e.country());
        assertEquals(4, e.killed().min());
        assertEquals(11, e.injured().min());
        Assertion a = x.assertions().stream().filter(s -> s.kind() == AssertionKind.ATTRIBUTION).findFirst().orElseThrow();
        assertEquals(Certainty.PROBABLE, a.certainty());
    }

    @Test
    void accusationByStateAndDistinctAttacksStayDistinct() {
        Extraction x = run("A suicide bomber killed 30 people at a mosque in Peshawar on January 30. "
                + "Two days later, a shooting at a market in Kabul left 5 dead. "
                + "Pakistan accused the TTP of the mosque bombing.", LocalDate.of(2023, 2, 5));
        assertEquals(2, x.events().size(), x.events().toString());
        assertTrue(x.assertions().stream().anyMatch(a -> a.kind() == AssertionKind.ATTRIBUTION), x.assertions().toString());
    }
}

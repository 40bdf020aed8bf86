package org.claimgraph.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.claimgraph.assess.export.ExplainJson;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.CountRange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden tests over examples/multi: three attacks in eleven reports, one of them a syndicated copy. */
class MultiCorpusAssessmentTest {
    private static final Assessor ASSESSOR = Assessor.withDefaults();
    private static Assessment all;

    @BeforeAll
    static void assessAll() {
        all = ASSESSOR.assess(MultiCorpus.all());
    }

    static EventAssessment event(Assessment a, String site) {
        return a.assessments().stream().filter(e -> site.equals(e.event().site())).findFirst().orElseThrow();
    }

    static List<String> ranking(EventAssessment e) {
        return e.hypotheses().stream().map(Hypothesis::key).toList();
    }

    @Test
    void reportsMergeIntoOneEventPerAttack() {
        assertEquals(3, all.events().size());
        MergedEvent crocus = event(all, "Crocus City Hall").event();
        assertEquals(6, crocus.mentions().size());
        assertEquals("2024-03-22", crocus.date());
        assertEquals("Krasnogorsk", crocus.place());
        assertEquals("Russia", crocus.country());
        MergedEvent kandahar = event(all, "New Kabul Bank").event();
        assertEquals(2, kandahar.mentions().size());
        assertEquals("suicide-bombing", kandahar.subtype());
        MergedEvent kerman = event(all, "Qassem Soleimani's tomb").event();
        assertEquals(3, kerman.mentions().size());
        assertEquals("2024-01-03", kerman.date());
        // The Meridian report of 4 January gives no date: it joins on country and place.
        assertTrue(kerman.links().stream().anyMatch(l -> l.reasons().contains("date missing on one side")));
        assertEquals(crocus.id(), all.eventOf(MultiCorpus.id("crocus-courier-2024-04-03"), "E1").orElseThrow().id());
    }

    @Test
    void narrowingToOneEventKeepsOnlyItsReportsAndActors() {
        EventAssessment kandahar = event(all, "New Kabul Bank");
        Assessment one = all.onlyEvent(kandahar.event().id());
        assertEquals(List.of(kandahar), one.assessments());
        assertEquals(2, one.documents().size());
        assertTrue(one.documents().stream().allMatch(d -> kandahar.event().mentions().stream()
                .anyMatch(m -> m.documentId().equals(d.id()))));
        assertTrue(one.actors().size() < all.actors().size());
        assertTrue(one.actors().stream().noneMatch(a -> "ukraine".equals(a.registryKey())));
    }

    @Test
    void crocusRanksTheIslamicStateAndItsKhorasanBranchAboveUkraine() {
        EventAssessment crocus = event(all, "Crocus City Hall");
        assertEquals(List.of("islamic-state", "iskp", "unknown", "ukraine"), ranking(crocus));
        assertEquals("islamic-state", crocus.leading());
        Hypothesis is = crocus.hypothesis("islamic-state").orElseThrow();
        Hypothesis iskp = crocus.hypothesis("iskp").orElseThrow();
        Hypothesis ukraine = crocus.hypothesis("ukraine").orElseThrow();
        Hypothesis unknown = crocus.hypothesis("unknown").orElseThrow();
        assertEquals("islamic-state", iskp.parent());
        assertEquals(1, iskp.level());
        assertEquals("0.5000", is.inconsistency().toPlainString());
        assertEquals("2.6000", is.support().toPlainString());
        assertEquals("0.8126", is.share().toPlainString());
        assertEquals("0.3750", iskp.share().toPlainString());
        assertEquals("5.0000", ukraine.inconsistency().toPlainString());
        assertEquals("0.1562", ukraine.share().toPlainString());
        assertEquals("1.0000", is.share().add(ukraine.share()).add(unknown.share()).toPlainString());
    }

    @Test
    void theUkrainianDenialIsInconsistentEvidenceForUkraine() {
        EventAssessment crocus = event(all, "Crocus City Hall");
        EvidenceRow podolyak = crocus.matrix().stream().filter(r -> r.holder().equals("person:mykhailo-podolyak")).findFirst().orElseThrow();
        assertEquals(AssertionKind.DENIAL, podolyak.kind());
        assertEquals(Consistency.INCONSISTENT, podolyak.consistency().get("ukraine"));
        assertEquals(Consistency.NEUTRAL, podolyak.consistency().get("islamic-state"));
        assertEquals("D2", podolyak.rating()); // a Ukrainian official (C) denying for Ukraine: lowered one step
        assertTrue(crocus.hypothesis("ukraine").orElseThrow().inconsistentRows().contains(podolyak.id()));
        assertTrue(crocus.doubts().stream().anyMatch(d -> d.kind().equals("denial") && d.rows().contains(podolyak.id())));
        assertTrue(crocus.doubts().stream().anyMatch(d -> d.kind().equals("doubted-claim") && d.text().contains("al-Azaim")));
    }

    @Test
    void interestedPartiesAreLoweredAndOwnClaimsRatedB() {
        EventAssessment crocus = event(all, "Crocus City Hall");
        EvidenceRow bortnikov = crocus.matrix().stream().filter(r -> r.holder().equals("person:alexander-bortnikov")).findFirst().orElseThrow();
        assertEquals(Grade.B, bortnikov.baseGrade()); // speaks for the FSB
        assertEquals(Grade.D, bortnikov.grade());
        assertTrue(bortnikov.gradeReasons().stream().anyMatch(s -> s.startsWith("interested party")));
        EvidenceRow amaq = crocus.matrix().get(0);
        assertEquals("islamic-state", amaq.holder());
        assertEquals("Amaq News Agency", amaq.channel());
        assertEquals(Grade.B, amaq.grade());
        EventAssessment kerman = event(all, "Qassem Soleimani's tomb");
        assertEquals(List.of("islamic-state", "iskp", "unknown", "united-states", "israel"), ranking(kerman));
        EvidenceRow jamshidi = kerman.matrix().get(0);
        assertEquals("E1", jamshidi.rating());
        assertEquals("0.1500", jamshidi.weight().toPlainString());
    }

    @Test
    void theSyndicatedCopyIsOneSourceAndCountsOnce() {
        String wire = MultiCorpus.id("crocus-meridian-2024-03-24");
        String copy = MultiCorpus.id("crocus-harbour-2024-03-24");
        SourceCluster cluster = all.sourceClusters().stream().filter(c -> c.documentIds().contains(wire)).findFirst().orElseThrow();
        assertEquals(List.of(copy, wire), cluster.documentIds());
        assertEquals(List.of("Harbour Post", "Meridian Wire"), cluster.outlets());
        EventAssessment crocus = event(all, "Crocus City Hall");
        List<EvidenceRow> fromPair = crocus.matrix().stream().filter(r -> r.sourceCluster().equals(cluster.id())).toList();
        assertEquals(6, fromPair.size());
        assertEquals(3, fromPair.stream().filter(EvidenceRow::counted).count());
        // Scores are the same with or without the copy.
        EventAssessment without = event(ASSESSOR.assess(MultiCorpus.without("crocus-harbour-2024-03-24")), "Crocus City Hall");
        assertEquals(scores(crocus), scores(without));
        assertEquals(1, crocus.casualties().reports().stream().filter(r -> r.sourceCluster().equals(cluster.id()) && r.counted()).count());
    }

    private static List<String> scores(EventAssessment e) {
        return e.hypotheses().stream().map(h -> h.key() + " " + h.inconsistency() + " " + h.support() + " " + h.share()).toList();
    }

    @Test
    void aCitedOutletIsLinkedNotCounted() {
        EventAssessment crocus = event(all, "Crocus City Hall");
        EvidenceRow relay = crocus.matrix().stream().filter(r -> r.holder().equals("media-outlet:meridian-wire")).findFirst().orElseThrow();
        assertFalse(relay.counted());
        EvidenceRow original = crocus.matrix().stream().filter(r -> r.id().equals(relay.cites())).findFirst().orElseThrow();
        assertEquals("us-intelligence", original.holder());
        assertEquals("Meridian Wire", original.outlet());
    }

    @Test
    void casualtiesReconcileRisingTolls() {
        Casualties c = event(all, "Crocus City Hall").casualties();
        assertEquals(40, c.killed().low());
        assertEquals(145, c.killed().high());
        assertEquals(CountRange.exactly(145), c.killed().latest());
        assertEquals("Baltic Courier", c.killed().latestOutlet());
        assertEquals(MultiCorpus.day("2024-04-03"), c.killed().latestPublished());
        assertTrue(c.killed().conflict());
        assertTrue(c.killed().notes().contains("rose from 139 (Northline News, 2024-03-26) to 145 (Baltic Courier, 2024-04-03)"));
        assertEquals(101, c.injured().low());
        assertEquals(361, c.injured().high());
        assertTrue(c.injured().openAbove());
        Casualties kerman = event(all, "Qassem Soleimani's tomb").casualties();
        assertEquals(CountRange.exactly(95), kerman.killed().latest());
        assertTrue(kerman.killed().notes().get(0).startsWith("revised down from 103"));
    }

    @Test
    void asOfTheFirstDayShowsTheEarlierPicture() {
        Assessment early = all.asOf(MultiCorpus.day("2024-03-22"));
        EventAssessment crocus = event(early, "Crocus City Hall");
        assertEquals(event(all, "Crocus City Hall").event().id(), crocus.event().id());
        assertEquals(List.of("islamic-state", "unknown"), ranking(crocus));
        assertEquals(new CountRange(40, null), crocus.casualties().killed().latest());
        assertEquals(1, crocus.event().mentions().size());
        EventAssessment kandahar = event(ASSESSOR.assess(MultiCorpus.all(), MultiCorpus.day("2024-03-21")), "New Kabul Bank");
        assertEquals("unknown", kandahar.leading());
        assertEquals(CountRange.exactly(3), kandahar.casualties().killed().latest());
    }

    @Test
    void timelineShowsHowTheRankingChanged() {
        List<TimelinePoint> t = event(all, "Crocus City Hall").timeline();
        assertEquals(List.of("2024-03-22", "2024-03-23", "2024-03-24", "2024-03-26", "2024-04-03"),
                t.stream().map(p -> p.date().toString()).toList());
        assertEquals(List.of("islamic-state", "unknown"), t.get(0).ranking().stream().map(RankEntry::hypothesis).toList());
        assertTrue(t.get(1).ranking().stream().anyMatch(r -> r.hypothesis().equals("ukraine")));
        assertEquals(List.of(40, 115, 137, 139, 145), t.stream().map(p -> p.killed().min()).toList());
        List<TimelinePoint> kandahar = event(all, "New Kabul Bank").timeline();
        assertEquals(List.of("unknown", "islamic-state"), kandahar.stream().map(TimelinePoint::leading).toList());
    }

    @Test
    void resultsDoNotDependOnInputOrderAndRepeatToTheByte() {
        List<AssessInput> shuffled = new ArrayList<>(MultiCorpus.all());
        Collections.shuffle(shuffled, new Random(7));
        shuffled.add(shuffled.get(0)); // the same document twice is one document
        String a = ExplainJson.of(all);
        assertEquals(a, ExplainJson.of(ASSESSOR.assess(shuffled)));
        assertEquals(a, ExplainJson.of(Assessor.withDefaults().assess(MultiCorpus.all())));
    }

    @Test
    void analystOverridesWinOverEveryRule() {
        Assessment rated = ASSESSOR.withOverrides(Map.of("person:vladimir-putin", Grade.A)).assess(MultiCorpus.all());
        EvidenceRow putin = event(rated, "Crocus City Hall").matrix().stream()
                .filter(r -> r.holder().equals("person:vladimir-putin") && r.counted()).findFirst().orElseThrow();
        assertEquals(Grade.A, putin.grade());
        assertTrue(putin.gradeReasons().contains("analyst override: A"));
        assertEquals(Map.of("person:vladimir-putin", Grade.A), rated.overrides());
    }

    @Test
    void actorsMergeByRegistryKeyAndPeopleKeepTheirRolePerDocument() {
        MergedActor is = all.actors().stream().filter(a -> a.key().equals("islamic-state")).findFirst().orElseThrow();
        assertEquals(9, is.documents().size());
        MergedActor putin = all.actors().stream().filter(a -> a.key().equals("person:vladimir-putin")).findFirst().orElseThrow();
        assertEquals(2, putin.documents().size());
        assertEquals("President", putin.documents().get(0).role());
        assertEquals("Russia", putin.country());
        assertNull(all.asOfDate());
    }

    @Test
    void unknownEventIdsAndMismatchedInputsAreRefused() {
        assertThrows(InvalidInputException.class, () -> all.explain("ev-nope"));
        AssessInput a = MultiCorpus.input("crocus-ledger-2024-03-23");
        assertThrows(InvalidInputException.class, () -> new AssessInput(MultiCorpus.input("kerman-ledger-2024-01-03").meta(), a.extraction()));
    }
}

package org.claimgraph.extract.eval;

import static org.claimgraph.extract.eval.Fixtures.extraction;
import static org.claimgraph.extract.eval.Fixtures.gActor;
import static org.claimgraph.extract.eval.Fixtures.gAssert;
import static org.claimgraph.extract.eval.Fixtures.gCounts;
import static org.claimgraph.extract.eval.Fixtures.gEvent;
import static org.claimgraph.extract.eval.Fixtures.gPart;
import static org.claimgraph.extract.eval.Fixtures.gRange;
import static org.claimgraph.extract.eval.Fixtures.gold;
import static org.claimgraph.extract.eval.Fixtures.sActor;
import static org.claimgraph.extract.eval.Fixtures.sActorPart;
import static org.claimgraph.extract.eval.Fixtures.sAssert;
import static org.claimgraph.extract.eval.Fixtures.sCounts;
import static org.claimgraph.extract.eval.Fixtures.sEvent;
import static org.claimgraph.extract.eval.Fixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.junit.jupiter.api.Test;

/** One small hand-built case per scoring rule and gold convention of eval/FORMAT.md. */
class ScorerRulesTest {
    private static final ActorKind GROUP = ActorKind.ARMED_GROUP;
    private static final AssertionKind ATTR = AssertionKind.ATTRIBUTION;
    private static final AssertionKind CLAIM = AssertionKind.CLAIM;

    // ------------------------------------------------------------------ rule 1, actors

    @Test
    void actorAliasesMatchAfterFolding() {
        GoldDocument g = gold(List.of(gActor("iskp", GROUP, true, "Islamic State Khorasan Province", "ISKP")), List.of(), List.of());
        DocumentScore d = score(g, extraction(List.of(sActor("A1", "islamic-state  khorásan_province", GROUP)), List.of(), List.of()));
        assertEquals(new Prf(1, 1, 1), d.actors());
        DocumentScore viaAlias = score(g, extraction(List.of(sActor("A1", "IS-K", GROUP, "iskp")), List.of(), List.of()));
        assertEquals(new Prf(1, 1, 1), viaAlias.actors());
    }

    @Test
    void secondSystemActorOnRequiredGoldIsFalsePositive() {
        GoldDocument g = gold(List.of(gActor("iskp", GROUP, true, "ISKP", "IS-K")), List.of(), List.of());
        DocumentScore d = score(g, extraction(List.of(sActor("A1", "ISKP", GROUP), sActor("A2", "IS-K", GROUP)), List.of(), List.of()));
        assertEquals(new Prf(1, 2, 1), d.actors());
        assertTrue(d.findings().stream().anyMatch(f -> f.outcome() == Finding.Outcome.FALSE_POSITIVE && f.system().startsWith("A2")));
    }

    @Test
    void secondSystemActorOnOptionalGoldIsNeutral() {
        GoldDocument g = gold(List.of(gActor("ttp", GROUP, false, "TTP", "Pakistani Taliban")), List.of(), List.of());
        DocumentScore d = score(g, extraction(List.of(sActor("A1", "TTP", GROUP), sActor("A2", "Pakistani Taliban", GROUP)), List.of(), List.of()));
        assertEquals(new Prf(0, 0, 0), d.actors());
    }

    @Test
    void optionalGoldActorIsNeitherRewardedNorPunished() {
        GoldDocument g = gold(List.of(gActor("is", GROUP, true, "IS"), gActor("nato", ActorKind.ORGANIZATION, false, "NATO")), List.of(), List.of());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(sActor("A1", "IS", GROUP), sActor("A2", "NATO", ActorKind.ORGANIZATION)), List.of(), List.of())).actors());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(sActor("A1", "IS", GROUP)), List.of(), List.of())).actors());
    }

    @Test
    void unmatchedSystemActorOfUnscoredKindIsNotFalsePositive() {
        GoldDocument g = gold(List.of(gActor("is", GROUP, true, "IS")), List.of(), List.of());
        DocumentScore d = score(g, extraction(List.of(sActor("A1", "IS", GROUP), sActor("A2", "Russia", ActorKind.STATE),
                sActor("A3", "civilians", ActorKind.POPULATION), sActor("A4", "Hezbollah", GROUP)), List.of(), List.of()));
        assertEquals(new Prf(1, 2, 1), d.actors(), "only the armed group Hezbollah is a false positive");
    }

    @Test
    void goldStatesAreNotCountedAsActors() {
        GoldDocument g = gold(List.of(gActor("ukraine", ActorKind.STATE, true, "Ukraine")), List.of(), List.of());
        assertEquals(new Prf(0, 0, 0), score(g, extraction(List.of(sActor("A1", "Ukraine", ActorKind.GOVERNMENT_BODY)), List.of(), List.of())).actors());
        assertEquals(new Prf(0, 0, 0), score(g, extraction(List.of(), List.of(), List.of())).actors());
    }

    @Test
    void requiredGoldIsMatchedFirst() {
        // A1 names both; the optional actor comes first in the file but must not take it.
        GoldDocument g = gold(List.of(gActor("ru", ActorKind.GOVERNMENT_BODY, false, "Russian authorities", "Moscow"),
                gActor("kremlin", ActorKind.GOVERNMENT_BODY, true, "Kremlin", "Moscow")), List.of(), List.of());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(sActor("A1", "Moscow", ActorKind.GOVERNMENT_BODY)), List.of(), List.of())).actors());
    }

    // ------------------------------------------------------------------ rule 2, partOf

    @Test
    void partOfLinks() {
        GoldDocument g = gold(List.of(gActor("is", GROUP, true, "IS"), gPart("iskp", GROUP, true, "is", "ISKP"),
                gPart("azaim", ActorKind.MEDIA_OUTLET, true, "iskp", "al-Azaim"),
                gPart("caucasus", GROUP, false, "is", "Caucasus province")), List.of(), List.of());
        DocumentScore right = score(g, extraction(List.of(sActor("A1", "IS", GROUP), sActorPart("A2", "ISKP", GROUP, "A1"),
                sActorPart("A3", "Caucasus province", GROUP, "A1"), sActorPart("A4", "al-Azaim", ActorKind.MEDIA_OUTLET, "A1")),
                List.of(), List.of()));
        // iskp->is right; caucasus->is optional end, neutral; azaim->is wrong (gold: azaim->iskp), missed azaim->iskp.
        assertEquals(new Prf(2, 2, 1), right.partOf());
    }

    // ------------------------------------------------------------------ rule 3, events

    @Test
    void remainingTiesPairEventsWhosePlacesAgree() {
        // Two attacks of one night, dated alike: file order would pair Huari with Barranca.
        GoldDocument g = gold(List.of(gActor("sl", GROUP, true, "Shining Path")),
                List.of(gEvent("t1", "1990", "Peru", "Huari", true), gEvent("t2", "1990", "Peru", "Barranca", true)),
                List.of(gAssert("t2", null, "sl", AssertionKind.ATTRIBUTION, Certainty.CERTAIN, true)));
        DocumentScore d = score(g, extraction(List.of(sActor("A1", "Shining Path", GROUP)),
                List.of(sEvent("E1", "1990-04", "Peru", "Barranca"), sEvent("E2", "1990-04", "Peru", "Huari")),
                List.of(sAssert("S1", "E1", "author", "A1", AssertionKind.ATTRIBUTION, Certainty.CERTAIN))));
        assertEquals(new Prf(2, 2, 2), d.events());
        assertEquals(new Prf(1, 1, 1), d.assertions());
    }

    @Test
    void datesAgreeByPrefixNotByOtherMonth() {
        GoldDocument g = gold(List.of(), List.of(gEvent("e", "2024-01-03", "Iran", null, true)), List.of());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01", "Iran", null)), List.of())).events());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(), List.of(sEvent("E1", "2024", "Iran", null)), List.of())).events());
        assertEquals(new Prf(1, 1, 0), score(g, extraction(List.of(), List.of(sEvent("E1", "2024-02", "Iran", null)), List.of())).events());
        assertEquals(new Prf(1, 1, 0), score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01-03", "Iraq", null)), List.of())).events());
    }

    @Test
    void kindMustBeEqualOrAlsoAccepted() {
        GoldEvent plotOk = new GoldEvent("e", EventKind.ATTACK, "2024", null, null, null, List.of(), List.of(), "Iran", List.of(),
                null, null, Set.of(), new GoldEvent.AlsoAccept(List.of(EventKind.PLOT), List.of(), List.of()), true);
        GoldDocument g = gold(List.of(), List.of(plotOk), List.of());
        Event plot = new Event("E1", EventKind.PLOT, null, "2024", null, null, null, "Iran", null, null, null, List.of());
        Event arrest = new Event("E1", EventKind.ARREST, null, "2024", null, null, null, "Iran", null, null, null, List.of());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(), List.of(plot), List.of())).events());
        assertEquals(new Prf(1, 1, 0), score(g, extraction(List.of(), List.of(arrest), List.of())).events());
    }

    @Test
    void countryAliasesAreAccepted() {
        GoldEvent e = new GoldEvent("e", EventKind.ATTACK, "1989", null, null, null, List.of(), List.of(), "El Salvador",
                List.of("Salvador"), null, null, Set.of(), null, true);
        GoldDocument g = gold(List.of(), List.of(e), List.of());
        assertEquals(new Prf(1, 1, 1), score(g, extraction(List.of(), List.of(sEvent("E1", "1989-02", "salvador", null)), List.of())).events());
    }

    @Test
    void dateRangeOverlapReplacesPrefixAndRanksBelowIt() {
        GoldDocument g = gold(List.of(), List.of(gRange("r", "2024-01-10", "2024-01-20", "Iran", true)), List.of());
        assertEquals(1, score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01", "Iran", null)), List.of())).events().matched());
        assertEquals(1, score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01-20", "Iran", null)), List.of())).events().matched());
        assertEquals(0, score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01-21", "Iran", null)), List.of())).events().matched());
        assertEquals(0, score(g, extraction(List.of(), List.of(sEvent("E1", "2023", "Iran", null)), List.of())).events().matched());
        GoldDocument open = gold(List.of(), List.of(gRange("r", null, "2024-01-20", "Iran", true)), List.of());
        assertEquals(1, score(open, extraction(List.of(), List.of(sEvent("E1", "1999-05-05", "Iran", null)), List.of())).events().matched());

        // E1 agrees with both; the prefix pair wins although the range event comes first in the key.
        GoldDocument two = gold(List.of(), List.of(gRange("r", "2024-01-01", "2024-01-31", "Iran", true),
                gEvent("d", "2024-01-15", "Iran", null, true)), List.of());
        DocumentScore d = score(two, extraction(List.of(), List.of(sEvent("E1", "2024-01-15", "Iran", null),
                sEvent("E2", "2024-01-05", "Iran", null)), List.of()));
        assertEquals(new Prf(2, 2, 2), d.events());
    }

    @Test
    void noDateMatchesOnPlaceOrSiteAlias() {
        GoldEvent crocus = new GoldEvent("c", EventKind.ATTACK, "2024-03-22", null, "Krasnogorsk", "Crocus Town Hall",
                List.of(), List.of("Crocus City Hall"), "Russia", List.of(), null, null, Set.of(), null, true);
        GoldDocument g = gold(List.of(), List.of(crocus), List.of());
        Event bySite = new Event("E1", EventKind.ATTACK, null, null, null, null, "crocus city hall", "Russia", null, null, null, List.of());
        assertEquals(1, score(g, extraction(List.of(), List.of(bySite), List.of())).events().matched());
        assertEquals(1, score(g, extraction(List.of(), List.of(sEvent("E1", null, "Russia", "Krasnogorsk")), List.of())).events().matched());
        assertEquals(0, score(g, extraction(List.of(), List.of(sEvent("E1", null, "Russia", "Moscow")), List.of())).events().matched());
        // Gold without a date: the place decides even when the system has a date.
        GoldDocument undated = gold(List.of(), List.of(gEvent("p", null, "Germany", "Cologne", true)), List.of());
        assertEquals(1, score(undated, extraction(List.of(), List.of(sEvent("E1", "2023-12", "Germany", "Cologne")), List.of())).events().matched());
        assertEquals(0, score(undated, extraction(List.of(), List.of(sEvent("E1", "2023-12", "Germany", null)), List.of())).events().matched());
    }

    @Test
    void greedyTakesLongestCommonPrefixAndRequiredGoldFirstOnTies() {
        GoldDocument g = gold(List.of(), List.of(gEvent("opt", "2024-01", "Iran", null, false), gEvent("req", "2024-01", "Iran", null, true)), List.of());
        DocumentScore d = score(g, extraction(List.of(), List.of(sEvent("E1", "2024-01-05", "Iran", null)), List.of()));
        assertEquals(new Prf(1, 1, 1), d.events(), "the required event wins the tie");
        GoldDocument days = gold(List.of(), List.of(gEvent("a", "2024-01", "Iran", null, true), gEvent("b", "2024-01-05", "Iran", null, true)), List.of());
        assertEquals(new Prf(2, 2, 2), score(days, extraction(List.of(), List.of(sEvent("E1", "2024-01-05", "Iran", null),
                sEvent("E2", "2024-01", "Iran", null)), List.of())).events());
    }

    @Test
    void systemEventOnOptionalGoldIsNeutral() {
        GoldDocument g = gold(List.of(), List.of(gEvent("opt", "2024", "Iran", null, false)), List.of());
        assertEquals(Prf.ZERO, score(g, extraction(List.of(), List.of(sEvent("E1", "2024", "Iran", null), sEvent("E2", "2024-05", "Iran", null)), List.of())).events());
    }

    // ------------------------------------------------------------------ rule 4, casualties

    private static Accuracy casualties(GoldEvent g, CountRange killed, CountRange injured) {
        return score(gold(List.of(), List.of(g), List.of()), extraction(List.of(), List.of(sCounts("E1", killed, injured)), List.of())).casualties();
    }

    @Test
    void exactCountAndRange() {
        GoldEvent g = gCounts("k", new GoldCount.Exactly(21), new GoldCount.Between(51, null), List.of(), Set.of());
        assertEquals(new Accuracy(2, 2), casualties(g, CountRange.exactly(21), new CountRange(51, null)));
        assertEquals(new Accuracy(2, 0), casualties(g, new CountRange(21, null), new CountRange(51, 60)));
        assertEquals(new Accuracy(2, 0), casualties(g, null, null), "gold states numbers, system none");
    }

    @Test
    void moreThanAcceptsNAndNPlusOneWithOpenMax() {
        GoldEvent g = gCounts("k", GoldCount.NOT_STATED, new GoldCount.MoreThan(50), List.of(), Set.of());
        assertEquals(new Accuracy(1, 1), casualties(g, null, new CountRange(51, null)));
        assertEquals(new Accuracy(1, 1), casualties(g, null, new CountRange(50, null)));
        assertEquals(new Accuracy(1, 0), casualties(g, null, new CountRange(52, null)));
        assertEquals(new Accuracy(1, 0), casualties(g, null, new CountRange(51, 60)));
    }

    @Test
    void atLeastIsALowerBound() {
        GoldEvent g = gCounts("k", new GoldCount.AtLeast(3), GoldCount.NOT_STATED, List.of(), Set.of());
        assertEquals(new Accuracy(1, 1), casualties(g, CountRange.exactly(5), null));
        assertEquals(new Accuracy(1, 1), casualties(g, new CountRange(3, null), null));
        assertEquals(new Accuracy(1, 0), casualties(g, new CountRange(2, 9), null));
    }

    @Test
    void notStatedOnBothSidesIsNotCountedButSystemNumberIs() {
        GoldEvent g = gCounts("k", GoldCount.NOT_STATED, GoldCount.NOT_STATED, List.of(), Set.of());
        assertEquals(Accuracy.ZERO, casualties(g, null, new CountRange(null, null)));
        assertEquals(new Accuracy(1, 0), casualties(g, CountRange.exactly(4), null));
    }

    @Test
    void unscoredFieldsAreNeverCounted() {
        GoldEvent g = gCounts("k", new GoldCount.Exactly(5), GoldCount.NOT_STATED, List.of(), Set.of("killed", "injured"));
        assertEquals(Accuracy.ZERO, casualties(g, CountRange.exactly(7), CountRange.exactly(1)));
    }

    @Test
    void alsoAcceptCountsAndNullGoldWithAlternatives() {
        GoldEvent g = gCounts("k", new GoldCount.Exactly(44), GoldCount.NOT_STATED, List.of(new GoldCount.Exactly(45)), Set.of());
        assertEquals(new Accuracy(1, 1), casualties(g, CountRange.exactly(45), null));
        GoldEvent nullGold = gCounts("k", GoldCount.NOT_STATED, GoldCount.NOT_STATED, List.of(new GoldCount.Exactly(3)), Set.of());
        assertEquals(Accuracy.ZERO, casualties(nullGold, null, null), "null gold with alternatives, system silent: not counted");
        assertEquals(new Accuracy(1, 1), casualties(nullGold, CountRange.exactly(3), null));
        assertEquals(new Accuracy(1, 0), casualties(nullGold, CountRange.exactly(4), null));
    }

    @Test
    void casualtiesOnOptionalEventsAreNotCounted() {
        GoldEvent opt = new GoldEvent("k", EventKind.ATTACK, "2024-03-21", null, null, null, List.of(), List.of(), "Afghanistan",
                List.of(), new GoldCount.Exactly(1), null, Set.of(), null, false);
        assertEquals(Accuracy.ZERO, casualties(opt, CountRange.exactly(9), null));
    }

    // ------------------------------------------------------------------ rule 5, assertions

    private static final List<GoldActor> GROUPS = List.of(gActor("is", GROUP, true, "IS"), gPart("iskp", GROUP, true, "is", "ISKP"),
            gPart("amaq", ActorKind.MEDIA_OUTLET, true, "is", "Amaq"), gPart("azaim", ActorKind.MEDIA_OUTLET, true, "iskp", "al-Azaim"),
            gActor("kremlin", ActorKind.GOVERNMENT_BODY, true, "Kremlin"), gActor("ukraine", ActorKind.STATE, true, "Ukraine"));

    private static List<org.claimgraph.core.extraction.Actor> systemGroups() {
        return List.of(sActor("A1", "IS", GROUP), sActor("A2", "ISKP", GROUP), sActor("A3", "Amaq", ActorKind.MEDIA_OUTLET),
                sActor("A4", "al-Azaim", ActorKind.MEDIA_OUTLET), sActor("A5", "Kremlin", ActorKind.GOVERNMENT_BODY),
                sActor("A6", "Ukraine", ActorKind.STATE));
    }

    private static DocumentScore assertions(List<GoldAssertion> gold, org.claimgraph.core.extraction.Assertion... system) {
        GoldDocument g = gold(GROUPS, List.of(gEvent("c", "2024-03-22", "Russia", null, true)), gold);
        return score(g, extraction(systemGroups(), List.of(sEvent("E1", "2024-03-22", "Russia", null)), List.of(system)));
    }

    @Test
    void holderAndSuspectMatchByAliasIncludingStates() {
        List<GoldAssertion> g = List.of(gAssert("c", "kremlin", "ukraine", ATTR, Certainty.CERTAIN, true));
        assertEquals(new Prf(1, 1, 1), assertions(g, sAssert("S1", "E1", "A5", "A6", ATTR, Certainty.CERTAIN)).assertions());
        assertEquals(new Prf(1, 1, 0), assertions(g, sAssert("S1", "E1", "A5", "A2", ATTR, Certainty.CERTAIN)).assertions());
        assertEquals(new Prf(1, 1, 0), assertions(g, sAssert("S1", "E1", "author", "A6", ATTR, Certainty.CERTAIN)).assertions());
    }

    @Test
    void assertionEventMustBeTheMatchedOne() {
        GoldDocument g = gold(GROUPS, List.of(gEvent("c", "2024-03-22", "Russia", null, true)),
                List.of(gAssert("c", "kremlin", "ukraine", ATTR, null, true)));
        DocumentScore d = score(g, extraction(systemGroups(), List.of(sEvent("E1", "2024-03-22", "Russia", null),
                sEvent("E2", "2023", "Russia", null)), List.of(sAssert("S1", "E2", "A5", "A6", ATTR, Certainty.CERTAIN))));
        assertEquals(new Prf(1, 1, 0), d.assertions());
    }

    @Test
    void authorOnlyEqualsAuthor() {
        List<GoldAssertion> g = List.of(gAssert("c", "author", "is", ATTR, null, true));
        assertEquals(1, assertions(g, sAssert("S1", "E1", "author", "A1", ATTR, Certainty.CERTAIN)).assertions().matched());
        assertEquals(0, assertions(g, sAssert("S1", "E1", "A5", "A1", ATTR, Certainty.CERTAIN)).assertions().matched());
    }

    @Test
    void holderNullMatchesAnyHolderAndFurtherHoldersAreNeutral() {
        List<GoldAssertion> g = List.of(gAssert("c", null, "iskp", ATTR, Certainty.CERTAIN, true));
        DocumentScore d = assertions(g, sAssert("S1", "E1", "author", "A2", ATTR, Certainty.CERTAIN),
                sAssert("S2", "E1", "A5", "A2", ATTR, Certainty.PROBABLE), sAssert("S3", "E1", "A1", "A2", ATTR, null));
        assertEquals(new Prf(1, 1, 1), d.assertions());
        assertEquals(new Accuracy(1, 1), d.certainty());
    }

    @Test
    void claimThroughMediaOutletCountsAsItsGroupOneLevelUp() {
        List<GoldAssertion> iskpClaim = List.of(gAssert("c", "iskp", "iskp", CLAIM, null, true));
        assertEquals(1, assertions(iskpClaim, sAssert("S1", "E1", "A4", "A2", CLAIM, Certainty.CERTAIN)).assertions().matched(), "al-Azaim counts as ISKP");
        List<GoldAssertion> isClaim = List.of(gAssert("c", "is", "is", CLAIM, null, true));
        assertEquals(0, assertions(isClaim, sAssert("S1", "E1", "A4", "A1", CLAIM, Certainty.CERTAIN)).assertions().matched(), "al-Azaim is not IS");
        assertEquals(1, assertions(isClaim, sAssert("S1", "E1", "A3", "A1", CLAIM, Certainty.CERTAIN)).assertions().matched(), "Amaq counts as IS");
        List<GoldAssertion> iskpAttr = List.of(gAssert("c", "iskp", "is", ATTR, null, true));
        assertEquals(0, assertions(iskpAttr, sAssert("S1", "E1", "A4", "A1", ATTR, Certainty.CERTAIN)).assertions().matched(), "only for claims");
    }

    @Test
    void alsoAcceptKindAndCertainty() {
        GoldAssertion g = new GoldAssertion(0, "c", null, "iskp", ATTR, Certainty.CERTAIN,
                new GoldAssertion.AlsoAccept(List.of(CLAIM), List.of(Certainty.PROBABLE)), true);
        DocumentScore claim = assertions(List.of(g), sAssert("S1", "E1", "A2", "A2", CLAIM, Certainty.PROBABLE));
        assertEquals(new Prf(1, 1, 1), claim.assertions());
        assertEquals(new Accuracy(1, 1), claim.certainty());
        DocumentScore denial = assertions(List.of(g), sAssert("S1", "E1", "A5", "A2", AssertionKind.DENIAL, Certainty.CERTAIN));
        assertEquals(new Prf(1, 1, 0), denial.assertions());
        DocumentScore possible = assertions(List.of(g), sAssert("S1", "E1", "A5", "A2", ATTR, Certainty.POSSIBLE));
        assertEquals(new Accuracy(1, 0), possible.certainty());
    }

    @Test
    void certaintyIsCountedOnlyWhereGoldStatesOne() {
        List<GoldAssertion> g = List.of(gAssert("c", "kremlin", "ukraine", AssertionKind.NO_CLAIM, null, true));
        assertEquals(Accuracy.ZERO, assertions(g, sAssert("S1", "E1", "A5", "A6", AssertionKind.NO_CLAIM, Certainty.POSSIBLE)).certainty());
    }

    @Test
    void systemDuplicatesCountOnce() {
        List<GoldAssertion> g = List.of(gAssert("c", "kremlin", "ukraine", ATTR, null, true));
        DocumentScore d = assertions(g, sAssert("S1", "E1", "A5", "A6", ATTR, Certainty.CERTAIN),
                sAssert("S2", "E1", "A5", "A6", ATTR, Certainty.PROBABLE));
        assertEquals(new Prf(1, 1, 1), d.assertions());
        DocumentScore wrong = assertions(g, sAssert("S1", "E1", "A5", "A1", ATTR, Certainty.CERTAIN),
                sAssert("S2", "E1", "A5", "A1", ATTR, Certainty.PROBABLE));
        assertEquals(new Prf(1, 1, 0), wrong.assertions(), "a repeated wrong assertion is one false positive");
    }

    @Test
    void optionalGoldAssertionIsNeutral() {
        List<GoldAssertion> g = List.of(gAssert("c", "author", "iskp", ATTR, Certainty.CERTAIN, false));
        assertEquals(Prf.ZERO, assertions(g, sAssert("S1", "E1", "author", "A2", ATTR, Certainty.POSSIBLE)).assertions());
        assertEquals(Accuracy.ZERO, assertions(g, sAssert("S1", "E1", "author", "A2", ATTR, Certainty.POSSIBLE)).certainty());
    }
}

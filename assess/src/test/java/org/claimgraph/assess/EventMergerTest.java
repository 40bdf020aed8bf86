package org.claimgraph.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Perpetrators;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static int n;

    private static EventMention m(String doc, EventKind kind, String date, String place, String site, String country, String... suspects) {
        n++;
        return new EventMention(doc + "#E" + n, doc, "E" + n, "Outlet", LocalDate.of(2024, 3, 23), kind, null, date, null,
                place, site, country, null, null, Perpetrators.UNKNOWN, List.of(), List.of(suspects));
    }

    private static List<MergedEvent> merge(EventMention... ms) {
        return new EventMerger().merge(List.of(ms));
    }

    @Test
    void sameKindCountryDayAndPlaceMerge() {
        List<MergedEvent> out = merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia"),
                m("d2", EventKind.ATTACK, "2024-03-22", null, "Crocus Town Hall", "Russia"));
        assertEquals(1, out.size());
        assertEquals("Krasnogorsk", out.get(0).place());
        assertEquals("2024-03-22", out.get(0).date());
    }

    @Test
    void datesAgreeAtTheirPrecisionAndTheMorePreciseWins() {
        List<MergedEvent> out = merge(m("d1", EventKind.ATTACK, "2024-01", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"));
        assertEquals(1, out.size());
        assertEquals("2024-01-03", out.get(0).date());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-02", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran")).size());
    }

    @Test
    void oneDayApartMergesOnlyWithTheSamePlace() {
        assertEquals(1, merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia"),
                m("d2", EventKind.ATTACK, "2024-03-23", "Krasnogorsk", null, "Russia")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-22", null, null, "Russia"),
                m("d2", EventKind.ATTACK, "2024-03-23", null, null, "Russia")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-20", "Krasnogorsk", null, "Russia"),
                m("d2", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia")).size());
    }

    @Test
    void missingDateOrPlaceNeedsTheRestToAgreeStrongly() {
        assertEquals(1, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, null, "Kerman", null, "Iran")).size(), "no date, same place");
        assertEquals(1, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-01-03", null, null, "Iran")).size(), "no place, same day");
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, null, null, null, "Iran")).size(), "country alone is too weak");
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01", null, null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-01-03", null, null, "Iran")).size(), "month only, no place, no shared actor");
        assertEquals(1, merge(m("d1", EventKind.ATTACK, "2024-01", null, null, "Iran", "islamic-state"),
                m("d2", EventKind.ATTACK, "2024-01-03", null, null, "Iran", "islamic-state")).size(), "a shared suspect helps");
    }

    @Test
    void differentKindCountryOrPlaceDoNotMerge() {
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia"),
                m("d2", EventKind.ARREST, "2024-03-22", "Krasnogorsk", null, "Russia")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-21", "Kandahar", null, "Afghanistan"),
                m("d2", EventKind.ATTACK, "2024-03-21", "Kandahar", null, "Pakistan")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-21", "Kandahar city", null, "Afghanistan"),
                m("d2", EventKind.ATTACK, "2024-03-21", "Kabul city", null, "Afghanistan")).size());
    }

    @Test
    void twoEventsOfOneDocumentNeverMerge() {
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia"),
                m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia")).size());
    }

    @Test
    void placeNamesCompareFoldedContainedOrOverlapping() {
        assertTrue(EventMerger.similar("Crocus City Hall", "crocus city-hall"));
        assertTrue(EventMerger.similar("Crocus City Hall", "Crocus"));
        assertTrue(EventMerger.similar("Crocus City Hall", "Crocus Town Hall"));
        assertTrue(!EventMerger.similar("Kandahar city", "Kerman city"));
    }

    @Test
    void idComesFromTheEarliestMentionAndMergeSaysWhy() {
        EventMention first = m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia");
        MergedEvent e = merge(first, m("d2", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", null, "Russia")).get(0);
        assertEquals("ev-" + Ids.shortHash("d1#" + first.eventId(), 16), e.id());
        assertEquals(1, e.links().size());
        assertEquals("0.90", e.links().get(0).score().toPlainString());
        assertTrue(e.links().get(0).reasons().contains("same day (2024-03-22)"));
    }

    @Test
    void undatedMentionJoinsTheOneEventWhoseReportsNameItsPlace() {
        // Moscow does not match Krasnogorsk, but another report of the event gives Moscow.
        List<MergedEvent> out = merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia"),
                m("d2", EventKind.ATTACK, "2024-03-22", "Moscow", "Crocus City Hall", "Russia"),
                m("d1", EventKind.ATTACK, null, "Moscow", null, "Russia"));
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).mentions().size());
        assertEquals("Moscow", out.get(0).place(), "most reported");
        assertTrue(out.get(0).links().get(1).reasons().contains("its document already reports this event"));
    }

    @Test
    void aReportNamingOnlyTheSiteJoinsTheOneEventAtThatSite() {
        List<MergedEvent> out = merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia"),
                m("d2", EventKind.ATTACK, "2024-01-03", "Kerman", "Martyrs' Cemetery", "Iran"),
                m("d3", EventKind.ATTACK, null, null, "Crocus City Hall", null));
        assertEquals(2, out.size());
        assertTrue(out.get(0).links().stream().anyMatch(l -> l.reasons().contains("country missing")), out.get(0).links().toString());
        // Neither country nor any place: nothing to tie it to.
        assertEquals(3, merge(m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia"),
                m("d2", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d3", EventKind.ATTACK, null, null, null, null, "Islamic State")).size());
    }

    @Test
    void earlierUndatedMentionJoinsAndTheAnchoredEventKeepsItsId() {
        EventMention undated = m("d0", EventKind.ATTACK, null, "Moscow", null, "Russia");
        EventMention anchored = m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia");
        List<MergedEvent> out = merge(undated, anchored, m("d2", EventKind.ATTACK, "2024-03-22", "Moscow", "Crocus City Hall", "Russia"));
        assertEquals(1, out.size());
        assertEquals("ev-" + Ids.shortHash("d1#" + anchored.eventId(), 16), out.get(0).id());
    }

    @Test
    void undatedMentionStaysApartWhenTwoEventsShareItsPlace() {
        assertEquals(3, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-02-10", "Kerman", null, "Iran"),
                m("d3", EventKind.ATTACK, null, "Kerman", null, "Iran")).size());
    }

    @Test
    void anUndatedMentionNeverChainsTwoDaysTogether() {
        // Before: the second dated report joined through the undated one despite the other day.
        assertEquals(2, merge(m("d0", EventKind.ATTACK, null, "Kerman", null, "Iran"),
                m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran"),
                m("d2", EventKind.ATTACK, "2024-02-10", "Kerman", null, "Iran")).size());
    }

    @Test
    void placelessSameDayMentionOfTheSameDocumentJoins() {
        List<MergedEvent> out = merge(m("d1", EventKind.ATTACK, "2024-01-04", "Kerman", null, "Iran"),
                m("d1", EventKind.ATTACK, "2024-01-04", null, null, "Iran"));
        assertEquals(1, out.size());
        assertEquals(2, out.get(0).mentions().size());
        // Another day, another country or a place of its own keeps it apart.
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-04", "Kerman", null, "Iran"),
                m("d1", EventKind.ATTACK, "2024-01-05", null, null, "Iran")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-04", "Kerman", null, "Iran"),
                m("d1", EventKind.ATTACK, "2024", null, null, "Iran")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-04", "Kerman", null, "Iran"),
                m("d1", EventKind.ATTACK, "2024-01-04", "Zahedan", null, "Iran")).size());
    }

    @Test
    void countryOnlyMentionJoinsTheOneEventOfItsCountryWithASharedSuspect() {
        assertEquals(1, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran", "islamic-state"),
                m("d2", EventKind.ATTACK, null, null, null, "Iran", "islamic-state")).size());
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran", "islamic-state"),
                m("d2", EventKind.ATTACK, null, null, null, "Iran", "jaish-ul-adl")).size(), "no shared suspect");
        assertEquals(3, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran", "islamic-state"),
                m("d2", EventKind.ATTACK, "2024-02-10", "Zahedan", null, "Iran", "jaish-ul-adl"),
                m("d3", EventKind.ATTACK, null, null, null, "Iran", "islamic-state")).size(), "two events of its country");
        assertEquals(2, merge(m("d1", EventKind.ATTACK, "2024-01-03", "Kerman", null, "Iran", "islamic-state"),
                m("d2", EventKind.ATTACK, null, null, null, "Tajikistan", "islamic-state")).size(), "other country");
    }

    @Test
    void joiningIsIndependentOfTheOrderOfTheWeakMentions() {
        EventMention a = m("d1", EventKind.ATTACK, "2024-03-22", "Krasnogorsk", "Crocus City Hall", "Russia", "islamic-state");
        EventMention w1 = m("d2", EventKind.ATTACK, null, "Crocus", null, "Russia");
        EventMention w2 = m("d3", EventKind.ATTACK, null, null, null, "Russia", "islamic-state");
        EventMention w3 = m("d4", EventKind.ATTACK, "2024-03-22", null, null, "Russia", "islamic-state");
        for (List<EventMention> order : List.of(List.of(a, w1, w2, w3), List.of(w3, w2, w1, a), List.of(w2, a, w3, w1))) {
            List<MergedEvent> out = new EventMerger().merge(order);
            assertEquals(1, out.size(), order.toString());
            assertEquals(4, out.get(0).mentions().size());
        }
    }
}

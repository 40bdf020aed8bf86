package org.claimgraph.extract.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Evidence;
import org.claimgraph.core.extraction.Extraction;

/** Test helper: terse builders for hand-made gold documents and extractions. Not thread-safe. */
final class Fixtures {
    private Fixtures() {
    }

    static GoldActor gActor(String key, ActorKind kind, boolean required, String... aliases) {
        return new GoldActor(key, aliases[0], kind, Arrays.asList(aliases), null, required, null);
    }

    static GoldActor gPart(String key, ActorKind kind, boolean required, String partOf, String... aliases) {
        return new GoldActor(key, aliases[0], kind, Arrays.asList(aliases), partOf, required, null);
    }

    static GoldEvent gEvent(String key, String date, String country, String place, boolean required) {
        return new GoldEvent(key, EventKind.ATTACK, date, null, place, null, List.of(), List.of(), country, List.of(),
                null, null, Set.of(), null, required);
    }

    static GoldEvent gRange(String key, String from, String to, String country, boolean required) {
        return new GoldEvent(key, EventKind.ATTACK, null, new GoldDateRange(from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)), null, null, List.of(), List.of(), country, List.of(),
                null, null, Set.of(), null, required);
    }

    static GoldEvent gCounts(String key, GoldCount killed, GoldCount injured, List<GoldCount> alsoKilled, Set<String> unscored) {
        return new GoldEvent(key, EventKind.ATTACK, "2024-03-21", null, null, null, List.of(), List.of(), "Afghanistan",
                List.of(), killed, injured, unscored, new GoldEvent.AlsoAccept(List.of(), alsoKilled, List.of()), true);
    }

    static GoldAssertion gAssert(String event, String holder, String suspect, AssertionKind kind, Certainty certainty,
            boolean required) {
        return new GoldAssertion(0, event, holder, suspect, kind, certainty, null, required);
    }

    static GoldDocument gold(List<GoldActor> actors, List<GoldEvent> events, List<GoldAssertion> assertions) {
        List<GoldAssertion> indexed = new ArrayList<>();
        for (int i = 0; i < assertions.size(); i++) {
            GoldAssertion a = assertions.get(i);
            indexed.add(new GoldAssertion(i, a.event(), a.holder(), a.suspect(), a.kind(), a.certainty(), a.alsoAccept(), a.required()));
        }
        return new GoldDocument("test.txt", null, List.of(), actors, events, indexed);
    }

    static Actor sActor(String id, String name, ActorKind kind, String... aliases) {
        return new Actor(id, name, kind, Arrays.asList(aliases), null, null, null, List.of(), null);
    }

    static Actor sActorPart(String id, String name, ActorKind kind, String partOf) {
        return new Actor(id, name, kind, List.of(), partOf, null, null, List.of(), null);
    }

    static Event sEvent(String id, String date, String country, String place) {
        return new Event(id, EventKind.ATTACK, null, date, null, place, null, country, null, null, null, List.of());
    }

    static Event sCounts(String id, CountRange killed, CountRange injured) {
        return new Event(id, EventKind.ATTACK, null, "2024-03-21", null, null, null, "Afghanistan", killed, injured, null, List.of());
    }

    static Assertion sAssert(String id, String event, String holder, String suspect, AssertionKind kind, Certainty certainty) {
        return new Assertion(id, event, holder, suspect, kind, certainty, null, null, null);
    }

    static Assertion sEvidence(String id, String event, String holder, String suspect, AssertionKind kind, Span evidence) {
        return new Assertion(id, event, holder, suspect, kind, Certainty.CERTAIN, null, null,
                new Evidence(evidence.start(), evidence.end(), null));
    }

    static Extraction extraction(List<Actor> actors, List<Event> events, List<Assertion> assertions) {
        return extraction(actors, events, assertions, List.of());
    }

    static Extraction extraction(List<Actor> actors, List<Event> events, List<Assertion> assertions, List<RemovedSpan> removed) {
        DocumentHeader h = new DocumentHeader("sha256:0", null, null, null, null, "en", removed);
        return Extraction.of(h, actors, events, assertions);
    }

    static DocumentScore score(GoldDocument gold, Extraction system) {
        return Scorer.score(gold, "", system);
    }
}

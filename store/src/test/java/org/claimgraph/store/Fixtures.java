package org.claimgraph.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Evidence;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.Perpetrators;

/** Hand-built documents and extractions for the store tests. */
final class Fixtures {
    static final String TEXT = "Kandahar (dpa) – Ein Selbstmordanschlag in Kandahar tötete 21 Menschen, mehr als 50 "
            + "wurden verletzt. Der IS-Ableger ISKP reklamierte die Tat über Amaq für sich. Die amerikanischen "
            + "Geheimdienste sehen ebenfalls den ISKP hinter dem Verbrechen. «Wir waren es nicht», sagte ein "
            + "Taliban-Sprecher. الدولة الإسلامية 🙂\nFailed to fetch data from the URL.\nFoto: dpa";

    private Fixtures() {
    }

    static Document document(String text, String title, LocalDate published) {
        int failed = text.indexOf("Failed to fetch");
        List<RemovedSpan> removed = failed < 0 ? List.of()
                : List.of(new RemovedSpan(failed, failed + "Failed to fetch data from the URL.".length(), "scrape-error"),
                        new RemovedSpan(0, 4, "dateline"));
        // Stored instants keep microseconds; nanos would not survive either database.
        Instant fetched = Instant.parse("2024-04-12T08:15:30.123456Z");
        return new Document(DocumentId.of(text), text, title, "taz", published, "https://taz.de/!123/", "de",
                "/corpus/" + title + ".html", "text/html; charset=UTF-8", fetched, removed);
    }

    static Document rich() {
        return document(TEXT, "Anschlag in Kandahar", LocalDate.of(2024, 4, 12));
    }

    /** A document with nothing but text: every optional field null, no removed spans. */
    static Document bare(String text) {
        return new Document(DocumentId.of(text), text, null, null, null, null, null, null, null, null, null);
    }

    static Extraction richExtraction(Document d) {
        String t = d.text();
        Span iskp = span(t, "ISKP");
        Span amaq = span(t, "Amaq");
        Span attack = span(t, "Selbstmordanschlag in Kandahar");
        // Out of id order, with a forward partOf, unsorted mentions, nulls and empty lists.
        Actor isk = new Actor("A2", "Islamic State Khorasan Province", ActorKind.ARMED_GROUP,
                List.of("ISKP", "IS Khorasan Province", "ISIS-K"), "A1", null, null,
                List.of(new Span(t.lastIndexOf("ISKP"), t.lastIndexOf("ISKP") + 4), iskp),
                "iskp");
        Actor is = new Actor("A1", "Islamic State", ActorKind.ARMED_GROUP, List.of(), null, null, null,
                List.of(span(t, "IS-Ableger")), null);
        Actor outlet = new Actor("A3", "Amaq", ActorKind.MEDIA_OUTLET, List.of("Amaq News Agency"), "A1",
                "media wing", "Islamic State", List.of(amaq), "amaq");
        Actor agencies = new Actor("A4", "US intelligence services", ActorKind.INTELLIGENCE_AGENCY, null, null,
                null, "United States", null, null);
        Actor spokesman = new Actor("A5", "Taliban spokesman", ActorKind.PERSON, List.of("Sprecher"), null,
                "spokesman", null, List.of(span(t, "Taliban-Sprecher")), null);
        Actor nobody = new Actor("A6", null, null, null, null, null, null, null, null);

        Event e1 = new Event("E1", EventKind.ATTACK, "suicide-bombing", "2024-03-21", DatePrecision.DAY,
                "Kandahar", null, "Afghanistan", CountRange.exactly(21), CountRange.moreThan(50),
                new Perpetrators(1, false, "Afghan"), List.of(attack, span(t, "die Tat")));
        Event e2 = new Event("E2", EventKind.PLOT, null, "2024", DatePrecision.YEAR, null, "Flughafen", "Afghanistan",
                new CountRange(null, null), null, Perpetrators.UNKNOWN, List.of());
        Event e3 = new Event("E3", null, null, null, null, null, null, null, CountRange.atLeast(3),
                new CountRange(0, 0), null, null);

        Assertion claim = new Assertion("S1", "E1", "A2", "A2", AssertionKind.CLAIM, Certainty.CERTAIN, "A3",
                "2024-03-22", Evidence.of(t, span(t, "Der IS-Ableger ISKP reklamierte die Tat über Amaq für sich.")));
        // Through a member: the attribution to the group follows from one about its spokesman.
        Assertion attribution = new Assertion("S2", "E1", "A4", "A2", AssertionKind.ATTRIBUTION, Certainty.PROBABLE,
                null, null, Evidence.of(t, span(t, "Die amerikanischen")), "A5");
        Assertion denial = new Assertion("S3", "E1", "A5", "A5", AssertionKind.DENIAL, null, null, null,
                new Evidence(0, 0, null));
        Assertion author = new Assertion("S4", "E9", Assertion.AUTHOR, "A1", AssertionKind.NO_CLAIM,
                Certainty.DOUBTFUL, null, null, null);
        Assertion empty = new Assertion("S0", null, null, null, null, null, null, null, null);

        return Extraction.of(DocumentHeader.of(d), List.of(isk, is, outlet, agencies, spokesman, nobody),
                List.of(e2, e1, e3), List.of(claim, attribution, denial, author, empty));
    }

    /** A different, smaller extraction of the same document, for replace tests. */
    static Extraction smallExtraction(Document d) {
        Actor a = new Actor("X1", "Taliban", ActorKind.ARMED_GROUP, List.of("Islamic Emirate"), null, null, null,
                List.of(span(d.text(), "Taliban")), "taliban");
        Event e = new Event("X2", EventKind.ATTACK, "bombing", "2024-03", DatePrecision.MONTH, "Kandahar", null,
                "Afghanistan", CountRange.exactly(20), null, null, List.of(span(d.text(), "Kandahar")));
        return new Extraction(Extraction.FORMAT, new DocumentHeader(d.id(), "other title", null, null, null, "de",
                List.of()), List.of(a), List.of(e), List.of());
    }

    /** The rich extraction with one change that a database constraint must refuse. */
    static Extraction withDuplicateActorIds(Document d) {
        Extraction x = richExtraction(d);
        Actor first = x.actors().get(0);
        var actors = new java.util.ArrayList<>(x.actors());
        actors.add(new Actor(first.id(), "again", ActorKind.PERSON, List.of(), null, null, null, List.of(), null));
        return new Extraction(x.format(), x.document(), actors, x.events(), x.assertions());
    }

    /** Fails on the very last table written, so everything before it must be rolled back. */
    static Extraction withTooLongChannel(Document d) {
        Extraction x = richExtraction(d);
        var assertions = new java.util.ArrayList<>(x.assertions());
        Assertion last = assertions.remove(assertions.size() - 1);
        assertions.add(new Assertion(last.id(), last.event(), last.holder(), last.suspect(), last.kind(),
                last.certainty(), "x".repeat(5000), last.date(), last.evidence()));
        return new Extraction(x.format(), x.document(), x.actors(), x.events(), assertions);
    }

    static Span span(String text, String part) {
        int i = text.indexOf(part);
        if (i < 0) {
            throw new IllegalArgumentException("not in text: " + part);
        }
        return new Span(i, i + part.length());
    }

    /** Two texts whose ids share exactly the first four hex digits, found by counting up. */
    static List<String> textsSharingFourHexDigits() {
        Map<String, String> byPrefix = new HashMap<>();
        for (int n = 0; ; n++) {
            String text = "Bericht Nummer " + n;
            String hex = DocumentId.hex(DocumentId.of(text));
            String other = byPrefix.putIfAbsent(hex.substring(0, 4), text);
            if (other != null && DocumentId.hex(DocumentId.of(other)).charAt(4) != hex.charAt(4)) {
                return List.of(other, text);
            }
        }
    }

    /** The rich extraction when its anchors occur in the text, else an empty extraction of the document. */
    static Extraction richExtractionOrEmpty(Document d) {
        try {
            return richExtraction(d);
        } catch (IllegalArgumentException notInText) {
            return Extraction.of(DocumentHeader.of(d), List.of(), List.of(), List.of());
        }
    }
}

package org.claimgraph.app;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;

/** Renders an extraction for a terminal: actors, events and assertions with their evidence. Stateless. */
public final class ExtractionText {
    private ExtractionText() {
    }

    public static String render(Extraction x) {
        Map<String, String> actorNames = new HashMap<>();
        x.actors().forEach(a -> actorNames.put(a.id(), a.name()));
        actorNames.put(Assertion.AUTHOR, "the article itself");
        Map<String, Event> events = new HashMap<>();
        x.events().forEach(e -> events.put(e.id(), e));

        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s%n%s, %s  %s%n%n",
                orDash(x.document().title()), orDash(x.document().outlet()), orDash(x.document().published()), x.document().id()));

        sb.append(String.format(Locale.ROOT, "ATTACKS AND OTHER EVENTS (%d)%n", x.events().size()));
        for (Event e : x.events()) {
            sb.append(String.format(Locale.ROOT, "  %-4s %s%s  %s  %s%s%n", e.id(), e.kind().json(),
                    e.subtype() == null ? "" : "/" + e.subtype(), orDash(e.date()), place(e),
                    casualties(e)));
        }
        sb.append(String.format(Locale.ROOT, "%nWHO CLAIMS, BLAMES OR DENIES (%d)%n", x.assertions().size()));
        for (Assertion s : x.assertions()) {
            Event e = events.get(s.event());
            sb.append(String.format(Locale.ROOT, "  %-4s %s %s %s  [%s]  on %s%s%n", s.id(),
                    actorNames.getOrDefault(s.holder(), orDash(s.holder())), verb(s),
                    actorNames.getOrDefault(s.suspect(), orDash(s.suspect())),
                    s.certainty() == null ? "certainty unknown" : s.certainty().json(),
                    s.event() + (e == null ? "" : " (" + place(e) + ", " + orDash(e.date()) + ")"),
                    (s.channel() == null ? "" : "  via " + actorNames.getOrDefault(s.channel(), s.channel()))
                            + (s.via() == null ? "" : "  (through its member " + actorNames.getOrDefault(s.via(), s.via()) + ")")));
            if (s.evidence() != null) {
                sb.append(String.format(Locale.ROOT, "       \"%s\" [%d-%d]%n", s.evidence().text().strip(),
                        s.evidence().start(), s.evidence().end()));
            }
        }
        sb.append(String.format(Locale.ROOT, "%nACTORS (%d)%n", x.actors().size()));
        for (Actor a : x.actors()) {
            sb.append(String.format(Locale.ROOT, "  %-4s %s [%s]%s%s%s  %d mention%s%n", a.id(), a.name(), a.kind().json(),
                    a.partOf() == null ? "" : " part of " + actorNames.getOrDefault(a.partOf(), a.partOf()),
                    a.role() == null ? "" : ", " + a.role(),
                    a.affiliation() == null ? "" : " (" + a.affiliation() + ")",
                    a.mentions().size(), a.mentions().size() == 1 ? "" : "s"));
        }
        return sb.toString();
    }

    private static String verb(Assertion s) {
        return switch (s.kind()) {
            case CLAIM -> "claims";
            case ATTRIBUTION -> "blames";
            case DENIAL -> "denies involvement of";
            case NO_CLAIM -> "says no claim by";
        };
    }

    private static String place(Event e) {
        List<String> parts = new java.util.ArrayList<>();
        if (e.site() != null) {
            parts.add(e.site());
        }
        if (e.place() != null) {
            parts.add(e.place());
        }
        if (e.country() != null) {
            parts.add(e.country());
        }
        return parts.isEmpty() ? "place unknown" : String.join(", ", parts);
    }

    private static String casualties(Event e) {
        String killed = count(e.killed());
        String injured = count(e.injured());
        return (killed == null ? "" : "  killed " + killed) + (injured == null ? "" : "  injured " + injured);
    }

    /** "21", "more than 50" style: ranges read as the article put them. */
    static String count(CountRange r) {
        if (r == null || (r.min() == null && r.max() == null)) {
            return null;
        }
        if (r.min() != null && r.min().equals(r.max())) {
            return r.min().toString();
        }
        if (r.max() == null) {
            return "at least " + r.min();
        }
        return r.min() == null ? "up to " + r.max() : r.min() + "-" + r.max();
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}

package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.DocumentHeader;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;

/**
 * Test helper: the extraction a perfect system would write for a gold document. Every gold item
 * becomes a system item (optional ones too; they are neutral) except events rule 3 cannot match
 * (no date, no range, no place) and their assertions; ids are fresh ({@code A1}, {@code E1},
 * {@code S1}) so nothing leans on gold keys, counts become ranges, every noise occurrence becomes a
 * removed span. Stateless, thread-safe.
 */
final class GoldToSystem {
    private GoldToSystem() {
    }

    static Extraction convert(GoldDocument gold, String text) {
        Map<String, String> actorIds = new HashMap<>();
        for (int i = 0; i < gold.actors().size(); i++) {
            actorIds.put(gold.actors().get(i).key(), "A" + (i + 1));
        }
        List<Actor> actors = new ArrayList<>();
        for (GoldActor g : gold.actors()) {
            actors.add(new Actor(actorIds.get(g.key()), g.name(), g.kind(), g.aliases(),
                    g.partOf() == null ? null : actorIds.get(g.partOf()), null, null, List.of(), null));
        }
        Map<String, String> eventIds = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < gold.events().size(); i++) {
            GoldEvent g = gold.events().get(i);
            if (!matchable(g)) {
                continue; // the key marks such events optional; any copy of it could only be a false positive
            }
            String id = "E" + (i + 1);
            eventIds.put(g.key(), id);
            String date = date(g);
            events.add(new Event(id, g.kind(), null, date, precision(date), place(g), site(g), g.country(),
                    range(g.killed()), range(g.injured()), null, List.of()));
        }
        List<Assertion> assertions = new ArrayList<>();
        for (int i = 0; i < gold.assertions().size(); i++) {
            GoldAssertion g = gold.assertions().get(i);
            if (!eventIds.containsKey(g.event())) {
                continue;
            }
            // An unannotated holder: a perfect system still names someone; the article is the safe choice.
            String holder = g.holder() == null || Assertion.AUTHOR.equals(g.holder()) ? Assertion.AUTHOR : actorIds.get(g.holder());
            String suspect = Assertion.AUTHOR.equals(g.suspect()) ? Assertion.AUTHOR : actorIds.get(g.suspect());
            assertions.add(new Assertion("S" + (i + 1), eventIds.get(g.event()), holder, suspect, g.kind(), g.certainty(),
                    null, null, null));
        }
        List<RemovedSpan> removed = new ArrayList<>();
        for (GoldNoise n : gold.noise()) {
            for (int at = text.indexOf(n.text()); at >= 0; at = text.indexOf(n.text(), at + 1)) {
                removed.add(new RemovedSpan(at, at + n.text().length(), "noise"));
            }
        }
        DocumentHeader header = new DocumentHeader(DocumentId.of(text), null, gold.published(), null, null, "en", removed);
        return Extraction.of(header, actors, events, assertions);
    }

    /**
     * The date a perfect system gives: the gold date; for a range without one ("on or before
     * 07 FEB 89"), the month of its known end, cut to what such a text supports. A day would tie
     * with events of that very day (TST1-MUC3-0049) and say more than the text does.
     */
    static String date(GoldEvent g) {
        if (g.date() != null) {
            return g.date();
        }
        if (g.dateRange() == null) {
            return null;
        }
        java.time.LocalDate end = g.dateRange().to() != null ? g.dateRange().to() : g.dateRange().from();
        return end == null ? null : end.toString().substring(0, 7);
    }

    /** Whether rule 3 can match the event at all: it needs a date, a date range or a place/site. */
    static boolean matchable(GoldEvent g) {
        return g.date() != null || g.dateRange() != null || place(g) != null || site(g) != null;
    }

    private static String place(GoldEvent g) {
        return g.place() != null ? g.place() : g.placeAliases().isEmpty() ? null : g.placeAliases().get(0);
    }

    private static String site(GoldEvent g) {
        return g.site() != null ? g.site() : g.siteAliases().isEmpty() ? null : g.siteAliases().get(0);
    }

    private static DatePrecision precision(String date) {
        if (date == null) {
            return null;
        }
        return switch (date.split("-").length) {
            case 1 -> DatePrecision.YEAR;
            case 2 -> DatePrecision.MONTH;
            default -> DatePrecision.DAY;
        };
    }

    static CountRange range(GoldCount c) {
        if (c instanceof GoldCount.Exactly e) {
            return CountRange.exactly(e.n());
        }
        if (c instanceof GoldCount.MoreThan m) {
            return CountRange.moreThan(m.n());
        }
        if (c instanceof GoldCount.AtLeast a) {
            return CountRange.atLeast(a.n());
        }
        if (c instanceof GoldCount.Between b) {
            return new CountRange(b.min(), b.max());
        }
        return null;
    }
}

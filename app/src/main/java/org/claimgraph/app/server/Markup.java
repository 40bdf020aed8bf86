package org.claimgraph.app.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.core.Document;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;

/**
 * Renders a document's text as HTML with every fact span highlighted exactly at its offsets: actors,
 * events and assertions in their own colours, removed spans greyed, each named in a title attribute.
 * The text is cut at every span boundary and each piece wrapped once, so overlapping spans need no
 * nesting; the first piece of each span carries id="span-START-END" for links. Stateless, thread-safe.
 */
final class Markup {
    /** One highlighted stretch: CSS class and what it is, for the title attribute. Immutable. */
    record Mark(int start, int end, String cssClass, String title) {
    }

    private Markup() {
    }

    /** The marks of a document: removed spans, and the facts when there are any, and an extra target. */
    static List<Mark> marks(Document doc, Extraction facts, Span target) {
        List<Mark> marks = new ArrayList<>();
        for (RemovedSpan r : doc.removed()) {
            marks.add(new Mark(r.start(), r.end(), "removed", "removed: " + r.reason()));
        }
        if (facts != null) {
            Map<String, Actor> actors = facts.actors().stream()
                    .collect(Collectors.toMap(Actor::id, Function.identity(), (a, b) -> a));
            for (Actor a : facts.actors()) {
                for (Span s : a.mentions()) {
                    marks.add(new Mark(s.start(), s.end(), "hl-actor", "actor: " + a.name()
                            + (a.kind() == null ? "" : " (" + a.kind().json() + ")")));
                }
            }
            for (Event e : facts.events()) {
                for (Span s : e.mentions()) {
                    marks.add(new Mark(s.start(), s.end(), "hl-event", "event " + e.id() + ": " + Catalog.describe(e)));
                }
            }
            for (Assertion a : facts.assertions()) {
                if (a.evidence() != null) {
                    marks.add(new Mark(a.evidence().start(), a.evidence().end(), "hl-assertion",
                            "assertion: " + describe(a, actors)));
                }
            }
        }
        if (target != null) {
            marks.add(new Mark(target.start(), target.end(), "target", "linked passage"));
        }
        int length = doc.text().length();
        // A span that does not fit the text is a bug elsewhere; it must not break the page.
        marks.removeIf(m -> m.start() < 0 || m.end() > length || m.end() <= m.start());
        return marks;
    }

    static String describe(Assertion a, Map<String, Actor> actors) {
        String holder = Assertion.AUTHOR.equals(a.holder()) ? "the author" : nameOf(a.holder(), actors);
        return holder + " " + (a.kind() == null ? "asserts" : a.kind().json()) + " "
                + nameOf(a.suspect(), actors) + (a.via() == null ? "" : " through its member " + nameOf(a.via(), actors))
                + (a.certainty() == null ? "" : " (" + a.certainty().json() + ")");
    }

    private static String nameOf(String id, Map<String, Actor> actors) {
        Actor a = id == null ? null : actors.get(id);
        return a == null ? String.valueOf(id) : a.name();
    }

    /** The text as escaped HTML, each stretch under one or more marks wrapped in one span element. */
    static String render(String text, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Mark m : marks) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        Set<String> ids = new HashSet<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                segment(html, text, prev, cut, marks, ids);
            }
            prev = cut;
        }
        return html.toString();
    }

    private static void segment(StringBuilder html, String text, int a, int b, List<Mark> marks, Set<String> ids) {
        Set<String> classes = new TreeSet<>();
        List<String> titles = new ArrayList<>();
        String id = null;
        for (Mark m : marks) {
            if (m.start() <= a && b <= m.end()) {
                classes.add(m.cssClass());
                if (!titles.contains(m.title())) {
                    titles.add(m.title());
                }
                String anchor = "span-" + m.start() + "-" + m.end();
                if (id == null && m.start() == a && ids.add(anchor)) {
                    id = anchor;
                }
            }
        }
        String piece = Html.esc(text.substring(a, b));
        if (classes.isEmpty()) {
            html.append(piece);
            return;
        }
        html.append("<span class=\"").append(Html.esc(String.join(" ", classes))).append('"');
        if (id != null) {
            html.append(" id=\"").append(id).append('"');
        }
        html.append(" data-s=\"").append(a).append("\" data-e=\"").append(b).append("\" title=\"")
                .append(Html.esc(String.join("; ", titles))).append("\">").append(piece).append("</span>");
    }
}

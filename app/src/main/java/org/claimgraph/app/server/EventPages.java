package org.claimgraph.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.CasualtyFigure;
import org.claimgraph.assess.CasualtyReport;
import org.claimgraph.assess.Consistency;
import org.claimgraph.assess.DocumentInfo;
import org.claimgraph.assess.Doubt;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EventMention;
import org.claimgraph.assess.EvidenceRow;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.assess.MergedActor;
import org.claimgraph.assess.MergedEvent;
import org.claimgraph.assess.RankEntry;
import org.claimgraph.assess.TimelinePoint;
import org.claimgraph.core.Span;

import static org.claimgraph.app.server.Html.esc;
import static org.claimgraph.app.server.Html.url;
import static org.claimgraph.app.server.Pages.docHref;
import static org.claimgraph.app.server.Pages.layout;
import static org.claimgraph.app.server.Pages.orDash;

/**
 * The assessed events in the web UI: the filterable list with a strip of events by date, and one
 * event's hypothesis board (ACH matrix, doubts, tolls over time, the ranking's timeline) with every
 * piece of evidence linked to its sentence. All numbers come from the assess library as the CLI's
 * explain shows them; this class only lays them out. Stateless beyond its server, thread-safe.
 */
final class EventPages {
    private final ClaimgraphServer server;

    EventPages(ClaimgraphServer server) {
        this.server = server;
    }

    void register(Javalin app) {
        server.route(app, HandlerType.GET, "/events", this::list);
        server.route(app, HandlerType.GET, "/events/{id}", this::event);
    }

    // ------------------------------------------------------------------ the list

    private void list(Context ctx) {
        LocalDate asOf = Api.dateParam(ctx, "asOf");
        EventFilter f = Api.eventFilter(ctx);
        Assessment picture = server.catalog().assessment(asOf);
        List<EventSummary> rows = new ArrayList<>();
        TreeSet<String> countries = new TreeSet<>();
        for (EventAssessment ea : picture.assessments()) {
            if (ea.event().country() != null) {
                countries.add(ea.event().country());
            }
            if (f.test(ea)) {
                rows.add(EventSummary.of(picture, ea));
            }
        }
        String asOfQuery = asOf == null ? "" : "?asOf=" + asOf;
        StringBuilder b = new StringBuilder("<h1>Events</h1>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/events\" id=\"event-filters\">")
                .append("<label>Country <select name=\"country\"><option value=\"\">any</option>");
        for (String c : countries) {
            b.append("<option value=\"").append(esc(c)).append('"')
                    .append(c.equalsIgnoreCase(f.country() == null ? "" : f.country()) ? " selected" : "")
                    .append('>').append(esc(c)).append("</option>");
        }
        b.append("</select></label>")
                .append(dateInput("from", "Event from", f.from()))
                .append(dateInput("to", "to", f.to()))
                .append("<label>Actor <input type=\"text\" name=\"actor\" list=\"actor-names\" value=\"")
                .append(esc(f.actor())).append("\" placeholder=\"name or key\"></label><datalist id=\"actor-names\">");
        for (MergedActor a : picture.actors()) {
            b.append("<option value=\"").append(esc(a.name())).append("\"></option>");
        }
        b.append("</datalist>").append(dateInput("asOf", "As of", asOf))
                .append("<button type=\"submit\">Filter</button></form>");
        b.append("<p class=\"count\">").append(rows.size()).append(rows.size() == 1 ? " event" : " events")
                .append(asOf == null ? "" : ", as reported by " + asOf)
                .append(". Each is merged from every report of the same attack; sources count syndicated copies once.</p>");
        b.append("<figure class=\"strip\">").append(Charts.eventStrip(rows, asOfQuery))
                .append("<figcaption>Events by date; a larger dot means more reported dead. Click a dot to open the event.</figcaption></figure>");
        b.append("<table class=\"list\" id=\"event-list\"><thead><tr><th>Date</th><th>Event</th><th>Country</th>"
                + "<th>Killed</th><th>Top hypothesis</th><th>Score</th><th>Sources</th></tr></thead><tbody>");
        for (EventSummary s : rows) {
            MergedEvent e = s.event();
            b.append("<tr><td>").append(orDash(e.date())).append("</td><td><a class=\"event-link\" href=\"/events/")
                    .append(url(e.id())).append(esc(asOfQuery)).append("\">")
                    .append(esc(s.where() == null ? e.label() : s.where())).append("</a> <span class=\"n\">")
                    .append(esc(e.kind().json())).append(e.subtype() == null ? "" : " · " + esc(e.subtype()))
                    .append("</span></td><td>").append(orDash(e.country())).append("</td><td>")
                    .append(killed(s.assessment().casualties().killed())).append("</td>");
            Hypothesis h = s.leading();
            if (h == null) {
                b.append("<td>–</td><td>–</td>");
            } else {
                b.append("<td>").append(esc(h.name())).append("</td><td>").append(percent(h.share()))
                        .append(" <span class=\"n\">inconsistency ").append(h.inconsistency().toPlainString()).append("</span></td>");
            }
            b.append("<td>").append(s.sources()).append(" <span class=\"n\">(").append(s.reports())
                    .append(s.reports() == 1 ? " report" : " reports").append(")</span></td></tr>");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"7\">No events match. Events come from documents with extracted facts.</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<p class=\"exports\">Export all: ").append(exportLinks(null, asOf)).append("</p>");
        ClaimgraphServer.html(ctx, 200, layout("Events", b.toString()));
    }

    private static String dateInput(String name, String label, LocalDate value) {
        return "<label>" + esc(label) + " <input type=\"date\" name=\"" + name + "\" value=\""
                + (value == null ? "" : value) + "\"></label>";
    }

    /** Latest figure first (what a reader wants), then the range across reports when sources differ. */
    private static String killed(CasualtyFigure f) {
        if (f == null || f.reports() == 0 || f.latest() == null) {
            return "–";
        }
        StringBuilder b = new StringBuilder(esc(Pages.count(f.latest())));
        if (f.low() != null && f.high() != null && !f.low().equals(f.high()) || f.openAbove()) {
            b.append(" <span class=\"n\">(").append(f.low() == null ? "?" : f.low()).append('–')
                    .append(f.high() == null ? "?" : f.high()).append(f.openAbove() ? "+" : "").append(")</span>");
        }
        if (f.conflict()) {
            b.append(" <span class=\"flag\">sources differ</span>");
        }
        return b.toString();
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String exportLinks(String eventId, LocalDate asOf) {
        String rest = (eventId == null ? "" : "&event=" + url(eventId)) + (asOf == null ? "" : "&asOf=" + asOf);
        return "<a href=\"/api/v1/export?format=stix" + esc(rest) + "\">STIX 2.1</a> · "
                + "<a href=\"/api/v1/export?format=json" + esc(rest) + "\">JSON</a> · "
                + "<a href=\"/api/v1/export?format=gtd-csv" + esc(rest) + "\">GTD-style CSV</a>";
    }

    // ------------------------------------------------------------------ one event

    private void event(Context ctx) {
        LocalDate asOf = Api.dateParam(ctx, "asOf");
        Assessment picture = server.catalog().assessment(asOf);
        EventAssessment ea = picture.explain(Api.eventId(picture, ctx.pathParam("id")));
        EventSummary s = EventSummary.of(picture, ea);
        MergedEvent e = ea.event();
        Map<String, DocumentInfo> docs = new LinkedHashMap<>();
        picture.documents().forEach(d -> docs.put(d.id(), d));

        StringBuilder b = new StringBuilder();
        b.append("<p class=\"crumbs\"><a href=\"/events").append(asOf == null ? "" : "?asOf=" + asOf)
                .append("\">Events</a> ›</p><h1>").append(esc(s.where() == null ? e.label() : s.where()))
                .append(e.date() == null ? "" : ", " + esc(e.date())).append("</h1><dl class=\"meta\">");
        meta(b, "Event", e.id());
        meta(b, "Kind", e.kind().json() + (e.subtype() == null ? "" : " (" + e.subtype() + ")"));
        meta(b, "Date", e.date() == null ? null : e.date() + (e.datePrecision() == null ? "" : " (" + e.datePrecision().json() + ")"));
        meta(b, "Site", e.site());
        meta(b, "Place", e.place());
        meta(b, "Country", e.country());
        meta(b, "Reports", s.reports() + " in " + s.documents() + " documents from " + s.sources() + " independent sources");
        meta(b, "Merge confidence", e.confidence() == null ? null : e.confidence().toPlainString());
        meta(b, "Leading", s.leading() == null ? null : s.leading().name() + ", share " + percent(s.leading().share()));
        b.append("</dl>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/events/").append(url(e.id())).append("\">")
                .append(dateInput("asOf", "Picture as of", asOf)).append("<button type=\"submit\">Show</button>")
                .append(asOf == null ? "" : " <a href=\"/events/" + url(e.id()) + "\">today's picture</a>")
                .append("</form>");
        b.append("<p class=\"exports\">Export this event: ").append(exportLinks(e.id(), asOf)).append("</p>");

        hypotheses(b, ea);
        matrix(b, ea);
        doubts(b, ea);
        casualties(b, ea, docs);
        timeline(b, ea, docs, asOf);
        reports(b, e, docs);
        ClaimgraphServer.html(ctx, 200, layout(e.label(), b.toString()));
    }

    private static void meta(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append("<dt>").append(esc(key)).append("</dt><dd>").append(esc(value)).append("</dd>");
        }
    }

    private static void hypotheses(StringBuilder b, EventAssessment ea) {
        b.append("<h2 id=\"hypotheses-title\">Hypotheses</h2><p class=\"hint\">Ranked by weighted inconsistency (lower is better), "
                + "then support. Share is each hypothesis's part of the support: a weight of evidence, not a probability.</p>");
        b.append("<table class=\"list\" id=\"hypotheses\"><thead><tr><th>Rank</th><th>Hypothesis</th>"
                + "<th>Weighted inconsistency</th><th>Support</th><th>Share</th></tr></thead><tbody>");
        for (Hypothesis h : ea.hypotheses()) {
            b.append("<tr").append(h.key().equals(ea.leading()) ? " class=\"leading\"" : "").append("><td>").append(h.rank())
                    .append("</td><td class=\"level-").append(Math.min(h.level(), 3)).append("\">").append(hypothesisName(h, ea))
                    .append("</td><td>").append(h.inconsistency().toPlainString()).append("</td><td>")
                    .append(h.support().toPlainString()).append("</td><td><meter min=\"0\" max=\"1\" value=\"")
                    .append(h.share().toPlainString()).append("\">").append(percent(h.share())).append("</meter> ")
                    .append(percent(h.share())).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String hypothesisName(Hypothesis h, EventAssessment ea) {
        String parent = h.parent() == null ? null : ea.hypothesis(h.parent()).map(Hypothesis::name).orElse(h.parent());
        return esc(h.name()) + (parent == null ? "" : " <span class=\"n\">within " + esc(parent) + "</span>");
    }

    private void matrix(StringBuilder b, EventAssessment ea) {
        List<Hypothesis> hs = ea.hypotheses();
        b.append("<h2>Evidence matrix</h2><p class=\"legend\"><span class=\"ach consistent\">C</span> consistent "
                + "<span class=\"ach inconsistent\">I</span> inconsistent <span class=\"ach neutral\">–</span> neutral. "
                + "Reliability is the source grade (A reliable … E unreliable, F cannot be judged) with the credibility of "
                + "the information (1 confirmed … 6 cannot be judged); hover for the reasons. Repeats and relayed items are "
                + "shown but not counted.</p>");
        b.append("<div class=\"scroll\"><table class=\"list matrix\" id=\"matrix\"><thead><tr><th>#</th>"
                + "<th>Evidence: who says what, where</th><th>Certainty</th><th>Reliability</th><th>Weight</th>");
        for (Hypothesis h : hs) {
            b.append("<th class=\"hyp\" scope=\"col\">").append(esc(h.name())).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (EvidenceRow r : ea.matrix()) {
            b.append("<tr id=\"row-").append(esc(r.id())).append("\"").append(r.counted() ? "" : " class=\"uncounted\"")
                    .append("><td>").append(esc(r.id())).append("</td><td class=\"statement\"><span class=\"holder\">")
                    .append(holder(r)).append("</span> ").append(esc(verb(r))).append(' ').append(esc(r.suspectName()))
                    .append(r.channel() == null ? "" : " <span class=\"n\">via " + esc(r.channel()) + "</span>")
                    .append("<br>");
            Span sp = r.span();
            String text = r.text().strip();
            // Quote marks come from CSS, and only where the passage does not open with its own.
            String cls = text.startsWith("\"") || text.startsWith("\u201c") ? "evidence" : "evidence quoted";
            if (sp != null) {
                b.append("<a class=\"").append(cls).append("\" href=\"").append(Pages.spanHref(r.documentId(), sp.start(), sp.end()))
                        .append("\">").append(esc(text)).append("</a>");
            } else {
                b.append("<span class=\"").append(cls).append("\">").append(esc(text)).append("</span>");
            }
            b.append(" <span class=\"n\">").append(orDash(r.outlet())).append(" · ")
                    .append(r.published() == null ? "–" : r.published()).append("</span></td>")
                    .append("<td><span class=\"certainty ").append(r.certainty() == null ? "" : esc(r.certainty().json()))
                    .append("\">").append(r.certainty() == null ? "–" : esc(r.certainty().json())).append("</span></td>")
                    .append("<td><span class=\"rating\" title=\"").append(esc(String.join("; ", r.gradeReasons())))
                    .append("\">").append(esc(r.rating())).append("</span></td><td>").append(r.weight().toPlainString());
            if (!r.counted()) {
                b.append(" <span class=\"n\">not counted").append(r.countedAs() == null ? "" : ": see <a href=\"#row-"
                        + esc(r.countedAs()) + "\">" + esc(r.countedAs()) + "</a>").append("</span>");
            }
            if (r.cites() != null) {
                b.append(" <span class=\"n\">relays ").append(esc(r.cites())).append("</span>");
            }
            b.append("</td>");
            for (Hypothesis h : hs) {
                b.append(cell(r.consistency().get(h.key()), h.name()));
            }
            b.append("</tr>");
        }
        if (ea.matrix().isEmpty()) {
            b.append("<tr><td colspan=\"").append(5 + hs.size()).append("\">No claims, attributions or denials name a suspect yet.</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private String holder(EvidenceRow r) {
        // Only registry keys are actor pages; other assess keys (person:..., kind:name) are not the catalog's.
        String name = esc(r.holderName());
        String linked = r.holder() != null && server.registry().get(r.holder()).isPresent()
                ? "<a href=\"/actors/" + url(r.holder()) + "\">" + name + "</a>" : name;
        return linked + (r.holderKind() == null ? "" : " <span class=\"n\">" + esc(r.holderKind()) + "</span>");
    }

    private static String verb(EvidenceRow r) {
        return switch (r.kind()) {
            case CLAIM -> "claims for";
            case ATTRIBUTION -> "blames";
            case DENIAL -> "denies for";
            case NO_CLAIM -> "says no claim by";
        };
    }

    /** A mark with a letter and a word, not colour alone, so it reads without colour and to a screen reader. */
    private static String cell(Consistency c, String hypothesis) {
        Consistency v = c == null ? Consistency.NEUTRAL : c;
        String letter = switch (v) {
            case CONSISTENT -> "C";
            case INCONSISTENT -> "I";
            case NEUTRAL -> "–";
        };
        return "<td class=\"ach " + v.json() + "\" title=\"" + v.json() + " with " + esc(hypothesis) + "\">"
                + "<span aria-hidden=\"true\">" + letter + "</span><span class=\"sr-only\">" + v.json() + "</span></td>";
    }

    private static void doubts(StringBuilder b, EventAssessment ea) {
        b.append("<h2>Residual doubts</h2>");
        if (ea.doubts().isEmpty()) {
            b.append("<p>None recorded.</p>");
            return;
        }
        b.append("<ul class=\"doubts\" id=\"doubts\">");
        for (Doubt d : ea.doubts()) {
            b.append("<li><strong>").append(esc(d.kind())).append("</strong>: ").append(esc(d.text()));
            for (String row : d.rows()) {
                b.append(" <a href=\"#row-").append(esc(row)).append("\">").append(esc(row)).append("</a>");
            }
            b.append("</li>");
        }
        b.append("</ul>");
    }

    private static void casualties(StringBuilder b, EventAssessment ea, Map<String, DocumentInfo> docs) {
        b.append("<h2>Casualties</h2><dl class=\"meta\">");
        figure(b, "Killed", ea.casualties().killed());
        figure(b, "Injured", ea.casualties().injured());
        b.append("</dl>");
        b.append("<figure class=\"tolls\">").append(Charts.casualtyChart(ea.casualties().reports(), ea.timeline()))
                .append("<figcaption>Reported killed by publication day: a dot per report (hollow: a syndicated copy, "
                        + "not counted), a bar for a range, the line the latest toll as it stood.</figcaption></figure>");
        b.append("<table class=\"list\" id=\"casualties\"><thead><tr><th>Published</th><th>Outlet</th><th>Killed</th>"
                + "<th>Injured</th><th>Counted</th></tr></thead><tbody>");
        for (CasualtyReport r : ea.casualties().reports()) {
            DocumentInfo d = docs.get(r.documentId());
            b.append("<tr><td>").append(r.published() == null ? "–" : r.published()).append("</td><td><a href=\"")
                    .append(docHref(r.documentId())).append("\" title=\"").append(esc(d == null ? r.documentId() : d.title()))
                    .append("\">").append(esc(r.outlet() == null ? "unknown outlet" : r.outlet())).append("</a></td><td>")
                    .append(esc(Pages.count(r.killed()))).append("</td><td>").append(esc(Pages.count(r.injured())))
                    .append("</td><td>").append(r.counted() ? "yes" : "no (copy)").append("</td></tr>");
        }
        if (ea.casualties().reports().isEmpty()) {
            b.append("<tr><td colspan=\"5\">No figures reported.</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static void figure(StringBuilder b, String what, CasualtyFigure f) {
        b.append("<dt>").append(what).append("</dt><dd>");
        if (f == null || f.reports() == 0) {
            b.append("no figures</dd>");
            return;
        }
        b.append("latest ").append(esc(Pages.count(f.latest()))).append(" (").append(orDash(f.latestOutlet())).append(", ")
                .append(f.latestPublished() == null ? "–" : f.latestPublished()).append("); range ")
                .append(f.low() == null ? "?" : f.low()).append('–').append(f.high() == null ? "?" : f.high())
                .append(f.openAbove() ? "+" : "").append(" over ").append(f.reports()).append(f.reports() == 1 ? " report" : " reports");
        if (f.conflict()) {
            b.append(" <span class=\"flag\">sources differ</span>");
        }
        if (!f.notes().isEmpty()) {
            b.append("<ul class=\"notes\">");
            f.notes().forEach(n -> b.append("<li>").append(esc(n)).append("</li>"));
            b.append("</ul>");
        }
        b.append("</dd>");
    }

    private static void timeline(StringBuilder b, EventAssessment ea, Map<String, DocumentInfo> docs, LocalDate asOf) {
        b.append("<h2>Timeline</h2><p class=\"hint\">The whole assessment recomputed on the reports published up to each day.</p>");
        b.append("<table class=\"list\" id=\"timeline\"><thead><tr><th>Day</th><th>Reports so far</th><th>New reports</th><th>Leading</th>"
                + "<th>Ranking (share)</th><th>Killed</th></tr></thead><tbody>");
        Set<String> mentioned = new HashSet<>();
        ea.event().mentions().forEach(m -> mentioned.add(m.documentId()));
        for (TimelinePoint p : ea.timeline()) {
            b.append("<tr><td>");
            if (p.date() == null) {
                b.append("undated");
            } else {
                b.append("<a href=\"/events/").append(url(ea.event().id())).append("?asOf=").append(p.date())
                        .append("\" title=\"the picture as of this day\">").append(p.date()).append("</a>");
            }
            // The point counts the whole library; the reader wants this event's reports up to that day.
            long reports = ea.event().mentions().stream()
                    .filter(m -> p.date() == null || m.published() != null && !m.published().isAfter(p.date())).count();
            b.append("</td><td>").append(reports).append("</td><td>");
            for (String id : p.newDocuments()) {
                if (!mentioned.contains(id)) {
                    continue; // another event's report that arrived the same day
                }
                DocumentInfo d = docs.get(id);
                b.append("<a href=\"").append(docHref(id)).append("\" title=\"").append(esc(d == null ? id : d.title()))
                        .append("\">").append(esc(d == null || d.outlet() == null ? id.substring(0, Math.min(id.length(), 14)) : d.outlet()))
                        .append("</a> ");
            }
            b.append("</td><td>").append(esc(name(ea, p.leading()))).append("</td><td><ol class=\"ranking\">");
            for (RankEntry r : p.ranking()) {
                b.append("<li>").append(esc(name(ea, r.hypothesis()))).append(" <span class=\"n\">")
                        .append(percent(r.share())).append("</span></li>");
            }
            b.append("</ol></td><td>").append(esc(Pages.count(p.killed()))).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static String name(EventAssessment ea, String key) {
        return key == null ? "–" : ea.hypothesis(key).map(Hypothesis::name).orElse(key);
    }

    private static void reports(StringBuilder b, MergedEvent e, Map<String, DocumentInfo> docs) {
        b.append("<h2>Reports of this event</h2><table class=\"list\" id=\"reports\"><thead><tr><th>Published</th>"
                + "<th>Outlet</th><th>Document</th><th>As reported</th><th>Killed</th><th>Passages</th></tr></thead><tbody>");
        for (EventMention m : e.mentions()) {
            DocumentInfo d = docs.get(m.documentId());
            b.append("<tr><td>").append(m.published() == null ? "–" : m.published()).append("</td><td>").append(orDash(m.outlet()))
                    .append("</td><td><a href=\"").append(docHref(m.documentId())).append("\">")
                    .append(esc(d == null || d.title() == null ? m.documentId() : d.title())).append("</a></td><td>")
                    .append(esc(String.join(", ", nonNull(m.site(), m.place(), m.country(), m.date())))).append("</td><td>")
                    .append(esc(Pages.count(m.killed()))).append("</td><td>");
            for (Span sp : m.spans()) {
                b.append("<a class=\"mention\" href=\"").append(Pages.spanHref(m.documentId(), sp.start(), sp.end()))
                        .append("\">").append(sp.start()).append("</a> ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    private static List<String> nonNull(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }
}

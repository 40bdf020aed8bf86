package org.claimgraph.app.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimgraph.assess.CasualtyReport;
import org.claimgraph.assess.TimelinePoint;
import org.claimgraph.core.extraction.CountRange;

import static org.claimgraph.app.server.Html.esc;

/**
 * Small charts drawn on the server as inline SVG: the events strip by date and the reported death
 * toll by publication day. Plain SVG elements with classes and presentation attributes only, so the
 * Content-Security-Policy (no inline script, no inline style) holds. Stateless, thread-safe.
 */
final class Charts {
    private static final int WIDTH = 960;
    private static final int LEFT = 48;
    private static final int RIGHT = 24;

    private Charts() {
    }

    /** The events on one axis of days; each dot links to its event and grows with the latest toll. */
    static String eventStrip(List<EventSummary> events, String asOfQuery) {
        List<EventSummary> dated = events.stream().filter(e -> EventFilter.firstDay(e.event().date()) != null).toList();
        if (dated.isEmpty()) {
            return "<p class=\"hint\">No dated events to place on a timeline.</p>";
        }
        List<LocalDate> days = dated.stream().map(e -> EventFilter.firstDay(e.event().date())).toList();
        LocalDate min = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate max = days.stream().max(LocalDate::compareTo).orElseThrow();
        int height = 130;
        int axis = 78;
        Scale x = new Scale(min, max);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart strip\" id=\"event-strip\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"strip-title\"><title id=\"strip-title\">")
                .append(dated.size()).append(" events from ").append(min).append(" to ").append(max).append("</title>");
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" y1=\"").append(axis).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(axis).append("\"/>");
        ticks(b, x, axis, height - 8);
        for (int i = 0; i < dated.size(); i++) {
            EventSummary e = dated.get(i);
            double cx = x.at(days.get(i));
            CountRange killed = e.latestKilled();
            int toll = killed == null ? 0 : killed.min() != null ? killed.min() : killed.max() == null ? 0 : killed.max();
            // Area, not radius, follows the toll; capped so one massacre does not hide the rest.
            double r = 5 + Math.min(10, Math.sqrt(toll) / 1.3);
            String where = e.where() == null ? e.event().kind().json() : e.where();
            String tip = e.event().date() + " · " + e.event().label() + (killed == null ? "" : " · killed " + Pages.count(killed))
                    + (e.leading() == null ? "" : " · leading: " + e.leading().name());
            b.append("<a href=\"/events/").append(Html.url(e.event().id())).append(esc(asOfQuery)).append("\">")
                    .append("<circle class=\"event-dot\" cx=\"").append(fmt(cx)).append("\" cy=\"").append(axis)
                    .append("\" r=\"").append(fmt(r)).append("\"><title>").append(esc(tip)).append("</title></circle>")
                    // Labels alternate between two rows so neighbours overlap less.
                    .append("<text class=\"label\" x=\"").append(fmt(cx)).append("\" y=\"").append(i % 2 == 0 ? 22 : 44)
                    .append("\" text-anchor=\"").append(anchor(cx)).append("\">").append(esc(clip(where, 28))).append("</text></a>");
        }
        return b.append("</svg>").toString();
    }

    /** Each report's killed figure by its publication day (a bar for a range), and the latest toll as it stood. */
    static String casualtyChart(List<CasualtyReport> reports, List<TimelinePoint> timeline) {
        List<CasualtyReport> dated = reports.stream()
                .filter(r -> r.published() != null && r.killed() != null && (r.killed().min() != null || r.killed().max() != null))
                .toList();
        if (dated.isEmpty()) {
            return "<p class=\"hint\">No dated death tolls to chart.</p>";
        }
        LocalDate min = dated.stream().map(CasualtyReport::published).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = dated.stream().map(CasualtyReport::published).max(LocalDate::compareTo).orElseThrow();
        int top = dated.stream().mapToInt(r -> high(r.killed())).max().orElse(1);
        int ceiling = nice(top);
        int height = 220;
        int plotTop = 16;
        int plotBottom = 180;
        Scale x = new Scale(min, max);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart tolls\" id=\"casualty-chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"tolls-title\"><title id=\"tolls-title\">Reported killed by publication day, ")
                .append(dated.size()).append(" reports from ").append(min).append(" to ").append(max).append("</title>");
        for (int i = 0; i <= 2; i++) {
            int value = ceiling * i / 2;
            double y = y(value, ceiling, plotTop, plotBottom);
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" y1=\"").append(fmt(y)).append("\" x2=\"")
                    .append(WIDTH - RIGHT).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"tick\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(value).append("</text>");
        }
        ticks(b, x, plotBottom, height - 10);
        List<String> points = new ArrayList<>();
        for (TimelinePoint p : timeline) {
            if (p.date() != null && p.killed() != null && (p.killed().min() != null || p.killed().max() != null)
                    && !p.date().isBefore(min) && !p.date().isAfter(max)) {
                points.add(fmt(x.at(p.date())) + "," + fmt(y(low(p.killed()), ceiling, plotTop, plotBottom)));
            }
        }
        if (points.size() > 1) {
            b.append("<polyline class=\"latest\" points=\"").append(String.join(" ", points)).append("\"><title>latest toll as it stood each day</title></polyline>");
        }
        for (CasualtyReport r : dated) {
            double cx = x.at(r.published());
            int lo = low(r.killed());
            int hi = high(r.killed());
            String tip = r.published() + " · " + (r.outlet() == null ? "unknown outlet" : r.outlet()) + " · killed "
                    + Pages.count(r.killed()) + (r.counted() ? "" : " (copy, not counted)");
            if (hi > lo) {
                b.append("<line class=\"range\" x1=\"").append(fmt(cx)).append("\" y1=\"").append(fmt(y(lo, ceiling, plotTop, plotBottom)))
                        .append("\" x2=\"").append(fmt(cx)).append("\" y2=\"").append(fmt(y(hi, ceiling, plotTop, plotBottom))).append("\"/>");
            }
            double cy = y(lo, ceiling, plotTop, plotBottom);
            b.append("<circle class=\"report").append(r.counted() ? "" : " copy").append("\" cx=\"").append(fmt(cx))
                    .append("\" cy=\"").append(fmt(cy)).append("\" r=\"5\"><title>").append(esc(tip)).append("</title></circle>")
                    .append("<text class=\"value\" x=\"").append(fmt(cx + 8)).append("\" y=\"").append(fmt(cy - 6)).append("\">")
                    .append(esc(Pages.count(r.killed()))).append("</text>");
        }
        return b.append("</svg>").toString();
    }

    private static double y(int value, int ceiling, int top, int bottom) {
        return bottom - (bottom - top) * (double) value / ceiling;
    }

    private static int low(CountRange c) {
        return c.min() != null ? c.min() : c.max();
    }

    private static int high(CountRange c) {
        return c.max() != null ? c.max() : c.min();
    }

    /** The smallest of 1, 2, 5 times a power of ten at or above n, so grid lines fall on round numbers. */
    static int nice(int n) {
        int power = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if (m * power >= Math.max(1, n)) {
                    return m * power;
                }
            }
            power *= 10;
        }
    }

    /** Month starts as ticks, or year starts when the span is over two years; always the two ends. */
    private static void ticks(StringBuilder b, Scale x, int axis, int labelY) {
        List<LocalDate> marks = new ArrayList<>();
        boolean years = ChronoUnit.MONTHS.between(x.min, x.max) > 24;
        LocalDate t = years ? x.min.withDayOfYear(1).plusYears(1) : x.min.withDayOfMonth(1).plusMonths(1);
        while (!t.isAfter(x.max) && marks.size() < 40) {
            marks.add(t);
            t = years ? t.plusYears(1) : t.plusMonths(1);
        }
        for (LocalDate m : marks) {
            double at = x.at(m);
            b.append("<line class=\"tick\" x1=\"").append(fmt(at)).append("\" y1=\"").append(axis - 4).append("\" x2=\"")
                    .append(fmt(at)).append("\" y2=\"").append(axis + 4).append("\"/>");
        }
        b.append("<text class=\"tick\" x=\"").append(fmt(x.at(x.min))).append("\" y=\"").append(labelY)
                .append("\" text-anchor=\"start\">").append(x.min).append("</text>");
        if (!x.max.equals(x.min)) {
            b.append("<text class=\"tick\" x=\"").append(fmt(x.at(x.max))).append("\" y=\"").append(labelY)
                    .append("\" text-anchor=\"end\">").append(x.max).append("</text>");
        }
    }

    /** Labels near an edge grow inwards, so they are not cut off by the chart's border. */
    private static String anchor(double x) {
        return x < WIDTH * 0.25 ? "start" : x > WIDTH * 0.75 ? "end" : "middle";
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** Days to x positions; a single day sits in the middle. */
    private record Scale(LocalDate min, LocalDate max) {
        double at(LocalDate d) {
            long span = ChronoUnit.DAYS.between(min, max);
            double inner = WIDTH - LEFT - RIGHT - 40;
            if (span == 0) {
                return LEFT + 20 + inner / 2;
            }
            return LEFT + 20 + inner * ChronoUnit.DAYS.between(min, d) / span;
        }
    }
}

package org.claimgraph.assess.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.CasualtyFigure;
import org.claimgraph.assess.Consistency;
import org.claimgraph.assess.DocumentInfo;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EventMention;
import org.claimgraph.assess.EvidenceRow;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.assess.MergedEvent;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;

/**
 * Writes merged events as GTD-style CSV: the codebook's column names, one row per event, RFC 4180
 * quoting, CRLF line ends, a header row, UTF-8 without byte-order mark (pandas reads it without
 * options). Stateless; thread-safe.
 */
public final class GtdCsvExporter {
    public static final List<String> COLUMNS = List.of("eventid", "iyear", "imonth", "iday", "country_txt", "city",
            "attacktype1_txt", "gname", "gsubname", "guncertain1", "claimed", "claimmode_txt", "compclaim", "nkill",
            "nwound", "nperps", "nperpcap", "summary", "scite1", "scite2", "scite3", "dbsource");
    public static final String DBSOURCE = "Claimgraph";
    private static final String CRLF = "\r\n";

    private GtdCsvExporter() {
    }

    public static String export(Assessment a) {
        return export(a, ExportVocabulary.bundled());
    }

    public static String export(Assessment a, ExportVocabulary vocabulary) {
        StringBuilder out = new StringBuilder();
        line(out, COLUMNS);
        List<EventAssessment> events = new ArrayList<>(a.assessments());
        events.sort(Comparator.comparing((EventAssessment e) -> datePart(e.event(), 0) + datePart(e.event(), 1) + datePart(e.event(), 2))
                .thenComparing(e -> e.event().id()));
        Map<String, Integer> perDay = new LinkedHashMap<>();
        for (EventAssessment ea : events) {
            line(out, row(a, ea, vocabulary, perDay));
        }
        return out.toString();
    }

    private static List<String> row(Assessment a, EventAssessment ea, ExportVocabulary vocabulary, Map<String, Integer> perDay) {
        MergedEvent e = ea.event();
        String year = datePart(e, 0);
        String month = datePart(e, 1);
        String day = datePart(e, 2);
        String dayKey = year + month + day;
        int seq = perDay.merge(dayKey, 1, Integer::sum);
        String eventid = dayKey + String.format(java.util.Locale.ROOT, "%04d", seq);

        Hypothesis leading = ea.hypothesis(ea.leading()).orElseThrow();
        Hypothesis group = leading;
        Hypothesis sub = null;
        if (leading.parent() != null) {
            sub = leading;
            while (group.parent() != null) {
                String p = group.parent();
                group = ea.hypothesis(p).orElseThrow();
            }
        } else {
            final String top = leading.key();
            sub = ea.hypotheses().stream().filter(h -> top.equals(h.parent()) && h.support().signum() > 0).findFirst().orElse(null);
        }
        boolean unknown = group.key().equals(Hypothesis.UNKNOWN);
        String gname = unknown ? "Unknown" : group.name();
        String gsubname = unknown || sub == null ? "" : sub.name();

        final String groupKey = group.key();
        List<EvidenceRow> claims = ea.matrix().stream().filter(r -> r.counted() && r.kind() == AssertionKind.CLAIM
                && r.consistency().get(groupKey) == Consistency.CONSISTENT).toList();
        boolean claimed = !unknown && !claims.isEmpty();
        boolean firmClaim = claims.stream().anyMatch(r -> r.certainty() == Certainty.CERTAIN || r.certainty() == Certainty.PROBABLE);
        String claimMode = "";
        if (claimed) {
            claimMode = vocabulary.gtdClaimMode(claims.stream().anyMatch(r -> r.channel() != null) ? "media-outlet" : null);
        }
        boolean competing = ea.doubts().stream().anyMatch(d -> d.kind().equals("competing-claims"));

        List<String> r = new ArrayList<>();
        r.add(eventid);
        r.add(stripZero(year));
        r.add(stripZero(month));
        r.add(stripZero(day));
        r.add(nz(e.country()));
        r.add(nz(e.place()));
        r.add(vocabulary.gtdAttackType(e.subtype()));
        r.add(gname);
        r.add(gsubname);
        r.add(unknown ? "" : (firmClaim ? "0" : "1"));
        r.add(claimed ? "1" : "0");
        r.add(claimMode);
        r.add(claimed ? (competing ? "1" : "0") : "");
        r.add(count(ea.casualties().killed()));
        r.add(count(ea.casualties().injured()));
        Optional<EventMention> perps = e.mentions().stream().filter(m -> m.perpetrators() != null && m.perpetrators().count() != null)
                .reduce((x, y) -> y);
        r.add(perps.map(m -> m.perpetrators().count().toString()).orElse(""));
        r.add(perps.map(m -> Boolean.TRUE.equals(m.perpetrators().captured()) ? m.perpetrators().count().toString()
                : Boolean.FALSE.equals(m.perpetrators().captured()) ? "0" : "").orElse(""));
        r.add(summary(ea, leading));
        List<String> cites = citations(a, e);
        for (int i = 0; i < 3; i++) {
            r.add(i < cites.size() ? cites.get(i) : "");
        }
        r.add(DBSOURCE);
        return r;
    }

    /** Year, month or day of the event date as GTD writes them; "0" parts where the date is not that precise. */
    private static String datePart(MergedEvent e, int part) {
        String[] p = e.date() == null ? new String[0] : e.date().split("-");
        if (part == 0) {
            return p.length > 0 ? p[0] : "0000";
        }
        return p.length > part ? p[part] : "00";
    }

    private static String stripZero(String s) {
        return String.valueOf(Integer.parseInt(s));
    }

    /** The latest reported figure: its lower bound, GTD's convention for "at least". */
    private static String count(CasualtyFigure f) {
        CountRange c = f.latest();
        if (c == null) {
            return "";
        }
        return String.valueOf(c.min() != null ? c.min() : c.max());
    }

    private static String summary(EventAssessment ea, Hypothesis leading) {
        MergedEvent e = ea.event();
        StringBuilder b = new StringBuilder();
        if (e.date() != null && e.date().length() == 10) {
            LocalDate d = LocalDate.parse(e.date());
            b.append(String.format(java.util.Locale.ROOT, "%02d/%02d/%04d: ", d.getMonthValue(), d.getDayOfMonth(), d.getYear()));
        }
        b.append(e.label()).append(". ");
        if (leading.key().equals(Hypothesis.UNKNOWN)) {
            b.append("No attribution leads.");
        } else {
            b.append("Leading hypothesis: ").append(leading.name()).append(" (support share ").append(leading.share().toPlainString())
                    .append(", weighted inconsistency ").append(leading.inconsistency().toPlainString()).append(").");
        }
        b.append(" Claimgraph event ").append(e.id()).append('.');
        return b.toString();
    }

    /** One citation per independent source (source cluster), earliest first: outlet, title, day, address. */
    private static List<String> citations(Assessment a, MergedEvent e) {
        Set<String> clusters = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<EventMention> ms = new ArrayList<>(e.mentions());
        ms.sort(Comparator.comparing(EventMention::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(EventMention::documentId));
        for (EventMention m : ms) {
            Optional<DocumentInfo> d = a.document(m.documentId());
            if (d.isEmpty() || !clusters.add(d.get().sourceCluster())) {
                continue;
            }
            DocumentInfo doc = d.get();
            StringBuilder c = new StringBuilder();
            c.append(nz(doc.outlet())).append(", \"").append(nz(doc.title())).append(",\" ");
            c.append(doc.published() == null ? "undated" : doc.published().toString());
            if (doc.url() != null) {
                c.append(", ").append(doc.url());
            }
            out.add(c.toString());
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(fields.get(i)));
        }
        out.append(CRLF);
    }

    /** RFC 4180: quote a field holding a comma, quote or line break (or edge spaces a reader may trim); double inner quotes. */
    static String quote(String s) {
        boolean needs = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

package org.claimgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * Writes, deletes and reads the fact tables of one document (V2__extractions.sql). Runs inside the
 * caller's transaction on the caller's connection and never commits. Stateless, thread-safe.
 */
final class ExtractionRows {
    /** Every table holding one document's facts, children before parents (the delete order). */
    static final List<String> TABLES = List.of(
            "actor_aliases", "actor_mentions", "event_mentions", "assertions",
            "events", "actors", "extraction_removed_spans", "extractions");

    private ExtractionRows() {
    }

    static void delete(Connection c, String documentId) throws SQLException {
        for (String table : TABLES) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                ps.setString(1, documentId);
                ps.executeUpdate();
            }
        }
    }

    static void insert(Connection c, String documentId, Extraction x, String extractorVersion, Instant extractedAt)
            throws SQLException {
        DocumentHeader h = x.document();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO extractions (document_id, format, extractor_version,"
                + " extracted_at, header_title, header_published, header_outlet, header_url, header_language)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, documentId);
            Jdbc.setString(ps, 2, x.format());
            Jdbc.setString(ps, 3, extractorVersion);
            Jdbc.setInstant(ps, 4, extractedAt);
            Jdbc.setString(ps, 5, h.title());
            Jdbc.setString(ps, 6, h.published());
            Jdbc.setString(ps, 7, h.outlet());
            Jdbc.setString(ps, 8, h.url());
            Jdbc.setString(ps, 9, h.language());
            ps.executeUpdate();
        }
        insertRemoved(c, "extraction_removed_spans", documentId, h.removed());
        insertActors(c, documentId, x.actors());
        insertEvents(c, documentId, x.events());
        insertAssertions(c, documentId, x.assertions());
    }

    static void insertRemoved(Connection c, String table, String documentId, List<RemovedSpan> removed)
            throws SQLException {
        if (removed.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table
                + " (document_id, seq, start_offset, end_offset, reason) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (RemovedSpan r : removed) {
                ps.setString(1, documentId);
                ps.setInt(2, seq++);
                ps.setInt(3, r.start());
                ps.setInt(4, r.end());
                ps.setString(5, r.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<RemovedSpan> loadRemoved(Connection c, String table, String documentId) throws SQLException {
        List<RemovedSpan> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT start_offset, end_offset, reason FROM " + table
                + " WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RemovedSpan(rs.getInt(1), rs.getInt(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static void insertActors(Connection c, String documentId, List<Actor> actors) throws SQLException {
        if (actors.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actors (document_id, actor_id, seq, name, kind,"
                + " part_of, role, affiliation, registry_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Actor a : actors) {
                ps.setString(1, documentId);
                Jdbc.setString(ps, 2, a.id());
                ps.setInt(3, seq++);
                Jdbc.setString(ps, 4, a.name());
                Jdbc.setJsonName(ps, 5, a.kind());
                Jdbc.setString(ps, 6, a.partOf());
                Jdbc.setString(ps, 7, a.role());
                Jdbc.setString(ps, 8, a.affiliation());
                Jdbc.setString(ps, 9, a.registryKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actor_aliases (document_id, actor_id, seq, alias) VALUES (?, ?, ?, ?)")) {
            boolean any = false;
            for (Actor a : actors) {
                int seq = 0;
                for (String alias : a.aliases()) {
                    ps.setString(1, documentId);
                    ps.setString(2, a.id());
                    ps.setInt(3, seq++);
                    ps.setString(4, alias);
                    ps.addBatch();
                    any = true;
                }
            }
            if (any) {
                ps.executeBatch();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor_mentions (document_id, actor_id, seq,"
                + " start_offset, end_offset) VALUES (?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (Actor a : actors) {
                any |= addMentions(ps, documentId, a.id(), a.mentions());
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static boolean addMentions(PreparedStatement ps, String documentId, String ownerId, List<Span> mentions)
            throws SQLException {
        int seq = 0;
        for (Span m : mentions) {
            ps.setString(1, documentId);
            ps.setString(2, ownerId);
            ps.setInt(3, seq++);
            ps.setInt(4, m.start());
            ps.setInt(5, m.end());
            ps.addBatch();
        }
        return seq > 0;
    }

    private static void insertEvents(Connection c, String documentId, List<Event> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (document_id, event_id, seq, kind, subtype,"
                + " event_date, date_precision, place, site, country, has_killed, killed_min, killed_max,"
                + " has_injured, injured_min, injured_max, has_perpetrators, perpetrator_count,"
                + " perpetrators_captured, perpetrator_nationality)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Event e : events) {
                ps.setString(1, documentId);
                Jdbc.setString(ps, 2, e.id());
                ps.setInt(3, seq++);
                Jdbc.setJsonName(ps, 4, e.kind());
                Jdbc.setString(ps, 5, e.subtype());
                Jdbc.setString(ps, 6, e.date());
                Jdbc.setJsonName(ps, 7, e.datePrecision());
                Jdbc.setString(ps, 8, e.place());
                Jdbc.setString(ps, 9, e.site());
                Jdbc.setString(ps, 10, e.country());
                setRange(ps, 11, e.killed());
                setRange(ps, 14, e.injured());
                Perpetrators p = e.perpetrators();
                ps.setBoolean(17, p != null);
                Jdbc.setInteger(ps, 18, p == null ? null : p.count());
                Jdbc.setBoolean(ps, 19, p == null ? null : p.captured());
                Jdbc.setString(ps, 20, p == null ? null : p.nationality());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_mentions (document_id, event_id, seq,"
                + " start_offset, end_offset) VALUES (?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (Event e : events) {
                any |= addMentions(ps, documentId, e.id(), e.mentions());
            }
            if (any) {
                ps.executeBatch();
            }
        }
    }

    private static void setRange(PreparedStatement ps, int i, CountRange r) throws SQLException {
        ps.setBoolean(i, r != null);
        Jdbc.setInteger(ps, i + 1, r == null ? null : r.min());
        Jdbc.setInteger(ps, i + 2, r == null ? null : r.max());
    }

    private static void insertAssertions(Connection c, String documentId, List<Assertion> assertions)
            throws SQLException {
        if (assertions.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO assertions (document_id, assertion_id, seq,"
                + " event_id, holder, suspect, kind, certainty, channel, assertion_date, evidence_start,"
                + " evidence_end, evidence_text, via_actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (Assertion a : assertions) {
                ps.setString(1, documentId);
                Jdbc.setString(ps, 2, a.id());
                ps.setInt(3, seq++);
                Jdbc.setString(ps, 4, a.event());
                Jdbc.setString(ps, 5, a.holder());
                Jdbc.setString(ps, 6, a.suspect());
                Jdbc.setJsonName(ps, 7, a.kind());
                Jdbc.setJsonName(ps, 8, a.certainty());
                Jdbc.setString(ps, 9, a.channel());
                Jdbc.setString(ps, 10, a.date());
                Evidence ev = a.evidence();
                Jdbc.setInteger(ps, 11, ev == null ? null : ev.start());
                Jdbc.setInteger(ps, 12, ev == null ? null : ev.end());
                Jdbc.setString(ps, 13, ev == null ? null : ev.text());
                Jdbc.setString(ps, 14, a.via());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static Optional<Extraction> load(Connection c, String documentId) throws SQLException {
        String format;
        String title;
        String published;
        String outlet;
        String url;
        String language;
        try (PreparedStatement ps = c.prepareStatement("SELECT format, header_title, header_published, header_outlet,"
                + " header_url, header_language FROM extractions WHERE document_id = ?")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                format = rs.getString(1);
                title = rs.getString(2);
                published = rs.getString(3);
                outlet = rs.getString(4);
                url = rs.getString(5);
                language = rs.getString(6);
            }
        }
        DocumentHeader header = new DocumentHeader(documentId, title, published, outlet, url, language,
                loadRemoved(c, "extraction_removed_spans", documentId));
        return Optional.of(new Extraction(format, header, loadActors(c, documentId), loadEvents(c, documentId),
                loadAssertions(c, documentId)));
    }

    private static List<Actor> loadActors(Connection c, String documentId) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT actor_id, alias FROM actor_aliases WHERE document_id = ? ORDER BY actor_id, seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<String, List<Span>> mentions = loadMentions(c, "actor_mentions", "actor_id", documentId);
        List<Actor> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, name, kind, part_of, role, affiliation,"
                + " registry_key FROM actors WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("actor_id");
                    String kind = rs.getString("kind");
                    out.add(new Actor(id, rs.getString("name"), kind == null ? null : ActorKind.of(kind),
                            aliases.getOrDefault(id, List.of()), rs.getString("part_of"), rs.getString("role"),
                            rs.getString("affiliation"), mentions.getOrDefault(id, List.of()),
                            rs.getString("registry_key")));
                }
            }
        }
        return out;
    }

    private static Map<String, List<Span>> loadMentions(Connection c, String table, String ownerColumn,
            String documentId) throws SQLException {
        Map<String, List<Span>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ownerColumn + ", start_offset, end_offset FROM "
                + table + " WHERE document_id = ? ORDER BY " + ownerColumn + ", seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Span(rs.getInt(2), rs.getInt(3)));
                }
            }
        }
        return out;
    }

    private static List<Event> loadEvents(Connection c, String documentId) throws SQLException {
        Map<String, List<Span>> mentions = loadMentions(c, "event_mentions", "event_id", documentId);
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM events WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("event_id");
                    String kind = rs.getString("kind");
                    String precision = rs.getString("date_precision");
                    Perpetrators perpetrators = rs.getBoolean("has_perpetrators")
                            ? new Perpetrators(Jdbc.getInteger(rs, "perpetrator_count"),
                                    Jdbc.getBoolean(rs, "perpetrators_captured"),
                                    rs.getString("perpetrator_nationality"))
                            : null;
                    out.add(new Event(id, kind == null ? null : EventKind.of(kind), rs.getString("subtype"),
                            rs.getString("event_date"), precision == null ? null : DatePrecision.of(precision),
                            rs.getString("place"), rs.getString("site"), rs.getString("country"),
                            range(rs, "killed"), range(rs, "injured"), perpetrators,
                            mentions.getOrDefault(id, List.of())));
                }
            }
        }
        return out;
    }

    private static CountRange range(ResultSet rs, String prefix) throws SQLException {
        if (!rs.getBoolean("has_" + prefix)) {
            return null;
        }
        return new CountRange(Jdbc.getInteger(rs, prefix + "_min"), Jdbc.getInteger(rs, prefix + "_max"));
    }

    private static List<Assertion> loadAssertions(Connection c, String documentId) throws SQLException {
        List<Assertion> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT * FROM assertions WHERE document_id = ? ORDER BY seq")) {
            ps.setString(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString("kind");
                    String certainty = rs.getString("certainty");
                    Integer start = Jdbc.getInteger(rs, "evidence_start");
                    Evidence evidence = start == null ? null
                            : new Evidence(start, rs.getInt("evidence_end"), rs.getString("evidence_text"));
                    out.add(new Assertion(rs.getString("assertion_id"), rs.getString("event_id"),
                            rs.getString("holder"), rs.getString("suspect"),
                            kind == null ? null : AssertionKind.of(kind),
                            certainty == null ? null : Certainty.of(certainty),
                            rs.getString("channel"), rs.getString("assertion_date"), evidence,
                            rs.getString("via_actor")));
                }
            }
        }
        return out;
    }
}

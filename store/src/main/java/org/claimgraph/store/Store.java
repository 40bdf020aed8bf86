package org.claimgraph.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.extraction.Extraction;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Documents, their removed spans and their extracted facts in SQL (H2 or PostgreSQL, one schema
 * migrated by Flyway on open). Every write is one transaction. Thread-safe: operations are
 * serialized on one connection, which is reopened if the database dropped it.
 */
public final class Store implements AutoCloseable {
    /** Shortest hex prefix accepted by {@link #findDocument}; shorter ones match too much to be useful. */
    public static final int MIN_PREFIX = 4;

    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");
    private static final int HEX_LENGTH = 64;
    private static final int CANDIDATES_SHOWN = 10;
    private static final String UNIQUE_VIOLATION = "23505";

    private final StoreConfig config;
    private final Object lock = new Object();
    private final int migrationsExecuted;
    private Connection connection; // guarded by lock
    private boolean closed; // guarded by lock

    private Store(StoreConfig config, Connection connection, int migrationsExecuted) {
        this.config = config;
        this.connection = connection;
        this.migrationsExecuted = migrationsExecuted;
    }

    /** Connects, creates or upgrades the schema, and returns the open store. */
    public static Store open(StoreConfig config) {
        Objects.requireNonNull(config, "config");
        // The store's own connection first: it keeps an embedded H2 file open while Flyway
        // connects and disconnects beside it.
        Connection c = connect(config);
        try {
            MigrateResult result = Flyway.configure(Store.class.getClassLoader())
                    .dataSource(config.jdbcUrl(), config.user(), config.password())
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Store(config, c, result.migrationsExecuted);
        } catch (FlywayException e) {
            closeQuietly(c, e);
            throw new StoreException("migrate", null, "cannot create or upgrade the schema of "
                    + config.redactedUrl(), e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static Connection connect(StoreConfig config) {
        Properties props = new Properties();
        // Only what was given: credentials may live in the URL, and an empty property would override them.
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        try {
            Connection c = DriverManager.getConnection(config.jdbcUrl(), props);
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            throw new StoreException("connect", null, "cannot connect to " + config.redactedUrl()
                    + " (SQL state " + e.getSQLState() + ")", new SQLException(redactMessage(e), e.getSQLState(),
                    e.getErrorCode()));
        }
    }

    // Drivers may echo the URL, password included, in their messages; the cause chain must not carry it.
    private static String redactMessage(SQLException e) {
        return e.getMessage() == null ? null : StoreConfig.redact(e.getMessage());
    }

    /** The configuration this store was opened with. */
    public StoreConfig config() {
        return config;
    }

    /** How many migrations {@link #open} applied; 0 when the schema was already current. */
    int migrationsExecuted() {
        return migrationsExecuted;
    }

    /**
     * Stores the document, its removed spans and, when given, its extraction in one transaction.
     * A document whose id is already stored is a {@link SaveResult#DUPLICATE} and nothing is
     * written (the given extraction is ignored; use {@link #replaceExtraction} to update facts).
     * Any failure rolls everything back and throws {@link StoreException}.
     */
    public SaveResult save(Document doc, Extraction extractionOrNull) {
        return save(doc, extractionOrNull, null);
    }

    /** As {@link #save(Document, Extraction)}, recording which extractor version produced the facts. */
    public SaveResult save(Document doc, Extraction extractionOrNull, String extractorVersion) {
        Objects.requireNonNull(doc, "doc");
        String id = doc.id();
        if (extractionOrNull != null) {
            checkHeader("save", id, extractionOrNull);
        }
        synchronized (lock) {
            Connection c = connection("save", id);
            try {
                if (exists(c, id)) {
                    c.rollback();
                    return SaveResult.DUPLICATE;
                }
                Instant now = Jdbc.storable(Instant.now());
                try {
                    insertDocument(c, doc, now);
                } catch (SQLException e) {
                    // Another process saved the same text between our check and insert.
                    if (UNIQUE_VIOLATION.equals(e.getSQLState()) && exists(config, id)) {
                        c.rollback();
                        return SaveResult.DUPLICATE;
                    }
                    throw e;
                }
                ExtractionRows.insertRemoved(c, "removed_spans", id, doc.removed());
                if (extractionOrNull != null) {
                    ExtractionRows.insert(c, id, extractionOrNull, extractorVersion, now);
                }
                c.commit();
                return SaveResult.INGESTED;
            } catch (SQLException e) {
                throw fail(c, "save", id, e);
            } catch (RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    // After a failed statement PostgreSQL refuses further statements in the transaction, so the
    // duplicate check after a unique violation uses a fresh connection.
    private static boolean exists(StoreConfig config, String id) {
        try (Connection c = connect(config)) {
            return exists(c, id);
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    /**
     * Replaces the stored facts of a stored document with these, in one transaction (old facts
     * deleted, new ones inserted). Fails when the document is not stored.
     */
    public void replaceExtraction(String documentId, Extraction extraction) {
        replaceExtraction(documentId, extraction, null);
    }

    /** As {@link #replaceExtraction(String, Extraction)}, recording the extractor version. */
    public void replaceExtraction(String documentId, Extraction extraction, String extractorVersion) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(extraction, "extraction");
        checkHeader("replace extraction", documentId, extraction);
        inTransaction("replace extraction", documentId, c -> {
            if (!exists(c, documentId)) {
                throw new StoreException("replace extraction", documentId, "no such document");
            }
            ExtractionRows.delete(c, documentId);
            ExtractionRows.insert(c, documentId, extraction, extractorVersion, Jdbc.storable(Instant.now()));
            return null;
        });
    }

    /** Every stored document, without text, ordered by publication date (unknown last), then ingestion time. */
    public List<DocumentSummary> listDocuments() {
        return inTransaction("list documents", null, c -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT d.id, d.published, d.outlet, d.title, d.source,"
                         + " d.ingested_at, x.extractor_version, x.extracted_at"
                         + " FROM documents d LEFT JOIN extractions x ON x.document_id = d.id"
                         // NULLS LAST spelled out: H2 and PostgreSQL sort nulls differently by default.
                         + " ORDER BY d.published NULLS LAST, d.ingested_at, d.id")) {
                while (rs.next()) {
                    out.add(new DocumentSummary(rs.getString("id"), Jdbc.getDate(rs, "published"),
                            rs.getString("outlet"), rs.getString("title"), rs.getString("source"),
                            Jdbc.getInstant(rs, "ingested_at"), rs.getString("extractor_version"),
                            Jdbc.getInstant(rs, "extracted_at")));
                }
            }
            return out;
        });
    }

    /**
     * The document with this id, given in full ({@code sha256:<hex>}), as bare hex, or as a unique
     * hex prefix of at least {@value #MIN_PREFIX} digits. Throws {@link StoreException} for a prefix
     * that is too short, not hex, or matches several documents (the message lists them).
     */
    public Optional<Document> findDocument(String idOrPrefix) {
        Objects.requireNonNull(idOrPrefix, "idOrPrefix");
        return inTransaction("find document", null, c -> {
            Optional<String> id = resolve(c, idOrPrefix);
            return id.isEmpty() ? Optional.<Document>empty() : loadDocument(c, id.get());
        });
    }

    /** Whether a document with this full id is stored; cheaper than {@link #findDocument}, which loads the text. */
    public boolean contains(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return inTransaction("contains", documentId, c -> exists(c, documentId));
    }

    /** The facts stored for this document (full id), exactly as they were saved. */
    public Optional<Extraction> findExtraction(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        return inTransaction("find extraction", documentId, c -> ExtractionRows.load(c, documentId));
    }

    /** The ids of all stored documents, in id order. */
    public List<String> documentIds() {
        return inTransaction("list document ids", null, c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM documents ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /**
     * Records an analyst's reliability grade (A-F) for an actor key, replacing any earlier one; the
     * assessment reads these as overrides of its default rules.
     */
    public void rate(String actorKey, String grade, String note) {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(grade, "grade");
        inTransaction("rate", null, c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM reliability_overrides WHERE actor_key = ?")) {
                del.setString(1, actorKey);
                del.executeUpdate();
            }
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO reliability_overrides (actor_key, grade, note, rated_at) VALUES (?, ?, ?, ?)")) {
                ins.setString(1, actorKey);
                ins.setString(2, grade);
                ins.setString(3, note);
                ins.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                ins.executeUpdate();
            }
            return null;
        });
    }

    /** Every analyst override, actor key to grade letter, in key order. */
    public SortedMap<String, String> ratings() {
        return inTransaction("list ratings", null, c -> {
            SortedMap<String, String> out = new TreeMap<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT actor_key, grade FROM reliability_overrides")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public int countDocuments() {
        return inTransaction("count documents", null, c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM documents")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Closes the connection; later calls fail. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StoreException("close", null, "cannot close " + config.redactedUrl(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "Store[" + config.redactedUrl() + "]";
    }

    // ---------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction on the shared connection: commit on success, roll back on any failure. */
    private <T> T inTransaction(String operation, String documentId, Work<T> work) {
        synchronized (lock) {
            Connection c = connection(operation, documentId);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                throw fail(c, operation, documentId, e);
            } catch (RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    private Connection connection(String operation, String documentId) {
        if (closed) {
            throw new StoreException(operation, documentId, "store is closed");
        }
        try {
            if (connection.isValid(5)) {
                return connection;
            }
        } catch (SQLException e) {
            // fall through and reconnect
        }
        closeQuietly(connection, null);
        connection = connect(config);
        return connection;
    }

    private static StoreException fail(Connection c, String operation, String documentId, SQLException e) {
        StoreException failure = new StoreException(operation, documentId, describe(e), e);
        rollbackQuietly(c, failure);
        return failure;
    }

    private static String describe(SQLException e) {
        SQLException root = e;
        // PostgreSQL's batch errors say "call getNextException"; the next one names the constraint.
        if (e instanceof BatchUpdateException && e.getNextException() != null) {
            root = e.getNextException();
        }
        String m = root.getMessage() == null ? "" : root.getMessage();
        return "database error (SQL state " + root.getSQLState() + "): " + m;
    }

    private static void rollbackQuietly(Connection c, Throwable primary) {
        try {
            c.rollback();
        } catch (SQLException r) {
            primary.addSuppressed(r);
        }
    }

    private static void closeQuietly(Connection c, Throwable primary) {
        try {
            c.close();
        } catch (SQLException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    private static void checkHeader(String operation, String documentId, Extraction x) {
        if (x.document() == null || !documentId.equals(x.document().id())) {
            throw new StoreException(operation, documentId, "extraction is of document "
                    + (x.document() == null ? "(no header)" : x.document().id()) + ", not this one");
        }
    }

    private static boolean exists(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insertDocument(Connection c, Document d, Instant ingestedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (id, body, title, outlet, published,"
                + " url, language, source, content_type, fetched_at, ingested_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, d.id());
            ps.setString(2, d.text());
            Jdbc.setString(ps, 3, d.title());
            Jdbc.setString(ps, 4, d.outlet());
            Jdbc.setDate(ps, 5, d.published());
            Jdbc.setString(ps, 6, d.url());
            Jdbc.setString(ps, 7, d.language());
            Jdbc.setString(ps, 8, d.source());
            Jdbc.setString(ps, 9, d.contentType());
            Jdbc.setInstant(ps, 10, Jdbc.storable(d.fetchedAt()));
            Jdbc.setInstant(ps, 11, ingestedAt);
            ps.executeUpdate();
        }
    }

    private static Optional<Document> loadDocument(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, body, title, outlet, published, url, language,"
                + " source, content_type, fetched_at FROM documents WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<RemovedSpan> removed = ExtractionRows.loadRemoved(c, "removed_spans", id);
                return Optional.of(new Document(rs.getString("id"), rs.getString("body"), rs.getString("title"),
                        rs.getString("outlet"), Jdbc.getDate(rs, "published"), rs.getString("url"),
                        rs.getString("language"), rs.getString("source"), rs.getString("content_type"),
                        Jdbc.getInstant(rs, "fetched_at"), removed));
            }
        }
    }

    /** The full id that a user's id, hex or prefix names, if one document matches. */
    private static Optional<String> resolve(Connection c, String idOrPrefix) throws SQLException {
        String hex = DocumentId.hex(idOrPrefix.strip().toLowerCase(Locale.ROOT));
        if (!HEX.matcher(hex).matches()) {
            throw new StoreException("find document", null, "'" + idOrPrefix
                    + "' is not a document id: expected hex digits, optionally after " + DocumentId.PREFIX);
        }
        if (hex.length() < MIN_PREFIX) {
            throw new StoreException("find document", null, "id prefix '" + idOrPrefix + "' is too short: give at least "
                    + MIN_PREFIX + " hex digits");
        }
        if (hex.length() >= HEX_LENGTH) {
            return hex.length() == HEX_LENGTH ? Optional.of(DocumentId.PREFIX + hex) : Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        // Only hex digits reach the pattern, so there is nothing to escape for LIKE.
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM documents WHERE id LIKE ? ORDER BY id FETCH FIRST " + (CANDIDATES_SHOWN + 1)
                        + " ROWS ONLY")) {
            ps.setString(1, DocumentId.PREFIX + hex + "%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    candidates.add(rs.getString(1));
                }
            }
        }
        if (candidates.size() > 1) {
            String shown = String.join(", ", candidates.subList(0, Math.min(candidates.size(), CANDIDATES_SHOWN)));
            throw new StoreException("find document", null, "id prefix '" + idOrPrefix + "' is ambiguous; it matches "
                    + shown + (candidates.size() > CANDIDATES_SHOWN ? " and more" : "")
                    + "; give more digits");
        }
        return candidates.stream().findFirst();
    }
}

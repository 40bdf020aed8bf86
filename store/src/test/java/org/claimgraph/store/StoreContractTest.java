package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.extraction.Extraction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour, the same on every database: subclasses supply a fresh, empty database
 * per test and remove it afterwards.
 */
abstract class StoreContractTest {
    protected StoreConfig config;
    protected Store store;

    /** A fresh, empty database (or schema) for one test. */
    protected abstract StoreConfig freshDatabase() throws Exception;

    /** Removes what {@link #freshDatabase()} made; the store is already closed. */
    protected void dropDatabase() throws Exception {
    }

    @BeforeEach
    void openStore() throws Exception {
        config = freshDatabase();
        store = Store.open(config);
    }

    @AfterEach
    void closeStore() throws Exception {
        try {
            if (store != null) {
                store.close();
            }
        } finally {
            dropDatabase();
        }
    }

    @Test
    void savesFindsAndListsDocuments() {
        Document rich = Fixtures.rich();
        Document bare = Fixtures.bare("Nur Text, ohne alles.");
        Document older = Fixtures.document("Ein älterer Bericht.", "älter", LocalDate.of(2023, 1, 5));

        assertEquals(SaveResult.INGESTED, store.save(rich, Fixtures.richExtraction(rich), "rules-0.1"));
        assertEquals(SaveResult.INGESTED, store.save(bare, null));
        assertEquals(SaveResult.INGESTED, store.save(older, null));

        assertEquals(Optional.of(rich), store.findDocument(rich.id()));
        assertEquals(Optional.of(bare), store.findDocument(bare.id()));
        assertEquals(3, store.countDocuments());
        assertEquals(List.of(rich.id(), bare.id(), older.id()).stream().sorted().toList(), store.documentIds());

        List<DocumentSummary> list = store.listDocuments();
        // By publication date, unknown dates last.
        assertEquals(List.of(older.id(), rich.id(), bare.id()), list.stream().map(DocumentSummary::id).toList());
        DocumentSummary first = list.get(1);
        assertEquals(rich.published(), first.published());
        assertEquals("taz", first.outlet());
        assertEquals("Anschlag in Kandahar", first.title());
        assertEquals(rich.source(), first.source());
        assertEquals("rules-0.1", first.extractorVersion());
        assertTrue(first.hasExtraction());
        assertFalse(list.get(2).hasExtraction());
        assertTrue(list.get(0).ingestedAt() != null);
    }

    @Test
    void containsAnswersForFullIdsOnly() {
        Document d = Fixtures.rich();
        assertFalse(store.contains(d.id()));
        store.save(d, null);
        assertTrue(store.contains(d.id()));
        assertFalse(store.contains(d.id().substring(0, 20)));
    }

    @Test
    void analystRatingsReplaceEarlierOnesAndRefuseUnknownGrades() {
        store.rate("iskp", "B", "first look");
        store.rate("ukraine", "D", null);
        store.rate("iskp", "C", "revised after the denial");
        assertEquals(java.util.Map.of("iskp", "C", "ukraine", "D"), store.ratings());
        StoreException bad = assertThrows(StoreException.class, () -> store.rate("kremlin", "Z", null));
        assertTrue(bad.getMessage().contains("rate"), bad.getMessage());
        assertEquals(java.util.Map.of("iskp", "C", "ukraine", "D"), store.ratings());
    }

    @Test
    void rebuildsExactlyTheExtractionThatWasSaved() {
        Document d = Fixtures.rich();
        Extraction x = Fixtures.richExtraction(d);
        store.save(d, x);
        assertEquals(Optional.of(x), store.findExtraction(d.id()));
    }

    @Test
    void documentWithoutExtractionHasNoFacts() throws Exception {
        Document d = Fixtures.rich();
        store.save(d, null);
        assertEquals(Optional.empty(), store.findExtraction(d.id()));
        assertEquals(Optional.empty(), store.findExtraction("sha256:" + "0".repeat(64)));
        assertEquals(0, rowsOf(d.id()).get("actors"));
    }

    @Test
    void duplicateStoresNothingNew() throws Exception {
        Document d = Fixtures.rich();
        Extraction x = Fixtures.richExtraction(d);
        store.save(d, x);
        Map<String, Integer> before = rowsOf(d.id());
        DocumentSummary summaryBefore = store.listDocuments().get(0);

        // Same text from another source and with other facts: still the same document.
        Document copy = new Document(d.id(), d.text(), "other", "other", null, null, null, "elsewhere", null, null, null);
        assertEquals(SaveResult.DUPLICATE, store.save(copy, Fixtures.smallExtraction(copy)));

        assertEquals(before, rowsOf(d.id()));
        assertEquals(Optional.of(d), store.findDocument(d.id()));
        assertEquals(Optional.of(x), store.findExtraction(d.id()));
        assertEquals(List.of(summaryBefore), store.listDocuments());
    }

    @Test
    void failureMidSaveLeavesNoRowsAtAll() throws Exception {
        Document d = Fixtures.rich();
        for (Extraction bad : List.of(Fixtures.withDuplicateActorIds(d), Fixtures.withTooLongChannel(d))) {
            StoreException e = assertThrows(StoreException.class, () -> store.save(d, bad));
            assertEquals("save", e.operation());
            assertEquals(d.id(), e.documentId());
            assertTrue(e.getCause() instanceof SQLException, "cause is the SQLException: " + e.getCause());

            Map<String, Integer> rows = rowsOf(d.id());
            assertTrue(rows.size() >= 10, "counted every table: " + rows.keySet());
            rows.forEach((table, n) -> assertEquals(0, n, "rows left in " + table + " after failed save: " + rows));
            assertEquals(0, store.countDocuments());
        }
        // The store is still usable and the same document saves cleanly afterwards.
        assertEquals(SaveResult.INGESTED, store.save(d, Fixtures.richExtraction(d)));
        assertEquals(Optional.of(Fixtures.richExtraction(d)), store.findExtraction(d.id()));
    }

    @Test
    void extractionOfAnotherDocumentIsRefused() {
        Document d = Fixtures.rich();
        Document other = Fixtures.bare("anderer Text");
        StoreException e = assertThrows(StoreException.class, () -> store.save(d, Fixtures.richExtractionOrEmpty(other)));
        assertTrue(e.getMessage().contains(other.id()), e.getMessage());
        assertEquals(0, store.countDocuments());
    }

    @Test
    void replacesExtraction() throws Exception {
        Document d = Fixtures.rich();
        store.save(d, Fixtures.richExtraction(d), "v1");
        Extraction small = Fixtures.smallExtraction(d);

        store.replaceExtraction(d.id(), small, "v2");
        assertEquals(Optional.of(small), store.findExtraction(d.id()));
        Map<String, Integer> rows = rowsOf(d.id());
        assertEquals(1, rows.get("actors"));
        assertEquals(1, rows.get("events"));
        assertEquals(0, rows.get("assertions"));
        assertEquals(1, rows.get("actor_aliases"));
        assertEquals(0, rows.get("extraction_removed_spans"));
        assertEquals(2, rows.get("removed_spans"), "the document's own spans stay");
        assertEquals("v2", store.listDocuments().get(0).extractorVersion());

        // A failing replacement keeps the previous facts.
        assertThrows(StoreException.class, () -> store.replaceExtraction(d.id(), Fixtures.withDuplicateActorIds(d)));
        assertEquals(Optional.of(small), store.findExtraction(d.id()));
        assertEquals(rows, rowsOf(d.id()));

        // Replacing facts of a document that was saved without any.
        Document bare = Fixtures.bare("ohne Fakten");
        store.save(bare, null);
        Extraction forBare = Fixtures.smallExtraction(Fixtures.document("ohne Fakten Taliban Kandahar", "t", null));
        Extraction bareSmall = new Extraction(forBare.format(), new org.claimgraph.core.extraction.DocumentHeader(
                bare.id(), null, null, null, null, null, null), List.of(), List.of(), List.of());
        store.replaceExtraction(bare.id(), bareSmall);
        assertEquals(Optional.of(bareSmall), store.findExtraction(bare.id()));

        String missing = "sha256:" + "f".repeat(64);
        Extraction forMissing = new Extraction(Extraction.FORMAT, new org.claimgraph.core.extraction.DocumentHeader(
                missing, null, null, null, null, null, null), List.of(), List.of(), List.of());
        StoreException e = assertThrows(StoreException.class, () -> store.replaceExtraction(missing, forMissing));
        assertTrue(e.getMessage().contains("no such document"), e.getMessage());
    }

    @Test
    void findsDocumentsByIdHexAndPrefix() {
        List<String> texts = Fixtures.textsSharingFourHexDigits();
        Document a = Fixtures.bare(texts.get(0));
        Document b = Fixtures.bare(texts.get(1));
        store.save(a, null);
        store.save(b, null);
        String hexA = DocumentId.hex(a.id());

        assertEquals(Optional.of(a), store.findDocument(a.id()));
        assertEquals(Optional.of(a), store.findDocument(hexA));
        assertEquals(Optional.of(a), store.findDocument(hexA.toUpperCase(java.util.Locale.ROOT)));
        assertEquals(Optional.of(a), store.findDocument(hexA.substring(0, 5)));
        assertEquals(Optional.of(a), store.findDocument("sha256:" + hexA.substring(0, 5)));
        assertEquals(Optional.of(b), store.findDocument(DocumentId.hex(b.id()).substring(0, 5)));

        StoreException ambiguous = assertThrows(StoreException.class, () -> store.findDocument(hexA.substring(0, 4)));
        assertTrue(ambiguous.getMessage().contains("ambiguous"), ambiguous.getMessage());
        assertTrue(ambiguous.getMessage().contains(a.id()) && ambiguous.getMessage().contains(b.id()),
                ambiguous.getMessage());

        StoreException shortPrefix = assertThrows(StoreException.class, () -> store.findDocument(hexA.substring(0, 3)));
        assertTrue(shortPrefix.getMessage().contains("too short"), shortPrefix.getMessage());
        assertThrows(StoreException.class, () -> store.findDocument("not-an-id"));
        assertThrows(StoreException.class, () -> store.findDocument("abc%"));

        String absent = hexA.charAt(0) == '0' ? "1111" : "0000";
        assertEquals(Optional.empty(), store.findDocument(absent + "ff"));
        assertEquals(Optional.empty(), store.findDocument("sha256:" + "0".repeat(64)));
    }

    @Test
    void migrationsOnAnExistingDatabaseAreANoOp() throws Exception {
        assertTrue(store.migrationsExecuted() >= 2, "fresh database migrated: " + store.migrationsExecuted());
        Document d = Fixtures.rich();
        store.save(d, Fixtures.richExtraction(d));
        int history = count("SELECT COUNT(*) FROM \"flyway_schema_history\"");

        try (Store again = Store.open(config)) {
            assertEquals(0, again.migrationsExecuted());
            assertEquals(Optional.of(d), again.findDocument(d.id()));
            assertEquals(Optional.of(Fixtures.richExtraction(d)), again.findExtraction(d.id()));
        }
        assertEquals(history, count("SELECT COUNT(*) FROM \"flyway_schema_history\""));
    }

    @Test
    void answersCrossDocumentQuestionsInSql() throws Exception {
        Document d = Fixtures.rich();
        store.save(d, Fixtures.richExtraction(d));
        // Events in a country, and who is held responsible for them, by joining the fact tables.
        String sql = "SELECT COUNT(*) FROM events e"
                + " JOIN assertions s ON s.document_id = e.document_id AND s.event_id = e.event_id"
                + " JOIN actors a ON a.document_id = s.document_id AND a.actor_id = s.suspect"
                + " WHERE e.country = 'Afghanistan' AND a.registry_key = 'iskp'";
        assertEquals(2, count(sql));
    }

    @Test
    void isSafeToUseFromSeveralThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SaveResult>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                // Every text twice: each document is ingested once and a duplicate once.
                Document d = Fixtures.document("Bericht " + (i % 20) + " über Kandahar. Failed to fetch data from the URL.",
                        "t" + i, LocalDate.of(2024, 1, 1 + i % 20));
                results.add(pool.submit(() -> store.save(d, Fixtures.richExtractionOrEmpty(d))));
                pool.submit(store::listDocuments);
            }
            int ingested = 0;
            for (Future<SaveResult> f : results) {
                ingested += f.get() == SaveResult.INGESTED ? 1 : 0;
            }
            assertEquals(20, ingested);
            assertEquals(20, store.countDocuments());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closedStoreRefusesWork() {
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, () -> store.countDocuments());
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    // ---------------------------------------------------------------------------------------------

    /** Rows for this document in every table of the schema: the documents row and every table with a document_id. */
    protected Map<String, Integer> rowsOf(String documentId) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.columns"
                    + " WHERE LOWER(column_name) = 'document_id' AND table_schema = ? ORDER BY table_name")) {
                ps.setString(1, c.getSchema());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            rows.put("documents", count(c, "SELECT COUNT(*) FROM documents WHERE id = ?", documentId));
            for (String table : tables) {
                rows.put(table, count(c, "SELECT COUNT(*) FROM " + table + " WHERE document_id = ?", documentId));
            }
        }
        return rows;
    }

    protected int count(String sql) throws SQLException {
        try (Connection c = connect()) {
            return count(c, sql, null);
        }
    }

    private static int count(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    protected Connection connect() throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        return DriverManager.getConnection(config.jdbcUrl(), p);
    }
}

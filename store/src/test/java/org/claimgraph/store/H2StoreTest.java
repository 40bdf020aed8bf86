package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.claimgraph.core.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an in-memory H2 database of its own per test, plus the embedded file database. */
final class H2StoreTest extends StoreContractTest {

    @Override
    protected StoreConfig freshDatabase() {
        // A unique name per test; the database lives as long as the store's connection.
        return new StoreConfig("jdbc:h2:mem:claimgraph-" + UUID.randomUUID(), "sa", "");
    }

    @Test
    void embeddedFileDatabaseSurvivesCloseAndReopen(@TempDir Path dir) {
        Path dataDir = dir.resolve("data with space");
        StoreConfig embedded = StoreConfig.embedded(dataDir);
        Document d = Fixtures.rich();
        try (Store s = Store.open(embedded)) {
            assertTrue(s.migrationsExecuted() >= 2);
            s.save(d, Fixtures.richExtraction(d), "v1");
        }
        assertTrue(Files.exists(dataDir.resolve(StoreConfig.EMBEDDED_NAME + ".mv.db")), "H2 file in the data folder");
        try (Store s = Store.open(embedded)) {
            assertEquals(0, s.migrationsExecuted());
            assertEquals(Optional.of(d), s.findDocument(d.id()));
            assertEquals(Optional.of(Fixtures.richExtraction(d)), s.findExtraction(d.id()));
            assertEquals("v1", s.listDocuments().get(0).extractorVersion());
        }
    }
}

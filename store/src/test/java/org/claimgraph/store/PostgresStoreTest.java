package org.claimgraph.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Assumptions;

/**
 * The store contract on a real PostgreSQL server named by CLAIMGRAPH_TEST_PG (a JDBC URL with
 * credentials), each test in a schema of its own that is dropped afterwards. Skipped, visibly,
 * when the variable is not set.
 */
final class PostgresStoreTest extends StoreContractTest {
    static final String ENV = "CLAIMGRAPH_TEST_PG";
    static final String SKIPPED = ENV + " not set: PostgreSQL tests skipped";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private String baseUrl;
    private String schema;

    @Override
    protected StoreConfig freshDatabase() throws Exception {
        baseUrl = System.getenv(ENV);
        if (baseUrl == null || baseUrl.isBlank()) {
            if (TOLD.compareAndSet(false, true)) {
                System.err.println(SKIPPED);
            }
            Assumptions.assumeTrue(false, SKIPPED);
        }
        schema = "cg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        // currentSchema makes both Flyway and the store's queries work inside the test's schema.
        return new StoreConfig(baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
    }

    @Override
    protected void dropDatabase() throws Exception {
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(baseUrl); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}

package org.claimgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.claimgraph.core.ConfigurationException;
import org.junit.jupiter.api.Test;

final class StoreConfigTest {
    private static final Path DATA = Path.of("/var/lib/claimgraph");

    @Test
    void embeddedIsAnH2FileInTheDataFolder() {
        StoreConfig c = StoreConfig.embedded(DATA);
        assertEquals("jdbc:h2:file:/var/lib/claimgraph/claimgraph;AUTO_SERVER=FALSE", c.jdbcUrl());
        assertFalse(c.isPostgres());
        assertThrows(ConfigurationException.class, () -> StoreConfig.embedded(Path.of("/tmp/a;b")));
    }

    @Test
    void environmentChoosesTheDatabase() {
        assertEquals(StoreConfig.embedded(DATA), StoreConfig.fromEnvironment(Map.of(), DATA));
        assertEquals(StoreConfig.embedded(DATA), StoreConfig.fromEnvironment(Map.of("CLAIMGRAPH_DB", " "), DATA));

        StoreConfig inUrl = StoreConfig.fromEnvironment(
                Map.of("CLAIMGRAPH_DB", "jdbc:postgresql://db/claimgraph?user=u&password=p"), DATA);
        assertEquals("jdbc:postgresql://db/claimgraph?user=u&password=p", inUrl.jdbcUrl());
        assertNull(inUrl.user());
        assertNull(inUrl.password());
        assertTrue(inUrl.isPostgres());

        StoreConfig separate = StoreConfig.fromEnvironment(Map.of("CLAIMGRAPH_DB", "jdbc:postgresql://db/claimgraph",
                "CLAIMGRAPH_DB_USER", "u", "CLAIMGRAPH_DB_PASSWORD", "p"), DATA);
        assertEquals(new StoreConfig("jdbc:postgresql://db/claimgraph", "u", "p"), separate);

        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> StoreConfig.fromEnvironment(Map.of("CLAIMGRAPH_DB", "postgres://u:secret@db/x"), DATA));
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void passwordsNeverShow() {
        StoreConfig c = new StoreConfig("jdbc:postgresql://db:5432/x?user=u&password=s3cret&ssl=true", "u", "other");
        assertEquals("jdbc:postgresql://db:5432/x?user=u&password=***&ssl=true", c.redactedUrl());
        assertFalse(c.toString().contains("s3cret") || c.toString().contains("other"), c.toString());
        assertEquals("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=***;X=1",
                StoreConfig.redact("jdbc:h2:tcp://h/db;USER=sa;PASSWORD=pw;X=1"));
        assertEquals("jdbc:mysql://u:***@h/db", StoreConfig.redact("jdbc:mysql://u:pw@h/db"));
    }

    @Test
    void connectionFailureNamesTheUrlWithoutThePassword() {
        // Port 1 on loopback: refused at once, no server needed.
        StoreConfig c = new StoreConfig("jdbc:postgresql://127.0.0.1:1/nothing?user=u&password=s3cret&connectTimeout=2",
                null, null);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(c));
        assertEquals("connect", e.operation());
        assertTrue(e.getMessage().contains("127.0.0.1:1/nothing"), e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("s3cret"), t.toString());
        }
    }
}

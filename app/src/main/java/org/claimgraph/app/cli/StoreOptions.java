package org.claimgraph.app.cli;

import java.nio.file.Path;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreConfig;
import picocli.CommandLine.Option;

/**
 * The options every command that reads or writes the library shares: where the store is. Order:
 * {@code --data DIR}, else {@code CLAIMGRAPH_DB} (a JDBC URL), else ./claimgraph-data. Not thread-safe.
 */
final class StoreOptions {
    static final Path DEFAULT_DATA = Path.of("claimgraph-data");

    @Option(names = "--data", paramLabel = "DIR",
            description = "Folder of the embedded database (default: ./claimgraph-data, or CLAIMGRAPH_DB=jdbc:...).")
    Path dataDir;

    Store open() {
        StoreConfig config = dataDir != null ? StoreConfig.embedded(dataDir) : StoreConfig.fromEnvironment(DEFAULT_DATA);
        return Store.open(config);
    }
}

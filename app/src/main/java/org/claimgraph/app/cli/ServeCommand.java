package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.claimgraph.app.Library;
import org.claimgraph.app.server.ClaimgraphServer;
import org.claimgraph.app.server.ServerConfig;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.ingest.IngestOptions;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;
import org.claimgraph.store.search.SearchIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claimgraph serve}: the web UI and REST API over the library until interrupted. Not thread-safe. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and the REST API (/api/v1, OpenAPI at /api/v1/openapi.json) over the library. "
                + "Writes need the token from CLAIMGRAPH_TOKEN, or one generated and printed at start.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = ServerConfig.DEFAULT_PORT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}: this machine only).")
    String bind = ServerConfig.DEFAULT_BIND;

    @Option(names = "--open-ui", description = "Put the write token into the ingest forms served to browsers on this machine, "
            + "so a person here can ingest without pasting it.")
    boolean openUi;

    @Option(names = "--max-upload", paramLabel = "BYTES", description = "Largest upload or request body (default: ${DEFAULT-VALUE}).")
    long maxUpload = ServerConfig.DEFAULT_MAX_UPLOAD;

    @Option(names = "--no-extract", description = "Store ingested documents without extracting facts.")
    boolean noExtract;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String envToken = System.getenv(ServerConfig.ENV_TOKEN);
        boolean generated = envToken == null || envToken.isBlank();
        ServerConfig config;
        try {
            config = new ServerConfig(bind, port, generated ? ServerConfig.generateToken() : envToken.strip(), openUi, maxUpload);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage(), e);
        }
        // The web never fetches private addresses, whatever the command line may allow elsewhere.
        Ingester ingester = new Ingester(IngestOptions.defaults().withMaxBytes(maxUpload));
        try (Store store = storeOptions.open(); SearchIndex index = SearchIndex.inMemory()) {
            Library library = noExtract ? new Library(store, ingester, null)
                    : Library.withExtractor(store, ingester, extractorOptions::create);
            int indexed = index.rebuild(store);
            try (ClaimgraphServer server = new ClaimgraphServer(library, index, ActorRegistry.load(extractorOptions.registryFiles), config)) {
                int bound = server.start();
                String host = bind.contains(":") ? "[" + bind + "]" : bind;
                out.printf("claimgraph serve: http://%s:%d/ (%d documents indexed; API at /api/v1, OpenAPI at /api/v1/openapi.json)%n",
                        host, bound, indexed);
                out.println(generated ? "write token (generated; set " + ServerConfig.ENV_TOKEN + " to fix one): " + config.token()
                        : "write token: from " + ServerConfig.ENV_TOKEN);
                out.flush();
                // Ctrl-C runs the hook: it lets this thread close server, index and store, then waits for that.
                CountDownLatch stop = new CountDownLatch(1);
                CountDownLatch closed = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop.countDown();
                    try {
                        closed.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "claimgraph-serve-stop"));
                try {
                    stop.await();
                } finally {
                    server.close();
                    closed.countDown();
                }
            }
        }
        return Main.EXIT_OK;
    }
}

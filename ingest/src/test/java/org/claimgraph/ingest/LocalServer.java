package org.claimgraph.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** A real HTTP server on 127.0.0.1 and a free port, for fetch tests. Not thread-safe to configure. */
final class LocalServer implements AutoCloseable {
    private final HttpServer server;

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // Several threads, so a slow handler does not hold up the others or the stop.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers {@code path} with the status, content type (may be null) and body. */
    LocalServer serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> respond(exchange, status, contentType, body));
        return this;
    }

    /** Answers {@code path} only after {@code delay}. */
    LocalServer slow(String path, java.time.Duration delay) {
        server.createContext(path, exchange -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "text/plain", "late".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        });
        return this;
    }

    /** Answers {@code path} with a 302 to {@code location}. */
    LocalServer redirect(String path, String location) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        return this;
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().add("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

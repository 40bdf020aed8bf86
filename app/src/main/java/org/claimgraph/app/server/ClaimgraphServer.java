package org.claimgraph.app.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.claimgraph.app.Library;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.ExtractionCodec;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.store.Store;
import org.claimgraph.store.StoreException;
import org.claimgraph.store.search.SearchIndex;

/**
 * The web UI and the REST API (/api/v1) over one library, on Javalin. Config comes in through the
 * constructor; {@link #start()} binds and returns the port (tests pass port 0), {@link #close()} stops.
 * Write routes require the token; every page and response carries a strict Content-Security-Policy.
 * Thread-safe: requests run concurrently on Jetty's pool over thread-safe parts.
 */
public final class ClaimgraphServer implements AutoCloseable {
    /** One registered route, as the OpenAPI document must list it. Immutable. */
    public record Route(String method, String path) {
    }

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    private static final String HANDLED = "claimgraph.handled";
    /** Room for the form fields and multipart framing around an upload of the maximum size. */
    private static final long ENVELOPE = 64 * 1024;

    private final Store store;
    private final ServerConfig config;
    private final SearchIndex index;
    private final Catalog catalog;
    private final Intake intake;
    private final ActorRegistry registry;
    private final List<Route> routes = new ArrayList<>();
    private final AtomicReference<Javalin> running = new AtomicReference<>();

    /**
     * @param library  stores and extracts what the web ingests; its store is the one served
     * @param index    the search index; the server keeps it up to date with what it ingests
     * @param registry the actor registry, for aliases and hierarchy
     */
    public ClaimgraphServer(Library library, SearchIndex index, ActorRegistry registry, ServerConfig config) {
        Objects.requireNonNull(library, "library");
        this.store = library.store();
        this.index = Objects.requireNonNull(index, "index");
        this.registry = Objects.requireNonNull(registry, "registry");
        this.config = Objects.requireNonNull(config, "config");
        this.catalog = new Catalog(store, registry);
        this.intake = new Intake(library, index, catalog, config.maxUploadBytes());
    }

    /** Binds and serves; returns the port actually bound (useful when the config asked for 0). */
    public int start() {
        Javalin app = Javalin.create(c -> {
            c.showJavalinBanner = false;
            c.http.maxRequestSize = config.maxUploadBytes() + ENVELOPE;
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + ENVELOPE, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, config.maxUploadBytes() + ENVELOPE), SizeUnit.BYTES);
            c.router.ignoreTrailingSlashes = true;
        });
        app.before(this::guard);
        app.exception(Exception.class, this::failure);
        app.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                respondError(ctx, 404, "no such page or route: " + ctx.method() + " " + ctx.path());
            }
        });
        Api api = new Api(this);
        Pages pages = new Pages(this);
        api.register(app);
        pages.register(app);
        new EventPages(this).register(app);
        app.start(config.bind(), config.port());
        running.set(app);
        return app.port();
    }

    /** The port bound, or -1 before {@link #start()}. */
    public int port() {
        Javalin app = running.get();
        return app == null ? -1 : app.port();
    }

    /** Every route registered, in order; the OpenAPI document lists each /api/v1 one. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    @Override
    public void close() {
        Javalin app = running.getAndSet(null);
        if (app != null) {
            app.stop();
        }
    }

    // ------------------------------------------------------------------ what handlers share

    Store store() {
        return store;
    }

    ServerConfig config() {
        return config;
    }

    SearchIndex index() {
        return index;
    }

    Catalog catalog() {
        return catalog;
    }

    Intake intake() {
        return intake;
    }

    ActorRegistry registry() {
        return registry;
    }

    static ObjectMapper mapper() {
        return ExtractionCodec.mapper();
    }

    void route(Javalin app, HandlerType method, String path, Handler handler) {
        synchronized (routes) {
            routes.add(new Route(method.name(), path));
        }
        app.addHttpHandler(method, path, handler);
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON response", e);
        }
    }

    static void html(Context ctx, int status, String page) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(page.getBytes(StandardCharsets.UTF_8));
    }

    /** Throws 401 unless the token matches (compared in constant time). */
    void requireToken(String given) {
        if (given == null || given.isEmpty()) {
            throw new HttpError(401, "this needs the write token (Authorization: Bearer TOKEN, or the form's token field)");
        }
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new HttpError(401, "wrong write token");
        }
    }

    /** The bearer token of a request, or null. */
    static String bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return h.substring(7).strip();
    }

    /** The token a page may embed in its forms: only with openUi and only for a client on this machine. */
    String formToken(Context ctx) {
        if (!config.openUi()) {
            return null;
        }
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress() ? config.token() : null;
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    // ------------------------------------------------------------------ guards and errors

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        // same-origin, not no-referrer: under no-referrer browsers send "Origin: null" on our own form posts.
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
        if (config.loopbackOnly() && !loopbackHost(ctx.host())) {
            // A page elsewhere whose name resolves to 127.0.0.1 (DNS rebinding) must not read this server.
            throw new HttpError(403, "this server answers only to localhost, 127.0.0.1 or [::1]");
        }
        if (ctx.method() == HandlerType.POST) {
            long length = ctx.req().getContentLengthLong();
            if (length > config.maxUploadBytes() + ENVELOPE) {
                throw new HttpError(413, "request body of " + length + " bytes is over the limit of "
                        + config.maxUploadBytes() + " bytes");
            }
            String origin = ctx.header("Origin");
            if (origin != null && !sameOrigin(origin, ctx.host())) {
                throw new HttpError(403, "cross-origin writes are refused");
            }
        }
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            return h.startsWith("[::1]");
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return name.equals("localhost") || name.startsWith("127.");
    }

    private static boolean sameOrigin(String origin, String host) {
        try {
            URI o = URI.create(origin);
            return host != null && o.getRawAuthority() != null && o.getRawAuthority().equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void failure(Exception e, Context ctx) {
        int status;
        String message;
        if (e instanceof HttpError h) {
            status = h.status();
            message = h.getMessage();
        } else if (e instanceof HttpResponseException h) {
            status = h.getStatus();
            message = h.getMessage();
        } else if (e instanceof StoreException s && s.getCause() == null) {
            // Without an SQL cause it is a bad id or prefix, which the user can fix.
            status = 400;
            message = s.getMessage();
        } else if (e instanceof InvalidInputException || e instanceof IllegalArgumentException) {
            status = 400;
            message = e.getMessage();
        } else if (tooLarge(e)) {
            status = 413;
            message = "upload is over the limit of " + config.maxUploadBytes() + " bytes";
        } else {
            status = 500;
            message = "internal error; the server log has the details";
            System.err.println("claimgraph serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            if (System.getenv("CLAIMGRAPH_DEBUG") != null) {
                e.printStackTrace();
            }
        }
        respondError(ctx, status, message);
    }

    /** Jetty reports an over-size multipart body as an IllegalStateException somewhere in the chain. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof IllegalStateException && m != null && m.toLowerCase(Locale.ROOT).contains("exceed")) {
                return true;
            }
        }
        return false;
    }

    private void respondError(Context ctx, int status, String message) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        if (ctx.path().startsWith("/api/")) {
            json(ctx, status, Map.of("error", message == null ? "error" : message));
        } else {
            html(ctx, status, Pages.errorPage(status, message));
        }
    }
}

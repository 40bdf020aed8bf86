package org.claimgraph.app.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.app.LibraryAssessment;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.Grade;
import org.claimgraph.assess.export.ExplainJson;
import org.claimgraph.assess.export.GtdCsvExporter;
import org.claimgraph.assess.export.StixExporter;
import org.claimgraph.core.Document;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.registry.RegistryEntry;
import org.claimgraph.ingest.Metadata;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.search.SearchQuery;
import org.claimgraph.store.search.SearchResult;

/**
 * The REST API under /api/v1: documents, ingestion, actors, search, assessed events, exports and
 * ratings, JSON in and out. Every route
 * registered here must appear in the OpenAPI document (openapi.json beside the web resources; a test
 * holds them together). Stateless beyond its server, thread-safe.
 */
final class Api {
    static final String BASE = "/api/v1";
    static final String OPENAPI_RESOURCE = "/org/claimgraph/app/web/openapi.json";
    static final int DEFAULT_LIMIT = 50;
    /** Longest actor key a rating accepts; registry and folded-name keys are far shorter. */
    static final int MAX_KEY = 200;

    private final ClaimgraphServer server;

    Api(ClaimgraphServer server) {
        this.server = server;
    }

    void register(Javalin app) {
        server.route(app, HandlerType.GET, BASE + "/openapi.json", this::openApi);
        server.route(app, HandlerType.GET, BASE + "/documents", this::documents);
        server.route(app, HandlerType.GET, BASE + "/documents/{id}", this::document);
        server.route(app, HandlerType.POST, BASE + "/ingest/text", this::ingestText);
        server.route(app, HandlerType.POST, BASE + "/ingest/file", this::ingestFile);
        server.route(app, HandlerType.POST, BASE + "/ingest/url", this::ingestUrl);
        server.route(app, HandlerType.GET, BASE + "/actors", this::actors);
        server.route(app, HandlerType.GET, BASE + "/actors/{key}", this::actor);
        server.route(app, HandlerType.GET, BASE + "/search", this::search);
        server.route(app, HandlerType.GET, BASE + "/events", this::events);
        server.route(app, HandlerType.GET, BASE + "/events/{id}", this::event);
        server.route(app, HandlerType.GET, BASE + "/export", this::export);
        server.route(app, HandlerType.POST, BASE + "/actors/{key}/rating", this::rate);
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = Api.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OPENAPI_RESOURCE);
            }
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void documents(Context ctx) {
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, SearchQuery.MAX_LIMIT);
        List<DocumentSummary> all = server.catalog().documents(filter(ctx));
        List<Map<String, Object>> page = new ArrayList<>();
        for (int i = offset; i < all.size() && page.size() < limit; i++) {
            page.add(summary(all.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("documents", page);
        ClaimgraphServer.json(ctx, 200, body);
    }

    static Catalog.DocumentFilter filter(Context ctx) {
        return new Catalog.DocumentFilter(blankToNull(ctx.queryParam("outlet")), dateParam(ctx, "from"),
                dateParam(ctx, "to"), blankToNull(ctx.queryParam("q")));
    }

    private void document(Context ctx) {
        Document doc = find(ctx.pathParam("id"));
        Extraction facts = server.store().findExtraction(doc.id()).orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", doc.id());
        body.put("title", doc.title());
        body.put("outlet", doc.outlet());
        body.put("published", doc.published() == null ? null : doc.published().toString());
        body.put("url", doc.url());
        body.put("language", doc.language());
        body.put("source", doc.source());
        body.put("contentType", doc.contentType());
        body.put("fetchedAt", doc.fetchedAt() == null ? null : doc.fetchedAt().toString());
        body.put("text", doc.text());
        List<Map<String, Object>> removed = new ArrayList<>();
        for (RemovedSpan r : doc.removed()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", r.start());
            m.put("end", r.end());
            m.put("reason", r.reason());
            m.put("text", doc.text().substring(r.start(), r.end()));
            removed.add(m);
        }
        body.put("removed", removed);
        body.put("extraction", facts);
        body.put("assertions", facts == null ? List.of() : server.catalog().assertionsOf(doc.id(), doc.title(), facts));
        ClaimgraphServer.json(ctx, 200, body);
    }

    /** The stored document a path names (full id, hex, or unique prefix), or 404. */
    Document find(String id) {
        return server.store().findDocument(id).orElseThrow(() -> HttpError.notFound("no document " + id));
    }

    private void ingestText(Context ctx) {
        server.requireToken(ClaimgraphServer.bearer(ctx));
        JsonNode body = jsonBody(ctx);
        String text = field(body, "text");
        if (text == null) {
            throw HttpError.badRequest("field 'text' is required");
        }
        Metadata meta = new Metadata(field(body, "title"), field(body, "outlet"),
                parseDate("published", field(body, "published")), field(body, "url"), field(body, "language"), null);
        respond(ctx, server.intake().text(text, meta));
    }

    private void ingestFile(Context ctx) {
        server.requireToken(ClaimgraphServer.bearer(ctx));
        requireMultipart(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw HttpError.badRequest("multipart part 'file' is required");
        }
        respond(ctx, upload(server, file));
    }

    static Intake.Outcome upload(ClaimgraphServer server, UploadedFile file) {
        if (file.size() > server.config().maxUploadBytes()) {
            throw new HttpError(413, "upload of " + file.size() + " bytes is over the limit of "
                    + server.config().maxUploadBytes() + " bytes");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "upload" : file.filename();
        try (InputStream in = file.content()) {
            return server.intake().stream("upload:" + name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + name, e);
        }
    }

    static void requireMultipart(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpError(415, "expected multipart/form-data with a part named 'file'");
        }
    }

    private void ingestUrl(Context ctx) {
        server.requireToken(ClaimgraphServer.bearer(ctx));
        String url = field(jsonBody(ctx), "url");
        if (url == null) {
            throw HttpError.badRequest("field 'url' is required");
        }
        respond(ctx, server.intake().url(url));
    }

    /** 201 when something new was stored, 200 for only duplicates, 400 with the reasons when nothing was read. */
    private static void respond(Context ctx, Intake.Outcome outcome) {
        if (outcome.ingested().isEmpty() && outcome.duplicates().isEmpty() && !outcome.failures().isEmpty()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", outcome.failures().get(0).reason());
            body.put("failures", outcome.failures());
            ClaimgraphServer.json(ctx, 400, body);
            return;
        }
        ClaimgraphServer.json(ctx, outcome.ingested().isEmpty() ? 200 : 201, outcome);
    }

    private void actors(Context ctx) {
        boolean withRegistry = "true".equalsIgnoreCase(ctx.queryParam("registry"));
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Catalog.ActorView a : server.catalog().actors()) {
            out.add(actorSummary(a));
            seen.add(a.key());
        }
        if (withRegistry) {
            for (RegistryEntry e : server.registry().entries()) {
                if (!seen.contains(e.key())) {
                    server.catalog().actor(e.key()).ifPresent(a -> out.add(actorSummary(a)));
                }
            }
        }
        ClaimgraphServer.json(ctx, 200, Map.of("actors", out));
    }

    private static Map<String, Object> actorSummary(Catalog.ActorView a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", a.key());
        m.put("name", a.name());
        m.put("kind", a.kind());
        m.put("registered", a.registered());
        m.put("documents", a.documents().size());
        m.put("assertionsMade", a.made().size());
        m.put("assertionsReceived", a.received().size());
        return m;
    }

    private void actor(Context ctx) {
        Catalog.ActorView a = server.catalog().actor(ctx.pathParam("key"))
                .orElseThrow(() -> HttpError.notFound("no actor " + ctx.pathParam("key")));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", a.key());
        m.put("name", a.name());
        m.put("kind", a.kind());
        m.put("registered", a.registered());
        m.put("aliases", a.aliases());
        m.put("country", a.country());
        m.put("note", a.note());
        m.put("partOf", a.ancestry().stream().skip(1).map(e -> Map.of("key", e.key(), "name", e.name())).toList());
        m.put("parts", a.children().stream().map(e -> Map.of("key", e.key(), "name", e.name())).toList());
        m.put("documents", a.documents());
        m.put("assertionsMade", a.made());
        m.put("assertionsReceived", a.received());
        ClaimgraphServer.json(ctx, 200, m);
    }

    private void search(Context ctx) {
        SearchResult r = server.index().search(searchQuery(ctx));
        ClaimgraphServer.json(ctx, 200, r);
    }

    static SearchQuery searchQuery(Context ctx) {
        return new SearchQuery(ctx.queryParam("q"), ctx.queryParam("actor"), ctx.queryParam("country"),
                ctx.queryParam("kind"), intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                intParam(ctx, "limit", 20, 1, SearchQuery.MAX_LIMIT));
    }

    // ------------------------------------------------------------------ assessed events

    private void events(Context ctx) {
        Assessment picture = server.catalog().assessment(dateParam(ctx, "asOf"));
        EventFilter filter = eventFilter(ctx);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EventAssessment ea : picture.assessments()) {
            if (filter.test(ea)) {
                rows.add(EventSummary.of(picture, ea).toJson());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", picture.asOfDate() == null ? null : picture.asOfDate().toString());
        body.put("total", rows.size());
        body.put("events", rows);
        ClaimgraphServer.json(ctx, 200, body);
    }

    static EventFilter eventFilter(Context ctx) {
        return new EventFilter(blankToNull(ctx.queryParam("country")), dateParam(ctx, "from"), dateParam(ctx, "to"),
                blankToNull(ctx.queryParam("actor")));
    }

    private void event(Context ctx) {
        Assessment picture = server.catalog().assessment(dateParam(ctx, "asOf"));
        EventAssessment ea = picture.explain(eventId(picture, ctx.pathParam("id")));
        ctx.status(200).contentType("application/json; charset=utf-8")
                .result(ExplainJson.of(ea).getBytes(StandardCharsets.UTF_8));
    }

    /** The full id an id or prefix names: 404 when nothing matches, 400 when a prefix is ambiguous. */
    static String eventId(Assessment picture, String idOrPrefix) {
        if (picture.events().stream().noneMatch(e -> e.id().startsWith(idOrPrefix))) {
            throw HttpError.notFound("no event " + idOrPrefix
                    + (picture.asOfDate() == null ? "" : " reported by " + picture.asOfDate()));
        }
        return LibraryAssessment.resolveEvent(picture, idOrPrefix);
    }

    private void export(Context ctx) {
        String format = blankToNull(ctx.queryParam("format"));
        if (format == null) {
            throw HttpError.badRequest("format is required: stix, json or gtd-csv");
        }
        Assessment picture = server.catalog().assessment(dateParam(ctx, "asOf"));
        String event = blankToNull(ctx.queryParam("event"));
        String name = "claimgraph-events";
        if (event != null) {
            String id = eventId(picture, event);
            picture = picture.onlyEvent(id);
            name = "claimgraph-" + id;
        }
        String type;
        String text;
        switch (format.toLowerCase(Locale.ROOT)) {
            case "stix" -> {
                type = "application/stix+json;version=2.1";
                text = StixExporter.export(picture);
                name += ".stix.json";
            }
            case "json" -> {
                type = "application/json; charset=utf-8";
                text = ExplainJson.of(picture);
                name += ".json";
            }
            case "gtd-csv" -> {
                type = "text/csv; charset=utf-8";
                text = GtdCsvExporter.export(picture);
                name += ".csv";
            }
            default -> throw HttpError.badRequest("format must be stix, json or gtd-csv: " + format);
        }
        // The name is built from an event id (ev- and hex) only, so it needs no quoting beyond the quotes.
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.status(200).contentType(type).result(text.getBytes(StandardCharsets.UTF_8));
    }

    private void rate(Context ctx) {
        server.requireToken(ClaimgraphServer.bearer(ctx));
        String key = ctx.pathParam("key").strip();
        if (key.isEmpty() || key.length() > MAX_KEY) {
            throw HttpError.badRequest("actor key must have 1 to " + MAX_KEY + " characters");
        }
        JsonNode body = jsonBody(ctx);
        String grade = field(body, "grade");
        if (grade == null) {
            throw HttpError.badRequest("field 'grade' is required: A, B, C, D, E or F");
        }
        Grade g = Grade.parse(grade); // InvalidInputException: 400 naming the grades
        String note = field(body, "note");
        server.store().rate(key, g.name(), note);
        server.catalog().invalidate();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("key", key);
        out.put("grade", g.name());
        out.put("note", note);
        out.put("ratings", server.store().ratings());
        ClaimgraphServer.json(ctx, 200, out);
    }

    // ------------------------------------------------------------------ parameters

    static Map<String, Object> summary(DocumentSummary d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("outlet", d.outlet());
        m.put("published", d.published() == null ? null : d.published().toString());
        m.put("source", d.source());
        m.put("ingestedAt", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        m.put("hasExtraction", d.hasExtraction());
        m.put("extractorVersion", d.extractorVersion());
        return m;
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) {
                throw HttpError.badRequest(name + " must be between " + min + " and " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw HttpError.badRequest(name + " must be a whole number: " + v);
        }
    }

    static LocalDate dateParam(Context ctx, String name) {
        return parseDate(name, blankToNull(ctx.queryParam(name)));
    }

    static LocalDate parseDate(String name, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw HttpError.badRequest(name + " must be a date as YYYY-MM-DD: " + v);
        }
    }

    private static JsonNode jsonBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpError(415, "expected Content-Type application/json");
        }
        try {
            JsonNode node = ClaimgraphServer.mapper().readTree(ctx.bodyAsBytes());
            if (node == null || !node.isObject()) {
                throw HttpError.badRequest("expected a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw HttpError.badRequest("body is not valid JSON");
        }
    }

    private static String field(JsonNode body, String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw HttpError.badRequest("field '" + name + "' must be a string");
        }
        return v.asText();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

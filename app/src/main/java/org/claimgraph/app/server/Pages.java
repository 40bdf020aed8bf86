package org.claimgraph.app.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.app.IngestSummary;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.registry.RegistryEntry;
import org.claimgraph.ingest.Metadata;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.search.SearchQuery;
import org.claimgraph.store.search.SearchResult;

import static org.claimgraph.app.server.Html.esc;
import static org.claimgraph.app.server.Html.url;

/**
 * The web UI: server-rendered pages for documents, actors, search and ingestion ({@link EventPages}
 * has the assessed events). Every value from an
 * article or its metadata is escaped with {@link Html#esc}; pages carry no inline script (app.js is a
 * file, as the Content-Security-Policy demands). Stateless beyond its server, thread-safe.
 */
final class Pages {
    private static final Set<String> STATIC = Set.of("app.css", "app.js");
    private static final int PAGE = 50;

    private final ClaimgraphServer server;

    Pages(ClaimgraphServer server) {
        this.server = server;
    }

    void register(Javalin app) {
        server.route(app, HandlerType.GET, "/", this::home);
        server.route(app, HandlerType.GET, "/static/{file}", this::staticFile);
        server.route(app, HandlerType.GET, "/documents", this::documents);
        server.route(app, HandlerType.GET, "/documents/{id}", this::document);
        server.route(app, HandlerType.GET, "/actors", this::actors);
        server.route(app, HandlerType.GET, "/actors/{key}", this::actor);
        server.route(app, HandlerType.GET, "/search", this::search);
        server.route(app, HandlerType.GET, "/ingest", this::ingestForm);
        server.route(app, HandlerType.POST, "/ingest/text", this::ingestText);
        server.route(app, HandlerType.POST, "/ingest/file", this::ingestFile);
        server.route(app, HandlerType.POST, "/ingest/url", this::ingestUrl);
    }

    // ------------------------------------------------------------------ layout

    static String layout(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Claimgraph</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\">"
                + "<script src=\"/static/app.js\" defer></script></head><body>"
                + "<header><a class=\"brand\" href=\"/\">Claimgraph</a><nav>"
                + "<a href=\"/events\">Events</a><a href=\"/documents\">Documents</a><a href=\"/actors\">Actors</a>"
                + "<a href=\"/search\">Search</a><a href=\"/ingest\">Ingest</a></nav>"
                + "<form class=\"quick\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" "
                + "placeholder=\"Search the library\" aria-label=\"Search\"></form></header>"
                + "<main>" + body + "</main></body></html>\n";
    }

    static String errorPage(int status, String message) {
        return layout("Error " + status, "<h1>Error " + status + "</h1><p class=\"error\">" + esc(message) + "</p>");
    }

    static String docHref(String id) {
        return "/documents/" + url(DocumentId.hex(id));
    }

    static String spanHref(String documentId, int start, int end) {
        return docHref(documentId) + "#span-" + start + "-" + end;
    }

    static String orDash(String s) {
        return s == null || s.isBlank() ? "–" : esc(s);
    }

    // ------------------------------------------------------------------ pages

    /** The events once there are any: they are what the desk is for; until then, the documents. */
    private void home(Context ctx) {
        boolean events = !server.catalog().assessment(null).events().isEmpty();
        ctx.redirect(events ? "/events" : "/documents", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void staticFile(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        if (!STATIC.contains(name)) {
            throw HttpError.notFound("no such file " + name);
        }
        try (InputStream in = Pages.class.getResourceAsStream("/org/claimgraph/app/web/" + name)) {
            if (in == null) {
                throw HttpError.notFound("no such file " + name);
            }
            ctx.contentType(name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8")
                    .result(in.readAllBytes());
        }
    }

    private void documents(Context ctx) {
        Catalog.DocumentFilter f = Api.filter(ctx);
        int offset = Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        List<DocumentSummary> all = server.catalog().documents(f);
        StringBuilder b = new StringBuilder("<h1>Documents</h1>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/documents\">")
                .append(input("q", "Title contains", f.q()))
                .append(input("outlet", "Outlet", f.outlet()))
                .append("<label>Published from <input type=\"date\" name=\"from\" value=\"")
                .append(f.from() == null ? "" : f.from()).append("\"></label>")
                .append("<label>to <input type=\"date\" name=\"to\" value=\"")
                .append(f.to() == null ? "" : f.to()).append("\"></label>")
                .append("<button type=\"submit\">Filter</button></form>");
        b.append("<p class=\"count\">").append(all.size()).append(all.size() == 1 ? " document" : " documents").append("</p>");
        b.append("<table class=\"list\" id=\"documents\"><thead><tr><th>Published</th><th>Outlet</th><th>Title</th>"
                + "<th>Facts</th></tr></thead><tbody>");
        for (int i = offset; i < all.size() && i < offset + PAGE; i++) {
            DocumentSummary d = all.get(i);
            b.append("<tr><td>").append(d.published() == null ? "–" : d.published()).append("</td><td>")
                    .append(orDash(d.outlet())).append("</td><td><a href=\"").append(docHref(d.id())).append("\">")
                    .append(d.title() == null ? esc(d.source()) : esc(d.title())).append("</a></td><td>")
                    .append(d.hasExtraction() ? "extracted" : "–").append("</td></tr>");
        }
        b.append("</tbody></table>");
        pager(b, "/documents", ctx, offset, all.size(), PAGE);
        ClaimgraphServer.html(ctx, 200, layout("Documents", b.toString()));
    }

    private static void pager(StringBuilder b, String path, Context ctx, int offset, int total, int size) {
        if (total <= size) {
            return;
        }
        b.append("<p class=\"pager\">");
        StringBuilder rest = new StringBuilder();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (!e.getKey().equals("offset")) {
                for (String v : e.getValue()) {
                    rest.append('&').append(url(e.getKey())).append('=').append(url(v));
                }
            }
        }
        if (offset > 0) {
            b.append("<a href=\"").append(path).append("?offset=").append(Math.max(0, offset - size))
                    .append(esc(rest.toString())).append("\">← previous</a> ");
        }
        if (offset + size < total) {
            b.append("<a href=\"").append(path).append("?offset=").append(offset + size)
                    .append(esc(rest.toString())).append("\">next →</a>");
        }
        b.append("</p>");
    }

    private static String input(String name, String label, String value) {
        return "<label>" + esc(label) + " <input type=\"text\" name=\"" + name + "\" value=\"" + esc(value) + "\"></label>";
    }

    private void document(Context ctx) {
        Document doc = server.store().findDocument(ctx.pathParam("id"))
                .orElseThrow(() -> HttpError.notFound("no document " + ctx.pathParam("id")));
        Extraction facts = server.store().findExtraction(doc.id()).orElse(null);
        Span target = markParam(ctx.queryParam("mark"), doc.text().length());
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(doc.title() == null ? "Untitled document" : esc(doc.title())).append("</h1>");
        b.append("<dl class=\"meta\">");
        meta(b, "Outlet", doc.outlet());
        meta(b, "Published", doc.published() == null ? null : doc.published().toString());
        meta(b, "URL", doc.url());
        meta(b, "Language", doc.language());
        meta(b, "Source", doc.source());
        meta(b, "Id", doc.id());
        b.append("</dl>");
        b.append("<p class=\"legend\"><span class=\"hl-actor\">actor</span> <span class=\"hl-event\">event</span> "
                + "<span class=\"hl-assertion\">assertion</span> <span class=\"removed\">removed</span> "
                + (facts == null ? "<em>No facts extracted for this document yet.</em>" : "")
                + "</p>");
        b.append("<div class=\"doctext\" id=\"doctext\">")
                .append(Markup.render(doc.text(), Markup.marks(doc, facts, target))).append("</div>");
        if (facts != null) {
            factTables(b, doc, facts);
        }
        if (!doc.removed().isEmpty()) {
            b.append("<h2>Removed by cleaning</h2><table class=\"list\"><thead><tr><th>Reason</th><th>Text</th></tr></thead><tbody>");
            for (RemovedSpan r : doc.removed()) {
                b.append("<tr><td>").append(esc(r.reason())).append("</td><td><a href=\"#span-").append(r.start())
                        .append('-').append(r.end()).append("\">").append(esc(doc.text().substring(r.start(), r.end())))
                        .append("</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
        ClaimgraphServer.html(ctx, 200, layout(doc.title() == null ? "Document" : doc.title(), b.toString()));
    }

    private static Span markParam(String mark, int length) {
        if (mark == null || !mark.matches("\\d{1,9}-\\d{1,9}")) {
            return null;
        }
        int dash = mark.indexOf('-');
        int s = Integer.parseInt(mark.substring(0, dash));
        int e = Integer.parseInt(mark.substring(dash + 1));
        return s < e && e <= length ? new Span(s, e) : null;
    }

    private static void meta(StringBuilder b, String key, String value) {
        if (value != null) {
            b.append("<dt>").append(esc(key)).append("</dt><dd>").append(esc(value)).append("</dd>");
        }
    }

    private void factTables(StringBuilder b, Document doc, Extraction facts) {
        b.append("<h2>Actors</h2><table class=\"list\" id=\"actors\"><thead><tr><th>Actor</th><th>Kind</th>"
                + "<th>Mentions</th></tr></thead><tbody>");
        for (Actor a : facts.actors()) {
            b.append("<tr><td><a href=\"/actors/").append(url(Catalog.keyOf(a))).append("\">").append(esc(a.name()))
                    .append("</a></td><td>").append(a.kind() == null ? "–" : esc(a.kind().json())).append("</td><td>");
            for (Span s : a.mentions()) {
                b.append("<a class=\"mention\" href=\"").append(spanHref(doc.id(), s.start(), s.end())).append("\">")
                        .append(s.start()).append("</a> ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<h2>Events</h2><table class=\"list\" id=\"events\"><thead><tr><th>Event</th><th>Date</th><th>Place</th>"
                + "<th>Country</th><th>Killed</th><th>Injured</th><th>Mentions</th></tr></thead><tbody>");
        for (Event e : facts.events()) {
            b.append("<tr><td>").append(esc(e.id())).append(' ').append(e.kind() == null ? "" : esc(e.kind().json()))
                    .append("</td><td>").append(orDash(e.date())).append("</td><td>")
                    .append(orDash(e.site() == null ? e.place() : e.site() + (e.place() == null ? "" : ", " + e.place())))
                    .append("</td><td>").append(orDash(e.country())).append("</td><td>").append(count(e.killed()))
                    .append("</td><td>").append(count(e.injured())).append("</td><td>");
            for (Span s : e.mentions()) {
                b.append("<a class=\"mention\" href=\"").append(spanHref(doc.id(), s.start(), s.end())).append("\">")
                        .append(s.start()).append("</a> ");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table>");
        b.append("<h2>Assertions</h2>");
        assertionTable(b, server.catalog().assertionsOf(doc.id(), doc.title(), facts), false);
    }

    static String count(CountRange c) {
        if (c == null || c.min() == null && c.max() == null) {
            return "–";
        }
        if (c.max() == null) {
            return "≥ " + c.min();
        }
        if (c.min() == null) {
            return "≤ " + c.max();
        }
        return c.min().equals(c.max()) ? String.valueOf(c.min()) : c.min() + "–" + c.max();
    }

    static void assertionTable(StringBuilder b, List<Catalog.AssertionView> rows, boolean withDocument) {
        b.append("<table class=\"list assertions\"><thead><tr><th>Holder</th><th>Says</th><th>Suspect</th>"
                + "<th>Certainty</th><th>Channel</th><th>Event</th><th>Evidence</th>")
                .append(withDocument ? "<th>Document</th>" : "").append("</tr></thead><tbody>");
        for (Catalog.AssertionView v : rows) {
            b.append("<tr><td>").append(actorLink(v.holderKey(), v.holderName())).append("</td><td>")
                    .append(orDash(v.kind())).append("</td><td>").append(actorLink(v.suspectKey(), v.suspectName()))
                    .append("</td><td><span class=\"certainty ").append(esc(v.certainty() == null ? "" : v.certainty()))
                    .append("\">").append(orDash(v.certainty())).append("</span></td><td>").append(orDash(v.channel()))
                    .append("</td><td>").append(orDash(v.event())).append("</td><td>");
            if (v.evidenceStart() != null) {
                b.append("<a class=\"evidence\" href=\"").append(spanHref(v.documentId(), v.evidenceStart(), v.evidenceEnd()))
                        .append("\">").append(esc(v.evidenceText() == null ? "(evidence)" : v.evidenceText())).append("</a>");
            } else {
                b.append("–");
            }
            b.append("</td>");
            if (withDocument) {
                b.append("<td><a href=\"").append(docHref(v.documentId())).append("\">")
                        .append(v.documentTitle() == null ? esc(v.documentId()) : esc(v.documentTitle())).append("</a></td>");
            }
            b.append("</tr>");
        }
        if (rows.isEmpty()) {
            b.append("<tr><td colspan=\"").append(withDocument ? 8 : 7).append("\">none</td></tr>");
        }
        b.append("</tbody></table>");
    }

    static String actorLink(String key, String name) {
        if (key == null) {
            return orDash(name);
        }
        return "<a href=\"/actors/" + url(key) + "\">" + esc(name) + "</a>";
    }

    private void actors(Context ctx) {
        StringBuilder b = new StringBuilder("<h1>Actors</h1><p>Actors named in the stored facts. "
                + "Registry entries not yet mentioned are reachable by key, e.g. <a href=\"/actors/iskp\">iskp</a>.</p>");
        b.append("<table class=\"list\" id=\"actor-list\"><thead><tr><th>Actor</th><th>Kind</th><th>Registry</th>"
                + "<th>Documents</th><th>Assertions made</th><th>Assertions about</th></tr></thead><tbody>");
        for (Catalog.ActorView a : server.catalog().actors()) {
            b.append("<tr><td>").append(actorLink(a.key(), a.name())).append("</td><td>").append(orDash(a.kind()))
                    .append("</td><td>").append(a.registered() ? esc(a.key()) : "–").append("</td><td>")
                    .append(a.documents().size()).append("</td><td>").append(a.made().size()).append("</td><td>")
                    .append(a.received().size()).append("</td></tr>");
        }
        b.append("</tbody></table>");
        ClaimgraphServer.html(ctx, 200, layout("Actors", b.toString()));
    }

    private void actor(Context ctx) {
        Catalog.ActorView a = server.catalog().actor(ctx.pathParam("key"))
                .orElseThrow(() -> HttpError.notFound("no actor " + ctx.pathParam("key")));
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(a.name())).append("</h1><dl class=\"meta\">");
        meta(b, "Kind", a.kind());
        meta(b, "Registry key", a.registered() ? a.key() : "not in the registry");
        meta(b, "Country", a.country());
        meta(b, "Note", a.note());
        b.append("</dl>");
        b.append("<h2>Aliases</h2>");
        if (a.aliases().isEmpty()) {
            b.append("<p>none</p>");
        } else {
            b.append("<ul class=\"aliases\">");
            a.aliases().forEach(x -> b.append("<li>").append(esc(x)).append("</li>"));
            b.append("</ul>");
        }
        if (a.registered()) {
            b.append("<h2>Hierarchy</h2>").append(hierarchy(a));
        }
        b.append("<h2>Documents</h2><ul>");
        for (String id : a.documents()) {
            b.append("<li><a href=\"").append(docHref(id)).append("\">").append(esc(titleOf(id))).append("</a></li>");
        }
        b.append(a.documents().isEmpty() ? "<li>not mentioned in any stored document</li>" : "").append("</ul>");
        b.append("<h2>Assertions made by ").append(esc(a.name())).append("</h2>");
        assertionTable(b, a.made(), true);
        b.append("<h2>Assertions about ").append(esc(a.name())).append("</h2>");
        assertionTable(b, a.received(), true);
        ClaimgraphServer.html(ctx, 200, layout(a.name(), b.toString()));
    }

    private String titleOf(String id) {
        return server.catalog().documents(new Catalog.DocumentFilter(null, null, null, null)).stream()
                .filter(d -> d.id().equals(id)).findFirst()
                .map(d -> d.title() == null ? d.id() : d.title()).orElse(id);
    }

    /** The chain from the top ancestor down to this actor, then its parts: IS ⊃ ISKP ⊃ al-Azaim. */
    private String hierarchy(Catalog.ActorView a) {
        List<RegistryEntry> chain = a.ancestry();
        StringBuilder b = new StringBuilder("<div class=\"hierarchy\">");
        int open = 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            RegistryEntry e = chain.get(i);
            b.append("<ul><li").append(i == 0 ? " class=\"self\"" : "").append(">")
                    .append(i == 0 ? "<strong>" + esc(e.name()) + "</strong>"
                            : "<a href=\"/actors/" + url(e.key()) + "\">" + esc(e.name()) + "</a>");
            open++;
        }
        if (!a.children().isEmpty()) {
            b.append("<ul>");
            for (RegistryEntry c : a.children()) {
                b.append("<li><a href=\"/actors/").append(url(c.key())).append("\">").append(esc(c.name())).append("</a></li>");
            }
            b.append("</ul>");
        }
        b.append("</li></ul>".repeat(open)).append("</div>");
        b.append("<p class=\"chain\">");
        for (int i = chain.size() - 1; i >= 0; i--) {
            b.append(esc(chain.get(i).name())).append(i > 0 ? " ⊃ " : "");
        }
        b.append("</p>");
        return b.toString();
    }

    private void search(Context ctx) {
        SearchQuery q = Api.searchQuery(ctx);
        SearchResult r = server.index().search(q);
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        b.append("<form class=\"filters\" method=\"get\" action=\"/search\"><label>Words <input type=\"search\" name=\"q\" value=\"")
                .append(esc(q.text())).append("\"></label>");
        hidden(b, "actor", q.actor());
        hidden(b, "country", q.country());
        hidden(b, "kind", q.kind());
        b.append("<button type=\"submit\">Search</button></form>");
        b.append("<div class=\"search\"><aside class=\"facets\">");
        for (Map.Entry<String, List<SearchResult.FacetCount>> f : r.facets().entrySet()) {
            String chosen = switch (f.getKey()) {
                case "actor" -> q.actor();
                case "country" -> q.country();
                default -> q.kind();
            };
            b.append("<h3>").append(esc(f.getKey())).append("</h3><ul>");
            if (chosen != null) {
                b.append("<li><a href=\"").append(esc(searchHref(q, f.getKey(), null))).append("\">× ")
                        .append(esc(chosen)).append("</a></li>");
            }
            for (SearchResult.FacetCount c : f.getValue()) {
                b.append("<li><a href=\"").append(esc(searchHref(q, f.getKey(), c.value()))).append("\">")
                        .append(esc(c.value())).append("</a> <span class=\"n\">").append(c.count()).append("</span></li>");
            }
            b.append(f.getValue().isEmpty() ? "<li class=\"n\">no facts yet</li>" : "").append("</ul>");
        }
        b.append("</aside><section class=\"results\"><p class=\"count\">").append(r.total())
                .append(r.total() == 1 ? " document" : " documents").append("</p><ol id=\"results\">");
        for (SearchResult.Hit h : r.hits()) {
            b.append("<li><a class=\"title\" href=\"").append(docHref(h.documentId())).append("\">")
                    .append(h.title() == null ? esc(h.documentId()) : esc(h.title())).append("</a> <span class=\"n\">")
                    .append(orDash(h.outlet())).append(" · ").append(orDash(h.published())).append("</span>");
            if (!h.sentences().isEmpty()) {
                b.append("<ul class=\"snippets\">");
                for (SearchResult.SentenceHit s : h.sentences()) {
                    b.append("<li><a href=\"").append(docHref(h.documentId())).append("?mark=").append(s.start())
                            .append('-').append(s.end()).append("#span-").append(s.start()).append('-').append(s.end())
                            .append("\">").append(esc(s.text())).append("</a></li>");
                }
                b.append("</ul>");
            }
            b.append("</li>");
        }
        b.append("</ol></section></div>");
        ClaimgraphServer.html(ctx, 200, layout("Search", b.toString()));
    }

    private static void hidden(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"").append(esc(value)).append("\">");
        }
    }

    private static String searchHref(SearchQuery q, String facet, String value) {
        StringBuilder s = new StringBuilder("/search?q=").append(url(q.text()));
        String actor = facet.equals("actor") ? value : q.actor();
        String country = facet.equals("country") ? value : q.country();
        String kind = facet.equals("kind") ? value : q.kind();
        if (actor != null) {
            s.append("&actor=").append(url(actor));
        }
        if (country != null) {
            s.append("&country=").append(url(country));
        }
        if (kind != null) {
            s.append("&kind=").append(url(kind));
        }
        return s.toString();
    }

    // ------------------------------------------------------------------ ingestion

    private void ingestForm(Context ctx) {
        String token = server.formToken(ctx);
        String tokenField = token != null
                ? "<input type=\"hidden\" name=\"token\" value=\"" + esc(token) + "\">"
                : "<label>Write token <input type=\"password\" name=\"token\" required autocomplete=\"off\"></label>"
                + "<span class=\"hint\">printed by <code>claimgraph serve</code> when it started</span>";
        StringBuilder b = new StringBuilder("<h1>Ingest</h1>");
        b.append("<section class=\"ingest\"><h2>Paste an article</h2>")
                .append("<form method=\"post\" action=\"/ingest/text\" id=\"paste-form\">").append(tokenField)
                .append("<label>Title <input type=\"text\" name=\"title\"></label>")
                .append("<label>Outlet <input type=\"text\" name=\"outlet\"></label>")
                .append("<label>Published <input type=\"date\" name=\"published\"></label>")
                .append("<label>URL <input type=\"url\" name=\"url\"></label>")
                .append("<label class=\"wide\">Text <textarea name=\"text\" rows=\"12\" required></textarea></label>")
                .append("<button type=\"submit\">Ingest text</button></form></section>");
        b.append("<section class=\"ingest\"><h2>Upload a file</h2><p class=\"hint\">.txt, .md, .html, RSS/Atom; at most ")
                .append(server.config().maxUploadBytes()).append(" bytes.</p>")
                .append("<form method=\"post\" action=\"/ingest/file\" enctype=\"multipart/form-data\" id=\"upload-form\">")
                .append(tokenField).append("<label>File <input type=\"file\" name=\"file\" required></label>")
                .append("<button type=\"submit\">Upload</button></form></section>");
        b.append("<section class=\"ingest\"><h2>Fetch a URL</h2><p class=\"hint\">Public http(s) addresses only.</p>")
                .append("<form method=\"post\" action=\"/ingest/url\" id=\"url-form\">").append(tokenField)
                .append("<label class=\"wide\">URL <input type=\"url\" name=\"url\" required></label>")
                .append("<button type=\"submit\">Fetch</button></form></section>");
        ClaimgraphServer.html(ctx, 200, layout("Ingest", b.toString()));
    }

    private void ingestText(Context ctx) {
        server.requireToken(ctx.formParam("token"));
        Metadata meta = new Metadata(ctx.formParam("title"), ctx.formParam("outlet"),
                Api.parseDate("published", ctx.formParam("published")), ctx.formParam("url"), null, null);
        String text = ctx.formParam("text");
        // Browsers send form text with CRLF line ends; the article as typed has LF.
        done(ctx, server.intake().text(text == null ? null : text.replace("\r\n", "\n"), meta));
    }

    private void ingestFile(Context ctx) {
        Api.requireMultipart(ctx);
        server.requireToken(ctx.formParam("token"));
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw HttpError.badRequest("choose a file to upload");
        }
        done(ctx, Api.upload(server, file));
    }

    private void ingestUrl(Context ctx) {
        server.requireToken(ctx.formParam("token"));
        done(ctx, server.intake().url(ctx.formParam("url")));
    }

    /** One document: go to it. Otherwise a page that lists what happened. */
    private void done(Context ctx, Intake.Outcome o) {
        String only = o.onlyId();
        if (only != null && o.failures().isEmpty()) {
            ctx.redirect(docHref(only), io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        StringBuilder b = new StringBuilder("<h1>Ingested</h1><p>")
                .append(String.format(Locale.ROOT, "ingested %d, duplicates %d, failed %d",
                        o.ingested().size(), o.duplicates().size(), o.failures().size())).append("</p><ul>");
        for (String id : o.ingested()) {
            b.append("<li><a href=\"").append(docHref(id)).append("\">").append(esc(id)).append("</a></li>");
        }
        for (String id : o.duplicates()) {
            b.append("<li>already stored: <a href=\"").append(docHref(id)).append("\">").append(esc(id)).append("</a></li>");
        }
        for (IngestSummary.Failure f : o.failures()) {
            b.append("<li class=\"error\">").append(esc(f.source())).append(": ").append(esc(f.reason())).append("</li>");
        }
        b.append("</ul><p><a href=\"/ingest\">Ingest more</a></p>");
        ClaimgraphServer.html(ctx, o.ingested().isEmpty() && o.duplicates().isEmpty() ? 400 : 200, layout("Ingested", b.toString()));
    }
}

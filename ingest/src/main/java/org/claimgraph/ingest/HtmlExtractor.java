package org.claimgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reduces an HTML page to its article text (paragraphs separated by blank lines) and the metadata
 * its head declares: title, byline, published date, outlet, language, canonical URL. Navigation,
 * headers, footers, asides, scripts, styles and forms are dropped. Stateless, thread-safe.
 */
final class HtmlExtractor {
    /** The article text and what the page says about itself. */
    record Article(String text, Metadata metadata) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");
    /** Elements that are never article text. */
    private static final String NOT_CONTENT = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, canvas, button, select, textarea, input, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], "
            + "[hidden], [aria-hidden=true]";
    /** Elements whose text is one paragraph of the output. */
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd";

    private HtmlExtractor() {
    }

    static Article extract(String source, String html, String baseUrl) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        Metadata meta = metadata(page);
        // Remove non-content first: metadata above was read from the untouched head.
        page.select(NOT_CONTENT).remove();
        Element body = page.body();
        Element container = container(body);
        List<String> paragraphs = paragraphs(container);
        if (paragraphs.isEmpty() && container != body) {
            paragraphs = paragraphs(body);
        }
        if (paragraphs.isEmpty()) {
            throw new InvalidInputException(source, "HTML without article text: after removing navigation, "
                    + "headers, footers, scripts and forms, no paragraph of text is left");
        }
        return new Article(String.join("\n\n", paragraphs), meta);
    }

    /** The element holding the article: an article or main element, else the densest block of paragraphs. */
    private static Element container(Element body) {
        Element best = richest(body.select("article"));
        if (best == null) {
            best = richest(body.select("main, [role=main], [itemprop=articleBody]"));
        }
        if (best != null) {
            return best;
        }
        // No semantic markup: the parent whose direct <p> children hold the most text.
        Element densest = null;
        int most = 0;
        for (Element p : body.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > most) {
                most = length;
                densest = parent;
            }
        }
        return densest != null ? densest : body;
    }

    private static Element richest(Elements candidates) {
        Element best = null;
        int most = 0;
        for (Element e : candidates) {
            int length = e.select("p").text().length();
            if (length > most) {
                most = length;
                best = e;
            }
        }
        return best;
    }

    private static List<String> paragraphs(Element container) {
        List<String> out = new ArrayList<>();
        // Innermost blocks only, so a <li> holding a <p> is not read twice.
        for (Element block : container.select(BLOCKS)) {
            if (!block.select(BLOCKS).stream().allMatch(e -> e == block)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        if (out.isEmpty()) {
            // Text straight in a <div> with <br>s: keep it, one paragraph per non-empty line.
            for (String line : container.wholeText().split("\\R")) {
                String text = line.strip().replaceAll("\\s+", " ");
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    private static Metadata metadata(org.jsoup.nodes.Document page) {
        JsonNode ld = jsonLd(page);
        String title = firstNonBlank(meta(page, "property", "og:title"), meta(page, "name", "twitter:title"),
                page.title(), text(page.selectFirst("h1")), ldText(ld, "headline"));
        String author = firstNonBlank(meta(page, "name", "author"), meta(page, "property", "article:author"),
                text(page.selectFirst("[itemprop=author]")), text(page.selectFirst("[rel=author]")),
                text(page.selectFirst(".byline, .author")), ldAuthor(ld));
        String published = firstNonBlank(meta(page, "property", "article:published_time"),
                meta(page, "property", "og:article:published_time"), meta(page, "property", "og:published_time"),
                meta(page, "itemprop", "datePublished"), attr(page.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
                ldText(ld, "datePublished"), meta(page, "name", "date"), meta(page, "name", "pubdate"),
                attr(page.selectFirst("time[datetime]"), "datetime"));
        String outlet = firstNonBlank(meta(page, "property", "og:site_name"), meta(page, "name", "application-name"),
                ldPublisher(ld));
        String language = firstNonBlank(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                meta(page, "http-equiv", "content-language"), meta(page, "property", "og:locale"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = firstNonBlank(canonical == null ? null : canonical.absUrl("href"),
                canonical == null ? null : canonical.attr("href"), meta(page, "property", "og:url"));
        return new Metadata(title, outlet, parseDate(published), url, normalizeLanguage(language), author);
    }

    /** The primary subtag, lower case: "en-GB" and "en_GB" are "en". Null when unknown. */
    static String normalizeLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String primary = tag.strip().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }

    /** The calendar date at the start of an ISO date or timestamp, in the publisher's own zone. */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String meta(org.jsoup.nodes.Document page, String attribute, String value) {
        for (Element e : page.select("meta[" + attribute + "]")) {
            if (e.attr(attribute).equalsIgnoreCase(value)) {
                String content = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!content.isBlank()) {
                    return content;
                }
            }
        }
        return null;
    }

    private static JsonNode jsonLd(org.jsoup.nodes.Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(script.data());
                JsonNode article = findArticle(node);
                if (article != null) {
                    return article;
                }
            } catch (IOException e) {
                // Broken JSON-LD is common in the wild; the meta tags are still usable.
            }
        }
        return null;
    }

    /** The first object (depth first, through arrays and @graph) that has a datePublished or headline. */
    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                JsonNode found = findArticle(child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.isObject()) {
            if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
                return node;
            }
            return findArticle(node.get("@graph"));
        }
        return null;
    }

    private static String ldText(JsonNode ld, String field) {
        if (ld == null || !ld.hasNonNull(field)) {
            return null;
        }
        JsonNode v = ld.get(field);
        return v.isValueNode() ? v.asText() : null;
    }

    private static String ldAuthor(JsonNode ld) {
        if (ld == null || !ld.hasNonNull("author")) {
            return null;
        }
        JsonNode a = ld.get("author");
        if (a.isArray() && a.size() > 0) {
            a = a.get(0);
        }
        return a.isValueNode() ? a.asText() : a.path("name").asText(null);
    }

    private static String ldPublisher(JsonNode ld) {
        if (ld == null || !ld.hasNonNull("publisher")) {
            return null;
        }
        JsonNode p = ld.get("publisher");
        return p.isValueNode() ? p.asText() : p.path("name").asText(null);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

package org.claimgraph.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.claimgraph.core.InvalidInputException;
import org.xml.sax.InputSource;

/**
 * Parses an RSS or Atom feed (with Rome) into its items. DOCTYPE declarations, and with them every
 * external or internal entity, are refused, so a hostile feed cannot read local files or make
 * requests. Stateless, thread-safe (a new parser per call).
 */
final class FeedReader {
    /** One item: its link (null if none), its own text (content, else description; may be null), metadata. */
    record Item(int index, String link, String content, boolean contentIsHtml, Metadata metadata) {
    }

    private static final Pattern FEED_ROOT = Pattern.compile(
            "^(?:\\s|<\\?xml[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF)[\\s>]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private FeedReader() {
    }

    /** True when the text starts like an RSS, Atom or RDF feed document. */
    static boolean looksLikeFeed(String text) {
        String head = text.length() > 4096 ? text.substring(0, 4096) : text;
        if (!head.isEmpty() && head.charAt(0) == '\uFEFF') {
            head = head.substring(1);
        }
        return FEED_ROOT.matcher(head).find();
    }

    static List<Item> read(String source, String xml) {
        SyndFeedInput input = new SyndFeedInput(false, Locale.ROOT);
        // Off by default in Rome 2, but this is the line that stops XXE: say it explicitly.
        input.setAllowDoctypes(false);
        SyndFeed feed;
        try {
            feed = input.build(new InputSource(new StringReader(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (detail.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new InvalidInputException(source, "feed refused: it declares a DOCTYPE, which could pull in "
                        + "external entities (" + detail + ")", e);
            }
            throw new InvalidInputException(source, "malformed feed: " + detail, e);
        }
        String outlet = Metadata.blankToNull(feed.getTitle());
        String language = HtmlExtractor.normalizeLanguage(feed.getLanguage());
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String link = Metadata.blankToNull(entry.getLink());
            if (link == null && entry.getUri() != null && entry.getUri().matches("(?i)https?://.*")) {
                link = entry.getUri();
            }
            SyndContent body = null;
            for (SyndContent c : entry.getContents()) {
                if (c.getValue() != null && !c.getValue().isBlank()) {
                    body = c;
                    break;
                }
            }
            if (body == null && entry.getDescription() != null && entry.getDescription().getValue() != null
                    && !entry.getDescription().getValue().isBlank()) {
                body = entry.getDescription();
            }
            Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            Metadata meta = new Metadata(entry.getTitle(), outlet, published, link, language, entry.getAuthor());
            String content = body == null ? null : body.getValue();
            boolean html = body != null && (body.getType() == null || body.getType().toLowerCase(Locale.ROOT).contains("html"));
            items.add(new Item(index, link, content, html, meta));
        }
        return items;
    }
}

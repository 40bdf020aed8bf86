package org.claimgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.RemovedSpan;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Turns user inputs (files, folders, "-" for standard input, http(s) URLs, RSS/Atom feeds, WARC
 * files, pasted text) into cleaned {@link Document}s. A bad input never throws from
 * {@link #read}: it is emitted as a {@link IngestItem.Failed} with the reason, and the batch goes on.
 * Thread-safe: it holds only immutable state and a thread-safe HTTP client, so one instance may
 * serve many threads, provided each sink is safe for the thread that calls it.
 */
public final class Ingester {
    private static final Pattern URL_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://");
    private static final Pattern HTML_START = Pattern.compile(
            "^(?:\\s|<!--.*?-->)*<(?:!doctype\\s+html|html|head|body|meta|title|article|p|div)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String SUPPORTED = ".txt, .md, .html, .htm, .xml, .rss, .atom, .warc, .warc.gz";

    /** How a file or body is to be read. */
    private enum Kind { TEXT, MARKDOWN, HTML, FEED, WARC, SNIFF }

    /** Where bytes came from: the source name, the URL they stand for, their Content-Type and sidecar metadata. */
    private record Origin(String source, String url, String contentType, Instant fetchedAt, Metadata given) {
    }

    private final IngestOptions options;
    private final SafeFetcher fetcher;
    private final Cleaner cleaner;

    public Ingester(IngestOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.fetcher = new SafeFetcher(options);
        this.cleaner = Cleaner.standard();
    }

    public IngestOptions options() {
        return options;
    }

    /**
     * Expands one user input (a path, folder, "-", URL or feed) and emits one item per document or
     * failure, in a deterministic order. Never throws for a bad input.
     */
    public void read(String input, Consumer<IngestItem> sink) {
        Objects.requireNonNull(sink, "sink");
        if (input == null || input.isBlank()) {
            sink.accept(new IngestItem.Failed(String.valueOf(input), "no input given"));
            return;
        }
        String in = input.strip();
        try {
            guarded(in, sink, guardedSink -> expand(in, guardedSink));
        } catch (SinkException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private void expand(String in, Consumer<IngestItem> sink) {
        if (in.equals("-")) {
            readBytes("-", System.in, sink);
            return;
        }
        if (URL_SCHEME.matcher(in).find()) {
            String scheme = in.substring(0, in.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                sink.accept(new IngestItem.Failed(in, "unsupported URL scheme '" + scheme + "': only http and https URLs are read"));
                return;
            }
            readUrl(in, null, Kind.SNIFF, sink);
            return;
        }
        Path path;
        try {
            path = Path.of(in);
        } catch (InvalidPathException e) {
            sink.accept(new IngestItem.Failed(in, "not a valid path: " + e.getMessage()));
            return;
        }
        if (Files.isDirectory(path)) {
            readFolder(path, sink);
        } else if (Files.exists(path)) {
            readFile(path, sink);
        } else {
            sink.accept(new IngestItem.Failed(in, "no such file or folder"));
        }
    }

    /**
     * Reads one stream (e.g. standard input) up to the size cap; its kind (HTML, feed or plain text)
     * is sniffed from the content. Does not close the stream. Never throws for bad content.
     */
    public void readStream(String sourceName, InputStream in, Consumer<IngestItem> sink) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sink, "sink");
        String source = sourceName == null ? "-" : sourceName;
        try {
            guarded(source, sink, guardedSink -> readBytes(source, in, guardedSink));
        } catch (SinkException e) {
            throw (RuntimeException) e.getCause();
        }
    }

    private void readBytes(String source, InputStream in, Consumer<IngestItem> sink) {
        byte[] bytes;
        try {
            bytes = readCapped(in, source);
        } catch (InvalidInputException e) {
            sink.accept(failed(e));
            return;
        }
        fromBytes(new Origin(source, null, null, Instant.now(), Metadata.EMPTY), bytes, Kind.SNIFF, sink);
    }

    /**
     * A document from text the user pasted or another component produced, cleaned like any other.
     *
     * @throws InvalidInputException when the text is empty, only white space, or only boilerplate
     */
    public Document fromText(String sourceName, String text, Metadata meta) {
        String source = sourceName == null ? "text" : sourceName;
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(source, "empty: the text is only white space");
        }
        return document(source, text, meta == null ? Metadata.EMPTY : meta, "text/plain", Instant.now());
    }

    // ---------------------------------------------------------------- folders and files

    private void readFolder(Path folder, Consumer<IngestItem> sink) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && !isSidecar(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.accept(new IngestItem.Failed(file.toString(), "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.accept(new IngestItem.Failed(folder.toString(), "cannot list folder: " + e.getMessage()));
            return;
        }
        if (files.isEmpty()) {
            sink.accept(new IngestItem.Failed(folder.toString(), "folder holds no files to read"));
            return;
        }
        // Sort on the relative path with '/' so the order is the same on every platform and file system.
        files.sort((a, b) -> relative(folder, a).compareTo(relative(folder, b)));
        for (Path file : files) {
            // One broken file must not end the folder.
            guarded(file.toString(), sink, guardedSink -> readFile(file, guardedSink));
        }
    }

    private static String relative(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static boolean isSidecar(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Sidecar.SUFFIX);
    }

    private static Kind kindOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Kind.WARC;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot);
        return switch (ext) {
            case ".txt", ".text" -> Kind.TEXT;
            case ".md", ".markdown" -> Kind.MARKDOWN;
            case ".html", ".htm", ".xhtml" -> Kind.HTML;
            case ".xml", ".rss", ".atom" -> Kind.FEED;
            default -> null;
        };
    }

    private void readFile(Path file, Consumer<IngestItem> sink) {
        String source = file.toString();
        if (isSidecar(file)) {
            sink.accept(new IngestItem.Failed(source, IngestItem.Failed.SKIPPED
                    + "a metadata sidecar, read together with its document"));
            return;
        }
        Kind kind = kindOf(file);
        if (kind == null) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String ext = dot <= 0 ? "no extension" : "'" + name.substring(dot) + "'";
            sink.accept(new IngestItem.Failed(source, IngestItem.Failed.SKIPPED + "unsupported file type ("
                    + ext + "); supported: " + SUPPORTED));
            return;
        }
        if (kind == Kind.WARC) {
            readWarc(file, sink);
            return;
        }
        byte[] bytes;
        Metadata sidecar;
        try {
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                // Refused on its size alone: a huge file is never read into memory.
                throw new InvalidInputException(source, "file is " + size + " bytes, over the size cap of "
                        + options.describeCap());
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = readCapped(in, source);
            }
            sidecar = Sidecar.read(file);
        } catch (InvalidInputException e) {
            sink.accept(failed(e));
            return;
        } catch (IOException e) {
            sink.accept(new IngestItem.Failed(source, "cannot read file: " + describe(e)));
            return;
        }
        fromBytes(new Origin(source, null, null, Instant.now(), sidecar), bytes, kind, sink);
    }

    // ---------------------------------------------------------------- URLs

    /** Fetches a URL; {@code itemMeta} (from a feed item) fills what the page does not say. */
    private void readUrl(String url, Metadata itemMeta, Kind expected, Consumer<IngestItem> sink) {
        FetchedResource fetched;
        try {
            fetched = fetcher.fetch(url);
        } catch (InvalidInputException e) {
            sink.accept(failed(e));
            return;
        }
        String media = mediaType(fetched.contentType());
        Kind kind = expected;
        if (media != null) {
            if (media.equals("text/html") || media.equals("application/xhtml+xml")) {
                kind = Kind.HTML;
            } else if (media.equals("application/rss+xml") || media.equals("application/atom+xml")
                    || media.equals("application/rdf+xml")) {
                kind = Kind.FEED;
            } else if (media.startsWith("image/") || media.startsWith("audio/") || media.startsWith("video/")
                    || media.equals("application/pdf") || media.equals("application/zip")) {
                sink.accept(new IngestItem.Failed(url, "unsupported content type " + media + " (not an article)"));
                return;
            }
        }
        if (itemMeta != null && kind == Kind.FEED) {
            sink.accept(new IngestItem.Failed(url, "feed item link points to another feed; not followed"));
            return;
        }
        Metadata given = itemMeta == null ? Metadata.EMPTY : itemMeta;
        Origin origin = new Origin(url, fetched.finalUrl().toString(), fetched.contentType(), fetched.fetchedAt(), Metadata.EMPTY);
        fromBytes(origin, fetched.body(), kind, given, sink);
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    // ---------------------------------------------------------------- WARC

    private void readWarc(Path file, Consumer<IngestItem> sink) {
        String warc = file.toString();
        int documents = 0;
        try (WarcReader reader = new WarcReader(file)) {
            for (WarcRecord record : reader) {
                if (!(record instanceof WarcResponse)) {
                    continue;  // request, warcinfo, metadata records hold no article
                }
                WarcResponse response = (WarcResponse) record;
                String target = response.target();
                String source = warc + "#" + target;
                HttpResponse http;
                try {
                    http = response.http();
                } catch (IOException | RuntimeException e) {
                    sink.accept(new IngestItem.Failed(source, "WARC record without a readable HTTP response: " + describe(e)));
                    continue;
                }
                if (http.status() < 200 || http.status() >= 300) {
                    continue;  // redirects and error pages of a crawl are not articles
                }
                MediaType type = http.contentType();
                String media = type == null ? null : type.base().toString().toLowerCase(Locale.ROOT);
                Kind kind;
                if ("text/html".equals(media) || "application/xhtml+xml".equals(media)) {
                    kind = Kind.HTML;
                } else if ("text/plain".equals(media)) {
                    kind = Kind.TEXT;
                } else {
                    continue;  // images, scripts, styles: a crawl's other records
                }
                documents++;
                byte[] bytes;
                try (InputStream body = http.bodyDecoded().stream()) {
                    bytes = readCapped(body, source);
                } catch (InvalidInputException e) {
                    sink.accept(failed(e));
                    continue;
                }
                Instant date = response.date() != null ? response.date() : Instant.now();
                fromBytes(new Origin(source, target, type.toString(), date, Metadata.EMPTY), bytes, kind, sink);
            }
        } catch (IOException | RuntimeException e) {
            sink.accept(new IngestItem.Failed(warc, "malformed WARC file: " + describe(e)));
            return;
        }
        if (documents == 0) {
            sink.accept(new IngestItem.Failed(warc, "WARC file holds no HTML or text response records"));
        }
    }

    // ---------------------------------------------------------------- bytes to documents

    private void fromBytes(Origin origin, byte[] bytes, Kind kind, Consumer<IngestItem> sink) {
        fromBytes(origin, bytes, kind, Metadata.EMPTY, sink);
    }

    /** Decodes, reads the kind of content and emits its documents; {@code fallback} fills unknown metadata. */
    private void fromBytes(Origin origin, byte[] bytes, Kind kind, Metadata fallback, Consumer<IngestItem> sink) {
        String source = origin.source();
        String text;
        try {
            text = TextDecoder.decode(source, bytes, origin.contentType()).text();
        } catch (InvalidInputException e) {
            sink.accept(failed(e));
            return;
        }
        Kind actual = kind;
        if (kind == Kind.SNIFF || kind == Kind.TEXT) {
            if (FeedReader.looksLikeFeed(text)) {
                actual = Kind.FEED;
            } else if (kind == Kind.SNIFF) {
                actual = HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find() ? Kind.HTML : Kind.TEXT;
            }
        }
        if (actual == Kind.FEED) {
            if (fallback != Metadata.EMPTY) {
                sink.accept(new IngestItem.Failed(source, "feed item link points to another feed; not followed"));
                return;
            }
            readFeed(origin, text, sink);
            return;
        }
        IngestItem item;
        try {
            item = new IngestItem.Ingested(toDocument(origin, text, actual, fallback));
        } catch (InvalidInputException e) {
            item = failed(e);
        }
        sink.accept(item);
    }

    private Document toDocument(Origin origin, String text, Kind kind, Metadata fallback) {
        if (kind == Kind.HTML) {
            HtmlExtractor.Article article = HtmlExtractor.extract(origin.source(), text, origin.url());
            Metadata meta = origin.given().orElse(article.metadata()).orElse(fallback).orElse(urlOnly(origin.url()));
            return document(origin.source(), article.text(), meta, "text/html", origin.fetchedAt());
        }
        Metadata meta = origin.given().orElse(fallback).orElse(urlOnly(origin.url()));
        String type = origin.contentType() != null ? mediaType(origin.contentType())
                : kind == Kind.MARKDOWN ? "text/markdown" : "text/plain";
        return document(origin.source(), text, meta, type, origin.fetchedAt());
    }

    private static Metadata urlOnly(String url) {
        return new Metadata(null, null, null, url, null, null);
    }

    private void readFeed(Origin origin, String xml, Consumer<IngestItem> sink) {
        List<FeedReader.Item> items;
        try {
            items = FeedReader.read(origin.source(), xml);
        } catch (InvalidInputException e) {
            sink.accept(failed(e));
            return;
        }
        if (items.isEmpty()) {
            sink.accept(new IngestItem.Failed(origin.source(), "feed has no items"));
            return;
        }
        for (FeedReader.Item item : items) {
            String itemSource = origin.source() + "#item-" + item.index();
            if (item.link() != null) {
                URI link;
                try {
                    // Relative links are relative to where the feed came from.
                    link = origin.url() != null ? URI.create(origin.url()).resolve(item.link()) : URI.create(item.link());
                } catch (IllegalArgumentException e) {
                    sink.accept(new IngestItem.Failed(itemSource, "feed item link is not a valid URL: " + item.link()));
                    continue;
                }
                readUrl(link.toString(), item.metadata(), Kind.SNIFF, sink);
            } else if (item.content() != null) {
                IngestItem result;
                try {
                    Metadata meta = item.metadata().orElse(origin.given());
                    Document doc;
                    if (item.contentIsHtml()) {
                        HtmlExtractor.Article article = HtmlExtractor.extract(itemSource, item.content(), origin.url());
                        doc = document(itemSource, article.text(), meta.orElse(article.metadata()), "text/html", origin.fetchedAt());
                    } else {
                        doc = document(itemSource, item.content().strip(), meta, "text/plain", origin.fetchedAt());
                    }
                    result = new IngestItem.Ingested(doc);
                } catch (InvalidInputException e) {
                    result = failed(e);
                }
                sink.accept(result);
            } else {
                sink.accept(new IngestItem.Failed(itemSource, "feed item has neither a link nor any content"));
            }
        }
    }

    private Document document(String source, String text, Metadata meta, String contentType, Instant fetchedAt) {
        List<RemovedSpan> removed = cleaner.clean(text);
        if (onlyBoilerplate(text, removed)) {
            throw new InvalidInputException(source, "no content: the text is only boilerplate ("
                    + removed.stream().map(RemovedSpan::reason).distinct().toList() + ")");
        }
        return new Document(DocumentId.of(text), text, meta.title(), meta.outlet(), meta.published(), meta.url(),
                meta.language(), source, contentType, fetchedAt, removed);
    }

    private static boolean onlyBoilerplate(String text, List<RemovedSpan> removed) {
        int at = 0;
        for (RemovedSpan r : removed) {
            if (!text.substring(at, r.start()).isBlank()) {
                return false;
            }
            at = r.end();
        }
        return text.substring(at).isBlank();
    }

    // ---------------------------------------------------------------- helpers

    /** Marks an exception thrown by the caller's sink, so it is passed on rather than reported as a bad input. */
    private static final class SinkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkException(RuntimeException cause) {
            super(cause);
        }
    }

    /**
     * Runs {@code work}; an unexpected exception from a parser (a bug here or in a library, not the
     * caller's sink) becomes a Failed item for {@code source} instead of ending the batch.
     */
    private static void guarded(String source, Consumer<IngestItem> sink, Consumer<Consumer<IngestItem>> work) {
        Consumer<IngestItem> marking = item -> {
            try {
                sink.accept(item);
            } catch (SinkException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new SinkException(e);
            }
        };
        try {
            work.accept(marking);
        } catch (SinkException e) {
            throw e;  // unwrapped by the public entry point
        } catch (RuntimeException e) {
            sink.accept(new IngestItem.Failed(source, "unexpected error: " + e));
        }
    }

    /** Reads at most the cap; one byte more means the input is refused, without reading the rest. */
    private byte[] readCapped(InputStream in, String source) {
        long cap = options.maxBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + (long) n > cap) {
                    throw new InvalidInputException(source, "input is over the size cap of " + options.describeCap());
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot read: " + describe(e), e);
        }
        return out.toByteArray();
    }

    private static IngestItem.Failed failed(InvalidInputException e) {
        return new IngestItem.Failed(e.source(), e.reason());
    }

    private static String describe(Exception e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}

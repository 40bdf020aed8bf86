package org.claimgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.RemovedSpan;

/**
 * Finds boilerplate in a text (scraper error lines, photo credits, "Read more", share and newsletter
 * prompts, cookie notices, advertisement slots) and returns it as {@link RemovedSpan}s over the text
 * as given; the text itself is never changed. The patterns are data, in {@code boilerplate.tsv}.
 * Usable on its own, e.g. for pasted text. Immutable after construction, so thread-safe.
 */
public final class Cleaner {
    /** The reasons a removed span may carry. */
    public static final Set<String> REASONS = Set.of(
            "scrape-error", "photo-credit", "read-more", "share", "newsletter", "cookie-notice", "advertisement");

    static final String RESOURCE = "boilerplate.tsv";
    private static final String REMOVE_GROUP = "(?<remove>";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    /** One line of the rule file: a reason and a compiled pattern, with where it was written. */
    record Rule(String reason, Pattern pattern, boolean hasRemoveGroup, int line) {
    }

    private static final class Standard {
        // Loaded on first use, once per JVM.
        static final Cleaner INSTANCE = loadResource();
    }

    private final List<Rule> rules;

    private Cleaner(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The cleaner with the rules shipped in {@code boilerplate.tsv}; shared, since it is immutable. */
    public static Cleaner standard() {
        return Standard.INSTANCE;
    }

    /** A cleaner with rules read from a reader in the {@code boilerplate.tsv} format; {@code name} is for errors. */
    public static Cleaner fromRules(Reader reader, String name) {
        return new Cleaner(parse(reader, name));
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * The boilerplate in {@code text}, as removed spans sorted by start. Where rules overlap, the
     * earlier and then longer span wins, so spans never overlap.
     */
    public List<RemovedSpan> clean(String text) {
        Objects.requireNonNull(text, "text");
        List<RemovedSpan> found = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (contentEnd > lineStart) {
                String line = text.substring(lineStart, contentEnd);
                if (!line.isBlank()) {
                    match(line, lineStart, found);
                }
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        found.sort(Comparator.comparingInt(RemovedSpan::start).thenComparing(r -> -(r.end() - r.start())));
        List<RemovedSpan> kept = new ArrayList<>();
        int keptEnd = -1;
        for (RemovedSpan r : found) {
            if (r.start() >= keptEnd) {
                kept.add(r);
                keptEnd = r.end();
            }
        }
        return List.copyOf(kept);
    }

    private void match(String line, int offset, List<RemovedSpan> out) {
        for (Rule rule : rules) {
            Matcher m = rule.pattern().matcher(line);
            while (m.find()) {
                int start = rule.hasRemoveGroup() ? m.start("remove") : m.start();
                int end = rule.hasRemoveGroup() ? m.end("remove") : m.end();
                if (start < 0 || end <= start) {
                    continue;
                }
                // Leading and trailing white space is not boilerplate, just layout.
                while (start < end && Character.isWhitespace(line.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    out.add(new RemovedSpan(offset + start, offset + end, rule.reason()));
                }
            }
        }
    }

    private static Cleaner loadResource() {
        InputStream in = Cleaner.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new ConfigurationException("boilerplate rules " + RESOURCE + " are missing from the class path");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return fromRules(reader, RESOURCE);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read boilerplate rules " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static List<Rule> parse(Reader reader, String name) {
        List<Rule> rules = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(reader);
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new ConfigurationException(name + " line " + number + ": expected REASON<TAB>REGEX");
                }
                String reason = line.substring(0, tab).strip();
                String regex = line.substring(tab + 1);
                if (!REASONS.contains(reason)) {
                    throw new ConfigurationException(name + " line " + number + ": unknown reason '" + reason
                            + "', expected one of " + REASONS.stream().sorted().toList());
                }
                if (regex.isBlank()) {
                    throw new ConfigurationException(name + " line " + number + ": empty regex");
                }
                try {
                    Pattern pattern = Pattern.compile(regex, FLAGS);
                    if (pattern.matcher("").matches()) {
                        throw new ConfigurationException(name + " line " + number + ": regex matches empty text");
                    }
                    rules.add(new Rule(reason, pattern, regex.contains(REMOVE_GROUP), number));
                } catch (PatternSyntaxException e) {
                    throw new ConfigurationException(name + " line " + number + ": invalid regex: " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new ConfigurationException("cannot read boilerplate rules " + name + ": " + e.getMessage(), e);
        }
        if (rules.isEmpty()) {
            throw new ConfigurationException(name + ": no rules");
        }
        return rules;
    }
}

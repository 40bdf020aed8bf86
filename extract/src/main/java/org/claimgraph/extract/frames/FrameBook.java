package org.claimgraph.extract.frames;

import edu.stanford.nlp.semgraph.semgrex.SemgrexParseException;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;

/**
 * The syntactic frames of one language: Semgrex patterns over Universal Dependencies (enhanced++)
 * from {@code frames/frames.txt}, whose {@code @set} references are filled from the language's word
 * sets ({@code frames/LANG/words.tsv}). The patterns name relations, which are the same in every
 * language UD covers; the words are the language's. So another language is a new words file (and its
 * test sentences), not new code. Validated on load: every set referenced exists, every role a frame
 * names is a node of its pattern, every pattern compiles. Immutable, thread-safe.
 */
public final class FrameBook {
    /** Resource folder of the frames and the per-language word sets. */
    public static final String DIR = "/org/claimgraph/extract/frames/";
    private static final Pattern SET_REF = Pattern.compile("@([a-z][a-z0-9-]*)");
    private static final Pattern NODE_NAME = Pattern.compile("=([a-z][a-z0-9]*)");
    private static final Set<String> FIELDS = Set.of("frame", "match", "kind", "holder", "suspect", "event", "cue",
            "certainty", "negated", "overrides", "about", "tie");
    /** Holder values that are no node of the pattern. */
    public static final Set<String> SPECIAL_HOLDERS = Set.of("author", "speaker", "suspect");

    /**
     * One frame. {@code holder} is a node name, {@code speaker} (whoever the sentence reports, else the
     * article), {@code author} or {@code suspect} (a claim is held by its claimant). {@code suspect} may be
     * {@code any} for a frame that speaks of no one in particular ("there was no claim"). {@code negated} is
     * the kind the frame gives when its cue is negated, null to give nothing. {@code overrides}: what the
     * frame says about its sentence replaces the cue rules' claims and attributions about the same party
     * there (a denial is no accusation).
     */
    public record Frame(String name, String source, SemgrexPattern pattern, AssertionKind kind, String holder,
                        String suspect, String event, String cue, Certainty certainty, AssertionKind negated,
                        boolean negationInPattern, boolean overrides, boolean recent, List<Test> tests) {
    }

    /**
     * A test sentence of a frame, in one language: {@code expected} is "kind holder suspect" with names
     * quoted where they have spaces, or null when the frame must find nothing in the sentence.
     */
    public record Test(String language, String sentence, String expected, int line) {
    }

    private final String language;
    private final List<Frame> frames;
    private final Map<String, Set<String>> words;
    private final String hash;

    private FrameBook(String language, List<Frame> frames, Map<String, Set<String>> words, String hash) {
        this.language = language;
        this.frames = List.copyOf(frames);
        this.words = words;
        this.hash = hash;
    }

    private static final Map<String, FrameBook> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The bundled frames with the word sets of this language (ISO 639-1, e.g. "en"); loaded once. */
    public static FrameBook bundled(String language) {
        return LOADED.computeIfAbsent(language, l -> parse(l, read("frames.txt"), read(l + "/words.tsv")));
    }

    public String language() {
        return language;
    }

    public List<Frame> frames() {
        return frames;
    }

    /** The lemmas of a word set (lower case), or an empty set. */
    public Set<String> words(String set) {
        return words.getOrDefault(set, Set.of());
    }

    /** Whether a lemma or word is in a set, folding case. */
    public boolean in(String set, String word) {
        return word != null && words(set).contains(word.toLowerCase(Locale.ROOT));
    }

    /** 12 hex digits over the frames and word files: part of the extractor's version. */
    public String hash() {
        return hash;
    }

    /** Parses frames and word sets; throws {@link ConfigurationException} naming file and line on any fault. */
    public static FrameBook parse(String language, String framesText, String wordsText) {
        Map<String, Set<String>> words = parseWords(language + "/words.tsv", wordsText);
        List<Frame> frames = new ArrayList<>();
        List<String[]> block = new ArrayList<>();
        int blockLine = 0;
        String[] lines = framesText.split("\n", -1);
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    frames.add(frame(language, block, blockLine, words));
                    block.clear();
                }
                continue;
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
            }
            int sp = line.indexOf(' ');
            String field = sp < 0 ? line : line.substring(0, sp);
            String value = sp < 0 ? "" : line.substring(sp + 1).strip();
            block.add(new String[] {field, value, Integer.toString(i + 1)});
        }
        Set<String> names = new LinkedHashSet<>();
        for (Frame f : frames) {
            if (!names.add(f.name())) {
                throw fault(blockLineOf(f), "frame '" + f.name() + "' is defined twice");
            }
        }
        return new FrameBook(language, frames, words, digest(framesText, wordsText));
    }

    private static int blockLineOf(Frame f) {
        return f.tests().isEmpty() ? 0 : f.tests().get(0).line();
    }

    private static Frame frame(String language, List<String[]> block, int line, Map<String, Set<String>> words) {
        Map<String, String> f = new LinkedHashMap<>();
        List<Test> tests = new ArrayList<>();
        for (String[] row : block) {
            String field = row[0];
            int at = Integer.parseInt(row[2]);
            if (field.startsWith("test.")) {
                tests.add(test(field.substring(5), row[1], at));
                continue;
            }
            if (!FIELDS.contains(field)) {
                throw fault(at, "unknown field '" + field + "' (fields: " + FIELDS + ", test.LANG)");
            }
            if (f.put(field, row[1]) != null && !field.equals("about")) {
                throw fault(at, "field '" + field + "' given twice");
            }
        }
        String name = require(f, "frame", line);
        String source = require(f, "match", line);
        String expanded = expand(source, words, line);
        SemgrexPattern pattern;
        try {
            pattern = SemgrexPattern.compile(expanded);
        } catch (SemgrexParseException | IllegalArgumentException e) {
            throw new ConfigurationException("frames.txt line " + line + ": frame '" + name + "' does not compile: "
                    + e.getMessage(), e);
        }
        Set<String> nodes = new LinkedHashSet<>();
        Matcher m = NODE_NAME.matcher(source);
        while (m.find()) {
            nodes.add(m.group(1));
        }
        AssertionKind kind = kind(require(f, "kind", line), line);
        String holder = f.getOrDefault("holder", kind == AssertionKind.CLAIM ? "suspect" : "speaker");
        String suspect = f.getOrDefault("suspect", "suspect");
        String event = f.getOrDefault("event", "event");
        String cue = f.getOrDefault("cue", nodes.contains("cue") ? "cue" : event);
        for (String role : List.of(suspect, event, cue)) {
            if (!nodes.contains(role) && !(role.equals(suspect) && role.equals("any"))) {
                throw fault(line, "frame '" + name + "' names node '" + role + "', which its pattern does not mark (=" + role + ")");
            }
        }
        if (!SPECIAL_HOLDERS.contains(holder) && !nodes.contains(holder)) {
            throw fault(line, "frame '" + name + "': holder '" + holder + "' is neither a node of the pattern nor one of "
                    + SPECIAL_HOLDERS);
        }
        Certainty certainty;
        try {
            certainty = Certainty.of(f.getOrDefault("certainty", "certain"));
        } catch (RuntimeException e) {
            throw fault(line, "frame '" + name + "': unknown certainty '" + f.get("certainty") + "'");
        }
        String negated = f.getOrDefault("negated", "none");
        boolean inPattern = negated.equals("in-pattern");
        AssertionKind negatedKind = negated.equals("none") || inPattern ? null : kind(negated, line);
        String tie = f.getOrDefault("tie", "sentence");
        if (!tie.equals("sentence") && !tie.equals("recent")) {
            throw fault(line, "frame '" + name + "': tie is sentence or recent, not '" + tie + "'");
        }
        String overrides = f.getOrDefault("overrides", "no");
        if (!overrides.equals("yes") && !overrides.equals("no")) {
            throw fault(line, "frame '" + name + "': overrides is yes or no, not '" + overrides + "'");
        }
        if (tests.stream().noneMatch(t -> t.expected() != null)) {
            throw fault(line, "frame '" + name + "' has no test sentence that it must read (test.LANG SENTENCE => kind holder suspect)");
        }
        return new Frame(name, source, pattern, kind, holder, suspect, event, cue, certainty, negatedKind, inPattern,
                overrides.equals("yes"), tie.equals("recent"), tests);
    }

    private static Test test(String language, String value, int line) {
        int arrow = value.lastIndexOf("=>");
        if (arrow < 0) {
            throw fault(line, "a test is 'test.LANG SENTENCE => kind holder suspect' or '... => none'");
        }
        String sentence = value.substring(0, arrow).strip();
        String expected = value.substring(arrow + 2).strip();
        if (sentence.isEmpty() || expected.isEmpty()) {
            throw fault(line, "a test needs a sentence and what the frame reads in it");
        }
        return new Test(language, sentence, expected.equals("none") ? null : expected, line);
    }

    /** Fills every @set with an anchored, case-insensitive alternation of its words. */
    static String expand(String source, Map<String, Set<String>> words, int line) {
        Matcher m = SET_REF.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Set<String> set = words.get(m.group(1));
            if (set == null) {
                throw fault(line, "word set @" + m.group(1) + " is not defined in the language's words.tsv");
            }
            String alternation = set.stream().map(Pattern::quote).collect(Collectors.joining("|"));
            m.appendReplacement(out, Matcher.quoteReplacement("/(?i)(?:" + alternation + ")/"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Set<String>> parseWords(String file, String text) {
        Map<String, Set<String>> words = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2 || !cols[0].matches("[a-z][a-z0-9-]*") || cols[1].isBlank()) {
                throw new ConfigurationException(file + " line " + (i + 1) + ": a row is SET<TAB>word word ...");
            }
            Set<String> set = words.computeIfAbsent(cols[0], s -> new LinkedHashSet<>());
            for (String w : cols[1].strip().split(" +")) {
                if (!set.add(w.toLowerCase(Locale.ROOT))) {
                    throw new ConfigurationException(file + " line " + (i + 1) + ": '" + w + "' is listed twice in " + cols[0]);
                }
            }
        }
        return words;
    }

    private static AssertionKind kind(String value, int line) {
        try {
            return AssertionKind.of(value);
        } catch (RuntimeException e) {
            throw fault(line, "unknown assertion kind '" + value + "'");
        }
    }

    private static String require(Map<String, String> f, String field, int line) {
        String v = f.get(field);
        if (v == null || v.isEmpty()) {
            throw fault(line, "a frame needs the field '" + field + "'");
        }
        return v;
    }

    private static ConfigurationException fault(int line, String message) {
        return new ConfigurationException("frames.txt line " + line + ": " + message);
    }

    private static String read(String file) {
        try (InputStream in = FrameBook.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new ConfigurationException("frame resource " + DIR + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read frame resource " + DIR + file, e);
        }
    }

    private static String digest(String... texts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String t : texts) {
                d.update(t.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}

package org.claimgraph.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.extract.cue.TokenNorm;

/**
 * The knowledge of the rules, read from the TSV files under {@code lexicon/}: triggers, responsibility
 * cues, certainty modifiers, reporting verbs, casualty words, site heads, role nouns, organisation
 * heads. Every row is validated on load (column count, known enum values, no duplicate keys), so a
 * bad edit fails at start with file and line. Immutable once loaded, so thread-safe.
 */
public final class Lexicons {
    /** Resource folder of the lexicon files. */
    public static final String DIR = "/org/claimgraph/extract/lexicon/";
    /** Every lexicon file, in the order they are hashed into the extractor version. */
    public static final List<String> FILES = List.of("triggers.tsv", "assertions.tsv", "certainty.tsv",
            "reporting.tsv", "casualties.tsv", "sites.tsv", "roles.tsv", "orgkinds.tsv", "event-words.tsv",
            "state-bodies.tsv", "name-qualifiers.tsv", "membership.tsv", "army-people.tsv");

    /** An event trigger; {@code anaphoric} ones only refer back ("the crime"). */
    public record Trigger(String phrase, EventKind kind, String subtype, boolean anaphoric) {
    }

    /** Where the suspect of a responsibility cue stands. */
    public enum SuspectSide { BEFORE, AFTER, INSIDE, POSSESSOR }

    /**
     * Which event mention a responsibility cue speaks of: {@code ANY} the sentence's, else one told in the few
     * sentences before; {@code SENTENCE} only one in its own sentence; {@code NEAR} only one named right after the
     * cue, as its object ("charged with the murders", not "charged with illegal possession of arms").
     */
    public enum EventTie { ANY, SENTENCE, NEAR }

    /** A responsibility cue; {@code parts} are the gapped segments of the phrase. */
    public record Cue(String phrase, List<List<String>> parts, AssertionKind kind, Certainty certainty,
                      SuspectSide suspect, AssertionKind whenNegated, EventTie event) {
        /** Tokens a gap between two parts may span: " ... " in assertions.tsv allows up to 6 between them. */
        static final int GAP = 7;
        /**
         * A suspect inside the gap may be a list of long names ("hold the president's government and the
         * armed forces high command responsible"): up to 14 tokens then, as long as no verb comes between.
         */
        static final int LIST_GAP = 15;

        /**
         * Finds the later parts of a gapped cue ("see ... behind") in the tokens from {@code from} (just
         * after the first part) to {@code end}, each within {@link #GAP} tokens of the one before, by
         * the tokens' surface text alone. Returns {gapStart, cueEnd, gapEnd}, or null when a part is
         * missing. Lexical only, so the cue scan can tell before tagging whether a first part ("is",
         * "have") can become a cue at all, by the same test the assertion rules make.
         */
        public int[] gap(IntFunction<String> original, int from, int end) {
            return gap(original, i -> false, from, end);
        }

        /**
         * The same with the tokens' tags known: a gap that holds a suspect list may reach {@link #LIST_GAP}
         * tokens, but not past a verb. Without tags ({@code verb} always false) the reach is the widest, so
         * the cue scan selects every sentence the rules could read a cue in.
         */
        public int[] gap(IntFunction<String> original, IntPredicate verb, int from, int end) {
            if (parts.size() == 1) {
                return new int[] {from, from, from};
            }
            int pos = from;
            int gapEnd = from;
            int reach = suspect == SuspectSide.INSIDE ? LIST_GAP : GAP;
            for (int p = 1; p < parts.size(); p++) {
                List<String> want = parts.get(p);
                boolean found = false;
                boolean verbSeen = false;
                for (int i = pos; i < Math.min(end, pos + reach) && !found; i++) {
                    if (i - pos >= GAP && verbSeen) {
                        break;
                    }
                    verbSeen |= verb.test(i);
                    if (i + want.size() <= end) {
                        boolean ok = true;
                        for (int w = 0; w < want.size(); w++) {
                            List<String> pieces = TokenNorm.pieces(original.apply(i + w));
                            if (pieces.size() != 1 || !pieces.get(0).equals(want.get(w))) {
                                ok = false;
                            }
                        }
                        if (ok) {
                            gapEnd = i;
                            pos = i + want.size();
                            found = true;
                        }
                    }
                }
                if (!found) {
                    return null;
                }
            }
            return new int[] {from, pos, gapEnd};
        }
    }

    /** How a word ties a person to a group (membership.tsv). */
    public enum Tie { MEMBER, LEADER, FOUNDER, RANK, FORUM }

    /** Which of its state's bodies a word for army people stands for (army-people.tsv). */
    public enum ArmyBody {
        ARMY, ARMED_FORCES;

        /** The body a state body's name says it is, by its last words ("Salvadoran Army", "Armed Forces"), or null. */
        public static ArmyBody ofName(String name) {
            String n = TextFold.fold(name);
            if (n.endsWith("army") || n.endsWith("armies")) {
                return ARMY;
            }
            return n.endsWith("armed forces") || n.endsWith("military") ? ARMED_FORCES : null;
        }
    }

    /**
     * A word for the people of a state's army ("troops", "members of the armed forces"): the body they stand for,
     * and whether they do so alone too ({@code alone}) or only after a demonym or a state's name ("Salvadoran officers").
     */
    public record ArmyPeople(ArmyBody body, boolean alone) {
    }

    /** Where the speaker stands relative to a reporting phrase. */
    public enum SourceSide { BEFORE, AFTER, EITHER }

    private static final Lexicons BUNDLED = load();

    private final Map<String, Trigger> triggers;
    private final Map<String, Cue> cues;
    private final Map<String, Certainty> modifiers;
    private final Map<String, SourceSide> reporting;
    private final Map<String, String> casualties;
    private final List<String> sites;
    private final List<String> roles;
    private final Map<String, ActorKind> orgKinds;
    private final EventWords eventWords;
    private final Map<String, ActorKind> stateBodies;
    private final List<List<String>> nameQualifiers;
    private final Map<String, Tie> ties;
    private final Map<String, ArmyPeople> armyPeople;
    private final String hash;

    private Lexicons(Map<String, Trigger> triggers, Map<String, Cue> cues, Map<String, Certainty> modifiers,
                     Map<String, SourceSide> reporting, Map<String, String> casualties, List<String> sites,
                     List<String> roles, Map<String, ActorKind> orgKinds, EventWords eventWords,
                     Map<String, ActorKind> stateBodies, List<List<String>> nameQualifiers, Map<String, Tie> ties,
                     Map<String, ArmyPeople> armyPeople, String hash) {
        this.triggers = Map.copyOf(triggers);
        this.cues = Map.copyOf(cues);
        this.modifiers = Map.copyOf(modifiers);
        this.reporting = Map.copyOf(reporting);
        this.casualties = Map.copyOf(casualties);
        this.sites = List.copyOf(sites);
        this.roles = List.copyOf(roles);
        this.orgKinds = Map.copyOf(orgKinds);
        this.eventWords = eventWords;
        this.stateBodies = Map.copyOf(stateBodies);
        this.nameQualifiers = List.copyOf(nameQualifiers);
        this.ties = Map.copyOf(ties);
        this.armyPeople = Map.copyOf(armyPeople);
        this.hash = hash;
    }

    /** The lexicons bundled in the jar, loaded and validated once per JVM. */
    public static Lexicons bundled() {
        return BUNDLED;
    }

    private static Lexicons load() {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
        Map<String, List<Row>> files = new LinkedHashMap<>();
        for (String f : FILES) {
            byte[] bytes = read(f);
            digest.update(f.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            files.put(f, rows(f, new String(bytes, StandardCharsets.UTF_8)));
        }
        Map<String, Trigger> triggers = new LinkedHashMap<>();
        for (Row r : files.get("triggers.tsv")) {
            r.cols(4);
            String mode = r.col(3);
            if (!mode.equals("new") && !mode.equals("anaphoric")) {
                throw r.bad("mode must be new or anaphoric, not '" + mode + "'");
            }
            put(triggers, r, new Trigger(r.col(0), r.parse(() -> EventKind.of(r.col(1))),
                    r.col(2).equals("-") ? null : r.col(2), mode.equals("anaphoric")));
        }
        Map<String, Cue> cues = new LinkedHashMap<>();
        for (Row r : files.get("assertions.tsv")) {
            // The sixth column, which event the cue speaks of, is optional: most cues take the sentence's or a recent one.
            r.cols(r.c().length == 6 ? 6 : 5);
            List<List<String>> parts = new ArrayList<>();
            for (String part : r.col(0).split(" \\.\\.\\. ")) {
                List<String> p = TokenNorm.pieces(part);
                if (p.isEmpty()) {
                    throw r.bad("empty part in phrase '" + r.col(0) + "'");
                }
                parts.add(p);
            }
            SuspectSide side = r.parse(() -> SuspectSide.valueOf(r.col(3).toUpperCase(Locale.ROOT)));
            if (side == SuspectSide.INSIDE && parts.size() < 2) {
                throw r.bad("suspect 'inside' needs a gapped phrase with ' ... '");
            }
            AssertionKind neg = r.col(4).equals("none") ? null : r.parse(() -> AssertionKind.of(r.col(4)));
            EventTie tie = r.c().length == 6 ? r.parse(() -> EventTie.valueOf(r.col(5).toUpperCase(Locale.ROOT))) : EventTie.ANY;
            put(cues, r, new Cue(r.col(0), List.copyOf(parts), r.parse(() -> AssertionKind.of(r.col(1))),
                    r.parse(() -> Certainty.of(r.col(2))), side, neg, tie));
        }
        Map<String, Certainty> modifiers = new LinkedHashMap<>();
        for (Row r : files.get("certainty.tsv")) {
            r.cols(2);
            put(modifiers, r, r.parse(() -> Certainty.of(r.col(1))));
        }
        Map<String, SourceSide> reporting = new LinkedHashMap<>();
        for (Row r : files.get("reporting.tsv")) {
            r.cols(2);
            put(reporting, r, r.parse(() -> SourceSide.valueOf(r.col(1).toUpperCase(Locale.ROOT))));
        }
        Map<String, String> casualties = new LinkedHashMap<>();
        for (Row r : files.get("casualties.tsv")) {
            r.cols(2);
            if (!Set.of("killed", "injured", "toll").contains(r.col(1))) {
                throw r.bad("field must be killed, injured or toll, not '" + r.col(1) + "'");
            }
            put(casualties, r, r.col(1));
        }
        Map<String, String> sites = new LinkedHashMap<>();
        for (Row r : files.get("sites.tsv")) {
            r.cols(1);
            put(sites, r, r.col(0));
        }
        Map<String, String> roles = new LinkedHashMap<>();
        for (Row r : files.get("roles.tsv")) {
            r.cols(2);
            r.parse(() -> ActorKind.of(r.col(1)));
            put(roles, r, r.col(0));
        }
        Map<String, ActorKind> orgKinds = new LinkedHashMap<>();
        for (Row r : files.get("orgkinds.tsv")) {
            r.cols(2);
            put(orgKinds, r, r.parse(() -> ActorKind.of(r.col(1))));
        }
        // Read here rather than by EventWords itself, so that its rows are validated and hashed like the others.
        Map<String, EventWords.Role> words = new LinkedHashMap<>();
        for (Row r : files.get("event-words.tsv")) {
            r.cols(2);
            putWord(words, r, r.parse(() -> EventWords.Role.valueOf(r.col(1).toUpperCase(Locale.ROOT))));
        }
        Map<String, ActorKind> stateBodies = new LinkedHashMap<>();
        for (Row r : files.get("state-bodies.tsv")) {
            r.cols(2);
            put(stateBodies, r, r.parse(() -> ActorKind.of(r.col(1))));
        }
        Map<String, String> qualifiers = new LinkedHashMap<>();
        for (Row r : files.get("name-qualifiers.tsv")) {
            r.cols(1);
            if (!r.col(0).chars().allMatch(c -> Character.isLowerCase(c) || c == '-' || c == ' ')) {
                throw r.bad("expected lower-case words, not '" + r.col(0) + "'");
            }
            put(qualifiers, r, r.col(0));
        }
        // Longest first, so "far-right" is read before a shorter phrase it starts with.
        List<List<String>> nameQualifiers = new ArrayList<>();
        for (String q : qualifiers.values()) {
            nameQualifiers.add(List.copyOf(TokenNorm.pieces(q)));
        }
        nameQualifiers.sort((a, b) -> b.size() - a.size());
        // Single tokens as the tokenizer keeps them ("co-founder" is one token), so not split into pieces.
        Map<String, Tie> ties = new LinkedHashMap<>();
        for (Row r : files.get("membership.tsv")) {
            r.cols(2);
            putWord(ties, r, r.parse(() -> Tie.valueOf(r.col(1).toUpperCase(Locale.ROOT))));
        }
        Map<String, ArmyPeople> armyPeople = new LinkedHashMap<>();
        for (Row r : files.get("army-people.tsv")) {
            r.cols(3);
            ArmyBody body = r.parse(() -> ArmyBody.valueOf(r.col(1).toUpperCase(Locale.ROOT).replace('-', '_')));
            if (!r.col(2).equals("any") && !r.col(2).equals("state")) {
                throw r.bad("where must be any or state, not '" + r.col(2) + "'");
            }
            if (stateBodies.containsKey(String.join(" ", TokenNorm.pieces(r.col(0))))) {
                throw r.bad("'" + r.col(0) + "' is a head in state-bodies.tsv too");
            }
            put(armyPeople, r, new ArmyPeople(body, r.col(2).equals("any")));
        }
        return new Lexicons(triggers, cues, modifiers, reporting, casualties, List.copyOf(sites.keySet()),
                List.copyOf(roles.keySet()), orgKinds, new EventWords(words), stateBodies, nameQualifiers, ties, armyPeople,
                HexFormat.of().formatHex(digest.digest()).substring(0, 16));
    }

    /** A single-token key, folded but not split into pieces: the tokenizer keeps "co-founder" one token. */
    private static <V> void putWord(Map<String, V> map, Row r, V value) {
        if (r.col(0).contains(" ")) {
            throw r.bad("expected one word, not '" + r.col(0) + "'");
        }
        if (map.put(TextFold.fold(r.col(0)), value) != null) {
            throw r.bad("duplicate word '" + r.col(0) + "'");
        }
    }

    private static <V> void put(Map<String, V> map, Row r, V value) {
        String key = String.join(" ", TokenNorm.pieces(r.col(0).replace(" ... ", " \u0001 ")));
        if (key.isBlank()) {
            throw r.bad("empty key");
        }
        if (map.put(key, value) != null) {
            throw r.bad("duplicate key '" + r.col(0) + "'");
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = Lexicons.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new ConfigurationException("lexicon " + DIR + file + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ConfigurationException("cannot read lexicon " + DIR + file, e);
        }
    }

    private record Row(String file, int line, String[] c) {
        void cols(int n) {
            if (c.length != n) {
                throw bad("expected " + n + " tab-separated columns, found " + c.length);
            }
            for (String s : c) {
                if (s.isBlank()) {
                    throw bad("empty column");
                }
            }
        }

        String col(int i) {
            return c[i].strip();
        }

        <T> T parse(java.util.function.Supplier<T> s) {
            try {
                return s.get();
            } catch (RuntimeException e) {
                throw new ConfigurationException("lexicon " + file + " line " + line + ": " + e.getMessage(), e);
            }
        }

        ConfigurationException bad(String why) {
            return new ConfigurationException("lexicon " + file + " line " + line + ": " + why);
        }
    }

    private static List<Row> rows(String file, String text) {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader br = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int n = 0;
            while ((line = br.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(file, n, line.split("\t", -1)));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public Map<String, Trigger> triggers() {
        return triggers;
    }

    public Map<String, Cue> cues() {
        return cues;
    }

    public Map<String, Certainty> modifiers() {
        return modifiers;
    }

    public Map<String, SourceSide> reporting() {
        return reporting;
    }

    public Map<String, String> casualties() {
        return casualties;
    }

    public List<String> sites() {
        return sites;
    }

    /** How a single folded word ties a person to a group, or null (membership.tsv). */
    public Tie tie(String foldedWord) {
        return ties.get(foldedWord);
    }

    public List<String> roles() {
        return roles;
    }

    public Map<String, ActorKind> orgKinds() {
        return orgKinds;
    }

    /**
     * Heads of a state's bodies named after their state ("the Chilean government", "Peruvian police",
     * "Alfredo Cristiani's government"), lower-case tokens joined by a space, with the actor kind they make.
     */
    public Map<String, ActorKind> stateBodies() {
        return stateBodies;
    }

    /**
     * Words for the people of a state's army ("soldiers", "army troops", "members of the armed forces"), lower-case
     * tokens joined by a space, with the body they stand for.
     */
    public Map<String, ArmyPeople> armyPeople() {
        return armyPeople;
    }

    /**
     * Leading words that describe an organisation rather than name it ("extreme rightist", "so-called"),
     * each as its {@link TokenNorm} pieces ("right-wing" gives "right", "wing"), longest first.
     */
    public List<List<String>> nameQualifiers() {
        return nameQualifiers;
    }

    /** The single words the event rules read around a trigger (event-words.tsv). */
    public EventWords eventWords() {
        return eventWords;
    }

    /** A short hash of every lexicon file's bytes: changes whenever any row changes. */
    public String hash() {
        return hash;
    }

    static InputStreamReader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}

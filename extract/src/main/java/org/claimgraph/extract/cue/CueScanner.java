package org.claimgraph.extract.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.core.registry.RegistryEntry;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.rules.Lexicons;

/**
 * One Aho–Corasick automaton over every lexicon phrase and registry alias, so the cue scan reads
 * each sentence once. Immutable after construction, so thread-safe.
 */
public final class CueScanner {
    /** What a key stands for: its cue type and the lexicon row or registry entry. */
    public record Payload(CueType type, Object value, String surface) {
    }

    /** A registry alias as written, with its entry. */
    public record AliasHit(RegistryEntry entry, String alias) {
    }

    // Short upper-case aliases that are also English words ("IS", "US"): matched only with their exact
    // case in mixed-case text and never in text that has no case to tell them apart.
    private static final Set<String> WORDLIKE = Set.of("is", "it", "us", "as", "at", "an", "or", "on", "in",
            "am", "be", "do", "go", "he", "me", "no", "so", "to", "up", "we", "if", "of", "by", "my", "hi", "ok");

    private final AhoCorasick<Payload> automaton;

    public CueScanner(Lexicons lex, Iterable<RegistryEntry> registry) {
        AhoCorasick.Builder<Payload> b = AhoCorasick.builder();
        lex.triggers().values().forEach(t -> b.add(TokenNorm.pieces(t.phrase()), new Payload(CueType.TRIGGER, t, t.phrase())));
        lex.cues().values().forEach(c -> b.add(c.parts().get(0), new Payload(CueType.RESPONSIBILITY, c, c.phrase())));
        lex.modifiers().forEach((k, v) -> b.add(TokenNorm.pieces(k), new Payload(CueType.MODIFIER, v, k)));
        lex.reporting().forEach((k, v) -> b.add(TokenNorm.pieces(k), new Payload(CueType.REPORTING, v, k)));
        lex.casualties().forEach((k, v) -> b.add(TokenNorm.pieces(k), new Payload(CueType.CASUALTY, v, k)));
        lex.sites().forEach(k -> b.add(TokenNorm.pieces(k), new Payload(CueType.SITE, k, k)));
        lex.roles().forEach(k -> b.add(TokenNorm.pieces(k), new Payload(CueType.ROLE, k, k)));
        for (RegistryEntry e : registry) {
            for (String alias : e.allNames()) {
                b.add(TokenNorm.pieces(alias), new Payload(CueType.ACTOR, new AliasHit(e, alias), alias));
            }
        }
        this.automaton = b.build();
    }

    /**
     * Matches over the pieces of one sentence. {@code originals} are the surface strings of the
     * pieces (same length), used for the case check of word-like aliases; {@code caseless} says the
     * text has no usable case.
     */
    public List<AhoCorasick.Match<Payload>> scan(List<String> pieces, List<String> originals, boolean caseless) {
        List<AhoCorasick.Match<Payload>> out = new ArrayList<>();
        for (AhoCorasick.Match<Payload> m : automaton.scan(pieces)) {
            List<Payload> keep = new ArrayList<>();
            for (Payload p : m.values()) {
                if (p.type() == CueType.ACTOR && !caseOk(p.surface(), originals.subList(m.start(), m.end()), caseless)) {
                    continue;
                }
                keep.add(p);
            }
            if (!keep.isEmpty()) {
                out.add(new AhoCorasick.Match<>(m.start(), m.end(), keep));
            }
        }
        return out;
    }

    private static boolean caseOk(String alias, List<String> surface, boolean caseless) {
        String folded = alias.toLowerCase(Locale.ROOT);
        boolean shortUpper = alias.length() <= 3 && alias.equals(alias.toUpperCase(Locale.ROOT));
        if (!shortUpper && !WORDLIKE.contains(folded)) {
            return true;
        }
        if (caseless) {
            return !WORDLIKE.contains(folded);
        }
        return String.join("", surface).equals(alias.replace(" ", "").replace("-", ""));
    }
}

package org.claimgraph.extract.rules;

import java.util.Map;
import org.claimgraph.core.TextFold;

/**
 * The single words the event rules read around a trigger (lexicon {@code event-words.tsv}): what makes an
 * attack only planned, what names its perpetrators, what says they were caught,
 * what makes its subject the one who had it done. Loaded by {@link Lexicons},
 * so the file is validated and counted in the extractor version like every other lexicon. Immutable,
 * thread-safe.
 */
public final class EventWords {
    /** What a word tells the event rules. */
    public enum Role { IRREALIS, PERPETRATOR, CAPTURED, NATIONALITY, INSTIGATION, COLLECTIVE, NOBODY, ATTEMPT }

    private final Map<String, Role> roles;

    EventWords(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    /** The event words of the bundled lexicons. */
    public static EventWords bundled() {
        return Lexicons.bundled().eventWords();
    }

    /** Whether this (case-folded) word has this role. */
    public boolean is(String word, Role role) {
        return roles.get(TextFold.fold(word)) == role;
    }

    public Map<String, Role> roles() {
        return roles;
    }
}

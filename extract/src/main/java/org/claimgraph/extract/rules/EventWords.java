package org.claimgraph.extract.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;

/**
 * The single words the event rules read around a trigger (lexicon {@code event-words.tsv}): what makes an
 * attack only planned, what names its perpetrators, what says they were caught. Immutable, thread-safe.
 */
public final class EventWords {
    /** What a word tells the event rules. */
    public enum Role { IRREALIS, PERPETRATOR, CAPTURED, NATIONALITY }

    static final String FILE = "event-words.tsv";
    private static final EventWords BUNDLED = load();

    private final Map<String, Role> roles;

    private EventWords(Map<String, Role> roles) {
        this.roles = Map.copyOf(roles);
    }

    public static EventWords bundled() {
        return BUNDLED;
    }

    /** Whether this (case-folded) word has this role. */
    public boolean is(String word, Role role) {
        return roles.get(TextFold.fold(word)) == role;
    }

    public Map<String, Role> roles() {
        return roles;
    }

    private static EventWords load() {
        Map<String, Role> roles = new HashMap<>();
        try (InputStream in = EventWords.class.getResourceAsStream(Lexicons.DIR + FILE)) {
            if (in == null) {
                throw new ConfigurationException("lexicon missing from classpath: " + FILE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2 || f[0].isBlank() || f[0].contains(" ")) {
                    throw new ConfigurationException(FILE + " line " + n + ": expected one word<TAB>role");
                }
                Role role;
                try {
                    role = Role.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ConfigurationException(FILE + " line " + n + ": unknown role '" + f[1] + "'");
                }
                if (roles.put(TextFold.fold(f[0]), role) != null) {
                    throw new ConfigurationException(FILE + " line " + n + ": duplicate word '" + f[0] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + FILE, e);
        }
        return new EventWords(roles);
    }
}

package org.claimgraph.core.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;

/**
 * The curated list of known actors (armed groups, their provinces and media outlets, state bodies),
 * looked up by any alias under {@link TextFold}. Built from the bundled resource and any user files;
 * a later file may add entries or replace one by key. Validated on construction: every partOf
 * resolves, no cycles, no alias shared by two entries unless both are marked ambiguous.
 * Immutable once built, so thread-safe.
 */
public final class ActorRegistry {
    /** Classpath location of the bundled registry. */
    public static final String BUNDLED = "/org/claimgraph/core/registry/actors.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String version;
    private final Map<String, RegistryEntry> byKey;
    private final Map<String, List<RegistryEntry>> byAlias;

    private ActorRegistry(String version, Map<String, RegistryEntry> byKey) {
        this.version = version;
        this.byKey = Collections.unmodifiableMap(byKey);
        this.byAlias = indexAliases(byKey);
        validatePartOf();
    }

    /** The bundled registry alone. */
    public static ActorRegistry bundled() {
        return load(List.of());
    }

    /** The bundled registry extended, in order, by the given user files. */
    public static ActorRegistry load(List<Path> userFiles) {
        Map<String, RegistryEntry> entries = new LinkedHashMap<>();
        String version;
        try (InputStream in = ActorRegistry.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ConfigurationException("bundled actor registry missing from classpath: " + BUNDLED);
            }
            version = readInto(in, BUNDLED, entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled registry " + BUNDLED, e);
        }
        for (Path file : userFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                String v = readInto(in, file.toString(), entries);
                version = version + "+" + file.getFileName() + (v.isEmpty() ? "" : "@" + v);
            } catch (IOException e) {
                throw new ConfigurationException("cannot read registry file " + file + ": " + e.getMessage(), e);
            }
        }
        return new ActorRegistry(version, entries);
    }

    /** A registry of exactly these entries; for tests and tools that build one in memory. */
    public static ActorRegistry of(String version, List<RegistryEntry> entries) {
        Map<String, RegistryEntry> map = new LinkedHashMap<>();
        for (RegistryEntry e : entries) {
            if (map.put(e.key(), e) != null) {
                throw new ConfigurationException("registry " + version + ": key '" + e.key() + "' appears twice");
            }
        }
        return new ActorRegistry(version, map);
    }

    private static String readInto(InputStream in, String source, Map<String, RegistryEntry> entries) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigurationException("registry " + source + " is not valid YAML at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.path("entries").isArray()) {
            throw new ConfigurationException("registry " + source + " has no 'entries' list");
        }
        Set<String> seenHere = new HashSet<>();
        for (JsonNode n : root.path("entries")) {
            String key = text(n, "key");
            if (key == null || key.isBlank()) {
                throw new ConfigurationException("registry " + source + ": an entry has no key (near " + n + ")");
            }
            if (!seenHere.add(key)) {
                throw new ConfigurationException("registry " + source + ": key '" + key + "' appears twice");
            }
            String kind = text(n, "kind");
            if (kind == null) {
                throw new ConfigurationException("registry " + source + ": entry '" + key + "' has no kind");
            }
            ActorKind actorKind;
            try {
                actorKind = ActorKind.of(kind);
            } catch (RuntimeException e) {
                throw new ConfigurationException("registry " + source + ": entry '" + key + "': " + e.getMessage(), e);
            }
            String name = text(n, "name");
            if (name == null) {
                throw new ConfigurationException("registry " + source + ": entry '" + key + "' has no name");
            }
            List<String> aliases = new ArrayList<>();
            n.path("aliases").forEach(a -> aliases.add(a.asText()));
            List<String> exactAliases = new ArrayList<>();
            n.path("exactAliases").forEach(a -> exactAliases.add(a.asText()));
            entries.put(key, new RegistryEntry(key, name, actorKind, aliases, text(n, "partOf"),
                    n.path("ambiguous").asBoolean(false), text(n, "country"), text(n, "note"), exactAliases));
        }
        return root.path("version").asText("");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Map<String, List<RegistryEntry>> indexAliases(Map<String, RegistryEntry> byKey) {
        Map<String, List<RegistryEntry>> index = new LinkedHashMap<>();
        for (RegistryEntry e : byKey.values()) {
            Set<String> own = new HashSet<>();
            for (String alias : e.allNames()) {
                String folded = TextFold.fold(alias);
                if (folded.isEmpty() || !own.add(folded)) {
                    continue;
                }
                List<RegistryEntry> holders = index.computeIfAbsent(folded, k -> new ArrayList<>());
                for (RegistryEntry other : holders) {
                    if (!(e.ambiguous() && other.ambiguous())) {
                        throw new ConfigurationException("registry: alias '" + alias + "' is shared by '"
                                + other.key() + "' and '" + e.key() + "'; mark both ambiguous or drop one");
                    }
                }
                holders.add(e);
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(index);
    }

    private void validatePartOf() {
        for (RegistryEntry e : byKey.values()) {
            Set<String> path = new HashSet<>();
            RegistryEntry cur = e;
            while (cur.partOf() != null) {
                if (!path.add(cur.key())) {
                    throw new ConfigurationException("registry: partOf cycle through '" + cur.key() + "'");
                }
                RegistryEntry parent = byKey.get(cur.partOf());
                if (parent == null) {
                    throw new ConfigurationException("registry: '" + cur.key() + "' is partOf '" + cur.partOf()
                            + "', which is not an entry");
                }
                cur = parent;
            }
        }
    }

    public String version() {
        return version;
    }

    public Optional<RegistryEntry> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<RegistryEntry> entries() {
        return List.copyOf(byKey.values());
    }

    /** Every entry known by this name or alias; more than one only for aliases marked ambiguous. */
    public List<RegistryEntry> lookup(String alias) {
        return byAlias.getOrDefault(TextFold.fold(alias), List.of());
    }

    /**
     * Every entry that this string, as written in a text, names: like {@link #lookup} but an entry's
     * {@code exactAliases} count only when the case is exactly the same ("IS" names the Islamic State,
     * "is" and "Is" do not). Does not know whether the surrounding text is all capitals; callers that
     * read such text should not offer exact aliases at all.
     */
    public List<RegistryEntry> lookupSurface(String surface) {
        List<RegistryEntry> out = new ArrayList<>();
        for (RegistryEntry e : lookup(surface)) {
            if (e.isNamedBy(surface)) {
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    /** Every folded alias with its entries, for building matchers over the registry. */
    public Map<String, List<RegistryEntry>> aliasIndex() {
        return byAlias;
    }

    /** The chain from this entry up through partOf, the entry itself first. */
    public List<RegistryEntry> ancestry(String key) {
        List<RegistryEntry> chain = new ArrayList<>();
        RegistryEntry cur = byKey.get(key);
        while (cur != null) {
            chain.add(cur);
            cur = cur.partOf() == null ? null : byKey.get(cur.partOf());
        }
        return chain;
    }
}

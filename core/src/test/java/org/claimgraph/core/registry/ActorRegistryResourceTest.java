package org.claimgraph.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validates the bundled actor registry resource and the loader's handling of user files. */
class ActorRegistryResourceTest {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Descriptions that must never be aliases: they are resolved in the document, not by the registry. */
    private static final Set<String> GENERIC = Set.of("the group", "the militants", "militants", "the terrorists",
            "terrorists", "guerrillas", "the guerrillas", "rebels", "the rebels", "the army", "army", "police",
            "the police", "government", "the government", "authorities", "the authorities", "is headquarters",
            "headquarters", "its media wing", "media wing", "the organization", "jihadists", "death squads");

    private static final ActorRegistry REGISTRY = ActorRegistry.bundled();

    private static final Pattern BARE_DATE = Pattern.compile("(?i)(\\d{1,2} (january|february|march|april|may|june|july|august"
            + "|september|october|november|december)|(january|february|march|april|may|june|july|august|september|october"
            + "|november|december) \\d{1,2})");

    @Test
    void bundledRegistryIsLargeAndVersioned() {
        assertTrue(REGISTRY.entries().size() >= 150, "entries: " + REGISTRY.entries().size());
        assertFalse(REGISTRY.version().isBlank());
    }

    @Test
    void everyEntryIsWellFormed() {
        for (RegistryEntry e : REGISTRY.entries()) {
            assertTrue(KEBAB.matcher(e.key()).matches(), "key not kebab-case: " + e.key());
            assertFalse(e.name().isBlank(), "blank name: " + e.key());
            assertNotNull(e.kind(), "kind of " + e.key());
            assertEquals(e.kind(), ActorKind.of(e.kind().json()));
            for (String alias : e.allNames()) {
                assertFalse(alias.isBlank(), "blank alias in " + e.key());
                assertEquals(alias.strip(), alias, "alias with outer spaces in " + e.key() + ": '" + alias + "'");
                assertFalse(GENERIC.contains(TextFold.fold(alias)), "generic alias in " + e.key() + ": " + alias);
                // A bare date is read as a date far more often than as a name ("[17 NOVEMBER]" in a wire report).
                assertFalse(BARE_DATE.matcher(alias).matches(), "a date as alias in " + e.key() + ": " + alias);
            }
            if (e.partOf() != null) {
                assertTrue(REGISTRY.get(e.partOf()).isPresent(), e.key() + " partOf unknown " + e.partOf());
                assertFalse(e.partOf().equals(e.key()), e.key() + " is part of itself");
            }
            if (e.kind() == ActorKind.PERSON) {
                assertNotNull(e.partOf(), "a person in the registry is a leader, partOf a group: " + e.key());
            }
            if (e.country() != null) {
                assertFalse(e.country().isBlank(), "blank country: " + e.key());
            }
        }
    }

    @Test
    void sharedAliasesAreMarkedAmbiguousOnBothEntries() {
        Map<String, List<RegistryEntry>> holders = new HashMap<>();
        for (RegistryEntry e : REGISTRY.entries()) {
            Set<String> own = new HashSet<>();
            for (String alias : e.allNames()) {
                String folded = TextFold.fold(alias);
                if (own.add(folded)) {
                    holders.computeIfAbsent(folded, k -> new ArrayList<>()).add(e);
                }
            }
        }
        holders.forEach((alias, entries) -> {
            if (entries.size() > 1) {
                for (RegistryEntry e : entries) {
                    assertTrue(e.ambiguous(), "alias '" + alias + "' shared but " + e.key() + " not ambiguous");
                }
            }
        });
        // the one knowingly shared abbreviation
        assertEquals(Set.of("fal-el-salvador", "zarate-willka"), keys(REGISTRY.lookup("FAL")));
    }

    @Test
    void shortWordLikeAbbreviationsAreCaseSensitive() {
        // Aliases of up to three letters that are also common words must be exactAliases.
        Set<String> words = Set.of("is", "us", "raw", "far", "sl", "ji", "let", "das", "mas", "mit", "rn", "br", "un", "an",
                "as", "it", "at", "in", "on", "or", "am", "be", "do", "go", "he", "me", "my", "no", "of", "so", "to", "up",
                "we", "all", "and", "are", "but", "can", "for", "had", "has", "her", "his", "how", "man", "may", "new", "not",
                "now", "old", "one", "our", "out", "own", "say", "see", "she", "the", "too", "two", "use", "war", "way",
                "who", "why", "yes", "yet", "you", "tak", "jas", "aq");
        for (RegistryEntry e : REGISTRY.entries()) {
            for (String alias : e.aliases()) {
                assertFalse(words.contains(alias.toLowerCase(Locale.ROOT)),
                        e.key() + ": alias '" + alias + "' is a word; move it to exactAliases");
            }
        }
        RegistryEntry is = REGISTRY.get("islamic-state").orElseThrow();
        assertTrue(is.exactAliases().contains("IS"));
        assertEquals(List.of(is), REGISTRY.lookupSurface("IS"));
        assertEquals(List.of(), REGISTRY.lookupSurface("is"));
        assertEquals(List.of(), REGISTRY.lookupSurface("Is"));
        assertEquals(List.of(is), REGISTRY.lookupSurface("ISIS"));
        assertEquals(List.of(is), REGISTRY.lookupSurface("isis"), "ordinary aliases still fold");
        assertEquals(List.of(is), REGISTRY.lookup("is"), "lookup by name folds every alias");
        assertEquals(Set.of("raw"), keys(REGISTRY.lookupSurface("RAW")));
        assertTrue(REGISTRY.lookupSurface("raw").isEmpty());
        assertEquals(Set.of("united-states"), keys(REGISTRY.lookupSurface("US")));
        assertTrue(REGISTRY.lookupSurface("us").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ISIS-K|iskp",
        "IS-K|iskp",
        "Islamic State - Khorasan Province|iskp",
        "Daesh|islamic-state",
        "ISIL|islamic-state",
        "Sendero Luminoso|shining-path",
        "SHINING PATH|shining-path",
        "FARABUNDO MARTI NATIONAL LIBERATION FRONT|fmln",
        "Frente Farabundo Martí para la Liberación Nacional|fmln",
        "al-Qa'ida|al-qaeda",
        "Al Qaeda|al-qaeda",
        "AQAP|aqap",
        "Amaq|amaq",
        "Al-Azaim Foundation|al-azaim",
        "al-Azaim media|al-azaim",
        "Wilayat Sinai|is-sinai",
        "Ansar Bait al-Maqdis|is-sinai",
        "ISGS|is-sahel",
        "Tehreek-e-Taliban Pakistan|ttp",
        "Pakistani Taliban|ttp",
        "Afghan Taliban|taliban",
        "Jaish al-Adl|jaish-ul-adl",
        "Justice Army|jaish-ul-adl",
        "Ansar Allah|houthis",
        "Hizballah|hezbollah",
        "Tupac Amaru Revolutionary Movement|mrta",
        "MANUEL RODRIGUEZ PATRIOTIC FRONT|fpmr",
        "GUATEMALAN NATIONAL REVOLUTIONARY UNITY|urng",
        "ARMY OF NATIONAL LIBERATION|eln-colombia",
        "THE EXTRADITABLES|the-extraditables",
        "Los Extraditables|the-extraditables",
        "April 19 Movement|m-19",
        "ZARATE WILKA ARMED FORCES OF LIBERATION|zarate-willka",
        "American secret services|us-intelligence",
        "Pakistani secret service|isi",
        "Revolutionary Guard|irgc",
        "Ministry of Foreign Affairs of Tajikistan|tajik-foreign-ministry",
        "Kiev|ukraine",
        "Kremlin|kremlin",
    })
    void realAliasesResolve(String alias, String key) {
        List<RegistryEntry> found = REGISTRY.lookup(alias);
        assertEquals(1, found.size(), alias + " -> " + keys(found));
        assertEquals(key, found.get(0).key(), alias);
    }

    @Test
    void ancestryRunsFromMediaOutletToTheCentralGroup() {
        assertEquals(List.of("al-azaim", "iskp", "islamic-state"), keyList(REGISTRY.ancestry("al-azaim")));
        assertEquals(List.of("amaq", "islamic-state"), keyList(REGISTRY.ancestry("amaq")));
        assertEquals(List.of("al-kataib", "al-shabaab", "al-qaeda"), keyList(REGISTRY.ancestry("al-kataib")));
        assertEquals(List.of("sanaullah-ghafari", "iskp", "islamic-state"), keyList(REGISTRY.ancestry("sanaullah-ghafari")));
        assertEquals(List.of("fal-el-salvador", "pcs-el-salvador", "fmln"), keyList(REGISTRY.ancestry("fal-el-salvador")));
        assertEquals(List.of("egp", "urng"), keyList(REGISTRY.ancestry("egp")));
        assertEquals(List.of("cia", "us-intelligence"), keyList(REGISTRY.ancestry("cia")));
    }

    @Test
    void everyExpectedFamilyIsPresent() {
        for (String key : List.of("islamic-state", "iskp", "is-caucasus", "iswap", "is-sahel", "iscap", "is-mozambique",
                "is-somalia", "is-pakistan", "is-hind", "is-sinai", "is-libya", "is-yemen", "is-east-asia", "is-turkey",
                "is-general-directorate-of-provinces", "amaq", "al-naba", "al-furqan", "al-hayat-media-center", "al-azaim",
                "nashir", "al-qaeda", "aqap", "aqim", "aqis", "al-shabaab", "jnim", "hurras-al-din", "as-sahab", "al-kataib",
                "al-malahem", "az-zallaqa", "hts", "taliban", "ttp", "haqqani-network", "jamaat-ul-ahrar", "hamas",
                "qassam-brigades", "pij", "al-quds-brigades", "hezbollah", "pkk", "tak", "boko-haram", "houthis",
                "lashkar-e-taiba", "jaish-e-mohammed", "the-resistance-front", "hizbul-mujahideen", "bla", "blf",
                "jaish-ul-adl", "eta", "provisional-ira", "real-ira", "red-army-faction", "red-brigades",
                "seventeen-november", "aum-shinrikyo", "ltte", "abu-sayyaf", "jemaah-islamiyah", "fmln", "fpl",
                "erp-el-salvador", "rn-el-salvador", "prtc-el-salvador", "fal-el-salvador", "farc", "eln-colombia", "epl",
                "m-19", "shining-path", "mrta", "fpmr", "urng", "egp", "far-guatemala", "orpa", "pgt", "cinchoneros",
                "lorenzo-zelaya", "contras", "medellin-cartel", "cali-cartel", "the-extraditables", "zarate-willka",
                "kremlin", "fsb", "investigative-committee-of-russia", "russian-ministry-of-defence", "sbu", "gur",
                "us-intelligence", "cia", "fbi", "dhs", "us-state-department", "white-house", "pentagon", "isi", "irgc",
                "mois", "mossad", "shin-bet", "idf", "turkish-mit", "raw", "nia-india", "tajik-foreign-ministry",
                "salvadoran-armed-forces", "colombian-army", "das-colombia", "peruvian-army", "guatemalan-army",
                "ukraine", "russia", "united-states", "iran", "israel", "pakistan", "afghanistan")) {
            assertTrue(REGISTRY.get(key).isPresent(), "missing " + key);
        }
    }

    @Test
    void anInMemoryRegistryWithAnUnmarkedSharedAliasIsRejected() {
        RegistryEntry a = new RegistryEntry("group-a", "Group A", ActorKind.ARMED_GROUP, List.of("GA"), null, false, null, null);
        RegistryEntry b = new RegistryEntry("group-b", "Group B", ActorKind.ARMED_GROUP, List.of("ga"), null, true, null, null);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ActorRegistry.of("test", List.of(a, b)));
        assertTrue(e.getMessage().contains("group-a") && e.getMessage().contains("group-b"), e.getMessage());

        RegistryEntry c = new RegistryEntry("group-c", "Group C", ActorKind.ARMED_GROUP, List.of(), null, false, null, null,
                List.of("GA"));
        assertThrows(ConfigurationException.class, () -> ActorRegistry.of("test", List.of(a, c)),
                "exact aliases take part in the shared-alias check");

        RegistryEntry a2 = new RegistryEntry("group-a", "Group A", ActorKind.ARMED_GROUP, List.of("GA"), null, true, null, null);
        ActorRegistry ok = ActorRegistry.of("test", List.of(a2, b));
        assertEquals(Set.of("group-a", "group-b"), keys(ok.lookup("Ga")));
    }

    @Test
    void anInMemoryRegistryWithADanglingOrCyclicPartOfIsRejected() {
        RegistryEntry child = new RegistryEntry("child", "Child", ActorKind.ARMED_GROUP, List.of(), "nobody", false, null, null);
        assertThrows(ConfigurationException.class, () -> ActorRegistry.of("test", List.of(child)));
        RegistryEntry x = new RegistryEntry("x", "X", ActorKind.ARMED_GROUP, List.of(), "y", false, null, null);
        RegistryEntry y = new RegistryEntry("y", "Y", ActorKind.ARMED_GROUP, List.of(), "x", false, null, null);
        assertThrows(ConfigurationException.class, () -> ActorRegistry.of("test", List.of(x, y)));
    }

    @Test
    void theOldEightComponentConstructorStillWorks() {
        RegistryEntry e = new RegistryEntry("k", "Name", ActorKind.PERSON, null, null, false, null, null);
        assertEquals(List.of(), e.exactAliases());
        assertEquals(List.of("Name"), e.allNames());
    }

    @Test
    void aUserFileAddsAndOverridesEntries(@TempDir Path dir) throws IOException {
        Path user = dir.resolve("local-actors.yaml");
        Files.writeString(user, String.join("\n",
                "version: \"local-1\"",
                "entries:",
                "  - key: iskp",
                "    name: Islamic State Khorasan Province",
                "    kind: armed-group",
                "    partOf: islamic-state",
                "    aliases: [ISKP, Wilayat Khurasan]",
                "    note: overridden locally",
                "  - key: local-cell",
                "    name: Local Cell",
                "    kind: armed-group",
                "    partOf: iskp",
                "    aliases: [The Local Cell Brigade]",
                "    exactAliases: [LCB]",
                ""), StandardCharsets.UTF_8);
        ActorRegistry reg = ActorRegistry.load(List.of(user));
        assertEquals(REGISTRY.entries().size() + 1, reg.entries().size());
        assertEquals("overridden locally", reg.get("iskp").orElseThrow().note());
        assertEquals("iskp", reg.lookup("Wilayat Khurasan").get(0).key());
        assertTrue(reg.lookup("ISIS-K").isEmpty(), "the user entry replaces the bundled one whole");
        assertEquals(List.of("local-cell", "iskp", "islamic-state"), keyList(reg.ancestry("local-cell")));
        assertEquals(Set.of("local-cell"), keys(reg.lookupSurface("LCB")));
        assertTrue(reg.lookupSurface("lcb").isEmpty());
        assertTrue(reg.version().contains("local-actors.yaml"), reg.version());
        assertTrue(reg.version().contains("local-1"), reg.version());
    }

    @Test
    void invalidYamlNamesTheFileAndLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("broken.yaml");
        Files.writeString(bad, String.join("\n",
                "version: \"x\"",
                "entries:",
                "  - key: a",
                "    name: A",
                "    kind: armed-group",
                "    aliases: [one, two",
                "  - key: b",
                ""), StandardCharsets.UTF_8);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ActorRegistry.load(List.of(bad)));
        assertTrue(e.getMessage().contains("broken.yaml"), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*line [0-9]+.*"), e.getMessage());
    }

    @Test
    void aUserFileWithAnUnknownKindIsRejectedNamingTheEntry(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("kinds.yaml");
        Files.writeString(bad, "entries:\n  - key: q\n    name: Q\n    kind: militia\n", StandardCharsets.UTF_8);
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ActorRegistry.load(List.of(bad)));
        assertTrue(e.getMessage().contains("kinds.yaml") && e.getMessage().contains("'q'"), e.getMessage());
    }

    private static Set<String> keys(List<RegistryEntry> entries) {
        Set<String> out = new HashSet<>();
        entries.forEach(e -> out.add(e.key()));
        return out;
    }

    private static List<String> keyList(List<RegistryEntry> entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.key()));
        return out;
    }
}

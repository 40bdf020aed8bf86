package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimgraph.extract.cue.AhoCorasick;
import org.claimgraph.extract.rules.Lexicons;
import org.junit.jupiter.api.Test;

class LexiconsTest {
    @Test
    void bundledLexiconsParseWithKnownValuesAndNoDuplicates() {
        // Loading validates every row (columns, enum values, duplicate keys) and throws on the first bad one.
        Lexicons lex = Lexicons.bundled();
        assertFalse(lex.triggers().isEmpty());
        assertFalse(lex.cues().isEmpty());
        assertTrue(lex.modifiers().containsKey("alleged"));
        assertEquals(16, lex.hash().length());
        assertTrue(lex.eventWords().is("planned", org.claimgraph.extract.rules.EventWords.Role.IRREALIS));
    }

    @Test
    void nameQualifiersAreFoldedPiecesLongestFirst() {
        // Hyphens and spaces match alike, so "right-wing" is the pieces "right", "wing"; a longer phrase is tried first.
        List<List<String>> q = Lexicons.bundled().nameQualifiers();
        assertTrue(q.contains(List.of("right", "wing")), q.toString());
        assertTrue(q.contains(List.of("extreme")), q.toString());
        for (int i = 1; i < q.size(); i++) {
            assertTrue(q.get(i - 1).size() >= q.get(i).size(), q.toString());
        }
        // Words that begin real names are not qualifiers: "Radical Party", "Far East", "New People's Army".
        assertFalse(q.contains(List.of("radical")) || q.contains(List.of("far")) || q.contains(List.of("new")), q.toString());
    }

    @Test
    void armyPeopleStandForTheArmyAloneOrOnlyAfterTheirNation() {
        var people = Lexicons.bundled().armyPeople();
        assertTrue(people.get("soldiers").alone() && people.get("troops").alone(), people.toString());
        assertEquals(Lexicons.ArmyBody.ARMED_FORCES, people.get("members of the armed forces").body());
        // "officers" alone are police as readily as soldiers: only "Salvadoran officers" are the army's.
        assertFalse(people.get("officers").alone());
        for (String phrase : people.keySet()) {
            assertFalse(Lexicons.bundled().stateBodies().containsKey(phrase), phrase);
            assertEquals(phrase, phrase.toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void everyLexiconFileIsHashedIntoTheVersion() throws Exception {
        // A lexicon read outside Lexicons.FILES could change without changing the extractor version.
        java.nio.file.Path dir = java.nio.file.Path.of(Lexicons.class.getResource(Lexicons.DIR).toURI());
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(new java.util.TreeSet<>(files.map(f -> f.getFileName().toString()).toList()),
                    new java.util.TreeSet<>(Lexicons.FILES));
        }
    }

    @Test
    void versionNamesLexiconHashAndRegistry() {
        assertTrue(Samples.EXTRACTOR.version().contains(Lexicons.bundled().hash()));
        assertTrue(Samples.EXTRACTOR.version().contains("registry@"));
    }

    @Test
    void automatonFindsOverlappingKeysOnTokenBoundaries() {
        AhoCorasick<String> ac = AhoCorasick.<String>builder()
                .add(List.of("suicide", "bomber"), "sb").add(List.of("bomber"), "b").add(List.of("he", "rs"), "x").build();
        var m = ac.scan(List.of("an", "is", "suicide", "bomber", "hers"));
        assertEquals(2, m.size());
        assertEquals(2, m.get(0).start());
        assertEquals(List.of("sb"), m.get(0).values());
        assertEquals(List.of("b"), m.get(1).values());
    }
}

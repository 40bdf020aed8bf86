package org.claimgraph.assess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;
import org.junit.jupiter.api.Test;

class ReliabilityPolicyTest {
    private static String bundledText() throws IOException {
        try (InputStream in = ReliabilityPolicy.class.getResourceAsStream(ReliabilityPolicy.BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void bundledPolicyLoadsWithTheDocumentedDefaults() {
        ReliabilityPolicy p = ReliabilityPolicy.bundled();
        assertEquals(Grade.B, p.kindDefault(ActorKind.INTELLIGENCE_AGENCY));
        assertEquals(Grade.C, p.kindDefault(ActorKind.PERSON));
        assertEquals(Grade.C, p.authorGrade());
        assertEquals(Grade.F, p.unknownGrade());
        assertEquals(Grade.B, p.ownClaimGrade());
        assertEquals(new BigDecimal("0.8"), p.weight(Grade.B));
        assertEquals(2, p.credibility(Certainty.CERTAIN));
        assertEquals(6, p.credibility(null));
        assertTrue(p.areAdversaries("Ukraine", "Russia"));
        assertTrue(p.areAdversaries("united states", "Iran"));
        assertFalse(p.areAdversaries("Russia", "United States"));
        assertFalse(p.areAdversaries(null, "Russia"));
    }

    @Test
    void everyKindHasADefaultAndWeightsFallWithTheGrade() {
        ReliabilityPolicy p = ReliabilityPolicy.bundled();
        for (ActorKind k : ActorKind.values()) {
            assertTrue(p.kindDefault(k) != null, k.json());
        }
        for (Grade g : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
            assertTrue(p.weight(g).compareTo(p.weight(Grade.values()[g.ordinal() + 1])) > 0, g.name());
        }
    }

    @Test
    void adversaryCountriesAndActorKeysExistInTheBundledRegistry() {
        ActorRegistry registry = ActorRegistry.bundled();
        Set<String> countries = new TreeSet<>();
        for (RegistryEntry e : registry.entries()) {
            if (e.country() != null) {
                countries.add(e.country());
            }
        }
        ReliabilityPolicy p = ReliabilityPolicy.bundled();
        for (List<String> pair : p.adversaries()) {
            for (String c : pair) {
                assertTrue(countries.contains(c), "adversary country '" + c + "' is spelled as no registry entry spells it");
            }
        }
        for (String key : p.actorDefaults().keySet()) {
            assertTrue(registry.get(key).isPresent(), "policy names actor '" + key + "', which is not in the registry");
        }
    }

    @Test
    void overridesReplaceEveryDefault() {
        ReliabilityPolicy p = ReliabilityPolicy.bundled().withOverrides(Map.of("fsb", Grade.E));
        assertEquals(Grade.E, p.override("fsb").orElseThrow());
        assertTrue(ReliabilityPolicy.bundled().override("fsb").isEmpty());
    }

    @Test
    void brokenFilesAreRefusedWithTheReason() throws IOException {
        String ok = bundledText();
        assertRefused(ok.replace("  F: {label: reliability cannot be judged, weight: 0.3}\n", ""), "missing 'F'");
        assertRefused(ok.replace("B: {label: usually reliable, weight: 0.8}", "B: {label: usually reliable, weight: 0.5}")
                .replace("C: {label: fairly reliable, weight: 0.6}", "C: {label: fairly reliable, weight: 0.7}"), "weighs less");
        assertRefused(ok.replace("  person: C\n", ""), "missing 'person'");
        assertRefused(ok.replace("  person: C\n", "  person: G\n"), "not a grade");
        assertRefused(ok.replace("  - [Pakistan, India]", "  - [Pakistan]"), "not a pair");
        assertRefused(ok.replace("  - [Pakistan, India]", "  - [Pakistan, pakistan]"), "with itself");
        assertRefused(ok.replace("interestedParty: {downgrade: 2}", "interestedParty: {downgrade: 9}"), "outside 0..4");
        assertRefused(ok + "\nweights: {}\n", "unknown section 'weights'");
        assertRefused(ok.replace("unknownPrior: 0.1", "unknownPrior: 2"), "outside [0, 1]");
        assertRefused(ok.replace("  doubtful: {weight: 0.25, credibility: 4}", "  doubtful: {weight: 0.25, credibility: 7}"), "outside 1..6");
        assertRefused("grades: [", "not valid YAML");
    }

    private static void assertRefused(String yaml, String expected) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> ReliabilityPolicy.parse("test.yaml", yaml));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains("test.yaml"), e.getMessage());
    }

    @Test
    void gradesDowngradeButNeverPastEAndFStays() {
        assertEquals(Grade.D, Grade.B.downgrade(2));
        assertEquals(Grade.E, Grade.C.downgrade(4));
        assertEquals(Grade.F, Grade.F.downgrade(1));
        assertEquals(Grade.C, Grade.parse(" c "));
    }
}

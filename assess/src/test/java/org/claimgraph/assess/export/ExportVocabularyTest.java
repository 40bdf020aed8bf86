package org.claimgraph.assess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;
import org.junit.jupiter.api.Test;

class ExportVocabularyTest {
    @Test
    void bundledVocabularyLoadsAndCoversTheRegistryCountries() {
        ExportVocabulary v = ExportVocabulary.bundled();
        assertEquals("Bombing/Explosion", v.gtdAttackType("suicide-bombing"));
        assertEquals("Unknown", v.gtdAttackType("something-new"));
        assertEquals("Unknown", v.gtdAttackType(null));
        assertEquals("RU", v.countryCode("russia").orElseThrow());
        assertTrue(ExportVocabulary.GTD_ATTACK_TYPES.containsAll(v.attackTypes().values()));
        Set<String> missing = new TreeSet<>();
        for (RegistryEntry e : ActorRegistry.bundled().entries()) {
            if (e.country() != null && v.countryCode(e.country()).isEmpty()) {
                missing.add(e.country());
            }
        }
        assertEquals(Set.of(), missing, "registry countries without an ISO code in export.yaml");
    }
}

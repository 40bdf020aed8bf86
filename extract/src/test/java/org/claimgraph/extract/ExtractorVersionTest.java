package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The version stored with extractions names the lexicons, the rule code, the frames and the registry, so reextract sees any of them change. */
class ExtractorVersionTest {
    @Test
    void versionFingerprintsLexiconsRulesAndRegistryAndIsStable() {
        String v = Samples.EXTRACTOR.version();
        assertTrue(v.matches("claimgraph-extract/[0-9a-f]{16}\\+rules@[0-9a-f]{12}\\+frames@[0-9a-f]{12}\\+registry@.+"), v);
        assertEquals(v, Extractor.create(Samples.EXTRACTOR.config()).version());
    }
}

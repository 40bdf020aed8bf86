package org.claimgraph.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.assess.AssessInput;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.Assessor;
import org.claimgraph.assess.DocumentMeta;
import org.claimgraph.assess.Grade;
import org.claimgraph.assess.ReliabilityPolicy;
import org.claimgraph.core.Document;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.store.DocumentSummary;
import org.claimgraph.store.Store;

/**
 * Assesses the whole stored library: every document that has extracted facts, with the analysts'
 * reliability overrides from the store. Stateless; each call reads the store afresh.
 */
public final class LibraryAssessment {
    private LibraryAssessment() {
    }

    /** The picture from every stored document with facts, as of a day or (null) with everything. */
    public static Assessment assess(Store store, ActorRegistry registry, LocalDate asOf) {
        List<AssessInput> inputs = new ArrayList<>();
        for (DocumentSummary summary : store.listDocuments()) {
            if (!summary.hasExtraction()) {
                continue; // stored with --no-extract: nothing to weigh until reextract
            }
            Document doc = store.findDocument(summary.id()).orElseThrow();
            Optional<Extraction> facts = store.findExtraction(summary.id());
            facts.ifPresent(x -> inputs.add(new AssessInput(DocumentMeta.of(doc), x)));
        }
        Assessor assessor = new Assessor(registry, ReliabilityPolicy.bundled()).withOverrides(overrides(store));
        return asOf == null ? assessor.assess(inputs) : assessor.assess(inputs, asOf);
    }

    private static Map<String, Grade> overrides(Store store) {
        Map<String, Grade> out = new LinkedHashMap<>();
        store.ratings().forEach((key, grade) -> out.put(key, Grade.parse(grade)));
        return out;
    }

    /** An event id, or a unique prefix of one, resolved against the picture; fails naming the candidates. */
    public static String resolveEvent(Assessment assessment, String idOrPrefix) {
        List<String> matches = assessment.events().stream().map(e -> e.id())
                .filter(id -> id.equals(idOrPrefix) || id.startsWith(idOrPrefix)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.contains(idOrPrefix)) {
            return idOrPrefix;
        }
        throw new InvalidInputException(idOrPrefix, matches.isEmpty()
                ? "no such event; list them with `claimgraph events`"
                : "ambiguous event prefix: " + String.join(", ", matches));
    }
}

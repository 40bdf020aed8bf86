package org.claimgraph.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.DocumentId;
import org.claimgraph.core.RemovedSpan;

/** Shared test fixtures: one extractor per JVM (one CoreNLP pipeline), the sample documents. */
final class Samples {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Extractor EXTRACTOR = Extractor.create(ExtractorConfig.defaults());

    private Samples() {
    }

    static Document doc(String text, LocalDate published) {
        return new Document(DocumentId.of(text), text, null, "test", published, null, "en", "test", "text/plain", null, List.of());
    }

    /** The taz sample with its scraper error line marked removed, as cleaning would. */
    static Document crocus() {
        try {
            String text = Files.readString(ROOT.resolve("examples/corpus/crocus-taz-2024-04.txt"), StandardCharsets.UTF_8);
            // What cleaning marks: the scraper error line and the photo credit.
            List<RemovedSpan> removed = new java.util.ArrayList<>();
            for (String[] noise : new String[][] {{"Photo: Maxim Shemetov/Reuters", "photo-credit"},
                    {"Failed to fetch data from the URL.", "scrape-error"}}) {
                int at = text.indexOf(noise[0]);
                if (at >= 0) {
                    removed.add(new RemovedSpan(at, at + noise[0].length(), noise[1]));
                }
            }
            return new Document(DocumentId.of(text), text, null, "taz", LocalDate.of(2024, 4, 12), null, "en",
                    "crocus-taz-2024-04.txt", "text/plain", null, removed);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

package org.claimgraph.ingest;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Finds sample documents under src/test/resources/documents/. */
final class TestFiles {
    private TestFiles() {
    }

    static Path document(String relative) {
        URL url = TestFiles.class.getResource("/documents/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource documents/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.claimgraph.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.Document;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.ingest.IngestItem;
import org.claimgraph.ingest.Ingester;
import org.claimgraph.store.Store;

/** Resolves what a user names on the command line (a file or a stored document id) to documents. Stateless. */
final class DocumentInputs {
    private DocumentInputs() {
    }

    /** Reads a file or folder through the ingester; a bad input is an error naming it. */
    static List<Document> read(Ingester ingester, String input) {
        List<Document> docs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ingester.read(input, item -> {
            if (item instanceof IngestItem.Ingested in) {
                docs.add(in.document());
            } else if (item instanceof IngestItem.Failed f && !f.skipped()) {
                failures.add(f.source() + ": " + f.reason());
            }
        });
        if (docs.isEmpty()) {
            throw new InvalidInputException(input, failures.isEmpty() ? "no document found" : String.join("; ", failures));
        }
        return docs;
    }

    /** A path that exists is read as a file; anything else is looked up as a stored document id or prefix. */
    static Document fileOrStored(Ingester ingester, String fileOrId, StoreOptions storeOptions) {
        if (Files.exists(Path.of(fileOrId)) || "-".equals(fileOrId)) {
            return read(ingester, fileOrId).get(0);
        }
        try (Store store = storeOptions.open()) {
            return store.findDocument(fileOrId).orElseThrow(() -> new InvalidInputException(fileOrId,
                    "neither a readable file nor the id or prefix of a stored document"));
        }
    }
}

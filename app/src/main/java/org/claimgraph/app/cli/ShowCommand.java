package org.claimgraph.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimgraph.app.DocumentText;
import org.claimgraph.app.ExtractionText;
import org.claimgraph.core.Document;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code claimgraph show}: prints one document with its removed spans marked. Not thread-safe. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print a stored document's metadata, its text with removed spans marked [[removed:REASON]]...[[/removed]], "
                + "and the facts extracted from it.")
final class ShowCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID-PREFIX", description = "The document id, or a unique prefix of its hex (at least 4 characters).")
    String idPrefix;

    @Mixin
    StoreOptions storeOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = storeOptions.open()) {
            Document doc = store.findDocument(idPrefix)
                    .orElseThrow(() -> new InvalidInputException(idPrefix, "no stored document has this id or prefix"));
            out.print(DocumentText.header(doc));
            out.println();
            out.println(DocumentText.withRemovedMarked(doc));
            store.findExtraction(doc.id()).ifPresentOrElse(
                    facts -> out.print(System.lineSeparator() + "EXTRACTED FACTS" + System.lineSeparator()
                            + ExtractionText.render(facts)),
                    () -> out.println(System.lineSeparator() + "No extracted facts: run `claimgraph reextract`."));
            out.flush();
            return Main.EXIT_OK;
        }
    }
}

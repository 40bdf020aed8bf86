package org.claimgraph.app.cli;

import java.time.LocalDate;
import org.claimgraph.app.LibraryAssessment;
import org.claimgraph.assess.Assessment;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.store.Store;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of commands that assess the library: the store, extra registry files and an as-of day. Not thread-safe. */
final class AssessOptions {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    ExtractorOptions extractorOptions;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Use only reports published up to this day (YYYY-MM-DD).")
    LocalDate asOf;

    Assessment assess(Store store) {
        return LibraryAssessment.assess(store, ActorRegistry.load(extractorOptions.registryFiles), asOf);
    }
}

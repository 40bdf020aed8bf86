package org.claimgraph.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.extract.Extractor;
import org.claimgraph.extract.ExtractorConfig;
import picocli.CommandLine.Option;

/** The options of every command that runs the extractor: extra registry files. Not thread-safe. */
final class ExtractorOptions {
    @Option(names = "--registry", paramLabel = "FILE",
            description = "An actor registry YAML file that adds to or overrides the bundled one (repeatable).")
    List<Path> registryFiles = new ArrayList<>();

    /** Builds the extractor; this loads the CoreNLP models, so call it only when facts are needed. */
    Extractor create() {
        return Extractor.create(new ExtractorConfig(ActorRegistry.load(registryFiles)));
    }
}

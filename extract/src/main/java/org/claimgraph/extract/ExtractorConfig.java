package org.claimgraph.extract;

import java.util.Objects;
import org.claimgraph.core.registry.ActorRegistry;

/**
 * What an {@link Extractor} is built from: the actor registry (bundled by default; load user files
 * with {@link ActorRegistry#load}). Immutable.
 */
public record ExtractorConfig(ActorRegistry registry) {
    public ExtractorConfig {
        Objects.requireNonNull(registry, "registry");
    }

    /** The bundled registry. */
    public static ExtractorConfig defaults() {
        return new ExtractorConfig(ActorRegistry.bundled());
    }
}

package org.claimgraph.extract.pipeline;

import java.util.Set;

/**
 * One step of the extraction pipeline, declaring what it needs and what it adds (as CoreNLP's
 * Annotator.requires()/requirementsSatisfied()), so a pipeline with a gap fails when it is built,
 * not halfway through a document. Implementations are thread-safe: they keep no per-document state.
 */
public interface Stage {
    String name();

    Set<Requirement> requires();

    Set<Requirement> provides();

    void apply(AnnotatedDocument document);
}

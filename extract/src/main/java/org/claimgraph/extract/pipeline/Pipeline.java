package org.claimgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.ConfigurationException;

/**
 * An ordered list of stages whose requirements were checked on construction. Thread-safe when its
 * stages are (all bundled ones are).
 */
public final class Pipeline {
    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** Checks, in order, that every stage's requirements are provided by the stages before it. */
    public static Pipeline of(List<Stage> stages) {
        Set<Requirement> available = EnumSet.noneOf(Requirement.class);
        for (Stage s : stages) {
            Set<Requirement> missing = EnumSet.noneOf(Requirement.class);
            missing.addAll(s.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new ConfigurationException("pipeline stage '" + s.name() + "' requires " + missing
                        + ", which no earlier stage provides (earlier stages provide " + available + ")");
            }
            available.addAll(s.provides());
        }
        return new Pipeline(stages);
    }

    public List<Stage> stages() {
        return stages;
    }

    public void run(AnnotatedDocument document) {
        for (Stage s : stages) {
            try {
                s.apply(document);
            } catch (org.claimgraph.core.ClaimgraphException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ExtractionException(document.document().id(), s.name(), e);
            }
        }
    }

    /** Names of the stages, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        stages.forEach(s -> out.add(s.name()));
        return out;
    }
}

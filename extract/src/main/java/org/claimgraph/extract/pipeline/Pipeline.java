package org.claimgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.claimgraph.core.ConfigurationException;

/**
 * An ordered list of stages whose requirements were checked on construction. Thread-safe when its
 * stages are (all bundled ones are).
 */
public final class Pipeline {
    private final List<Stage> stages;
    // Wall time spent in each stage since construction or the last reset, summed over threads, so a
    // benchmark can say where the time goes without a profiler. Two clock reads per stage are noise
    // beside the CoreNLP work they bracket.
    private final LongAdder[] nanos;
    private final LongAdder documents = new LongAdder();
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder tagged = new LongAdder();
    private final LongAdder named = new LongAdder();
    private final LongAdder dated = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    /**
     * How much of the text the expensive stages saw: sentences in all documents, and how many of
     * them were tagged (pos, lemma), named (ner), dated (ner with SUTime and the numeric classifiers)
     * and dependency-parsed. Immutable.
     */
    public record Coverage(long documents, long sentences, long tokens, long tagged, long named, long dated,
            long parsed) {
    }

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.nanos = new LongAdder[stages.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
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
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            long t0 = System.nanoTime();
            try {
                s.apply(document);
                nanos[i].add(System.nanoTime() - t0);
            } catch (org.claimgraph.core.ClaimgraphException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ExtractionException(document.document().id(), s.name(), e);
            }
        }
        documents.increment();
        if (document.sentences() != null) {
            sentences.add(document.sentences().size());
            tokens.add(document.tokens().size());
        }
        if (document.selected() != null) {
            tagged.add(document.selected().cardinality());
        }
        named.add(document.named().cardinality());
        dated.add(document.dated().cardinality());
        parsed.add(document.parsed().cardinality());
    }

    /** What the expensive stages covered since construction or {@link #resetTimes()}. */
    public Coverage coverage() {
        return new Coverage(documents.sum(), sentences.sum(), tokens.sum(), tagged.sum(), named.sum(), dated.sum(),
                parsed.sum());
    }

    /** Seconds spent in each stage (by name, in order) since construction or {@link #resetTimes()}. */
    public Map<String, Double> stageSeconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            out.merge(stages.get(i).name(), nanos[i].sum() / 1e9, Double::sum);
        }
        return out;
    }

    /** Forgets the stage times and coverage, e.g. after a warm-up. */
    public void resetTimes() {
        for (LongAdder n : nanos) {
            n.reset();
        }
        for (LongAdder n : List.of(documents, sentences, tokens, tagged, named, dated, parsed)) {
            n.reset();
        }
    }

    /** Names of the stages, in order. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        stages.forEach(s -> out.add(s.name()));
        return out;
    }
}

package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.function.Predicate;

/**
 * A piece of analysis a stage may require or provide, with a check that it is really there, so a
 * test can hold every stage to its declaration. Immutable.
 */
public enum Requirement {
    TOKENS(d -> d.tokens() != null && (d.text().isBlank() || !d.tokens().isEmpty())),
    SENTENCES(d -> d.sentences() != null && (d.text().isBlank() || !d.sentences().isEmpty())),
    CUES(d -> d.cues() != null && d.selected() != null),
    CASE(d -> d.caseProfile() != null),
    POS(d -> allSelectedTokens(d, t -> t.tag() != null)),
    LEMMA(d -> allSelectedTokens(d, t -> t.lemma() != null)),
    NER(d -> allSelectedTokens(d, t -> t.ner() != null)),
    DEPS(d -> d.parsed().stream().allMatch(i -> d.sentences().get(i)
            .get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) != null)),
    ACTORS(d -> d.actors() != null),
    EVENTS(d -> d.events() != null),
    ASSERTIONS(d -> d.assertions() != null);

    private final Predicate<AnnotatedDocument> present;

    Requirement(Predicate<AnnotatedDocument> present) {
        this.present = present;
    }

    /** True when the analysis this names is present in the document (not merely declared). */
    public boolean isPresent(AnnotatedDocument d) {
        try {
            return present.test(d);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean allSelectedTokens(AnnotatedDocument d, Predicate<CoreLabel> p) {
        if (d.selected() == null || d.sentences() == null) {
            return false;
        }
        for (int i = d.selected().nextSetBit(0); i >= 0; i = d.selected().nextSetBit(i + 1)) {
            CoreMap s = d.sentences().get(i);
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                if (!p.test(t)) {
                    return false;
                }
            }
        }
        return true;
    }
}

package org.claimgraph.extract.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumericGateTest {
    private static List<CoreLabel> tokens(String text) {
        Annotation a = new Annotation(text);
        CoreNlp.tokenizer().annotate(a);
        return a.get(CoreAnnotations.TokensAnnotation.class);
    }

    @Test
    void opensOnTimeMoneyAndPercentWordsAndYearOrTimeLikeNumbers() {
        for (String s : List.of("He met them on 3 February.", "THE GUERRILLAS ATTACKED THE FARM TWO DAYS AGO.",
                "The army denied it today.", "A twenty-four-hour strike began.", "Rebels struck in the mid-1980s.",
                "Prices rose by ten percent.", "They struck at dawn.", "THE BOMB EXPLODED LAST WEEKEND.",
                "Soldiers were killed, officials said Tuesday.", "It cost $5.", "IT HAPPENED IN 1989.",
                "The bomb went off at 10:30.", "ON THE 22ND, THEY LEFT.", "A DAMAGE OF 2 MILLION COLONES.")) {
            assertTrue(NumericGate.mayHoldNumericExpression(tokens(s)), s);
        }
    }

    @Test
    void staysShutWithoutThemEvenForBareNumbers() {
        for (String s : List.of("The Taliban claimed responsibility, a spokesman said.",
                "THE GOVERNMENT ISSUED A COMMUNIQUE DESCRIBING THE REBEL REPORT AS FALSE.",
                "GUERRILLAS KILLED 3 PEASANTS AND WOUNDED TWENTY-FIVE.")) {
            assertFalse(NumericGate.mayHoldNumericExpression(tokens(s)), s);
        }
    }

    @Test
    void withoutNumbersTheCrfAloneTagsAsTheFullNerAnnotator() {
        String text = "The Farabundo Marti National Liberation Front blamed President Cristiani for the attack.\n\n"
                + "Colonel Luis Arturo Isaacs said the guerrillas burned the facilities in Guatemala.";
        List<String> full = tags(text, CoreNlp.ner());
        List<String> crf = tags(text, CoreNlp.entities());
        assertEquals(full, crf);
    }

    private static List<String> tags(String text, edu.stanford.nlp.pipeline.StanfordCoreNLP ner) {
        Annotation a = new Annotation(text);
        CoreNlp.tokenizer().annotate(a);
        assertFalse(NumericGate.mayHoldNumericExpression(a.get(CoreAnnotations.TokensAnnotation.class)));
        CoreNlp.tagger().annotate(a);
        ner.annotate(a);
        List<String> out = new ArrayList<>();
        for (CoreLabel t : a.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(t.word() + "/" + t.ner() + "/" + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
        }
        return out;
    }
}

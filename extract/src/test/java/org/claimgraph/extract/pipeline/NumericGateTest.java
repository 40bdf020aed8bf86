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

    @Test
    void numericWindowsTagDatesAsTheFullNerAnnotatorDoes() {
        String text = "GUERRILLAS ATTACKED THE FARM OF MAYOR JOSE PEREZ IN SAN MIGUEL ON THE NIGHT OF 15 JANUARY, TWO DAYS "
                + "AFTER THE ARMY HAD WITHDRAWN FROM THE REGION, AND KILLED AT LEAST 3 PEOPLE.\n\n"
                + "The Farabundo Marti National Liberation Front said on Tuesday that it had destroyed the bridge "
                + "at 10:30 a.m. last week, causing damage worth $2 million.";
        Annotation full = tagged(text);
        CoreNlp.ner().annotate(full);
        Annotation windowed = tagged(text);
        CoreNlp.entities().annotate(windowed);
        AnnotatedDocument d = new AnnotatedDocument(new org.claimgraph.core.Document(
                org.claimgraph.core.DocumentId.of(text), text, null, "test", java.time.LocalDate.of(1990, 1, 17), null,
                "en", "test", "text/plain", null, List.of()));
        d.sentences = windowed.get(CoreAnnotations.SentencesAnnotation.class);
        d.tokens = windowed.get(CoreAnnotations.TokensAnnotation.class);
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, d.sentences.size());
        NumericWindows.annotate(d, all, CoreNlp.numbers());
        List<CoreLabel> a = full.get(CoreAnnotations.TokensAnnotation.class);
        for (int i = 0; i < a.size(); i++) {
            CoreLabel f = a.get(i);
            CoreLabel w = d.tokens.get(i);
            if (!f.ner().equals("NUMBER") && !f.ner().equals("ORDINAL")) {
                assertEquals(f.word() + "/" + f.ner() + "/" + f.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
                        w.word() + "/" + w.ner() + "/" + w.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
            }
        }
        assertTrue(d.tokens.stream().anyMatch(t -> t.ner().equals("DATE")));
        assertTrue(d.tokens.stream().anyMatch(t -> t.ner().equals("MONEY")));
        assertTrue(d.tokens.stream().anyMatch(t -> t.ner().equals("PERSON")));
    }

    private static Annotation tagged(String text) {
        Annotation a = new Annotation(text);
        CoreNlp.tokenizer().annotate(a);
        CoreNlp.tagger().annotate(a);
        a.set(CoreAnnotations.DocDateAnnotation.class, "1990-01-17");
        return a;
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

package org.claimgraph.extract.rules;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import java.util.Locale;
import java.util.Map;
import org.claimgraph.core.Span;
import org.claimgraph.core.TextFold;
import org.claimgraph.extract.pipeline.AnnotatedDocument;

/** Small read-only helpers over the tokens of one annotated document. Confined to its document's thread. */
final class Toks {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("a", 1), Map.entry("an", 1));

    final AnnotatedDocument d;

    Toks(AnnotatedDocument d) {
        this.d = d;
    }

    CoreLabel t(int i) {
        return d.tokens().get(i);
    }

    int size() {
        return d.tokens().size();
    }

    /** The word as the taggers saw it (truecased in all-caps text). */
    String word(int i) {
        return t(i).word();
    }

    String orig(int i) {
        return t(i).originalText();
    }

    String low(int i) {
        return TextFold.fold(t(i).word());
    }

    String tag(int i) {
        String tag = t(i).tag();
        return tag == null ? "" : tag;
    }

    String ner(int i) {
        String n = t(i).ner();
        return n == null ? "O" : n;
    }

    String normNer(int i) {
        return t(i).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    }

    int sentOf(int i) {
        return t(i).sentIndex();
    }

    int sBegin(int s) {
        return sent(s).get(CoreAnnotations.TokenBeginAnnotation.class);
    }

    int sEnd(int s) {
        return sent(s).get(CoreAnnotations.TokenEndAnnotation.class);
    }

    CoreMap sent(int s) {
        return d.sentences().get(s);
    }

    Span span(int start, int end) {
        return new Span(t(start).beginPosition(), t(end - 1).endPosition());
    }

    String text(int start, int end) {
        return span(start, end).of(d.text());
    }

    /** The words of tokens [start, end) joined as the text shows them, in the tagger's case. */
    String words(int start, int end) {
        StringBuilder b = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start && t(i).beginPosition() > t(i - 1).endPosition()) {
                b.append(' ');
            }
            b.append(word(i));
        }
        return b.toString();
    }

    Span sentenceSpan(int s) {
        return span(sBegin(s), sEnd(s));
    }

    boolean caseless() {
        return d.caseProfile() != AnnotatedDocument.CaseProfile.MIXED;
    }

    boolean capitalised(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    boolean selected(int s) {
        return d.selected().get(s);
    }

    /** A cardinal: digits ("21", "1,500") or a number word; null when the token is not one. */
    Integer number(int i) {
        String w = low(i).replace(",", "");
        if (w.matches("\\d{1,6}")) {
            return Integer.parseInt(w);
        }
        if (w.equals("a") || w.equals("an")) {
            return null;
        }
        return NUMBERS.get(w.toLowerCase(Locale.ROOT));
    }

    Integer numberWord(int i) {
        return NUMBERS.get(low(i));
    }

    boolean isDateToken(int i) {
        String n = ner(i);
        return n.equals("DATE") || n.equals("TIME") || n.equals("DURATION") || n.equals("SET");
    }
}

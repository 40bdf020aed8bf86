package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Runs SUTime and the numeric classifiers on short windows around the temporal and numeric words of
 * a sentence instead of on the whole sentence, and merges their tags into the CRF's as CoreNLP's
 * NERClassifierCombiner does: a DATE, TIME, MONEY, ... tag goes only to a token the CRF left O.
 *
 * <p>Why: SUTime tries each of its token-regex rules at every token of the sentence it is given,
 * so its cost grows with the sentence; on MUC-4 wire copy it took over a third of our time. Every expression
 * it finds contains a word {@link NumericGate#numeric} admits (a month, "yesterday", "1989",
 * "10:30", ...), and the words around such a word that an expression can take in ("the night of",
 * "at least", "some 15") lie within a few tokens of it. So a window of {@link #REACH} tokens on
 * each side of every admitted word, windows that touch joined into one, holds every expression
 * whole. Checked token by token over the selected sentences of the 200 MUC-4 dev reports and the
 * 12 example articles: every tag and normalized value is the same as from the whole sentence except
 * NUMBER and ORDINAL on bare numbers (most far from any admitted word lose it, a few gain one),
 * which no rule reads (casualty counts are read from the words). Stateless, thread-safe.
 */
final class NumericWindows {
    /** Tokens kept on each side of an admitted word. */
    static final int REACH = 4;

    private NumericWindows() {
    }

    /** Tags the numeric and temporal expressions of these sentences, which the CRF has already tagged. */
    static void annotate(AnnotatedDocument d, BitSet sentences, StanfordCoreNLP numbers) {
        Annotation windows = new Annotation(d.text());
        List<CoreMap> pieces = new ArrayList<>();
        List<CoreLabel> copies = new ArrayList<>();
        List<List<CoreLabel>> originals = new ArrayList<>();
        for (int s = sentences.nextSetBit(0); s >= 0; s = sentences.nextSetBit(s + 1)) {
            List<CoreLabel> toks = d.sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            BitSet keep = new BitSet();
            for (int i = 0; i < toks.size(); i++) {
                CoreLabel t = toks.get(i);
                if (NumericGate.numeric(t.word()) || NumericGate.numeric(t.originalText())) {
                    keep.set(Math.max(0, i - REACH), Math.min(toks.size(), i + REACH + 1));
                }
            }
            for (int from = keep.nextSetBit(0); from >= 0; from = keep.nextSetBit(keep.nextClearBit(from))) {
                int to = keep.nextClearBit(from);
                pieces.add(window(d, s, toks.subList(from, to), copies));
                originals.add(toks.subList(from, to));
            }
        }
        if (pieces.isEmpty()) {
            return;
        }
        windows.set(CoreAnnotations.SentencesAnnotation.class, pieces);
        windows.set(CoreAnnotations.TokensAnnotation.class, copies);
        if (d.document().published() != null) {
            windows.set(CoreAnnotations.DocDateAnnotation.class, d.document().published().toString());
        }
        numbers.annotate(windows);
        for (int w = 0; w < pieces.size(); w++) {
            List<CoreLabel> tagged = pieces.get(w).get(CoreAnnotations.TokensAnnotation.class);
            List<CoreLabel> into = originals.get(w);
            for (int i = 0; i < tagged.size(); i++) {
                CoreLabel t = tagged.get(i);
                CoreLabel o = into.get(i);
                if ("O".equals(o.ner()) && t.ner() != null && !t.ner().equals("O")) {
                    o.setNER(t.ner());
                    o.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class,
                            t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                }
            }
        }
    }

    /** A pseudo-sentence of copies of the tokens (so the CRF's tags stay untouched until the merge). */
    private static CoreMap window(AnnotatedDocument d, int sentence, List<CoreLabel> toks, List<CoreLabel> copies) {
        List<CoreLabel> own = new ArrayList<>();
        for (CoreLabel t : toks) {
            CoreLabel c = new CoreLabel(t);
            c.remove(CoreAnnotations.NamedEntityTagAnnotation.class);
            c.remove(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            c.remove(CoreAnnotations.NamedEntityTagProbsAnnotation.class);
            c.remove(CoreAnnotations.AnswerAnnotation.class);
            own.add(c);
        }
        int begin = own.get(0).beginPosition();
        int end = own.get(own.size() - 1).endPosition();
        CoreMap w = new ArrayCoreMap();
        w.set(CoreAnnotations.TokensAnnotation.class, own);
        w.set(CoreAnnotations.TextAnnotation.class, d.text().substring(begin, end));
        w.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        w.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        w.set(CoreAnnotations.SentenceIndexAnnotation.class, sentence);
        w.set(CoreAnnotations.TokenBeginAnnotation.class, copies.size());
        copies.addAll(own);
        w.set(CoreAnnotations.TokenEndAnnotation.class, copies.size());
        return w;
    }
}

package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.RemovedSpan;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.extract.cue.AhoCorasick;
import org.claimgraph.extract.cue.CueScanner;
import org.claimgraph.extract.cue.TokenNorm;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CaseProfile;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueHit;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.rules.Lexicons;

/** The annotation stages: CoreNLP wrappers and the cue scan. Each is stateless and thread-safe. */
public final class Stages {
    private Stages() {
    }

    /** Tokenizes and splits the whole text (cheap), marks tokens inside removed spans. */
    public static final class Tokenize implements Stage {
        @Override
        public String name() {
            return "tokenize";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of();
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.TOKENS, Requirement.SENTENCES);
        }

        @Override
        public void apply(AnnotatedDocument d) {
            Annotation a = d.annotation();
            CoreNlp.tokenizer().annotate(a);
            d.tokens = a.get(CoreAnnotations.TokensAnnotation.class);
            d.sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
            if (d.tokens == null) {
                d.tokens = List.of();
            }
            if (d.sentences == null) {
                d.sentences = List.of();
            }
            for (int i = 0; i < d.tokens.size(); i++) {
                CoreLabel t = d.tokens.get(i);
                for (RemovedSpan r : d.document().removed()) {
                    if (t.beginPosition() < r.end() && r.start() < t.endPosition()) {
                        d.removedTokens.set(i);
                    }
                }
            }
        }
    }

    /** Decides whether the text is mixed-case or all upper/lower case (old wire copy). */
    public static final class DetectCase implements Stage {
        @Override
        public String name() {
            return "case";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of();
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.CASE);
        }

        @Override
        public void apply(AnnotatedDocument d) {
            d.caseProfile = profile(d.text());
        }

        /** UPPER when over 90% of letters are capitals, LOWER when under 2% are: too little case to trust. */
        public static CaseProfile profile(String text) {
            long upper = 0;
            long letters = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (letters < 20) {
                return CaseProfile.MIXED;
            }
            double share = (double) upper / letters;
            return share > 0.9 ? CaseProfile.UPPER : share < 0.02 ? CaseProfile.LOWER : CaseProfile.MIXED;
        }
    }

    /**
     * One Aho–Corasick pass over every sentence finds triggers, responsibility cues, reporting verbs,
     * casualty words and registry aliases; sentences with an event, casualty or responsibility cue
     * and their neighbours are selected for the expensive stages.
     *
     * <p>A reporting verb alone does not select its sentence: "said" and "reported" are in nearly
     * every sentence of wire copy, and the rules use one only to find who tells an attack or a
     * responsibility cue in the same sentence, which selects it anyway. Selected for a reporting verb
     * alone, a sentence gave only NER names linked to no event: on MUC-4 dev, dropping them cut the
     * selected sentences by a quarter and no gold match.
     */
    public static final class CueScan implements Stage {
        private final CueScanner scanner;

        public CueScan(CueScanner scanner) {
            this.scanner = scanner;
        }

        @Override
        public String name() {
            return "cues";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of(Requirement.TOKENS, Requirement.SENTENCES, Requirement.CASE);
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.CUES);
        }

        @Override
        public void apply(AnnotatedDocument d) {
            List<CueHit> hits = new ArrayList<>();
            BitSet hot = new BitSet();
            boolean caseless = d.caseProfile != CaseProfile.MIXED;
            for (int s = 0; s < d.sentences.size(); s++) {
                CoreMap sent = d.sentences.get(s);
                int begin = sent.get(CoreAnnotations.TokenBeginAnnotation.class);
                List<CoreLabel> toks = sent.get(CoreAnnotations.TokensAnnotation.class);
                List<String> pieces = new ArrayList<>();
                List<String> originals = new ArrayList<>();
                List<Integer> owner = new ArrayList<>();
                for (int i = 0; i < toks.size(); i++) {
                    String surface = toks.get(i).originalText();
                    List<String> p = TokenNorm.pieces(surface);
                    for (String piece : p) {
                        pieces.add(piece);
                        originals.add(p.size() == 1 ? surface : piece);
                        owner.add(begin + i);
                    }
                }
                for (AhoCorasick.Match<CueScanner.Payload> m : scanner.scan(pieces, originals, caseless)) {
                    int start = owner.get(m.start());
                    int end = owner.get(m.end() - 1) + 1;
                    if (d.removedTokens.get(start, end).cardinality() > 0) {
                        continue;
                    }
                    for (CueScanner.Payload p : m.values()) {
                        hits.add(new CueHit(s, start, end, p.type(), p.value()));
                        if (p.type() == CueType.TRIGGER || p.type() == CueType.CASUALTY
                                || p.type() == CueType.RESPONSIBILITY && marks(d, (Lexicons.Cue) p.value(), end,
                                        begin + toks.size())) {
                            hot.set(s);
                        }
                    }
                }
            }
            BitSet selected = new BitSet();
            for (int s = hot.nextSetBit(0); s >= 0; s = hot.nextSetBit(s + 1)) {
                selected.set(Math.max(0, s - 1), Math.min(d.sentences.size(), s + 2));
            }
            d.cues = hits;
            d.selected = selected;
            d.hot = hot;
        }
    }

    /** Auxiliaries that begin gapped responsibility cues ("were ... behind", "has ... nothing to do with"). */
    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "has", "have");

    /**
     * Whether a responsibility hit marks a cue sentence. The scan finds a gapped cue by its first part
     * only; where that part is an auxiliary it says nothing alone, so the later parts must follow
     * (by the test the assertion rules make). Counted alone, "is", "have" and "were" made nearly
     * every sentence of wire copy a cue sentence and sent it through truecasing, tagging and NER
     * for nothing. A first part that is a content word ("released ... statement") still counts
     * alone: a sentence about a released communique tends to name groups, found by NER.
     */
    private static boolean marks(AnnotatedDocument d, Lexicons.Cue cue, int from, int sentenceEnd) {
        return !AUXILIARIES.contains(cue.parts().get(0).get(0))
                || cue.gap(i -> d.tokens.get(i).originalText(), from, sentenceEnd) != null;
    }

    static Annotation subset(AnnotatedDocument d, BitSet which) {
        Annotation a = new Annotation(d.text());
        List<CoreMap> ss = new ArrayList<>();
        List<CoreLabel> toks = new ArrayList<>();
        for (int i = which.nextSetBit(0); i >= 0; i = which.nextSetBit(i + 1)) {
            ss.add(d.sentences.get(i));
            toks.addAll(d.sentences.get(i).get(CoreAnnotations.TokensAnnotation.class));
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, ss);
        a.set(CoreAnnotations.TokensAnnotation.class, toks);
        if (d.document().published() != null) {
            a.set(CoreAnnotations.DocDateAnnotation.class, d.document().published().toString());
        }
        return a;
    }

    private abstract static class OnSelected implements Stage {
        abstract StanfordCoreNLP annotator();

        BitSet which(AnnotatedDocument d) {
            return d.selected;
        }

        @Override
        public void apply(AnnotatedDocument d) {
            BitSet w = which(d);
            if (!w.isEmpty()) {
                annotator().annotate(subset(d, w));
            }
        }
    }

    /** Restores case in selected sentences of all-caps or all-lower text with CoreNLP's truecaser. */
    public static final class Truecase extends OnSelected {
        @Override
        public String name() {
            return "truecase";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of(Requirement.CUES, Requirement.CASE);
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of();
        }

        @Override
        StanfordCoreNLP annotator() {
            return CoreNlp.truecaser();
        }

        @Override
        public void apply(AnnotatedDocument d) {
            if (d.caseProfile != CaseProfile.MIXED) {
                super.apply(d);
            }
        }
    }

    /** Part of speech and lemmas on the selected sentences. */
    public static final class Tag extends OnSelected {
        @Override
        public String name() {
            return "pos,lemma";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of(Requirement.CUES);
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.POS, Requirement.LEMMA);
        }

        @Override
        StanfordCoreNLP annotator() {
            return CoreNlp.tagger();
        }
    }

    /** Named entities and SUTime dates (anchored at the publication date) on the selected sentences. */
    public static final class Ner extends OnSelected {
        @Override
        public String name() {
            return "ner";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of(Requirement.POS, Requirement.LEMMA);
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.NER);
        }

        @Override
        StanfordCoreNLP annotator() {
            return CoreNlp.entities();
        }

        @Override
        public void apply(AnnotatedDocument d) {
            BitSet all = which(d);
            BitSet numeric = new BitSet();
            // Rules read dates, money and percent only in the cue sentences themselves (trigger
            // windows, casualty phrases, the cue's own date); neighbours need the entities alone.
            BitSet hot = (BitSet) all.clone();
            hot.and(d.hot);
            for (int i = hot.nextSetBit(0); i >= 0; i = hot.nextSetBit(i + 1)) {
                List<CoreLabel> toks = d.sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
                if (NumericGate.mayHoldNumericExpression(toks)) {
                    numeric.set(i);
                }
            }
            // The CRF on every selected sentence; then SUTime and the numeric classifiers only on windows
            // around the temporal words of the numeric ones, merged as NERClassifierCombiner would.
            if (!all.isEmpty()) {
                CoreNlp.entities().annotate(subset(d, all));
            }
            if (!numeric.isEmpty()) {
                NumericWindows.annotate(d, numeric, CoreNlp.numbers());
            }
            d.named.or(all);
            d.dated.or(numeric);
        }
    }

    /** Dependency parse of the selected sentences whose responsibility cue may need the subject of its verb. */
    public static final class Parse extends OnSelected {
        @Override
        public String name() {
            return "depparse";
        }

        @Override
        public Set<Requirement> requires() {
            return Set.of(Requirement.POS, Requirement.CUES);
        }

        @Override
        public Set<Requirement> provides() {
            return Set.of(Requirement.DEPS);
        }

        @Override
        BitSet which(AnnotatedDocument d) {
            BitSet w = new BitSet();
            for (CueHit h : d.cues) {
                if (h.type() == CueType.RESPONSIBILITY && needsSubject((Lexicons.Cue) h.payload())) {
                    w.set(h.sentence());
                }
            }
            w.and(d.selected);
            return w;
        }

        /**
         * The sentences the frames may read: every one with a deed or responsibility cue and the few
         * after a deed ("No group has claimed it."). They ask only for those that also name a party, so
         * marking a sentence costs nothing until then.
         */
        static BitSet forFrames(AnnotatedDocument d) {
            BitSet w = new BitSet();
            for (CueHit h : d.cues) {
                if (h.type() == CueType.RESPONSIBILITY) {
                    w.set(h.sentence());
                } else if (h.type() == CueType.TRIGGER) {
                    w.set(h.sentence(), Math.min(d.sentences.size(), h.sentence() + 3));
                }
            }
            w.and(d.selected);
            return w;
        }

        /**
         * Assertion rules read the parse only to find who attributes or denies (the subject of the
         * cue's verb): a claim's holder is its suspect and a no-claim's is the source of the
         * sentence. So a sentence whose cues are claims, also when negated, need not be parsed;
         * "claimed responsibility" is the commonest cue in wire copy. Keep in step with
         * AssertionRules.apply, the one reader of the parse.
         */
        static boolean needsSubject(Lexicons.Cue cue) {
            return !holderWithoutParse(cue.kind()) || cue.whenNegated() != null && !holderWithoutParse(cue.whenNegated());
        }

        private static boolean holderWithoutParse(AssertionKind kind) {
            return kind == AssertionKind.CLAIM || kind == AssertionKind.NO_CLAIM;
        }

        @Override
        StanfordCoreNLP annotator() {
            return CoreNlp.parser();
        }

        /** Marks the sentences rules may parse; {@link AnnotatedDocument#dependencies} parses them when asked. */
        @Override
        public void apply(AnnotatedDocument d) {
            d.allowParsing(which(d), forFrames(d), annotator());
        }
    }
}

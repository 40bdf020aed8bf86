package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The one set of CoreNLP annotators per JVM, each built lazily on first use (models are large and
 * slow to load) and then shared by every extractor and test. CoreNLP annotators are thread-safe
 * for concurrent annotate calls, so this holder is too.
 */
public final class CoreNlp {
    private CoreNlp() {
    }

    private static Properties base(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        // Blank lines end sentences: headings and datelines without a full stop stay apart.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    private static final class TokenizeHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(base("tokenize,ssplit"), false);
    }

    private static final class TruecaseHolder {
        static final StanfordCoreNLP P;

        static {
            Properties p = base("truecase");
            // Overwrite the word so pos and ner see "The FMLN", while offsets still point into the original.
            p.setProperty("truecase.overwriteText", "true");
            P = new StanfordCoreNLP(p, false);
        }
    }

    private static final class TaggerHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(base("pos,lemma"), false);
    }

    private static Properties nerProperties(boolean crf, boolean numeric) {
        Properties p = base("ner");
        // One CRF (person/organization/location): the 7- and 4-class models and the fine-grained
        // regexner add little for our rules at 3x the cost. No model at all gives the rule-based
        // numeric tagging alone.
        p.setProperty("ner.model", crf ? "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz" : "");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // SUTime (DATE and friends, normalized against the document date) and the numeric
        // classifiers (NUMBER, ORDINAL, MONEY, PERCENT): the rules read DATE, PERCENT and MONEY.
        p.setProperty("ner.useSUTime", Boolean.toString(numeric));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(numeric));
        return p;
    }

    private static final class NerHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(nerProperties(true, true), false);
    }

    private static final class EntityHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(nerProperties(true, false), false);
    }

    private static final class NumberHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(nerProperties(false, true), false);
    }

    private static final class ParserHolder {
        static final StanfordCoreNLP P = new StanfordCoreNLP(base("depparse"), false);
    }

    private static final class BaselineHolder {
        static final StanfordCoreNLP P;

        static {
            Properties p = new Properties();
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
            p.setProperty("tokenize.language", "en");
            P = new StanfordCoreNLP(p);
        }
    }

    public static StanfordCoreNLP tokenizer() {
        return TokenizeHolder.P;
    }

    public static StanfordCoreNLP truecaser() {
        return TruecaseHolder.P;
    }

    public static StanfordCoreNLP tagger() {
        return TaggerHolder.P;
    }

    /** The CRF with SUTime and the numeric classifiers. */
    public static StanfordCoreNLP ner() {
        return NerHolder.P;
    }

    /**
     * The same CRF without SUTime and the numeric classifiers, for sentences that {@link NumericGate}
     * says hold no number or time: there it tags exactly as {@link #ner()} at a third of the cost.
     */
    public static StanfordCoreNLP entities() {
        return EntityHolder.P;
    }

    /**
     * SUTime and the numeric classifiers without the CRF, for {@link NumericWindows}: it tags windows
     * of sentences the CRF has tagged whole.
     */
    public static StanfordCoreNLP numbers() {
        return NumberHolder.P;
    }

    public static StanfordCoreNLP parser() {
        return ParserHolder.P;
    }

    /** The plain CoreNLP pipeline the benchmark compares against (default properties). */
    public static StanfordCoreNLP baseline() {
        return BaselineHolder.P;
    }
}

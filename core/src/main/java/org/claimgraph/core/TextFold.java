package org.claimgraph.core;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one way Claimgraph compares names: fold case, strip accents, treat '-', '_' and spaces alike,
 * collapse white space; keep other punctuation (the scoring rules of eval/FORMAT.md). Stateless,
 * thread-safe.
 */
public final class TextFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-_\\u2010-\\u2015]+");

    private TextFold() {
    }

    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}

package org.claimgraph.extract.cue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.core.TextFold;

/**
 * The one normalisation shared by lexicon keys, registry aliases and document tokens: fold as
 * {@link TextFold} does, then cut into runs of letters/digits and single punctuation marks, so
 * "al-Azaim", "al - Azaim" and "AL-AZAIM" give the same pieces whatever the tokenizer did with
 * the hyphen. Stateless, thread-safe.
 */
public final class TokenNorm {
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+|[^\\s\\p{L}\\p{N}]");

    private TokenNorm() {
    }

    public static List<String> pieces(String s) {
        List<String> out = new ArrayList<>(2);
        Matcher m = PIECE.matcher(TextFold.fold(s).replace('\u2019', '\''));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}

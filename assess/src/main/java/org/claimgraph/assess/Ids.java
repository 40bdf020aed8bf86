package org.claimgraph.assess;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.claimgraph.core.TextFold;

/** Content hashes, slugs and the natural order of extraction ids, shared by the assess stage. Stateless, thread-safe. */
final class Ids {
    private static final Pattern NON_SLUG = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DIGITS_AT_END = Pattern.compile("^(.*?)(\\d+)$");

    /** "S2" before "S10": extraction ids are a prefix and a counter, and their order is the document's order. */
    static final Comparator<String> NATURAL = (a, b) -> {
        var ma = DIGITS_AT_END.matcher(a);
        var mb = DIGITS_AT_END.matcher(b);
        if (ma.matches() && mb.matches() && ma.group(1).equals(mb.group(1))) {
            int byNumber = new java.math.BigInteger(ma.group(2)).compareTo(new java.math.BigInteger(mb.group(2)));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        return a.compareTo(b);
    };

    private Ids() {
    }

    static String sha256Hex(String s) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    static String shortHash(String s, int hexChars) {
        return sha256Hex(s).substring(0, hexChars);
    }

    /** A folded name as a key part: "Ukraine's foreign ministry" becomes "ukraine-s-foreign-ministry". */
    static String slug(String name) {
        String s = NON_SLUG.matcher(TextFold.fold(name)).replaceAll("-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}

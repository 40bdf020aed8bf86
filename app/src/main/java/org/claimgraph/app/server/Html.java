package org.claimgraph.app.server;

/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of article text and
 * metadata goes through {@link #esc} before it reaches a page. Stateless, thread-safe.
 */
public final class Html {
    private Html() {
    }

    /** The text with {@code & < > " '} replaced by character references; null becomes "". */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null) {
                if (sb != null) {
                    sb.append(c);
                }
            } else {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                sb.append(rep);
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** A URL query value or path segment, percent-encoded as UTF-8 (then safe in an attribute). */
    public static String url(String s) {
        return s == null ? "" : java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}

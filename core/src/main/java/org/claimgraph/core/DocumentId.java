package org.claimgraph.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes a document's identity: {@code sha256:} and the hex SHA-256 of the UTF-8 bytes of its
 * text as given. The same text from any source has the same id. Stateless, thread-safe.
 */
public final class DocumentId {
    public static final String PREFIX = "sha256:";

    private DocumentId() {
    }

    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return PREFIX + HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The hex part a user types, without the algorithm prefix. */
    public static String hex(String id) {
        return id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id;
    }
}

package org.claimgraph.extract.eval;

import java.util.Objects;

/** A text of a gold document that is not article content and must not be read as such (rule 6). Immutable. */
public record GoldNoise(String text, String why) {
    public GoldNoise {
        Objects.requireNonNull(text, "text");
    }
}

package org.claimgraph.extract.eval;

import java.util.OptionalDouble;

/** Right out of counted for an accuracy category (casualties, certainty); n/a when nothing was counted. Immutable. */
public record Accuracy(int counted, int right) {
    public static final Accuracy ZERO = new Accuracy(0, 0);

    public Accuracy {
        if (counted < 0 || right < 0 || right > counted) {
            throw new IllegalArgumentException("inconsistent accuracy right=" + right + " counted=" + counted);
        }
    }

    public Accuracy plus(Accuracy o) {
        return new Accuracy(counted + o.counted, right + o.right);
    }

    public OptionalDouble value() {
        return counted == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) right / counted);
    }
}

package org.claimgraph.extract.eval;

import java.util.OptionalDouble;

/**
 * Counts behind precision, recall and F1 of one category: {@code gold} counted gold items
 * (required ones), {@code system} counted system items (right ones plus false positives; neutral
 * ones are left out), {@code matched} right ones. A ratio whose denominator is zero is undefined
 * and is given as empty (printed {@code n/a}, JSON {@code null}), never as 0 or 1: an empty
 * extraction has recall 0 and precision n/a. F1 is 2·matched/(gold+system), so it is 0, not n/a,
 * as soon as either side has items. Immutable.
 */
public record Prf(int gold, int system, int matched) {
    public static final Prf ZERO = new Prf(0, 0, 0);

    public Prf {
        if (gold < 0 || system < 0 || matched < 0 || matched > gold || matched > system) {
            throw new IllegalArgumentException("inconsistent counts gold=" + gold + " system=" + system + " matched=" + matched);
        }
    }

    public Prf plus(Prf o) {
        return new Prf(gold + o.gold, system + o.system, matched + o.matched);
    }

    public OptionalDouble precision() {
        return system == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / system);
    }

    public OptionalDouble recall() {
        return gold == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) matched / gold);
    }

    public OptionalDouble f1() {
        return gold + system == 0 ? OptionalDouble.empty() : OptionalDouble.of(2.0 * matched / (gold + system));
    }
}

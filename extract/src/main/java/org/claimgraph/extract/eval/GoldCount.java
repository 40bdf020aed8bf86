package org.claimgraph.extract.eval;

import java.util.Objects;
import org.claimgraph.core.extraction.CountRange;

/**
 * A gold casualty count in one of the forms of claimgraph-gold/1: not stated ({@code null}), an
 * integer N, {@code {"min": a, "max": b}}, {@code {"moreThan": N}} or {@code {"atLeast": N}}. Each
 * form knows which system ranges agree with it (rule 4 and the count convention). Immutable.
 */
public sealed interface GoldCount
        permits GoldCount.NotStated, GoldCount.Exactly, GoldCount.Between, GoldCount.MoreThan, GoldCount.AtLeast {

    /** The gold JSON {@code null}: the text states no number. */
    GoldCount NOT_STATED = new NotStated();

    /** Whether a system count (null when the system states none) agrees with this gold count. */
    boolean accepts(CountRange system);

    /** Whether this gold value states a number. */
    default boolean statesNumber() {
        return !(this instanceof NotStated);
    }

    /** Whether a system count states a number: a range with at least one bound. */
    static boolean statesNumber(CountRange system) {
        return system != null && (system.min() != null || system.max() != null);
    }

    /** Not stated: right only when the system states no number either. */
    record NotStated() implements GoldCount {
        @Override
        public boolean accepts(CountRange system) {
            return !GoldCount.statesNumber(system);
        }

        @Override
        public String toString() {
            return "null";
        }
    }

    /** An integer N: the system range must be exactly [N, N]. */
    record Exactly(int n) implements GoldCount {
        @Override
        public boolean accepts(CountRange s) {
            return s != null && Objects.equals(s.min(), n) && Objects.equals(s.max(), n);
        }

        @Override
        public String toString() {
            return Integer.toString(n);
        }
    }

    /** {@code {"min": a, "max": b}}: the system range must be the same, nulls included. */
    record Between(Integer min, Integer max) implements GoldCount {
        @Override
        public boolean accepts(CountRange s) {
            // A system null is "no range at all", which is not the same as an explicit [null, null].
            return s != null && Objects.equals(s.min(), min) && Objects.equals(s.max(), max);
        }

        @Override
        public String toString() {
            return "{min:" + min + ",max:" + max + "}";
        }
    }

    /** {@code {"moreThan": N}}: system min N or N+1 (texts and systems differ on inclusive), max null. */
    record MoreThan(int n) implements GoldCount {
        @Override
        public boolean accepts(CountRange s) {
            return s != null && s.max() == null && s.min() != null && (s.min() == n || s.min() == n + 1);
        }

        @Override
        public String toString() {
            return "{moreThan:" + n + "}";
        }
    }

    /** {@code {"atLeast": N}}: a lower bound, right when the system min is N or more (max not looked at). */
    record AtLeast(int n) implements GoldCount {
        @Override
        public boolean accepts(CountRange s) {
            return s != null && s.min() != null && s.min() >= n;
        }

        @Override
        public String toString() {
            return "{atLeast:" + n + "}";
        }
    }
}

package org.claimgraph.extract.eval;

import java.util.Objects;

/**
 * One reason a score is what it is, for a developer to read: a gold item missed, a system item
 * that is a false positive, a counted value that is wrong, a system item left neutral, or a noise
 * occurrence that fails. {@code gold} and {@code system} name the items (key/id and name), either
 * may be null. Immutable.
 */
public record Finding(Category category, Outcome outcome, String gold, String system, String detail) {
    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The scored category a finding belongs to. */
    public enum Category {
        ACTOR("actors"), PART_OF("partOf"), EVENT("events"), CASUALTY("casualties"),
        ASSERTION("assertions"), CERTAINTY("certainty"), NOISE("noise");

        private final String label;

        Category(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What happened to the item. */
    public enum Outcome {
        /** A counted gold item no system item matched: costs recall. */
        MISSED("miss"),
        /** A counted system item that matches no gold item: costs precision. */
        FALSE_POSITIVE("false positive"),
        /** A counted value (count, certainty) that disagrees with gold, or a failing noise occurrence. */
        WRONG("wrong"),
        /** A system item neither rewarded nor punished (matches only optional gold, duplicate, unscored kind). */
        NEUTRAL("neutral");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One line for the verbose report. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        b.append(category.label()).append(' ').append(outcome.label()).append(':');
        if (gold != null) {
            b.append(" gold ").append(gold);
        }
        if (system != null) {
            b.append(gold == null ? " system " : " / system ").append(system);
        }
        if (detail != null && !detail.isEmpty()) {
            b.append(" (").append(detail).append(')');
        }
        return b.toString();
    }
}

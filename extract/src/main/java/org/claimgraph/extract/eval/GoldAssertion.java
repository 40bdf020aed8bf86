package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Objects;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;

/**
 * A gold assertion of claimgraph-gold/1: event key, holder (an actor key, {@code "author"}, or null
 * for "not annotated, any holder"), suspect key, kind, certainty (null when the key states none)
 * and the {@code alsoAccept} alternatives. {@code index} is its position in the gold file, so
 * reports can name assertions that have no key. Immutable.
 */
public record GoldAssertion(
        int index,
        String event,
        String holder,
        String suspect,
        AssertionKind kind,
        Certainty certainty,
        AlsoAccept alsoAccept,
        boolean required) {

    public GoldAssertion {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(suspect, "suspect");
        Objects.requireNonNull(kind, "kind");
        alsoAccept = alsoAccept == null ? AlsoAccept.NONE : alsoAccept;
    }

    /** Whether a system kind counts as this assertion's kind. */
    public boolean acceptsKind(AssertionKind k) {
        return kind == k || alsoAccept.kind().contains(k);
    }

    /** A short human label, e.g. {@code #3 crocus: kremlin -attribution-> ukraine}. */
    public String label() {
        return "#" + index + " " + event + ": " + (holder == null ? "(any holder)" : holder)
                + " -" + kind.json() + "-> " + suspect;
    }

    /** Further assertion kinds that match and certainties counted right. Immutable. */
    public record AlsoAccept(List<AssertionKind> kind, List<Certainty> certainty) {
        public static final AlsoAccept NONE = new AlsoAccept(List.of(), List.of());

        public AlsoAccept {
            kind = kind == null ? List.of() : List.copyOf(kind);
            certainty = certainty == null ? List.of() : List.copyOf(certainty);
        }
    }
}

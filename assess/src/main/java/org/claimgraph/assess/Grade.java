package org.claimgraph.assess;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.claimgraph.core.InvalidInputException;

/**
 * Source reliability on the Admiralty (NATO AJP-2.1) scale: A completely reliable, B usually
 * reliable, C fairly reliable, D not usually reliable, E unreliable, F reliability cannot be judged.
 * Immutable.
 */
public enum Grade {
    A, B, C, D, E, F;

    /** This grade lowered by {@code steps}, never past E; F (cannot be judged) stays F. */
    public Grade downgrade(int steps) {
        if (this == F || steps <= 0) {
            return this;
        }
        return values()[Math.min(ordinal() + steps, E.ordinal())];
    }

    @JsonValue
    public String code() {
        return name();
    }

    @JsonCreator
    public static Grade parse(String value) {
        if (value != null) {
            String v = value.strip().toUpperCase(Locale.ROOT);
            for (Grade g : values()) {
                if (g.name().equals(v)) {
                    return g;
                }
            }
        }
        throw new InvalidInputException("grade", "'" + value + "' is not an Admiralty grade (A, B, C, D, E or F)");
    }
}

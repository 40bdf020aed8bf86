package org.claimgraph.assess;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How one piece of evidence bears on one hypothesis in the ACH matrix. Immutable. */
public enum Consistency {
    CONSISTENT, INCONSISTENT, NEUTRAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

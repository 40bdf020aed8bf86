package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonValue;
import org.claimgraph.core.InvalidInputException;

/** An enum constant with the lower-case, kebab-case name it has in JSON and resource files. */
public interface JsonName {
    @JsonValue
    String json();

    /** Looks a constant up by its JSON name, failing with the accepted names listed. */
    static <E extends Enum<E> & JsonName> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.json().equals(value)) {
                return e;
            }
        }
        StringBuilder accepted = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            accepted.append(accepted.length() == 0 ? "" : ", ").append(e.json());
        }
        throw new InvalidInputException(type.getSimpleName(), "unknown value '" + value + "' (accepted: " + accepted + ")");
    }
}

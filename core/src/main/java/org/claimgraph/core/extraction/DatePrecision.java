package org.claimgraph.core.extraction;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How much of a date the text supports. Immutable. */
public enum DatePrecision implements JsonName {
    YEAR("year"),
    MONTH("month"),
    DAY("day");

    private final String json;

    DatePrecision(String json) {
        this.json = json;
    }

    @Override
    public String json() {
        return json;
    }

    @JsonCreator
    public static DatePrecision of(String value) {
        return JsonName.parse(DatePrecision.class, value);
    }
}

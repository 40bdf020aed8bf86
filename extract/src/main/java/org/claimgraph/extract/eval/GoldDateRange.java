package org.claimgraph.extract.eval;

import java.time.LocalDate;

/** The period a gold event happened in, ISO days, a null end open (gold convention {@code dateRange}). Immutable. */
public record GoldDateRange(LocalDate from, LocalDate to) {
    public GoldDateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("date range ends " + to + " before it starts " + from);
        }
    }

    /** Whether the closed period [start, end] shares at least one day with this range. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (from == null || !end.isBefore(from)) && (to == null || !start.isAfter(to));
    }

    @Override
    public String toString() {
        return (from == null ? "" : from.toString()) + ".." + (to == null ? "" : to.toString());
    }
}

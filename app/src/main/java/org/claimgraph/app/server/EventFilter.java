package org.claimgraph.app.server;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.assess.EvidenceRow;
import org.claimgraph.assess.Hypothesis;
import org.claimgraph.core.TextFold;

/**
 * Which assessed events a list shows: country (folded equality), a day range that the event's date
 * must overlap at its own precision, and an actor named by key or name among the hypotheses, holders
 * and suspects. Null fields do not filter. Immutable, thread-safe.
 */
record EventFilter(String country, LocalDate from, LocalDate to, String actor) {
    static final EventFilter ALL = new EventFilter(null, null, null, null);

    boolean test(EventAssessment ea) {
        if (country != null && !TextFold.fold(country).equals(TextFold.fold(ea.event().country()))) {
            return false;
        }
        if (from != null || to != null) {
            LocalDate first = firstDay(ea.event().date());
            LocalDate last = lastDay(ea.event().date());
            // An undated event cannot be placed in a range, so a range excludes it.
            if (first == null || from != null && last.isBefore(from) || to != null && first.isAfter(to)) {
                return false;
            }
        }
        return actor == null || mentionsActor(ea);
    }

    private boolean mentionsActor(EventAssessment ea) {
        String needle = TextFold.fold(actor);
        for (Hypothesis h : ea.hypotheses()) {
            if (matches(needle, h.key(), h.name())) {
                return true;
            }
        }
        for (EvidenceRow r : ea.matrix()) {
            if (matches(needle, r.holder(), r.holderName()) || matches(needle, r.suspect(), r.suspectName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(String needle, String key, String name) {
        return !needle.isEmpty() && (needle.equals(TextFold.fold(key)) || TextFold.fold(name).contains(needle));
    }

    /** The first day an extraction date (YYYY, YYYY-MM or YYYY-MM-DD) can mean, or null when it is none of those. */
    static LocalDate firstDay(String date) {
        try {
            if (date == null) {
                return null;
            }
            return switch (date.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
                case 7 -> YearMonth.parse(date).atDay(1);
                case 10 -> LocalDate.parse(date);
                default -> null;
            };
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    /** The last day an extraction date can mean, or null. */
    static LocalDate lastDay(String date) {
        LocalDate first = firstDay(date);
        if (first == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> first.withDayOfYear(first.lengthOfYear());
            case 7 -> first.withDayOfMonth(first.lengthOfMonth());
            default -> first;
        };
    }
}

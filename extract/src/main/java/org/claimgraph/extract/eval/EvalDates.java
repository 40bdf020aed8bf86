package org.claimgraph.extract.eval;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Date comparisons of rule 3: prefix agreement of ISO dates cut to year, month or day, and the
 * period a date names for the {@code dateRange} convention. Stateless, thread-safe.
 */
final class EvalDates {
    private EvalDates() {
    }

    /** The components of an ISO date ({@code 2024-01-03} → 2024, 01, 03), or an empty array. */
    static String[] parts(String date) {
        if (date == null || date.isBlank()) {
            return new String[0];
        }
        return date.strip().split("-", -1);
    }

    /**
     * How many leading components two dates share when one is a prefix of the other (1 year,
     * 2 month, 3 day), or −1 when they disagree. Components, not characters, so {@code 2024-1}
     * never agrees with {@code 2024-10}.
     */
    static int agreement(String a, String b) {
        String[] x = parts(a);
        String[] y = parts(b);
        int n = Math.min(x.length, y.length);
        if (n == 0) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (!x[i].equals(y[i])) {
                return -1;
            }
        }
        return n;
    }

    /** The first and last day of the period a date names (its year, month or day), or null if it is not ISO. */
    static LocalDate[] period(String date) {
        String[] p = parts(date);
        try {
            switch (p.length) {
                case 1: {
                    int y = Integer.parseInt(p[0]);
                    return new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)};
                }
                case 2: {
                    YearMonth m = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
                    return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
                }
                case 3: {
                    LocalDate d = LocalDate.parse(date.strip());
                    return new LocalDate[] {d, d};
                }
                default:
                    return null;
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null; // a malformed system date agrees with no range; prefix tests still see it
        }
    }
}

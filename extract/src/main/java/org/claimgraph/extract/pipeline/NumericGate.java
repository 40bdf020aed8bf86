package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says whether a sentence may hold a date, time, duration, set, money or percent expression, so
 * SUTime and CoreNLP's numeric classifiers run only where they can find something our rules read.
 * SUTime tries hundreds of token-regex rules at every token of every sentence it sees and costs
 * about three times the 3-class CRF per sentence. Every one of its expressions contains a month,
 * weekday, time unit or other temporal word (from its rule files english.sutime.txt,
 * defs.sutime.txt and english.holidays.sutime.txt), a year-like or time-like number ("1989",
 * "10:30", "22nd", "1980s"); money and percent need a currency or percent word or sign. A
 * sentence with none of these gets the CRF alone: its PERSON/ORGANIZATION/LOCATION tags are the
 * same, it only misses the NUMBER and ORDINAL tags of bare numbers ("3 PEOPLE"), which no rule
 * reads (casualty counts are read from the words). Stateless, thread-safe.
 */
public final class NumericGate {
    private static final Set<String> WORDS = Set.of(
            // decades and the few number words SUTime reads as times on their own
            "teens", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",
            "noughts", "oughts", "o'clock", "oclock", "am", "pm", "gmt", "utc", "zulu",
            "second", "quarter", "once", "twice",
            // months and weekdays, with SUTime's abbreviations
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
            "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday", "weekend", "workweek",
            // parts of the day and seasons
            "morning", "afternoon", "evening", "night", "nighttime", "overnight", "tonight", "tonite", "noon", "midday",
            "midnight", "dawn", "dusk", "daybreak", "daylight", "daytime", "sunrise", "sunset", "sunup", "sundown",
            "twilight", "teatime", "lunchtime", "dinnertime", "suppertime", "spring", "summer", "fall", "autumn",
            "winter",
            // relative references
            "today", "yesterday", "tomorrow", "now", "current", "currently", "present", "past", "future", "recent",
            "recently", "previously", "medieval", "ago", "hence", "earlier", "later", "nowadays",
            // units and frequencies
            "sec", "secs", "minute", "min", "mins", "hour", "hr", "hrs", "day", "days", "week", "wk", "wks",
            "fortnight",
            "month", "mo", "mos", "year", "yr", "yrs", "decade", "century", "centuries", "millennium", "millennia",
            "millenia", "millenium", "millisecond", "millisec", "season", "daily", "weekly", "monthly", "yearly",
            "annually", "annual", "hourly", "nightly", "quarterly", "biweekly", "bimonthly", "centennial", "time",
            "times",
            // holidays (english.holidays.sutime.txt)
            "christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "valentines", "eve", "ash",
            "columbus", "labor", "labour", "memorial", "luther", "mlk", "mother", "mothers", "father", "fathers",
            "groundhog", "inauguration", "fools", "patrick", "cinco", "ides", "nones",
            // money and percent (the numeric classifiers), with the currencies of the MUC-4 countries
            "percent", "pct", "dollar", "cent", "pound", "pence", "euro", "yen", "yuan", "won", "rupee", "franc",
            "mark", "peso", "colon", "colones", "quetzal", "quetzales", "sucre", "inti", "sol", "soles", "bolivar",
            "bolivares", "cordoba", "million", "billion", "trillion");

    private NumericGate() {
    }

    /** True when some token of the sentence is a temporal, money or percent word or a year- or time-like number. */
    public static boolean mayHoldNumericExpression(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (numeric(t.word()) || numeric(t.originalText())) {
                return true;
            }
        }
        return false;
    }

    static boolean numeric(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        int run = 0;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                digit = true;
                // A year ("1989", "1989-90"), a clock time ("1030 GMT" is caught by "gmt").
                if (++run >= 4) {
                    return true;
                }
                continue;
            }
            run = 0;
            if (c == '%' || c == '$' || c == '#' || c == '\u00a3' || c == '\u20ac' || c == '\u00a5' || c == '\u00a2') {
                return true;
            }
            // "10:30", "3/2/90", "22nd", "1980s", "10am": a digit next to a letter or a date/time mark.
            if (digit && (c == ':' || c == '/' || Character.isLetter(c))) {
                return true;
            }
        }
        String low = s.toLowerCase(Locale.ROOT);
        // "two-year", "mid-march", "a.m.": look at the parts too.
        for (String part : low.split("[-./]")) {
            if (WORDS.contains(part) || part.endsWith("s") && WORDS.contains(part.substring(0, part.length() - 1))
                    || part.endsWith("es") && WORDS.contains(part.substring(0, part.length() - 2))) {
                return true;
            }
        }
        return false;
    }
}

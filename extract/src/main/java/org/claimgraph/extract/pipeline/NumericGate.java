package org.claimgraph.extract.pipeline;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Says whether a sentence may hold a date, time, duration, number, ordinal, money or percent
 * expression, so CoreNLP's numeric classifiers and SUTime run only where they can find something.
 * SUTime applies hundreds of token-regex rules to every sentence it sees and costs about twice the
 * 3-class CRF, yet every one of its expressions (and every numeric-classifier match) contains a
 * digit or one of the words below, taken from SUTime's own rule files (english.sutime.txt,
 * defs.sutime.txt, english.holidays.sutime.txt) and CoreNLP's number words. A sentence without
 * any gets only the CRF, and its tags are the same as with the full NER annotator. Stateless,
 * thread-safe.
 */
public final class NumericGate {
    private static final Set<String> WORDS = Set.of(
            // numbers, ordinals, decades (NumberNormalizer, SUTime's number and decade rules)
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
            "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "trillions", "dozen", "dozens", "couple", "half",
            "quarter", "quarters", "once", "twice", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
            "seventieth", "eightieth", "ninetieth", "hundredth", "thousandth", "millionth", "billionth", "teens",
            "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "noughts",
            "oughts",
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
            "sec", "secs", "minute", "min", "mins", "hour", "hr", "hrs", "day", "days", "week", "wk", "wks", "fortnight",
            "month", "mo", "mos", "year", "yr", "yrs", "decade", "century", "centuries", "millennium", "millennia",
            "millenia", "millenium", "millisecond", "millisec", "season", "daily", "weekly", "monthly", "yearly",
            "annually", "annual", "hourly", "nightly", "quarterly", "biweekly", "bimonthly", "centennial", "time",
            "times",
            // holidays (english.holidays.sutime.txt)
            "christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "valentines", "eve", "ash",
            "columbus", "labor", "labour", "memorial", "luther", "mlk", "mother", "mothers", "father", "fathers",
            "groundhog", "inauguration", "fools", "patrick", "cinco", "ides", "nones",
            // money and percent
            "percent", "pct", "dollar", "dollars", "cent", "cents", "peso", "pesos", "pound", "pounds", "euro", "euros",
            "yen");

    private NumericGate() {
    }

    /** True when some token of the sentence has a digit or a temporal/number word (or its plural). */
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
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '%' || c == '$' || c == '\u00a3' || c == '\u20ac' || c == '\u00a5') {
                return true;
            }
        }
        String low = s.toLowerCase(Locale.ROOT);
        // "twenty-four", "mid-1990", "a.m.": look at the parts too.
        for (String part : low.split("[-.'/]")) {
            if (WORDS.contains(part) || part.endsWith("s") && WORDS.contains(part.substring(0, part.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}

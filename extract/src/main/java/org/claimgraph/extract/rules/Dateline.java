package org.claimgraph.extract.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.extract.geo.Geo;

/** The dateline of wire copy ("LIMA, 20 AUG 88 (EFE) --") and the country it names. Stateless, thread-safe. */
final class Dateline {
    /** A wire dateline: place, then a date or "NO DATE", then the source ("LIMA, 20 AUG 88 (EFE) --"). */
    private static final Pattern PATTERN = Pattern.compile(
            "\\A\\s*[A-Za-z .()]{3,40},\\s+(\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{2}|NO DATE)[^\\n]{0,60}--");
    /** "SAN JOSE (COSTA RICA), 27 SEP 89 (AFP) --": the country in brackets after the place. */
    private static final Pattern BRACKETED = Pattern.compile(
            "^\\s*[A-Za-z .]{3,30}\\(([A-Za-z .]{3,30})\\),\\s+(\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{2}|NO DATE)");
    private static final Pattern PLACE = Pattern.compile("^\\s*([A-Za-z .]{3,30}),\\s+\\d{1,2}\\s+[A-Za-z]{3}\\s+\\d{2}");

    private Dateline() {
    }

    /** Where the text's wire dateline ends (the offset after its "--"), or -1 when it has none. */
    static int end(String text) {
        Matcher m = PATTERN.matcher(text);
        return m.find() ? m.end() : -1;
    }

    /** The country of the text's wire dateline, the default place of its events; null without one. */
    static String country(String text, Geo geo) {
        Matcher b = BRACKETED.matcher(text);
        if (b.find()) {
            return geo.countryByName(b.group(1).strip()).orElse(null);
        }
        Matcher m = PLACE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String place = m.group(1).strip();
        return geo.countryByName(place).or(() -> geo.countryOfPlace(place)).orElse(null);
    }
}

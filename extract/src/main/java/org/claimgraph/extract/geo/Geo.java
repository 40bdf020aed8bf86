package org.claimgraph.extract.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.core.TextFold;

/**
 * Place, country and demonym look-ups for the rules. Delegates to
 * {@code org.claimgraph.extract.gazetteer.Gazetteer.bundled()} when that class is on the classpath
 * (it is written alongside this module and reached reflectively so this code compiles without it);
 * otherwise falls back to reading the gazetteer's country and city TSV files directly. Immutable
 * after construction, so thread-safe.
 */
public final class Geo {
    private static final String GAZETTEER = "org.claimgraph.extract.gazetteer.Gazetteer";
    private static final String DATA = "/org/claimgraph/extract/gazetteer/";

    private final Object gazetteer;
    private final Method countryOfPlace;
    private final Method countryByName;
    private final Method countryOfDemonym;
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final Map<String, String> places = new HashMap<>();

    private static final Geo SHARED = new Geo();

    public static Geo shared() {
        return SHARED;
    }

    private Geo() {
        Object g = null;
        Method p = null;
        Method n = null;
        Method d = null;
        try {
            Class<?> c = Class.forName(GAZETTEER);
            g = c.getMethod("bundled").invoke(null);
            p = c.getMethod("countryOfPlace", String.class);
            n = c.getMethod("countryByName", String.class);
            d = c.getMethod("countryOfDemonym", String.class);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // The gazetteer class is not there (yet) or has another shape: use the data files.
            g = null;
        }
        this.gazetteer = g;
        this.countryOfPlace = p;
        this.countryByName = n;
        this.countryOfDemonym = d;
        if (g == null) {
            loadFallback();
        }
    }

    /** Which implementation answers: the Gazetteer class or the TSV fallback. */
    public String source() {
        return gazetteer != null ? "gazetteer" : "tsv-fallback";
    }

    /** The country a place (city, region or the country itself) lies in. */
    public Optional<String> countryOfPlace(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        if (gazetteer != null) {
            Optional<String> c = call(countryByName, place);
            return c.isPresent() ? c : call(countryOfPlace, place);
        }
        String f = TextFold.fold(place);
        String c = countries.get(f);
        return Optional.ofNullable(c != null ? c : places.get(f));
    }

    /** The country this name denotes, when it is a country name or alias. */
    public Optional<String> countryByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        if (gazetteer != null) {
            return call(countryByName, name);
        }
        return Optional.ofNullable(countries.get(TextFold.fold(name)));
    }

    /** The country of a demonym ("Afghan" is Afghanistan). */
    public Optional<String> countryOfDemonym(String demonym) {
        if (demonym == null || demonym.isBlank()) {
            return Optional.empty();
        }
        if (gazetteer != null) {
            return call(countryOfDemonym, demonym);
        }
        return Optional.ofNullable(demonyms.get(TextFold.fold(demonym)));
    }

    public boolean isCountry(String name) {
        return countryByName(name).isPresent();
    }

    @SuppressWarnings("unchecked")
    private Optional<String> call(Method m, String arg) {
        try {
            Object r = m.invoke(gazetteer, arg);
            return r instanceof Optional<?> o ? (Optional<String>) o : Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("gazetteer call " + m.getName() + " failed", e);
        }
    }

    private void loadFallback() {
        read("countries.tsv", cols -> {
            countries.putIfAbsent(TextFold.fold(cols[0]), cols[0]);
            if (cols.length > 2) {
                for (String a : cols[2].split("\\|")) {
                    if (!a.isBlank()) {
                        countries.putIfAbsent(TextFold.fold(a), cols[0]);
                    }
                }
            }
            if (cols.length > 3) {
                for (String a : cols[3].split("\\|")) {
                    if (!a.isBlank()) {
                        demonyms.putIfAbsent(TextFold.fold(a), cols[0]);
                    }
                }
            }
        });
        read("regions.tsv", cols -> addPlace(cols, 3));
        read("cities.tsv", cols -> addPlace(cols, 3));
    }

    private void addPlace(String[] cols, int aliasCol) {
        if (cols.length < 2) {
            return;
        }
        places.putIfAbsent(TextFold.fold(cols[0]), cols[1]);
        if (cols.length > aliasCol) {
            for (String a : cols[aliasCol].split("\\|")) {
                if (!a.isBlank()) {
                    places.putIfAbsent(TextFold.fold(a), cols[1]);
                }
            }
        }
    }

    private static void read(String file, java.util.function.Consumer<String[]> row) {
        try (InputStream in = Geo.class.getResourceAsStream(DATA + file)) {
            if (in == null) {
                return;
            }
            BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = br.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    row.accept(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read gazetteer data " + file, e);
        }
    }
}

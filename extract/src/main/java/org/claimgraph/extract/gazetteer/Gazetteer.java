package org.claimgraph.extract.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;

/**
 * Places and countries by name: which country a city or region lies in, which country a name, alias or
 * demonym ("Tajik", "Salvadoran") stands for. Built from three resources beside this class:
 * {@code countries.tsv} and {@code cities.tsv} (derived from world-countries and GeoNames by
 * {@code tools/gazetteer/derive.mjs}) and the hand-curated {@code regions.tsv}. Names compare under
 * {@link TextFold} (case, accents, '-' and spaces folded), so "SAN SALVADOR" finds San Salvador.
 * Immutable after loading, so thread-safe.
 */
public final class Gazetteer {
    static final String COUNTRIES = "countries.tsv";
    static final String CITIES = "cities.tsv";
    static final String REGIONS = "regions.tsv";

    /** A country of {@code countries.tsv}; {@code capital} is null when the source names none. */
    public record Country(String name, String iso2, List<String> aliases, List<String> demonyms, String capital) {
        public Country {
            aliases = List.copyOf(aliases);
            demonyms = List.copyOf(demonyms);
        }
    }

    private final Map<String, Country> countryByFoldedName;
    private final Map<String, Country> countryByFoldedDemonym;
    private final Map<String, Country> countryByIso2;
    private final Map<String, List<Place>> regionsByName;
    private final Map<String, List<Place>> citiesByName;
    private final int cityCount;
    private final int regionCount;

    private Gazetteer(List<Country> countries, List<Place> regions, List<Place> cities) {
        Map<String, Country> byName = new HashMap<>();
        Map<String, Country> byDemonym = new HashMap<>();
        Map<String, Country> byIso = new LinkedHashMap<>();
        for (Country c : countries) {
            if (byIso.put(c.iso2(), c) != null) {
                throw new ConfigurationException("gazetteer: country code " + c.iso2() + " appears twice");
            }
            for (String n : concat(c.name(), c.aliases())) {
                Country other = byName.put(TextFold.fold(n), c);
                if (other != null && other != c) {
                    throw new ConfigurationException("gazetteer: country name '" + n + "' names both "
                            + other.name() + " and " + c.name());
                }
            }
        }
        for (Country c : countries) {
            for (String d : c.demonyms()) {
                Country other = byDemonym.put(TextFold.fold(d), c);
                if (other != null && other != c) {
                    throw new ConfigurationException("gazetteer: demonym '" + d + "' names both "
                            + other.name() + " and " + c.name());
                }
            }
        }
        this.countryByFoldedName = Collections.unmodifiableMap(byName);
        this.countryByFoldedDemonym = Collections.unmodifiableMap(byDemonym);
        this.countryByIso2 = Collections.unmodifiableMap(byIso);
        this.regionsByName = index(regions, false);
        this.citiesByName = index(cities, true);
        this.cityCount = cities.size();
        this.regionCount = regions.size();
    }

    private static final class Bundled {
        static final Gazetteer INSTANCE = loadBundled();
    }

    /** The gazetteer of the bundled resources, loaded once on first use. */
    public static Gazetteer bundled() {
        return Bundled.INSTANCE;
    }

    private static Gazetteer loadBundled() {
        List<Country> countries = new ArrayList<>();
        read(COUNTRIES, 4, 2, (f, where) -> countries.add(new Country(f[0], f[1], list(f[2]), list(f[3]),
                f.length > 4 && !f[4].isBlank() ? f[4] : null)));
        Set<String> known = new LinkedHashSet<>();
        countries.forEach(c -> known.add(c.name()));
        List<Place> regions = new ArrayList<>();
        read(REGIONS, 3, 3, (f, where) -> regions.add(new Place(f[0], knownCountry(known, f[1], where), 0,
                f.length > 3 ? list(f[3]) : List.of(), f[2])));
        List<Place> cities = new ArrayList<>();
        read(CITIES, 3, 3, (f, where) -> {
            long population;
            try {
                population = Long.parseLong(f[2]);
            } catch (NumberFormatException e) {
                throw new ConfigurationException("gazetteer " + where + ": population '" + f[2] + "' is not a number");
            }
            cities.add(new Place(f[0], knownCountry(known, f[1], where), population,
                    f.length > 3 ? list(f[3]) : List.of(), "city"));
        });
        return new Gazetteer(countries, regions, cities);
    }

    private static String knownCountry(Set<String> known, String country, String where) {
        if (!known.contains(country)) {
            throw new ConfigurationException("gazetteer " + where + ": unknown country '" + country + "'");
        }
        return country;
    }

    private interface Row {
        void accept(String[] fields, String where);
    }

    private static void read(String resource, int minFields, int nonBlank, Row row) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ConfigurationException("gazetteer resource missing from classpath: " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = resource + " line " + n;
                String[] f = line.split("\t", -1);
                if (f.length < minFields || f.length > 5) {
                    throw new ConfigurationException("gazetteer " + where + ": expected " + minFields
                            + " to 5 tab-separated fields, found " + f.length);
                }
                for (int i = 0; i < nonBlank; i++) {
                    if (f[i].isBlank() || !f[i].equals(f[i].strip())) {
                        throw new ConfigurationException("gazetteer " + where + ": field " + (i + 1) + " is blank or padded");
                    }
                }
                row.accept(f, where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    private static List<String> list(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String s : field.split("\\|")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static Map<String, List<Place>> index(List<Place> places, boolean byPopulation) {
        Map<String, List<Place>> index = new HashMap<>();
        for (Place p : places) {
            Set<String> names = new LinkedHashSet<>();
            for (String n : concat(p.name(), p.alternateNames())) {
                names.add(TextFold.fold(n));
            }
            for (String n : names) {
                index.computeIfAbsent(n, k -> new ArrayList<>()).add(p);
            }
        }
        if (byPopulation) {
            // stable: equal populations keep file order
            index.values().forEach(l -> l.sort(Comparator.comparingLong(Place::population).reversed()));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(index);
    }

    /**
     * The country a place lies in: a country's own name or alias gives that country; then a curated region
     * (the first listed for that name); then the most populous city of that name.
     */
    public Optional<String> countryOfPlace(String name) {
        Optional<String> country = countryByName(name);
        if (country.isPresent()) {
            return country;
        }
        List<Place> found = places(name);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).country());
    }

    /** Every region and city known by this name or alternate name: regions first, then cities, most populous first. */
    public List<Place> places(String name) {
        String key = TextFold.fold(name);
        List<Place> regions = regionsByName.getOrDefault(key, List.of());
        List<Place> cities = citiesByName.getOrDefault(key, List.of());
        if (regions.isEmpty()) {
            return cities;
        }
        List<Place> out = new ArrayList<>(regions.size() + cities.size());
        out.addAll(regions);
        out.addAll(cities);
        return List.copyOf(out);
    }

    /** The capital of a country named as countries.tsv names it: "the capital" of an El Salvador report is San Salvador. */
    public Optional<String> capitalOf(String country) {
        Country c = countryByFoldedName.get(stripArticle(TextFold.fold(country)));
        return Optional.ofNullable(c).map(Country::capital);
    }

    /** The country (as countries.tsv names it) that this name or alias stands for: "USA", "U.S." give United States. */
    public Optional<String> countryByName(String nameOrAlias) {
        Country c = countryByFoldedName.get(stripArticle(TextFold.fold(nameOrAlias)));
        return Optional.ofNullable(c).map(Country::name);
    }

    /**
     * The country of an adjective or demonym: "Tajik" gives Tajikistan, "Salvadoran" El Salvador. A plural
     * ("Tajiks", "Afghans") is accepted. Demonyms two countries share ("Korean") give nothing.
     */
    public Optional<String> countryOfDemonym(String adjective) {
        String key = TextFold.fold(adjective);
        Country c = countryByFoldedDemonym.get(key);
        if (c == null && key.length() > 3 && key.endsWith("s")) {
            c = countryByFoldedDemonym.get(key.substring(0, key.length() - 1));
        }
        return Optional.ofNullable(c).map(Country::name);
    }

    /** Whether this is the name or an alias of a country (not a city: "Kiev" is not). */
    public boolean isCountry(String name) {
        return countryByName(name).isPresent();
    }

    /** The country with this ISO 3166-1 alpha-2 code ("SV"), any case. */
    public Optional<Country> countryByIso2(String iso2) {
        return iso2 == null ? Optional.empty() : Optional.ofNullable(countryByIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** The country of this name, with its aliases and demonyms. */
    public Optional<Country> country(String name) {
        return Optional.ofNullable(countryByFoldedName.get(stripArticle(TextFold.fold(name))));
    }

    /** All countries, in the order of countries.tsv. */
    public List<Country> countries() {
        return List.copyOf(countryByIso2.values());
    }

    int cityCount() {
        return cityCount;
    }

    int regionCount() {
        return regionCount;
    }

    private String stripArticle(String folded) {
        // "the United States", "the Netherlands", "the Philippines"
        if (folded.startsWith("the ") && !countryByFoldedName.containsKey(folded)) {
            return folded.substring(4);
        }
        return folded;
    }
}

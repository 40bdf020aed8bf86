package org.claimgraph.extract.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * One named place of the gazetteer: a city (from GeoNames) or a curated region, with the country it lies
 * in. Immutable.
 *
 * @param name the place's own name as the resource spells it (accents kept)
 * @param country the country name as {@code countries.tsv} spells it
 * @param population inhabitants for a city; 0 when not known (regions)
 * @param alternateNames other spellings: ASCII forms, exonyms ("Kiev"), local names
 * @param kind {@code city}, or the region's kind ({@code province}, {@code department}, {@code district}, ...)
 */
public record Place(String name, String country, long population, List<String> alternateNames, String kind) {
    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(country, "country of " + name);
        Objects.requireNonNull(kind, "kind of " + name);
        alternateNames = alternateNames == null ? List.of() : List.copyOf(alternateNames);
    }

    /** Whether this is a city rather than a region. */
    public boolean isCity() {
        return "city".equals(kind);
    }
}

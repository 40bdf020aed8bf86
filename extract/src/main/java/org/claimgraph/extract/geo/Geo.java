package org.claimgraph.extract.geo;

import java.util.List;
import java.util.Optional;
import org.claimgraph.extract.gazetteer.Gazetteer;
import org.claimgraph.extract.gazetteer.Place;

/**
 * Place, country and demonym look-ups for the rules, answered by the bundled {@link Gazetteer}. A thin
 * facade so the rules depend on the few questions they ask, not on the gazetteer's data model.
 * Immutable, so thread-safe.
 */
public final class Geo {
    private static final Geo SHARED = new Geo(Gazetteer.bundled());

    private final Gazetteer gazetteer;

    private Geo(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public static Geo shared() {
        return SHARED;
    }

    /** The country a place (city, region or the country itself) lies in. */
    public Optional<String> countryOfPlace(String place) {
        if (place == null || place.isBlank()) {
            return Optional.empty();
        }
        return gazetteer.countryOfPlace(place);
    }

    /** The country this name denotes, when it is a country name or alias. */
    public Optional<String> countryByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return gazetteer.countryByName(name);
    }

    /** The country of a demonym ("Afghan" is Afghanistan). */
    /** The capital of the country so named, when the gazetteer knows one. */
    public Optional<String> capitalOf(String country) {
        return gazetteer.capitalOf(country);
    }

    public Optional<String> countryOfDemonym(String demonym) {
        if (demonym == null || demonym.isBlank()) {
            return Optional.empty();
        }
        return gazetteer.countryOfDemonym(demonym);
    }

    public boolean isCountry(String name) {
        return countryByName(name).isPresent();
    }

    /** Every region and city of this name, regions first, then cities by population. */
    public List<Place> places(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return gazetteer.places(name);
    }
}

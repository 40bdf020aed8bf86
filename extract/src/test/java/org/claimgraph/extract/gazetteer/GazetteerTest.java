package org.claimgraph.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validates the bundled gazetteer resources and the lookups the extractor relies on. */
class GazetteerTest {
    private static final Gazetteer G = Gazetteer.bundled();

    private static List<String[]> rows(String resource) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource + " on the classpath");
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"), resource + " ends with a newline");
            assertFalse(text.contains("\r"), resource + " uses LF line ends");
            List<String[]> out = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
            return out;
        }
    }

    private static long size(String resource) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            return in.readAllBytes().length;
        }
    }

    @Test
    void capitalsComeWithTheirCountries() {
        assertEquals(Optional.of("San Salvador"), G.capitalOf("El Salvador"));
        assertEquals(Optional.of("Lima"), G.capitalOf("PERU"));
        assertEquals(Optional.empty(), G.capitalOf("Atlantis"));
    }

    @Test
    void countriesResourceIsWellFormed() throws IOException {
        List<String[]> rows = rows(Gazetteer.COUNTRIES);
        assertTrue(rows.size() >= 240, "countries: " + rows.size());
        Set<String> names = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (String[] r : rows) {
            assertEquals(5, r.length, String.join("\\t", r));
            assertFalse(r[0].isBlank());
            assertTrue(r[1].matches("[A-Z]{2}"), "iso2 of " + r[0] + ": " + r[1]);
            assertTrue(names.add(r[0]), "country twice: " + r[0]);
            assertTrue(codes.add(r[1]), "code twice: " + r[1]);
            for (String field : new String[] {r[2], r[3]}) {
                if (!field.isEmpty()) {
                    for (String item : field.split("\\|", -1)) {
                        assertFalse(item.isBlank(), "empty list item in row of " + r[0]);
                    }
                }
            }
        }
        assertEquals(rows.size(), G.countries().size());
        assertTrue(size(Gazetteer.COUNTRIES) < 100_000);
    }

    @Test
    void citiesResourceIsWellFormedAndNamesOnlyKnownCountries() throws IOException {
        Set<String> countries = new HashSet<>();
        G.countries().forEach(c -> countries.add(c.name()));
        List<String[]> rows = rows(Gazetteer.CITIES);
        assertTrue(rows.size() > 20_000, "cities: " + rows.size());
        long previous = Long.MAX_VALUE;
        for (String[] r : rows) {
            assertTrue(r.length == 4, "4 fields: " + String.join("|", r));
            assertFalse(r[0].isBlank());
            assertTrue(countries.contains(r[1]), "unknown country " + r[1] + " for " + r[0]);
            long population = Long.parseLong(r[2]);
            assertTrue(population >= 0);
            assertTrue(population <= previous, "cities.tsv sorted by population, most populous first: " + r[0]);
            previous = population;
        }
        assertEquals(rows.size(), G.cityCount());
        long bytes = size(Gazetteer.CITIES);
        assertTrue(bytes < 2_000_000, "cities.tsv is " + bytes + " bytes");
    }

    @Test
    void regionsResourceIsWellFormedAndNamesOnlyKnownCountries() throws IOException {
        Set<String> countries = new HashSet<>();
        G.countries().forEach(c -> countries.add(c.name()));
        List<String[]> rows = rows(Gazetteer.REGIONS);
        assertTrue(rows.size() >= 150, "regions: " + rows.size());
        Set<String> seen = new HashSet<>();
        for (String[] r : rows) {
            assertTrue(r.length == 3 || r.length == 4, "3 or 4 fields: " + String.join("|", r));
            assertTrue(countries.contains(r[1]), "unknown country " + r[1] + " for region " + r[0]);
            assertFalse(r[2].isBlank(), "kind of " + r[0]);
            assertTrue(seen.add(r[0] + "\t" + r[1]), "region twice: " + r[0] + " in " + r[1]);
        }
        assertEquals(rows.size(), G.regionCount());
    }

    @Test
    void bundledIsLoadedOnce() {
        assertSame(G, Gazetteer.bundled());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Krasnogorsk|Russia",
        "Kandahar|Afghanistan",
        "Kandahār|Afghanistan",
        "Kerman|Iran",
        "Istanbul|Turkey",
        "Dushanbe|Tajikistan",
        "Moscow|Russia",
        "San Salvador|El Salvador",
        "SAN SALVADOR|El Salvador",
        "Lima|Peru",
        "LIMA|Peru",
        "Ayacucho|Peru",
        "Medellin|Colombia",
        "MEDELLIN|Colombia",
        "Bogota|Colombia",
        "Bogotá|Colombia",
        "Guatemala City|Guatemala",
        "GUATEMALA CITY|Guatemala",
        "Tegucigalpa|Honduras",
        "Santiago|Chile",
        "La Paz|Bolivia",
        "Quito|Ecuador",
        "Kiev|Ukraine",
        "Kyiv|Ukraine",
        "Paris|France",
        "Cologne|Germany",
        "Cordoba|Argentina",
        "Balochistan|Pakistan",
        "Baluchistan|Pakistan",
        "Bajaur|Pakistan",
        "Badschaur|Pakistan",
        "Khyber Pakhtunkhwa|Pakistan",
        "Morazan|El Salvador",
        "MORAZAN|El Salvador",
        "Chalatenango|El Salvador",
        "Usulutan|El Salvador",
        "San Miguel|El Salvador",
        "Antioquia|Colombia",
        "Huancavelica|Peru",
        "Sistan and Baluchestan|Iran",
        "El Salvador|El Salvador",
        "Guatemala|Guatemala",
    })
    void countryOfPlace(String place, String country) {
        assertEquals(Optional.of(country), G.countryOfPlace(place), place);
    }

    @Test
    void unknownPlacesGiveNothing() {
        assertEquals(Optional.empty(), G.countryOfPlace("Nowhereville Xyz"));
        assertEquals(Optional.empty(), G.countryOfPlace(""));
        assertEquals(List.of(), G.places("Nowhereville Xyz"));
    }

    @Test
    void ambiguousCityNamesKeepEveryCountryMostPopulousFirst() {
        List<Place> santiago = G.places("Santiago");
        assertTrue(santiago.size() > 3, santiago.toString());
        assertEquals("Chile", santiago.get(0).country());
        Set<String> countries = new HashSet<>();
        santiago.forEach(p -> countries.add(p.country()));
        assertTrue(countries.containsAll(Set.of("Chile", "Philippines", "Brazil")), countries.toString());
        for (int i = 1; i < santiago.size(); i++) {
            assertTrue(santiago.get(i - 1).population() >= santiago.get(i).population());
        }
        Set<String> sanJose = new HashSet<>();
        G.places("San Jose").forEach(p -> sanJose.add(p.country()));
        assertTrue(sanJose.containsAll(Set.of("United States", "Costa Rica")), sanJose.toString());
        Set<String> cordoba = new HashSet<>();
        G.places("CORDOBA").forEach(p -> cordoba.add(p.country()));
        assertTrue(cordoba.containsAll(Set.of("Argentina", "Spain", "Colombia")), cordoba.toString());
    }

    @Test
    void placesCarryTheirAttributes() {
        Place kandahar = G.places("KANDAHAR").stream().filter(Place::isCity).findFirst().orElseThrow();
        assertEquals("Kandahār", kandahar.name());
        assertEquals("Afghanistan", kandahar.country());
        assertTrue(kandahar.population() > 100_000);
        assertTrue(kandahar.alternateNames().contains("Kandahar"));
        Place bajaur = G.places("Bajaur").get(0);
        assertFalse(bajaur.isCity());
        assertEquals("district", bajaur.kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "USA|United States",
        "U.S.|United States",
        "US|United States",
        "United States of America|United States",
        "the United States|United States",
        "america|United States",
        "UK|United Kingdom",
        "Britain|United Kingdom",
        "Russian Federation|Russia",
        "Türkiye|Turkey",
        "Turkey|Turkey",
        "EL SALVADOR|El Salvador",
        "Republic of El Salvador|El Salvador",
        "Ivory Coast|Ivory Coast",
        "Côte d'Ivoire|Ivory Coast",
        "Burma|Myanmar",
        "DRC|DR Congo",
        "Tajikistan|Tajikistan",
        "Peru|Peru",
        "Perú|Peru",
        "the Netherlands|Netherlands",
    })
    void countryByName(String name, String country) {
        assertEquals(Optional.of(country), G.countryByName(name), name);
        assertTrue(G.isCountry(name), name);
    }

    @Test
    void citiesAndDemonymsAreNotCountries() {
        for (String s : List.of("Kiev", "Kyiv", "Moscow", "San Salvador", "Tajik", "Salvadoran", "Balochistan", "IS", "")) {
            assertFalse(G.isCountry(s), s);
            assertEquals(Optional.empty(), G.countryByName(s), s);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Tajik|Tajikistan",
        "Tajiks|Tajikistan",
        "TAJIK|Tajikistan",
        "Afghan|Afghanistan",
        "Afghans|Afghanistan",
        "Salvadoran|El Salvador",
        "SALVADORAN|El Salvador",
        "Salvadorean|El Salvador",
        "Colombian|Colombia",
        "Peruvian|Peru",
        "Guatemalan|Guatemala",
        "Honduran|Honduras",
        "Chilean|Chile",
        "Bolivian|Bolivia",
        "Ecuadorian|Ecuador",
        "Pakistani|Pakistan",
        "Iranian|Iran",
        "Russian|Russia",
        "Ukrainian|Ukraine",
        "American|United States",
        "British|United Kingdom",
        "Uzbek|Uzbekistan",
        "Kyrgyz|Kyrgyzstan",
        "Turkish|Turkey",
        "French|France",
        "Congolese|DR Congo",
        "Israeli|Israel",
        "Syrian|Syria",
    })
    void countryOfDemonym(String adjective, String country) {
        assertEquals(Optional.of(country), G.countryOfDemonym(adjective), adjective);
    }

    @Test
    void unknownDemonymsGiveNothing() {
        assertEquals(Optional.empty(), G.countryOfDemonym("Martian"));
        assertEquals(Optional.empty(), G.countryOfDemonym("Kurdish"));
        assertEquals(Optional.empty(), G.countryOfDemonym("Tajikistan"));
    }

    @Test
    void countriesByIsoCode() {
        assertEquals("El Salvador", G.countryByIso2("sv").orElseThrow().name());
        assertTrue(G.country("Tajikistan").orElseThrow().demonyms().contains("Tajik"));
    }
}

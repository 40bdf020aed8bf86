package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.Extraction;
import org.junit.jupiter.api.Test;

/** How actor names are formed and found again, on sentences of our own, in mixed case and in all-caps wire copy. */
class ActorRulesTest {
    private static Actor person(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON && a.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> names(Extraction x) {
        return x.actors().stream().map(Actor::name).toList();
    }

    @Test
    void laterMentionsByBothSurnamesOrTheFirstResolveToTheFullName() {
        Extraction x = RulesTest.run("Unidentified gunmen shot dead a judge in Medellin, Colombia, on Monday. The writer "
                + "Gabriel Garcia Marquez condemned the killing in a letter to the newspaper El Espectador. "
                + "Garcia Marquez said the murder of the judge was an attack on the whole country. "
                + "Garcia added that the government must protect the judges.", LocalDate.of(1989, 8, 22));
        assertTheOnePerson(x, "Gabriel Garcia Marquez", "Garcia Marquez", "Garcia");
    }

    /** The text names one person, under the full name and each short form, three mentions in all. */
    private static void assertTheOnePerson(Extraction x, String fullName, String... shortForms) {
        Actor p = x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON && a.name().equalsIgnoreCase(fullName))
                .findFirst().orElse(null);
        assertNotNull(p, names(x).toString());
        for (String form : shortForms) {
            assertTrue(p.aliases().stream().anyMatch(form::equalsIgnoreCase), form + " " + p.aliases());
        }
        assertEquals(3, p.mentions().size(), p.mentions().toString());
        assertEquals(1, x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), names(x).toString());
    }

    @Test
    void laterMentionsByPartOfTheNameInAllCapsWireCopy() {
        Extraction x = RulesTest.run("SAN SALVADOR, 3 MAR 90 (ACAN-EFE) -- [TEXT] THE POLICE TODAY ARRESTED MARIA ELENA "
                + "CASTILLO FUENTES, WHO IS ACCUSED OF TAKING PART IN THE BOMBING OF A BUS IN SANTA ANA IN WHICH 4 PEOPLE "
                + "WERE KILLED.\n\n   CASTILLO FUENTES SAID THAT SHE JOINED THE FMLN LAST YEAR.\n\n   CASTILLO ADDED THAT "
                + "THE FMLN HAD ORDERED THE BOMBING OF THE BUS.\n", LocalDate.of(1990, 3, 3));
        assertTheOnePerson(x, "Maria Elena Castillo Fuentes", "Castillo Fuentes", "Castillo");
    }

    @Test
    void aPartTwoPeopleShareResolvesToNeither() {
        // "Torres" is the first surname of both; "Torres Vega" and "Mejia" each fit one of them only.
        Extraction x = RulesTest.run("A bomb exploded outside the home of the journalist Ana Lucia Torres Vega in Cali on "
                + "Friday, and her colleague Jorge Torres Mejia was wounded. Torres Vega said the drug traffickers had "
                + "threatened her. Torres said the police had done nothing. Mejia said he would leave the country.",
                LocalDate.of(1989, 9, 2));
        Actor ana = person(x, "Ana Lucia Torres Vega");
        Actor jorge = person(x, "Jorge Torres Mejia");
        assertNotNull(ana, names(x).toString());
        assertNotNull(jorge, names(x).toString());
        assertTrue(ana.aliases().contains("Torres Vega"), ana.aliases().toString());
        assertTrue(jorge.aliases().contains("Mejia"), jorge.aliases().toString());
        assertFalse(ana.aliases().contains("Torres"), ana.aliases().toString());
        assertFalse(jorge.aliases().contains("Torres"), jorge.aliases().toString());
    }

    private static List<Actor> called(Extraction x, String name) {
        return x.actors().stream().filter(a -> a.name().equalsIgnoreCase(name) || a.aliases().stream().anyMatch(name::equalsIgnoreCase))
                .toList();
    }

    @Test
    void groupNameDropsDescribingWordsAndItsBracketedAcronymNamesItLater() {
        Extraction x = RulesTest.run("A bomb killed four people at a bus station in Cucuta, Colombia, on Tuesday. The "
                + "newly formed far-right Movement for National Salvation (MOSAN) said in a statement that it had planted "
                + "the bomb. Police said MOSAN had threatened the owners of the station.", LocalDate.of(1990, 5, 16));
        Actor g = RulesTest.named(x, "Movement for National Salvation");
        assertNotNull(g, names(x).toString());
        assertEquals("Movement for National Salvation", g.name());
        assertTrue(g.aliases().contains("MOSAN"), g.aliases().toString());
        assertEquals(List.of(g), called(x, "MOSAN"), names(x).toString());
        assertEquals(3, g.mentions().size(), g.mentions().toString());
    }

    @Test
    void groupNameAndAcronymInAllCapsWireCopy() {
        Extraction x = RulesTest.run("GUATEMALA CITY, 12 MAY 90 (ACAN-EFE) -- [TEXT] THE RECENTLY CREATED EXTREME RIGHTIST "
                + "MOVEMENT OF NATIONAL SALVATION (MOSAN) TODAY CLAIMED RESPONSIBILITY FOR THE BOMB ATTACK ON THE OFFICES OF "
                + "THE NEWSPAPER EL GRAFICO (GUATEMALA), IN WHICH TWO GUARDS WERE KILLED.\n\n   A POLICE SPOKESMAN SAID "
                + "THAT MOSAN HAD NOT BEEN HEARD OF BEFORE.\n\n   THE INTERIOR MINISTER SAID THAT MOSAN IS A FRONT FOR "
                + "THE GUERRILLAS.\n", LocalDate.of(1990, 5, 12));
        Actor g = RulesTest.named(x, "MOSAN");
        assertNotNull(g, names(x).toString());
        assertEquals("movement of national salvation", g.name().toLowerCase(java.util.Locale.ROOT));
        assertEquals(List.of(g), called(x, "MOSAN"), names(x).toString());
        assertEquals(4, g.mentions().size(), g.mentions().toString());
        assertTrue(x.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), names(x).toString());
        assertTrue(x.actors().stream().noneMatch(a -> a.aliases().stream().anyMatch("GUATEMALA"::equalsIgnoreCase)
                && a.kind() != ActorKind.STATE), x.actors().toString());
    }

    @Test
    void translatedGroupKeepsTheAcronymOfItsSpanishNameInAllCaps() {
        // FRESAN is the Frente de Salvacion Nacional: not every letter is in the English name, but it starts as "Front".
        Extraction x = RulesTest.run("SAN SALVADOR, 14 JUN 90 (EFE) -- [TEXT] THE SO-CALLED NATIONAL SALVATION FRONT "
                + "(FRESAN) TODAY CLAIMED RESPONSIBILITY FOR THE BOMB ATTACK ON A BUS IN SANTA TECLA IN WHICH 3 PEOPLE "
                + "WERE KILLED.\n\n   A POLICE SPOKESMAN SAID THAT FRESAN HAD NOT BEEN HEARD OF BEFORE.\n",
                LocalDate.of(1990, 6, 14));
        Actor g = RulesTest.named(x, "FRESAN");
        assertNotNull(g, names(x).toString());
        assertEquals("national salvation front", g.name().toLowerCase(java.util.Locale.ROOT));
        assertEquals(3, g.mentions().size(), g.mentions().toString());
        assertTrue(x.actors().stream().noneMatch(a -> a.kind() == ActorKind.PERSON), names(x).toString());
    }

    @Test
    void bracketsThatHoldNoAcronymOfTheNameAddNoAlias() {
        // All caps: the letters of "BOGOTA" are not all in "El Espectador"; mixed case: "Bogota" is no acronym's shape.
        for (String text : List.of("BOGOTA, 2 SEP 89 (EFE) -- [TEXT] A BOMB DESTROYED THE OFFICES OF THE NEWSPAPER "
                + "EL ESPECTADOR (BOGOTA) TODAY, KILLING ONE PERSON.\n", "A bomb destroyed the offices of the newspaper "
                + "El Espectador (Bogota) on Saturday, killing one person.")) {
            Extraction x = RulesTest.run(text, LocalDate.of(1989, 9, 2));
            assertTrue(x.actors().stream().noneMatch(a -> a.aliases().stream().anyMatch("Bogota"::equalsIgnoreCase)),
                    x.actors().toString());
        }
    }
}

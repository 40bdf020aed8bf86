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
        Actor gabo = person(x, "Gabriel Garcia Marquez");
        assertNotNull(gabo, names(x).toString());
        assertTrue(gabo.aliases().containsAll(List.of("Garcia Marquez", "Garcia")), gabo.aliases().toString());
        assertEquals(3, gabo.mentions().size(), gabo.mentions().toString());
        assertEquals(1, x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), names(x).toString());
    }

    @Test
    void laterMentionsByPartOfTheNameInAllCapsWireCopy() {
        Extraction x = RulesTest.run("SAN SALVADOR, 3 MAR 90 (ACAN-EFE) -- [TEXT] THE POLICE TODAY ARRESTED MARIA ELENA "
                + "CASTILLO FUENTES, WHO IS ACCUSED OF TAKING PART IN THE BOMBING OF A BUS IN SANTA ANA IN WHICH 4 PEOPLE "
                + "WERE KILLED.\n\n   CASTILLO FUENTES SAID THAT SHE JOINED THE FMLN LAST YEAR.\n\n   CASTILLO ADDED THAT "
                + "THE FMLN HAD ORDERED THE BOMBING OF THE BUS.\n", LocalDate.of(1990, 3, 3));
        Actor maria = x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON
                && a.name().equalsIgnoreCase("Maria Elena Castillo Fuentes")).findFirst().orElse(null);
        assertNotNull(maria, names(x).toString());
        assertTrue(maria.aliases().stream().anyMatch("Castillo Fuentes"::equalsIgnoreCase), maria.aliases().toString());
        assertTrue(maria.aliases().stream().anyMatch("Castillo"::equalsIgnoreCase), maria.aliases().toString());
        assertEquals(3, maria.mentions().size(), maria.mentions().toString());
        assertEquals(1, x.actors().stream().filter(a -> a.kind() == ActorKind.PERSON).count(), names(x).toString());
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
}

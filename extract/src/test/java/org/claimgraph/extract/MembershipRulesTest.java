package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.Actor;
import org.claimgraph.core.extraction.Assertion;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.Extraction;
import org.junit.jupiter.api.Test;

/** Membership links and the attributions they carry to groups, on sentences of our own. */
class MembershipRulesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 6, 10);

    private static Extraction run(String text, LocalDate published) {
        return RulesTest.run(text, published);
    }

    /** The assertion on {@code suspect} that came through a member, or null. */
    private static Assertion through(Extraction x, String suspect) {
        Actor s = RulesTest.named(x, suspect);
        if (s == null) {
            return null;
        }
        return x.assertions().stream().filter(a -> a.suspect().equals(s.id()) && a.via() != null).findFirst().orElse(null);
    }

    private static String name(Extraction x, String id) {
        return x.actors().stream().filter(a -> a.id().equals(id)).map(Actor::name).findFirst().orElse("?");
    }

    @Test
    void anAppositionTiesTheAccusedToHisGroupOneStepLessSure() {
        for (String text : List.of("Juan Ortega was involved in the bombing of the police station in Cucuta, Colombia, "
                        + "on Monday. Ortega, a senior commander of the National Liberation Army, was arrested on Tuesday.",
                "BOGOTA, 10 JUN 89 (EFE) -- [TEXT] JUAN ORTEGA WAS INVOLVED IN THE BOMBING OF THE POLICE STATION IN "
                        + "CUCUTA ON 8 JUNE. ORTEGA, A SENIOR COMMANDER OF THE NATIONAL LIBERATION ARMY, WAS ARRESTED "
                        + "YESTERDAY.")) {
            Extraction x = run(text, PUB);
            Assertion a = through(x, "National Liberation Army");
            assertNotNull(a, text + " " + AssertionRulesTest.lines(x));
            assertEquals("Juan Ortega", name(x, a.via()));
            assertEquals(Certainty.PROBABLE, a.certainty(), "a member's deed is not surely the group's");
            assertEquals("National Liberation Army", RulesTest.named(x, "Juan Ortega").affiliation());
        }
    }

    @Test
    void aCopulaListTiesThePersonToEveryGroupNamed() {
        Extraction x = run("Carlos Mejia was involved in the attack on a bus in Medellin, Colombia, on Monday, police said. "
                + "Mejia is one of the founders of the Nationalist Republican Alliance and of the Popular Liberation Army.",
                PUB);
        assertNotNull(through(x, "Nationalist Republican Alliance"), AssertionRulesTest.lines(x).toString());
        assertNotNull(through(x, "Popular Liberation Army"), AssertionRulesTest.lines(x).toString());
    }

    @Test
    void aPronounThatReportsItsOwnMembershipIsTheSpeaker() {
        String text = "SAN SALVADOR, 18 DEC 89 (RADIO CADENA) -- [TEXT] ANA MARIA RUIZ WAS INVOLVED IN THE ATTACK ON AN "
                + "URBAN BUS IN SAN MIGUEL ON 9 DECEMBER. RUIZ SAID THAT SHE JOINED THE ERP LAST MARCH.";
        Extraction x = run(text, LocalDate.of(1989, 12, 18));
        Assertion a = through(x, "ERP");
        assertNotNull(a, AssertionRulesTest.lines(x).toString());
        assertEquals(Assertion.AUTHOR, a.holder());
    }

    @Test
    void aRankTiesAnOfficerToTheOneArmyTheReportNames() {
        Extraction x = run("Prosecutors said on Monday that Colonel Jose Ortiz was involved in the murder of six "
                + "priests in San Salvador, El Salvador, on Sunday. The Salvadoran army declined to comment.", PUB);
        Assertion a = through(x, "Salvadoran Army");
        assertNotNull(a, AssertionRulesTest.lines(x).toString());
        assertEquals("Jose Ortiz", name(x, a.via()));
        // A police colonel is no soldier of the army.
        Extraction police = run("Prosecutors said on Monday that police Colonel Jose Ortiz was involved in the murder "
                + "of six priests in San Salvador, El Salvador, on Sunday. The Salvadoran army declined to comment.", PUB);
        assertNull(through(police, "Salvadoran Army"), AssertionRulesTest.lines(police).toString());
        // "Secretary General" and "Attorney General" are titles of their own, no army ranks.
        Extraction titles = run("SAN SALVADOR, 3 MAR 89 (RADIO CADENA) -- [TEXT] PARTY SECRETARY GENERAL JOSE ORTIZ AND ATTORNEY "
                + "GENERAL LUIS ARCE WERE INVOLVED IN THE MURDER OF SIX PRIESTS IN SAN SALVADOR ON 1 MARCH. THE SALVADORAN ARMY "
                + "DECLINED TO COMMENT.", LocalDate.of(1989, 3, 3));
        assertTrue(titles.actors().stream().noneMatch(y -> "Salvadoran Army".equals(y.affiliation())), titles.actors().toString());
    }

    @Test
    void aGroupThatBlamesItsOwnManIsNotMadeToBlameItself() {
        Extraction x = run("The Salvadoran army said on Monday that Colonel Jose Ortiz was involved in the murder of six "
                + "priests in San Salvador, El Salvador, on Sunday.", PUB);
        assertNotNull(RulesTest.named(x, "Jose Ortiz"), x.actors().toString());
        assertEquals("Salvadoran Army", RulesTest.named(x, "Jose Ortiz").affiliation());
        assertNull(through(x, "Salvadoran Army"), AssertionRulesTest.lines(x).toString());
    }

    @Test
    void noTieToAForumOrFromAnExpert() {
        Extraction x = run("Maria Lopez, a member of the Colombian Congress, was involved in the bombing of a bank in Cali, "
                + "Colombia, on Monday, police said. Tore Hamming, an expert on the National Liberation Army, said the "
                + "group had changed.", PUB);
        assertTrue(x.assertions().stream().noneMatch(a -> a.via() != null), AssertionRulesTest.lines(x).toString());
        Actor hamming = RulesTest.named(x, "Tore Hamming");
        assertFalse(hamming != null && "National Liberation Army".equals(hamming.affiliation()), String.valueOf(hamming));
    }
}

package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.claimgraph.core.extraction.Event;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.core.extraction.Extraction;
import org.junit.jupiter.api.Test;

/** The event rules, each on sentences of our own (not from the sample article or MUC). */
class EventRulesTest {
    private static Extraction run(String text, LocalDate published) {
        return Samples.EXTRACTOR.extract(Samples.doc(text, published));
    }

    private static List<Event> attacks(Extraction x) {
        return x.events().stream().filter(e -> e.kind() == EventKind.ATTACK).toList();
    }

    @Test
    void definiteMentionWithAPlaceIsTheKnownEventNotANewOne() {
        Extraction x = run("A gunman opened fire in the Grand Mosque of Lyon, France, on March 3, killing two worshippers. "
                + "The city council met on Monday to discuss housing. Investigators have not yet linked anyone to the Lyon attack.",
                LocalDate.of(2023, 3, 9));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("2023-03-03", attacks(x).get(0).date());
    }

    @Test
    void placeAndDateOfTheSentenceBeforeTheTrigger() {
        Extraction x = run("In May 2022, 12 people were killed in Mosul in one of the deadliest attacks there in years.",
                LocalDate.of(2022, 8, 1));
        Event e = attacks(x).get(0);
        assertEquals("Iraq", e.country());
        assertEquals("2022-05", e.date());
        assertEquals(12, e.killed().min());
    }

    @Test
    void plannedAttacksAreNoAttack() {
        Extraction x = run("Police arrested three men in Hamburg in May on suspicion of plots to attack a stadium and of the "
                + "preparation of attacks in Germany.", LocalDate.of(2023, 6, 1));
        assertTrue(attacks(x).isEmpty(), x.events().toString());
    }

    @Test
    void clockTimesAreNotYearsAndTodayDatesTheReportNotTheAttack() {
        Extraction x = run("LIMA, 14 MAR 89 (EFE) -- [TEXT] THE POLICE CONFIRMED TODAY THAT A BOMB EXPLODED AT 2030 ON "
                + "12 MARCH IN FRONT OF THE CITY HALL OF HUANCAYO.\n", LocalDate.of(1989, 3, 14));
        Event e = attacks(x).get(0);
        assertEquals("Peru", e.country());
        assertEquals("1989-03-12", e.date());
    }

    @Test
    void sharedPlaceNameIsReadInTheDatelineCountryAndUsIsAPronoun() {
        Extraction x = run("SAN SALVADOR, 3 MAY 90 (RADIO CADENA) -- [TEXT] THE WITNESSES TOLD US THAT GUERRILLAS ATTACKED A "
                + "BUS IN SANTA ANA YESTERDAY.\n", LocalDate.of(1990, 5, 3));
        Event e = attacks(x).get(0);
        assertEquals("El Salvador", e.country());
        assertEquals("1990-05-02", e.date());
    }

    @Test
    void undatedAttackInADatelinedReportGetsTheDatelineMonth() {
        Extraction x = run("QUITO, 9 JUN 89 (EFE) -- [TEXT] THE POLICE REPORTED NEW UNREST IN THE NORTH. "
                + "A GROUP OF ARMED MEN BURNED A TRUCK NEAR TULCAN.\n", LocalDate.of(1989, 6, 9));
        Event e = attacks(x).get(0);
        assertEquals("Ecuador", e.country());
        assertEquals("1989-06", e.date());
    }

    @Test
    void perpetratorsCountNationalityAndCapture() {
        Extraction x = run("Gunmen attacked a bank in Nairobi on Friday, killing a guard. The three attackers, all citizens of "
                + "Somalia, were arrested by police on Saturday.", LocalDate.of(2023, 5, 8));
        Event e = attacks(x).get(0);
        assertEquals("Kenya", e.country());
        assertEquals(3, e.perpetrators().count());
        assertEquals("Somalia", e.perpetrators().nationality());
        assertEquals(Boolean.TRUE, e.perpetrators().captured());
    }

    @Test
    void membersOfANumberedGroupShareItsDateAndTakeAPlaceFromACutOffFragment() {
        Extraction x = run("The group claimed two attacks in February: on a market in Kirkuk, Iraq, which left 8 dead, "
                + "and one on a hotel. In Erbil. , where a guard was shot.", LocalDate.of(2023, 4, 2));
        Event erbil = attacks(x).stream().filter(e -> "Erbil".equals(e.place())).findFirst().orElseThrow(
                () -> new AssertionError(x.events().toString()));
        assertEquals("Iraq", erbil.country());
        assertEquals("2023-02", erbil.date());
    }

    @Test
    void definiteMentionWithAStrayWeekdayIsTheKnownEvent() {
        // Published on a Wednesday; "on Thursday" would put the explosion six days earlier.
        Extraction x = run("A bomb exploded today outside the city hall of Trujillo, Peru. "
                + "The explosion occurred at 2200 on Thursday and shattered windows along the street.",
                LocalDate.of(2023, 5, 10));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("2023-05-10", attacks(x).get(0).date());
    }

    @Test
    void countryAsAdjectiveIsNotThePlace() {
        Extraction x = run("Gunmen shot dead two U.S. engineers at a dam near Guayaquil yesterday.",
                LocalDate.of(2023, 3, 12));
        assertEquals("Ecuador", attacks(x).get(0).country(), x.events().toString());
    }

    @Test
    void unitsOfNoNamedGroupAreNoActor() {
        Extraction x = run("CLANDESTINE, 3 APR 90 -- Our forces report on the actions of last night in Guayaquil. "
                + "Urban commando units staged attacks on two police posts at 2100.", LocalDate.of(1990, 4, 3));
        assertTrue(x.actors().stream().noneMatch(a -> a.name().equalsIgnoreCase("Urban commando")), x.actors().toString());
    }

    @Test
    void bareTriggerRightAfterADefiniteOneIsTheSameEvent() {
        Extraction x = run("A bomb exploded at a power tower in Cali, Colombia, on Monday. "
                + "Police said the bomb -- detonated by remote control -- cut power to half the city.", LocalDate.of(2023, 5, 9));
        assertEquals(1, attacks(x).size(), x.events().toString());
    }

    @Test
    void determinerOfAVerbTriggersSubjectMakesNoDefiniteMention() {
        Extraction x = run("Guerrillas dynamited a pipeline near Arauca, Colombia, on 7 July. "
                + "On 16 June, the ELN destroyed an oil terminal on the coast.", LocalDate.of(2023, 7, 8));
        assertEquals(2, attacks(x).size(), x.events().toString());
    }

    @Test
    void aSuspectedStateIsNotThePlaceOfTheAttack() {
        Extraction x = run("Officials in Baku said on Friday that Armenia had helped plan the attack on the Zephyr Music Hall.",
                LocalDate.of(2023, 5, 12));
        assertTrue(x.events().stream().noneMatch(e -> "Armenia".equals(e.country())), x.events().toString());
    }

    @Test
    void statesBlamedForTheAttackAreNotItsPlace() {
        Extraction x = run("A car bomb exploded in Mogadishu on Sunday, killing nine people. "
                + "Local officials later blamed Kenya and the United States for the attack.", LocalDate.of(2023, 8, 14));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("Somalia", attacks(x).get(0).country());
    }

    @Test
    void theBombersNationalityIsNotAnotherAttack() {
        Extraction x = run("A bombing at a market in Peshawar on 4 May killed twelve people. "
                + "Police said they had identified the attack and that one of the three suicide bombers was a citizen of Uzbekistan.",
                LocalDate.of(2023, 5, 9));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("Pakistan", attacks(x).get(0).country());
        assertEquals("Uzbekistan", attacks(x).get(0).perpetrators().nationality());
    }

    @Test
    void aDateAfterSinceBoundsAComparisonNotTheEvent() {
        Extraction x = run("A truck bomb exploded in Herat on 2 June, killing thirty people. "
                + "It was the deadliest bombing in Afghanistan since the 2001 invasion.", LocalDate.of(2023, 6, 5));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("2023-06-02", attacks(x).get(0).date());
    }

    @Test
    void tollUpdateLaterInTheSentenceIsTheKilledCount() {
        Extraction x = run("The death toll from Sunday's bombing of a wedding hall in Kabul rose to 63 on Monday, officials said.",
                LocalDate.of(2019, 8, 19));
        Event e = attacks(x).get(0);
        assertEquals(63, e.killed().min(), e.toString());
        x = run("The number of people killed in the attack on a market in Baghdad on Thursday has risen to 35, "
                + "the health ministry said.", LocalDate.of(2021, 1, 23));
        assertEquals(35, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void oneNamedOrSingularVictimCountsOne() {
        Extraction x = run("Gunmen killed a judge in an attack in Quetta, Pakistan, on Tuesday.", LocalDate.of(2022, 6, 9));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        assertEquals(1, attacks(x).get(0).killed().max());
        x = run("MEDELLIN, 4 MAY 89 (EFE) -- [TEXT] MAYOR LUIS ORTEGA WAS MURDERED IN AN ATTACK IN MEDELLIN YESTERDAY.\n",
                LocalDate.of(1989, 5, 4));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void noVictimOrManyVictimsGiveNoCountOfOne() {
        Extraction x = run("A bomb exploded outside a bank in Lima, Peru, on Friday, but nobody was killed.", LocalDate.of(1990, 2, 3));
        assertEquals(null, attacks(x).get(0).killed(), x.events().toString());
        x = run("Militants killed a family of farmers in an attack on a village in Borno, Nigeria, on Sunday.", LocalDate.of(2020, 3, 3));
        assertEquals(null, attacks(x).get(0).killed(), x.events().toString());
    }

    @Test
    void killingNounsCountTheirVictims() {
        Extraction x = run("The massacre of 14 villagers in an attack near Kidal, Mali, on Saturday was condemned by the UN.",
                LocalDate.of(2021, 5, 3));
        assertEquals(14, attacks(x).get(0).killed().min(), x.events().toString());
        x = run("Police in Karachi, Pakistan, are investigating the assassination of Senator Imran Qadir in a bomb attack "
                + "on Monday.", LocalDate.of(2021, 5, 5));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        x = run("Police in Karachi, Pakistan, are investigating the attempted assassination of Senator Imran Qadir in a "
                + "bomb attack on Monday.", LocalDate.of(2021, 5, 5));
        assertEquals(null, x.events().get(0).killed(), x.events().toString());
    }

    @Test
    void namedVictimsAfterATitleAreCounted() {
        Extraction x = run("Gunmen murdered union leader Ana Ruiz in an attack in Cali, Colombia, on Monday.", LocalDate.of(1990, 3, 7));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        assertEquals(1, attacks(x).get(0).killed().max());
        x = run("QUITO, 9 MAR 90 (EFE) -- [TEXT] ON 7 MARCH TROOPS MURDERED PEASANTS LUIS GOMEZ AND JOSE DIAZ IN AN ATTACK "
                + "ON A FARM NEAR ZAMORA.\n", LocalDate.of(1990, 3, 9));
        assertEquals(2, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void aKillingNounNamesItsVictimAfterATitleOrByPossessive() {
        Extraction x = run("The president condemned the murder of former Supreme Court president Ana Ruiz in a bomb attack in "
                + "Lima, Peru, on Friday.", LocalDate.of(1989, 11, 28));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        x = run("LIMA, 28 NOV 89 (EFE) -- [TEXT] THE ATTACK ON 26 NOVEMBER IN LIMA RESULTED IN THE DEATH OF A CIVILIAN "
                + "WHO WAS PASSING BY.\n", LocalDate.of(1989, 11, 28));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        x = run("The bishop condemned the six priests' slaying in an attack in San Miguel, El Salvador, on Thursday.",
                LocalDate.of(1989, 11, 20));
        assertEquals(6, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void oneNamedOrSingularPersonWoundedCountsOne() {
        Extraction x = run("Rebels attacked a police post in Cuenca, Ecuador, on Friday. A guard was seriously wounded.",
                LocalDate.of(1990, 4, 8));
        assertEquals(1, attacks(x).get(0).injured().min(), x.events().toString());
        x = run("LIMA, 5 OCT 89 (EFE) -- [TEXT] REBELS ATTACKED THE CAR OF A JUDGE IN LIMA ON 4 OCTOBER. "
                + "THE JUDGE, 56, WAS KILLED AND HIS BODYGUARD WAS SERIOUSLY WOUNDED.\n", LocalDate.of(1989, 10, 5));
        assertEquals(1, attacks(x).get(0).killed().min(), x.events().toString());
        assertEquals(1, attacks(x).get(0).injured().min(), x.events().toString());
    }

    @Test
    void vagueCountsGiveTheirSureLowerBound() {
        Extraction x = run("SAN SALVADOR, 31 OCT 89 (AFP) -- [TEXT] AT LEAST SIX PERSONS WERE KILLED AND SEVERAL INJURED WHEN A "
                + "CAR BOMB EXPLODED TODAY OUTSIDE A BANK IN SAN SALVADOR.\n", LocalDate.of(1989, 10, 31));
        Event e = attacks(x).get(0);
        assertEquals(6, e.killed().min(), x.events().toString());
        assertEquals(2, e.injured().min(), x.events().toString());
        assertEquals(null, e.injured().max());
        x = run("A bomb attack on a market in Kano, Nigeria, on Sunday killed two people and wounded dozens.", LocalDate.of(2021, 3, 2));
        assertEquals(24, attacks(x).get(0).injured().min(), x.events().toString());
        x = run("A bomb exploded at a hotel in Cartagena, Colombia, on Sunday, killing two people and injuring another.",
                LocalDate.of(1989, 9, 25));
        assertEquals(1, attacks(x).get(0).injured().min(), x.events().toString());
        assertEquals(1, attacks(x).get(0).injured().max());
        x = run("In several attacks in Lima, Peru, on Friday, people were killed.", LocalDate.of(1990, 2, 3));
        assertTrue(attacks(x).stream().allMatch(a -> a.killed() == null), x.events().toString());
    }

    @Test
    void thePartNotTheWholeAndVictimsInARelativeClause() {
        Extraction x = run("Guerrillas attacked an army post in Cuenca, Ecuador, on Friday. Seven of the nine soldiers were wounded.",
                LocalDate.of(1990, 4, 8));
        assertEquals(7, attacks(x).get(0).injured().min(), x.events().toString());
        x = run("SAN SALVADOR, 2 NOV 89 (AFP) -- [TEXT] THOUSANDS ATTENDED THE FUNERAL OF THE EIGHT MINERS WHO WERE KILLED "
                + "ON 31 OCTOBER DURING AN ATTACK ON A MINE NEAR SAN MIGUEL.\n", LocalDate.of(1989, 11, 2));
        assertEquals(8, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void bodiesRecoveredAreTheDead() {
        Extraction x = run("Rescue teams recovered the bodies of 23 passengers after a bomb attack on a bus near Quetta, Pakistan, "
                + "on Friday.", LocalDate.of(2022, 6, 11));
        assertEquals(23, attacks(x).get(0).killed().min(), x.events().toString());
        x = run("BOGOTA, 28 NOV 89 (EFE) -- [TEXT] TROOPS RECOVERED 41 BODIES ON 27 NOVEMBER AFTER A BOMB ATTACK ON A BUS "
                + "NEAR CALI.\n", LocalDate.of(1989, 11, 28));
        assertEquals(41, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void anUndatedAttackOnANamedSiteIsKeptOnlyWhenSomeoneIsHeldResponsible() {
        Extraction x = run("A senior police official blamed Boko Haram for the attack on the Grand Market Hall, but gave no evidence.",
                LocalDate.of(2022, 2, 1));
        assertEquals(1, attacks(x).size(), x.events().toString());
        Event e = attacks(x).get(0);
        assertEquals("Grand Market Hall", e.site());
        assertEquals(null, e.place(), "the site is not its own town");
        assertEquals(1, x.assertions().size(), x.assertions().toString());
        x = run("Investigators visited the scene of the attack on the Grand Market Hall.", LocalDate.of(2022, 2, 1));
        assertTrue(attacks(x).isEmpty(), x.events().toString());
    }

    @Test
    void aSiteTakesTheTownAndDayItsSentenceNamesBeyondTheTriggersWindow() {
        Extraction x = run("A suicide bomber blew himself up outside a branch of Habib Bank in the northwestern Pakistani "
                + "city of Peshawar on Tuesday morning, where pensioners had queued since dawn, police said.",
                LocalDate.of(2022, 3, 10));
        Event e = attacks(x).get(0);
        assertEquals("Peshawar", e.place(), e.toString());
        assertEquals("Pakistan", e.country());
        assertEquals("2022-03-08", e.date());
    }

    @Test
    void theTollOfTheSentenceAfterTheAttackIsItsToll() {
        Extraction x = run("Gunmen attacked a police post in Zamora, Ecuador, on Friday. Three officers were killed and two "
                + "were wounded.", LocalDate.of(1990, 4, 8));
        assertEquals(3, attacks(x).get(0).killed().min(), x.events().toString());
    }

    @Test
    void smallTownSharedAbroadIsReadInTheDatelineCountry() {
        Extraction x = run("GUATEMALA CITY, 4 FEB 90 (ACAN-EFE) -- [TEXT] THE ARMY SAID TODAY THAT GUERRILLAS ATTACKED A FARM "
                + "NEAR SANTO TOMAS ON 2 FEBRUARY.\n", LocalDate.of(1990, 2, 4));
        assertEquals("Guatemala", attacks(x).get(0).country(), x.events().toString());
    }

    @Test
    void firstWordOfASiteNameIsNoPlace() {
        Extraction x = run("Gunmen attacked students at San Carlos University on Monday, killing two, police in Guatemala said.",
                LocalDate.of(2023, 5, 3));
        assertTrue(attacks(x).stream().noneMatch(e -> "Mali".equals(e.country())), x.events().toString());
        Extraction y = run("A bomb exploded at Kandahar University on Monday, wounding four students.", LocalDate.of(2023, 5, 3));
        assertEquals("Afghanistan", attacks(y).get(0).country(), y.events().toString());
    }

    @Test
    void datelineWithTheCountryInBrackets() {
        Extraction x = run("CARACAS (VENEZUELA), 27 OCT 89 (DPA) -- [TEXT] FIVE SOLDIERS WERE KILLED IN AN ATTACK ON A PATROL "
                + "IN APURE STATE.\n", LocalDate.of(1989, 10, 27));
        Event e = attacks(x).get(0);
        assertEquals("Venezuela", e.country(), x.events().toString());
        assertTrue(e.date() != null && e.date().startsWith("1989-10"), x.events().toString());
    }

    @Test
    void clandestineDatelineTakesTheCountryOfTheGroupsNamed() {
        Extraction x = run("CLANDESTINE, 26 MAY 89 (RADIO VENCEREMOS) -- [TEXT] THE FMLN REPORTS THAT URBAN COMMANDO UNITS "
                + "ATTACKED THE 1ST INFANTRY BRIGADE HEADQUARTERS ON THURSDAY.\n", LocalDate.of(1989, 5, 26));
        assertEquals("El Salvador", attacks(x).get(0).country(), x.events().toString());
    }

    @Test
    void lastNightIsTheDayBeforeAndTheDatelineDatesNoEvent() {
        Extraction x = run("LA PAZ, 25 MAY 89 (DPA) -- [TEXT] TWO MISSIONARIES WERE KIDNAPED LAST NIGHT IN LA PAZ.\n",
                LocalDate.of(1989, 5, 25));
        Event e = attacks(x).get(0);
        assertEquals("Bolivia", e.country());
        assertTrue(!"1989-05-25".equals(e.date()), x.events().toString());
    }

    @Test
    void hyphenatedModifierIsNoTrigger() {
        Extraction x = run("BOGOTA, 27 NOV 89 (EFE) -- [TEXT] BOMB-SQUAD EXPERTS ARE EXAMINING THE WRECKAGE OF THE PLANE.\n",
                LocalDate.of(1989, 11, 27));
        assertTrue(attacks(x).isEmpty(), x.events().toString());
    }

    @Test
    void bareMentionsOfOneIncidentAreThatIncident() {
        Extraction x = run("CALI, 5 MAR 90 (EFE) -- [TEXT] UNIDENTIFIED MEN KIDNAPPED BUSINESSMAN JUAN PEREZ IN CALI ON 3 MARCH. "
                + "POLICE SOURCES SAID THAT AN ABDUCTION OF THIS KIND HAD BEEN EXPECTED. THE KIDNAPPING WAS CLAIMED BY THE ELN.\n",
                LocalDate.of(1990, 3, 5));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("1990-03-03", attacks(x).get(0).date());
    }

    @Test
    void aBareMentionStaysApartWhenTwoPinnedIncidentsCouldBeMeant() {
        Extraction x = run("Gunmen kidnapped an engineer in Kaduna, Nigeria, on 7 June. Gunmen kidnapped a priest in Kano, "
                + "Nigeria, on 9 June. Residents said an abduction had been expected.", LocalDate.of(2021, 6, 11));
        assertEquals(3, attacks(x).size(), x.events().toString());
        assertTrue(attacks(x).stream().allMatch(e -> e.mentions().size() == 1), x.events().toString());
    }

    @Test
    void aDefiniteMentionWithOnlyADayIsTheIncidentOfThatDay() {
        Extraction x = run("QUITO, 12 JUN 90 (EFE) -- [TEXT] A JUDGE WAS SHOT DEAD LAST NIGHT BY UNIDENTIFIED GUNMEN. THE POLICE "
                + "SAID THAT THE MURDER TOOK PLACE AT 2300 LAST NIGHT, AND THAT 20 MINUTES LATER A CALLER CLAIMED IT.\n",
                LocalDate.of(1990, 6, 12));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("1990-06-11", attacks(x).get(0).date());
    }

    @Test
    void lastWeekdayIsTheLatestOneAndABracketedDateSaysWhichDay() {
        Extraction x = run("Gunmen killed a mayor in an attack in Sucre, Bolivia, last Friday, police said.", LocalDate.of(1989, 11, 19));
        assertEquals("1989-11-17", attacks(x).get(0).date(), x.events().toString());
        x = run("MADRID, 19 NOV 89 (EFE) -- [TEXT] THE PRIESTS MURDERED LAST WEEK [13 NOVEMBER] IN AN ATTACK IN SANTA ANA, "
                + "EL SALVADOR, WERE BURIED TODAY.\n", LocalDate.of(1989, 11, 19));
        assertEquals("1989-11-13", attacks(x).get(0).date(), x.events().toString());
    }

    @Test
    void aDetailToldAfterTheAttackDoesNotTakeTheClaimAway() {
        Extraction x = run("Gunmen opened fire at the Grand Theatre in Lyon, France, on Friday evening, killing 12 people.\n\n"
                + "The attackers burst into the hall shortly before a play began and shot at spectators.\n\n"
                + "The Islamic State claimed responsibility for the attack in a statement on Friday night.", LocalDate.of(2023, 5, 6));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals(1, x.assertions().size(), x.assertions().toString());
        assertEquals(attacks(x).get(0).id(), x.assertions().get(0).event());
    }

    @Test
    void anUndatedMentionAtThePlaceOfTheOneDatedIncidentIsThatIncident() {
        Extraction x = run("A bus exploded near Peshawar, Pakistan, on Tuesday, killing 14 passengers. Two powerful explosions "
                + "tore the bus apart. Police are investigating the explosions that destroyed the bus shortly after it left "
                + "the Peshawar General Bus Station.", LocalDate.of(2022, 3, 10));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("2022-03-08", attacks(x).get(0).date());
    }

    @Test
    void theCapitalIsTheCapitalOfTheEventsCountry() {
        Extraction x = run("LIMA, 12 MAR 90 (EFE) -- [TEXT] A CAR BOMB EXPLODED IN THE CAPITAL ON 10 MARCH, THE POLICE SAID.\n",
                LocalDate.of(1990, 3, 12));
        assertEquals("Lima", attacks(x).get(0).place(), x.events().toString());
        x = run("A suicide bomber attacked a checkpoint in the capital of Somalia on Sunday.", LocalDate.of(2023, 5, 8));
        assertEquals("Mogadishu", attacks(x).get(0).place(), x.events().toString());
    }

    @Test
    void theDayOfAReportIsNotTheDayOfTheIncidentItTellsBack() {
        Extraction x = run("LIMA, 5 MAY 90 (EFE) -- [TEXT] TODAY THE INTERIOR MINISTER REJECTED CHARGES ABOUT THE BOMBING OF "
                + "THE BANK.  A BOMB EXPLODED AT A BANK IN LIMA ON 2 MAY, INJURING TWO GUARDS.\n", LocalDate.of(1990, 5, 5));
        assertEquals(1, attacks(x).size(), x.events().toString());
        assertEquals("1990-05-02", attacks(x).get(0).date());
    }

    @Test
    void aCityWordTheReportAddsIsNotPartOfThePlaceName() {
        Extraction x = run("SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] URBAN GUERRILLAS SABOTAGED PYLONS IN SAN MIGUEL CITY "
                + "ON 1 JANUARY.\n", LocalDate.of(1990, 1, 3));
        assertEquals("San Miguel", attacks(x).get(0).place(), x.events().toString());
        x = run("A bomb exploded in a market in Guatemala City on 1 January.", LocalDate.of(1990, 1, 3));
        assertEquals("Guatemala City", attacks(x).get(0).place(), x.events().toString());
    }

    @Test
    void aReportFiledAbroadIsAboutTheCountryItsBodyPlacesThingsIn() {
        // Exiles speaking in Mexico City about Honduras: the attacks they tell are Honduran.
        Extraction x = run("MEXICO CITY, 14 MAR 90 (AFP) -- [TEXT] THE HONDURAN FEDERATION OF TEACHERS TODAY DENOUNCED THE "
                + "KIDNAPPING OF FOUR OF ITS LEADERS. THE TEACHERS CALLED ON THE UNITED NATIONS TO SEND OBSERVERS TO "
                + "HONDURAS AND SAID THE VIOLENCE IN HONDURAS HAS GROWN SINCE JANUARY.", LocalDate.of(1990, 3, 14));
        assertEquals("Honduras", attacks(x).get(0).country(), x.events().toString());
        // A report that names its own country more is about it, however often it names the neighbour.
        Extraction home = run("CARACAS, 14 MAR 90 (AFP) -- [TEXT] THE VENEZUELAN ARMY REPORTED THE KIDNAPPING OF TWO RANCHERS "
                + "YESTERDAY. VENEZUELAN OFFICIALS SAID COLOMBIAN REBELS CROSSED INTO VENEZUELA AND "
                + "RETURNED TO COLOMBIA, WHERE COLOMBIAN TROOPS ARE LOOKING FOR THEM IN COLOMBIA.", LocalDate.of(1990, 3, 14));
        assertEquals("Venezuela", attacks(home).get(0).country(), home.events().toString());
    }

    @Test
    void attacksInTheCapitalIncludingItemsPlaceTheItemsThere() {
        for (String text : List.of("In Peru, there have been several attacks in the capital this week, including an attack on the home "
                        + "of a judge and an attack on a police post. The police blamed the Shining Path.",
                "LIMA, 14 MAR 90 (EFE) -- [TEXT] IN RECENT DAYS THERE HAVE BEEN ATTACKS IN THE CAPITAL, INCLUDING AN ATTACK "
                        + "ON THE RESIDENCE OF A JUDGE AND AN ATTACK ON A POLICE POST. THE POLICE BLAMED THE SHINING PATH.")) {
            Extraction x = run(text, LocalDate.of(1990, 3, 14));
            assertTrue(attacks(x).stream().anyMatch(e -> "Lima".equals(e.place()) && "Peru".equals(e.country())),
                    text + " " + x.events());
        }
        // An apposition names the capital itself.
        Extraction named = run("A bomb exploded in the capital, Kabul, on Monday, killing four people.", LocalDate.of(2024, 6, 10));
        assertEquals("Kabul", attacks(named).get(0).place(), named.events().toString());
    }

    @Test
    void listedAttacksWithDifferentTargetsAreSeparateEventsInTheCapital() {
        Extraction x = run("SAN SALVADOR, 3 MAR 89 (RADIO CADENA) -- [TEXT] IN RECENT HOURS THERE HAVE BEEN ATTACKS IN THE CAPITAL, "
                + "INCLUDING AN ATTACK ON THE RESIDENCE OF COLONEL JUAN CARRANZA, AND AN ATTACK ON A RELATIVE OF COLONEL PEDRO "
                + "LOPEZ. THE ARMED FORCES SAID THAT THE FMLN IS RESPONSIBLE FOR THESE ATTACKS.\n", LocalDate.of(1989, 3, 3));
        assertEquals(2, attacks(x).size(), x.events().toString());
        for (Event e : attacks(x)) {
            assertEquals("San Salvador", e.place(), x.events().toString());
            assertEquals("El Salvador", e.country(), x.events().toString());
        }
    }

    @Test
    void listedAttacksShareTheSentencesDateAndPlace() {
        Extraction x = run("Gunmen carried out an attack on a police post and an attack on a bank in Trujillo, Peru, on 4 March.",
                LocalDate.of(2023, 3, 9));
        assertEquals(2, attacks(x).size(), x.events().toString());
        for (Event e : attacks(x)) {
            assertEquals("Trujillo", e.place(), x.events().toString());
            assertEquals("Peru", e.country(), x.events().toString());
            assertEquals("2023-03-04", e.date(), x.events().toString());
        }
    }

    @Test
    void oneAttackToldTwiceInASentenceStaysOne() {
        for (String text : List.of("A suicide bomber carried out an attack on a police post in Trujillo, Peru, on 4 March, in which "
                        + "a second attacker opened fire on the guards.",
                "The bomb, detonated by remote control, destroyed a bus in Trujillo, Peru, on 4 March.",
                "LIMA, 5 MAR 90 (EFE) -- [TEXT] A BOMB ATTACK ON A POLICE POST IN TRUJILLO ON 4 MARCH, IN WHICH A SUICIDE "
                        + "BOMBER DIED, WAS CLAIMED BY NOBODY.\n")) {
            Extraction x = run(text, LocalDate.of(2023, 3, 9));
            assertEquals(1, attacks(x).size(), text + " " + x.events());
        }
    }

    @Test
    void oneTriggerWithListedTargetsTellsOneAttackPerTarget() {
        Extraction x = run("Rebels staged attacks on a police post and on a bank in Trujillo, Peru, on 4 March.", LocalDate.of(2023, 3, 9));
        assertEquals(2, attacks(x).size(), x.events().toString());
        for (Event e : attacks(x)) {
            assertEquals("Trujillo", e.place(), x.events().toString());
            assertEquals("2023-03-04", e.date(), x.events().toString());
        }
        x = run("LIMA, 5 MAR 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POLICE POST IN AREQUIPA AND A BANK IN CUZCO ON 4 MARCH.\n",
                LocalDate.of(1990, 3, 5));
        // "Cuzco" under the gazetteer's name (aPlaceToldByAnotherNameTakesTheGazetteersName).
        assertEquals(List.of("Arequipa", "Cusco"), attacks(x).stream().map(Event::place).sorted().toList(), x.events().toString());
        for (Event e : attacks(x)) {
            assertEquals("Peru", e.country(), x.events().toString());
            assertEquals("1990-03-04", e.date(), x.events().toString());
        }
        // One place, or a second verb rather than a second target: one attack.
        for (String text : List.of("Gunmen attacked a police post in Trujillo, Peru, and killed two guards on 4 March.",
                "Rebels staged attacks on a police post in Trujillo, Peru, and on 4 March they burned a truck.")) {
            Extraction y = run(text, LocalDate.of(2023, 3, 9));
            assertEquals(1, attacks(y).stream().filter(e -> "Trujillo".equals(e.place())).count(), text + " " + y.events());
        }
    }

    @Test
    void aPlaceToldByAnotherNameTakesTheGazetteersName() {
        // So that two reports of one attack name one place and the assessor can join them.
        Extraction x = run("Gunmen attacked a church in Estambul, Turkey, on Sunday, killing one man.", LocalDate.of(2024, 1, 29));
        assertEquals("Istanbul", attacks(x).get(0).place(), x.events().toString());
        // A spelling of the same name stays as written.
        Extraction same = run("BOGOTA, 3 MAR 89 (EFE) -- [TEXT] A BOMB EXPLODED IN MEDELLIN ON 1 MARCH, KILLING TWO PEOPLE.",
                LocalDate.of(1989, 3, 3));
        assertEquals("Medellin", attacks(same).get(0).place(), same.events().toString());
    }
}

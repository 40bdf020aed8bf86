package org.claimgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.RemovedSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerTest {
    private final Cleaner cleaner = Cleaner.standard();

    @Test
    void everyRuleInTheResourceCompilesAndHasAKnownReason() throws IOException {
        Set<String> used = new HashSet<>();
        int rules = 0;
        try (InputStream in = Cleaner.class.getResourceAsStream(Cleaner.RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                assertEquals(2, parts.length, "line " + number + " is not REASON<TAB>REGEX");
                assertTrue(Cleaner.REASONS.contains(parts[0]), "line " + number + ": unknown reason " + parts[0]);
                Pattern.compile(parts[1]);  // throws with the position if it does not compile
                used.add(parts[0]);
                rules++;
            }
        }
        assertEquals(rules, cleaner.rules().size());
        assertEquals(Cleaner.REASONS, used, "every reason has at least one rule");
    }

    @Test
    void unknownReasonAndBadRegexAreConfigurationErrors() {
        ConfigurationException reason = assertThrows(ConfigurationException.class,
                () -> Cleaner.fromRules(new StringReader("# x\nspam\tfoo\n"), "test.tsv"));
        assertTrue(reason.getMessage().startsWith("test.tsv line 2: unknown reason 'spam'"), reason.getMessage());
        ConfigurationException regex = assertThrows(ConfigurationException.class,
                () -> Cleaner.fromRules(new StringReader("share\t(unclosed\n"), "test.tsv"));
        assertTrue(regex.getMessage().startsWith("test.tsv line 1: invalid regex"), regex.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Flowers in front of the hall Photo: Maxim Shemetov/Reuters|Photo: Maxim Shemetov/Reuters",
        "Photo: AFP|Photo: AFP",
        "Rescuers at the scene (Photo: Sergei Ilnitsky/Getty Images)|(Photo: Sergei Ilnitsky/Getty Images)",
        "The burnt-out hall. Image: Reuters|Image: Reuters",
        "Credit: Evgenia Novozhenina/Reuters|Credit: Evgenia Novozhenina/Reuters",
        "Blumen vor der Halle Foto: dpa/picture alliance|Foto: dpa/picture alliance",
        "President Biden speaks (AP Photo/Evan Vucci)|(AP Photo/Evan Vucci)",
        "Mourners gather Photo by Jane Doe/AFP via Getty Images|Photo by Jane Doe/AFP via Getty Images",
        "PHOTO: EPA-EFE|PHOTO: EPA-EFE",
        "Image source, Getty Images|Image source, Getty Images",
    })
    void photoCreditsCoverOnlyTheCredit(String line, String credit) {
        String text = "First paragraph.\n\n" + line + "\n\nLast paragraph.";
        List<RemovedSpan> removed = cleaner.clean(text);
        assertEquals(1, removed.size(), () -> "removed: " + removed);
        assertEquals("photo-credit", removed.get(0).reason());
        assertEquals(credit, removed.get(0).span().of(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Failed to fetch data from the URL.|scrape-error",
        "Error loading content|scrape-error",
        "Please enable JavaScript to view this page.|scrape-error",
        "Read more: Who is ISKP?|read-more",
        "READ MORE|read-more",
        "Lesen Sie auch: Anschlag in Moskau|read-more",
        "Share this article|share",
        "Facebook Twitter WhatsApp Email|share",
        "Subscribe to our newsletter|newsletter",
        "Sign up for our daily World newsletter and get the news first.|newsletter",
        "We use cookies to give you the best experience. By continuing you agree.|cookie-notice",
        "Advertisement|advertisement",
        "  Anzeige  |advertisement",
        "Story continues below advertisement|advertisement",
    })
    void boilerplateLinesAreRemovedWithTheirReason(String line, String reason) {
        String text = "The attack was claimed on 22 March.\n" + line + "\nInvestigators doubt it.";
        List<RemovedSpan> removed = cleaner.clean(text);
        assertEquals(1, removed.size(), () -> "removed: " + removed);
        assertEquals(reason, removed.get(0).reason());
        assertEquals(line.strip(), removed.get(0).span().of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Investigators want to read more of the messages before naming a suspect.",
        "The group failed to fetch its fighters from the border in time.",
        "A photo: the only image of the attackers, released by the FSB, shows four men.",
        "He posted a photo of the hall on Telegram.",
        "Readers who subscribe to the channel receive the statements first.",
        "The Islamic State shares this view, the statement says.",
        "The advertisement for the concert had run for weeks.",
    })
    void proseIsNotRemoved(String line) {
        assertEquals(List.of(), cleaner.clean("Before.\n" + line + "\nAfter."));
    }

    @Test
    void spansDoNotOverlapAndCarriageReturnsAreNotCovered() {
        String text = "Advertisement\r\nShare\r\nBody text.\r\n";
        List<RemovedSpan> removed = cleaner.clean(text);
        assertEquals(2, removed.size());
        assertEquals("Advertisement", removed.get(0).span().of(text));
        assertEquals("Share", removed.get(1).span().of(text));
        assertFalse(removed.get(0).span().overlaps(removed.get(1).span()));
    }
}

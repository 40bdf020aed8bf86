package org.claimgraph.assess.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimgraph.assess.Assessor;
import org.claimgraph.assess.MultiCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GtdCsvExporterTest {
    private static String csv;
    private static List<Map<String, String>> rows;

    @BeforeAll
    static void export() {
        csv = GtdCsvExporter.export(Assessor.withDefaults().assess(MultiCorpus.all()));
        List<List<String>> records = StrictCsv.parse(csv);
        assertEquals(GtdCsvExporter.COLUMNS, records.get(0));
        rows = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(GtdCsvExporter.COLUMNS.size(), r.size());
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(GtdCsvExporter.COLUMNS.get(i), r.get(i));
            }
            rows.add(m);
        }
    }

    @Test
    void oneRowPerEventInDateOrderWithGtdStyleIds() {
        assertEquals(List.of("202401030001", "202403210001", "202403220001"), rows.stream().map(r -> r.get("eventid")).toList());
        assertFalse(csv.startsWith("\uFEFF"), "no byte-order mark");
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(csv, new String(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void crocusRowCarriesTheCodebookFields() {
        Map<String, String> crocus = rows.get(2);
        assertEquals("2024", crocus.get("iyear"));
        assertEquals("3", crocus.get("imonth"));
        assertEquals("22", crocus.get("iday"));
        assertEquals("Russia", crocus.get("country_txt"));
        assertEquals("Krasnogorsk", crocus.get("city"));
        assertEquals("Armed Assault", crocus.get("attacktype1_txt"));
        assertEquals("Islamic State", crocus.get("gname"));
        assertEquals("Islamic State Khorasan Province", crocus.get("gsubname"));
        assertEquals("0", crocus.get("guncertain1"));
        assertEquals("1", crocus.get("claimed"));
        assertEquals("Posted to website, blog, etc.", crocus.get("claimmode_txt"));
        assertEquals("0", crocus.get("compclaim"));
        assertEquals("145", crocus.get("nkill"));
        assertEquals("361", crocus.get("nwound"));
        assertEquals("4", crocus.get("nperps"));
        assertEquals("4", crocus.get("nperpcap"));
        assertTrue(crocus.get("summary").startsWith("03/22/2024: attack, Crocus City Hall"));
        assertTrue(crocus.get("scite1").startsWith("Meridian Wire, \"Gunmen kill at least 40"), crocus.get("scite1"));
        assertEquals("Claimgraph", crocus.get("dbsource"));
        Map<String, String> kandahar = rows.get(1);
        assertEquals("Bombing/Explosion", kandahar.get("attacktype1_txt"));
        assertEquals("21", kandahar.get("nkill"));
        assertEquals("51", kandahar.get("nwound"));
    }

    @Test
    void quotingFollowsRfc4180() {
        assertEquals("plain", GtdCsvExporter.quote("plain"));
        assertEquals("\"a,b\"", GtdCsvExporter.quote("a,b"));
        assertEquals("\"say \"\"no\"\"\"", GtdCsvExporter.quote("say \"no\""));
        assertEquals("\"two\r\nlines\"", GtdCsvExporter.quote("two\r\nlines"));
        assertEquals(List.of(List.of("a,b", "say \"no\"", "two\r\nlines", "")),
                StrictCsv.parse("\"a,b\",\"say \"\"no\"\"\",\"two\r\nlines\",\r\n"));
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("a\"b\r\n"));
        assertThrows(IllegalArgumentException.class, () -> StrictCsv.parse("\"open\r\n"));
    }

    /** An RFC 4180 reader that refuses anything the RFC does not allow: bare quotes, unclosed quotes, bare LF. */
    static final class StrictCsv {
        static List<List<String>> parse(String s) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean fieldStart = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (fieldStart && c == '"') {
                    i++;
                    while (true) {
                        if (i >= s.length()) {
                            throw new IllegalArgumentException("unclosed quote");
                        }
                        char q = s.charAt(i);
                        if (q == '"') {
                            if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        field.append(q);
                        i++;
                    }
                    if (i < s.length() && s.charAt(i) != ',' && s.charAt(i) != '\r') {
                        throw new IllegalArgumentException("text after closing quote at " + i);
                    }
                    fieldStart = false;
                    continue;
                }
                if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (c == '\r') {
                    if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                        throw new IllegalArgumentException("CR without LF at " + i);
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                    fieldStart = true;
                    i += 2;
                } else if (c == '\n' || c == '"') {
                    throw new IllegalArgumentException("bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
                } else {
                    field.append(c);
                    fieldStart = false;
                    i++;
                }
            }
            if (!record.isEmpty() || field.length() > 0) {
                throw new IllegalArgumentException("last record not ended by CRLF");
            }
            return records;
        }
    }
}

package org.claimgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimgraph.core.TextFold;
import org.claimgraph.extract.frames.FrameBook;
import org.claimgraph.extract.frames.FrameBook.Frame;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.rules.FrameRules;
import org.claimgraph.extract.rules.Model.ActorNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every test sentence of every frame in frames.txt, through the whole pipeline: the frame must read
 * what its test line says (kind, holder, suspect, and certainty when given), or nothing where it says
 * none. The sentences are our own, in modern prose and in wire style.
 */
class FrameSentencesTest {
    private static final LocalDate PUB = LocalDate.of(2024, 6, 10);
    private static final Pattern TOKEN = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    @TestFactory
    Stream<DynamicTest> everyFrameReadsItsSentences() {
        FrameBook book = FrameBook.bundled("en");
        FrameRules rules = new FrameRules(book, org.claimgraph.extract.rules.Lexicons.bundled(), org.claimgraph.extract.geo.Geo.shared());
        List<DynamicTest> tests = new ArrayList<>();
        for (Frame f : book.frames()) {
            for (FrameBook.Test t : f.tests()) {
                if (t.language().equals("en")) {
                    tests.add(DynamicTest.dynamicTest(f.name() + " (frames.txt line " + t.line() + ")", () -> check(rules, f, t)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(FrameRules rules, Frame f, FrameBook.Test t) {
        AnnotatedDocument d = new AnnotatedDocument(Samples.doc(t.sentence(), PUB));
        Samples.EXTRACTOR.pipeline().run(d);
        List<FrameRules.Found> mine = rules.find(d).stream().filter(x -> x.frame().name().equals(f.name())).toList();
        List<String> read = mine.stream().map(x -> x.kind().json() + " " + name(x.holder()) + " " + name(x.suspect()) + " "
                + x.certainty().json()).toList();
        if (t.expected() == null) {
            assertTrue(mine.isEmpty(), "frame " + f.name() + " must read nothing in: " + t.sentence() + "\nbut read " + read);
            return;
        }
        List<String> want = tokens(t.expected());
        boolean ok = mine.stream().anyMatch(x -> x.kind().json().equals(want.get(0))
                && (want.get(1).equals("author") ? x.holder() == null : named(x.holder(), want.get(1)))
                && named(x.suspect(), want.get(2))
                && (want.size() < 4 || x.certainty().json().equals(want.get(3))));
        assertTrue(ok, "frame " + f.name() + " must read '" + t.expected() + "' in: " + t.sentence() + "\nbut read " + read
                + "\nactors " + d.actors());
    }

    private static String name(ActorNode a) {
        return a == null ? "author" : a.name;
    }

    private static boolean named(ActorNode a, String name) {
        if (a == null) {
            return false;
        }
        String want = TextFold.fold(name);
        return TextFold.fold(a.name).equals(want) || a.aliases.stream().anyMatch(x -> TextFold.fold(x).equals(want))
                || a.registryKey != null && a.registryKey.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    private static List<String> tokens(String expected) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(expected);
        while (m.find()) {
            out.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return out;
    }
}

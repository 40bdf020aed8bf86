package org.claimgraph.assess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.core.extraction.Extraction;
import org.claimgraph.core.extraction.ExtractionCodec;

/** Loads examples/multi (texts) with the hand-written extractions under test resources multi/. */
public final class MultiCorpus {
    public static final List<String> NAMES = List.of(
            "crocus-meridian-2024-03-22", "crocus-ledger-2024-03-23", "crocus-meridian-2024-03-24",
            "crocus-harbour-2024-03-24", "crocus-northline-2024-03-26", "crocus-courier-2024-04-03",
            "kandahar-frontier-2024-03-21", "kandahar-meridian-2024-03-22",
            "kerman-ledger-2024-01-03", "kerman-meridian-2024-01-04", "kerman-northline-2024-01-10");

    private MultiCorpus() {
    }

    /** The examples/multi folder: Maven runs tests in the module directory, so it is one level up. */
    public static Path folder() {
        Path p = Path.of(System.getProperty("user.dir")).resolve("../examples/multi").normalize();
        if (!Files.isDirectory(p)) {
            p = Path.of(System.getProperty("user.dir")).resolve("examples/multi").normalize();
        }
        return p;
    }

    public static String text(String name) {
        try {
            return Files.readString(folder().resolve(name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Extraction extraction(String name) {
        String resource = "/multi/" + name + ".json";
        try (InputStream in = MultiCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return ExtractionCodec.fromJson(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AssessInput input(String name) {
        Extraction e = extraction(name);
        return AssessInput.of(e, text(name));
    }

    public static List<AssessInput> all() {
        List<AssessInput> out = new ArrayList<>();
        for (String n : NAMES) {
            out.add(input(n));
        }
        return out;
    }

    public static List<AssessInput> without(String name) {
        List<AssessInput> out = new ArrayList<>();
        for (String n : NAMES) {
            if (!n.equals(name)) {
                out.add(input(n));
            }
        }
        return out;
    }

    public static String id(String name) {
        return extraction(name).document().id();
    }

    public static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}

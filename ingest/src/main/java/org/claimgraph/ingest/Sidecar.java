package org.claimgraph.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.claimgraph.core.InvalidInputException;

/**
 * Reads the optional {@code NAME.meta.json} next to an input file (title, outlet, published, url,
 * language; other fields are ignored). Its values win over what the file itself says. Stateless,
 * thread-safe.
 */
final class Sidecar {
    static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_SIDECAR_BYTES = 1024 * 1024;

    private Sidecar() {
    }

    /** The sidecar path for a file: same folder, base name without its last extension, plus .meta.json. */
    static Path pathFor(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return file.resolveSibling(base + SUFFIX);
    }

    /** The sidecar's metadata, {@link Metadata#EMPTY} when there is none; a broken sidecar is an error. */
    static Metadata read(Path file) {
        Path sidecar = pathFor(file);
        if (!Files.isRegularFile(sidecar)) {
            return Metadata.EMPTY;
        }
        String name = sidecar.toString();
        JsonNode root;
        try {
            if (Files.size(sidecar) > MAX_SIDECAR_BYTES) {
                throw new InvalidInputException(name, "sidecar is larger than " + IngestOptions.describe(MAX_SIDECAR_BYTES));
            }
            root = JSON.readTree(Files.readAllBytes(sidecar));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidInputException(name, "invalid JSON in sidecar " + name + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidInputException(name, "cannot read sidecar " + name + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(name, "sidecar " + name + " must hold a JSON object");
        }
        String published = text(root, "published", name);
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, "sidecar " + name + ": \"published\" must be a date like 2024-04-12, not '"
                        + published + "'", e);
            }
        }
        return new Metadata(text(root, "title", name), text(root, "outlet", name), date, text(root, "url", name),
                HtmlExtractor.normalizeLanguage(text(root, "language", name)), text(root, "author", name));
    }

    private static String text(JsonNode root, String field, String name) {
        JsonNode v = root.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidInputException(name, "sidecar " + name + ": \"" + field + "\" must be a string");
        }
        return v.asText();
    }
}

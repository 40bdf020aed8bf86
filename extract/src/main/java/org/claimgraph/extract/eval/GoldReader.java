package org.claimgraph.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.claimgraph.core.InvalidInputException;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.EventKind;

/**
 * Reads claimgraph-gold/1 files. Lenient about fields it does not score ({@code notes},
 * {@code evidence}, {@code muc}, {@code target}, ...), strict about the ones it does: a malformed
 * file fails with an {@link InvalidInputException} naming the file and the line (bad JSON) or the
 * JSON path (bad value, dangling key). Stateless, thread-safe.
 */
public final class GoldReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private GoldReader() {
    }

    /** Reads one gold file as UTF-8. */
    public static GoldDocument read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read gold file: " + e.getMessage(), e);
        }
        return parse(file.toString(), json);
    }

    /** Parses gold JSON; {@code source} names it in error messages. */
    public static GoldDocument parse(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new InvalidInputException(source, "not valid JSON at line " + line + ": " + e.getOriginalMessage(), e);
        }
        return new Parser(source).document(root);
    }

    /** One parse, carrying the source name for messages. Not thread-safe; used by one call only. */
    private static final class Parser {
        private final String source;

        Parser(String source) {
            this.source = source;
        }

        private InvalidInputException fail(String path, String reason) {
            return new InvalidInputException(source, path + ": " + reason);
        }

        GoldDocument document(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fail("$", "a " + GoldDocument.FORMAT + " file must be a JSON object");
            }
            String format = text(root, "format", "$");
            if (format != null && !GoldDocument.FORMAT.equals(format)) {
                throw fail("$.format", "is '" + format + "', expected " + GoldDocument.FORMAT);
            }
            String document = text(root, "document", "$");
            if (document == null) {
                throw fail("$.document", "missing (the document file name)");
            }
            List<GoldNoise> noise = list(root, "noise", this::noise);
            List<GoldActor> actors = list(root, "actors", this::actor);
            List<GoldEvent> events = list(root, "events", this::event);
            List<GoldAssertion> assertions = list(root, "assertions", this::assertion);
            GoldDocument d = new GoldDocument(document, text(root, "published", "$"), noise, actors, events, assertions);
            checkReferences(d);
            return d;
        }

        private void checkReferences(GoldDocument d) {
            Set<String> actorKeys = new HashSet<>();
            for (int i = 0; i < d.actors().size(); i++) {
                if (!actorKeys.add(d.actors().get(i).key())) {
                    throw fail("actors[" + i + "].key", "duplicate key '" + d.actors().get(i).key() + "'");
                }
            }
            for (int i = 0; i < d.actors().size(); i++) {
                String p = d.actors().get(i).partOf();
                if (p != null && !actorKeys.contains(p)) {
                    throw fail("actors[" + i + "].partOf", "no actor with key '" + p + "'");
                }
            }
            Set<String> eventKeys = new HashSet<>();
            for (int i = 0; i < d.events().size(); i++) {
                if (!eventKeys.add(d.events().get(i).key())) {
                    throw fail("events[" + i + "].key", "duplicate key '" + d.events().get(i).key() + "'");
                }
            }
            for (GoldAssertion a : d.assertions()) {
                String path = "assertions[" + a.index() + "]";
                if (!eventKeys.contains(a.event())) {
                    throw fail(path + ".event", "no event with key '" + a.event() + "'");
                }
                if (a.holder() != null && !"author".equals(a.holder()) && !actorKeys.contains(a.holder())) {
                    throw fail(path + ".holder", "no actor with key '" + a.holder() + "'");
                }
                if (!"author".equals(a.suspect()) && !actorKeys.contains(a.suspect())) {
                    throw fail(path + ".suspect", "no actor with key '" + a.suspect() + "'");
                }
            }
        }

        private GoldNoise noise(JsonNode n, String path) {
            if (n.isTextual()) {
                return new GoldNoise(n.asText(), null);
            }
            String t = text(n, "text", path);
            if (t == null) {
                throw fail(path + ".text", "missing");
            }
            return new GoldNoise(t, text(n, "why", path));
        }

        private GoldActor actor(JsonNode n, String path) {
            String key = requiredText(n, "key", path);
            ActorKind kind = parseEnum(n, "kind", path, ActorKind::of);
            if (kind == null) {
                throw fail(path + ".kind", "missing");
            }
            return new GoldActor(key, text(n, "name", path), kind, strings(n, "aliases", path),
                    text(n, "partOf", path), required(n, path), text(n, "country", path));
        }

        private GoldEvent event(JsonNode n, String path) {
            String key = requiredText(n, "key", path);
            EventKind kind = parseEnum(n, "kind", path, EventKind::of);
            if (kind == null) {
                throw fail(path + ".kind", "missing");
            }
            GoldDateRange range = null;
            JsonNode r = n.get("dateRange");
            if (r != null && !r.isNull()) {
                if (!r.isObject()) {
                    throw fail(path + ".dateRange", "expected {\"from\": D1, \"to\": D2}");
                }
                try {
                    range = new GoldDateRange(day(r, "from", path + ".dateRange"), day(r, "to", path + ".dateRange"));
                } catch (IllegalArgumentException e) {
                    throw fail(path + ".dateRange", e.getMessage());
                }
            }
            Set<String> unscored = new LinkedHashSet<>(strings(n, "unscored", path));
            for (String u : unscored) {
                if (!GoldEvent.KILLED.equals(u) && !GoldEvent.INJURED.equals(u)) {
                    throw fail(path + ".unscored", "'" + u + "' is not killed or injured");
                }
            }
            GoldEvent.AlsoAccept also = GoldEvent.AlsoAccept.NONE;
            JsonNode a = n.get("alsoAccept");
            if (a != null && !a.isNull()) {
                String ap = path + ".alsoAccept";
                also = new GoldEvent.AlsoAccept(enums(a, "kind", ap, EventKind::of),
                        counts(a, "killed", ap), counts(a, "injured", ap));
            }
            return new GoldEvent(key, kind, text(n, "date", path), range, text(n, "place", path), text(n, "site", path),
                    strings(n, "placeAliases", path), strings(n, "siteAliases", path), text(n, "country", path),
                    strings(n, "countryAliases", path), count(n.get("killed"), path + ".killed"),
                    count(n.get("injured"), path + ".injured"), unscored, also, required(n, path));
        }

        private GoldAssertion assertion(JsonNode n, String path) {
            int index = Integer.parseInt(path.substring(path.lastIndexOf('[') + 1, path.length() - 1));
            AssertionKind kind = parseEnum(n, "kind", path, AssertionKind::of);
            if (kind == null) {
                throw fail(path + ".kind", "missing");
            }
            GoldAssertion.AlsoAccept also = GoldAssertion.AlsoAccept.NONE;
            JsonNode a = n.get("alsoAccept");
            if (a != null && !a.isNull()) {
                String ap = path + ".alsoAccept";
                also = new GoldAssertion.AlsoAccept(enums(a, "kind", ap, AssertionKind::of),
                        enums(a, "certainty", ap, Certainty::of));
            }
            return new GoldAssertion(index, requiredText(n, "event", path), text(n, "holder", path),
                    requiredText(n, "suspect", path), kind, parseEnum(n, "certainty", path, Certainty::of), also,
                    required(n, path));
        }

        private GoldCount count(JsonNode n, String path) {
            if (n == null || n.isNull()) {
                return GoldCount.NOT_STATED;
            }
            if (n.isIntegralNumber()) {
                return new GoldCount.Exactly(n.asInt());
            }
            if (n.isObject()) {
                if (n.has("moreThan")) {
                    return new GoldCount.MoreThan(integer(n, "moreThan", path));
                }
                if (n.has("atLeast")) {
                    return new GoldCount.AtLeast(integer(n, "atLeast", path));
                }
                if (n.has("min") || n.has("max")) {
                    return new GoldCount.Between(optionalInteger(n, "min", path), optionalInteger(n, "max", path));
                }
            }
            throw fail(path, "expected a count: N, {min, max}, {moreThan: N}, {atLeast: N} or null, got " + n);
        }

        private List<GoldCount> counts(JsonNode parent, String field, String path) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                return List.of();
            }
            if (!n.isArray()) {
                return List.of(count(n, path + "." + field));
            }
            List<GoldCount> out = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                out.add(count(n.get(i), path + "." + field + "[" + i + "]"));
            }
            return out;
        }

        private int integer(JsonNode n, String field, String path) {
            Integer v = optionalInteger(n, field, path);
            if (v == null) {
                throw fail(path + "." + field, "missing number");
            }
            return v;
        }

        private Integer optionalInteger(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isIntegralNumber()) {
                throw fail(path + "." + field, "expected an integer, got " + v);
            }
            return v.asInt();
        }

        private LocalDate day(JsonNode n, String field, String path) {
            String s = text(n, field, path);
            if (s == null) {
                return null;
            }
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw fail(path + "." + field, "expected an ISO day (YYYY-MM-DD), got '" + s + "'");
            }
        }

        private boolean required(JsonNode n, String path) {
            JsonNode r = n.get("required");
            if (r == null || r.isNull()) {
                return true; // FORMAT.md: only an explicit "required": false makes an item optional
            }
            if (!r.isBoolean()) {
                throw fail(path + ".required", "expected true or false, got " + r);
            }
            return r.asBoolean();
        }

        private String requiredText(JsonNode n, String field, String path) {
            String s = text(n, field, path);
            if (s == null) {
                throw fail(path + "." + field, "missing");
            }
            return s;
        }

        private String text(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw fail(path + "." + field, "expected a string, got " + v);
            }
            return v.asText();
        }

        private List<String> strings(JsonNode n, String field, String path) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (v.isTextual()) {
                return List.of(v.asText());
            }
            if (!v.isArray()) {
                throw fail(path + "." + field, "expected a list of strings, got " + v);
            }
            List<String> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (!e.isTextual()) {
                    throw fail(path + "." + field + "[" + i + "]", "expected a string, got " + e);
                }
                out.add(e.asText());
            }
            return out;
        }

        private <E> E parseEnum(JsonNode n, String field, String path, Function<String, E> of) {
            String s = text(n, field, path);
            if (s == null) {
                return null;
            }
            try {
                return of.apply(s);
            } catch (InvalidInputException e) {
                throw fail(path + "." + field, e.reason());
            }
        }

        private <E> List<E> enums(JsonNode n, String field, String path, Function<String, E> of) {
            List<E> out = new ArrayList<>();
            List<String> raw = strings(n, field, path);
            for (int i = 0; i < raw.size(); i++) {
                try {
                    out.add(of.apply(raw.get(i)));
                } catch (InvalidInputException e) {
                    throw fail(path + "." + field + "[" + i + "]", e.reason());
                }
            }
            return out;
        }

        private interface ItemParser<T> {
            T parse(JsonNode node, String path);
        }

        private <T> List<T> list(JsonNode root, String field, ItemParser<T> parser) {
            JsonNode v = root.get(field);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                throw fail(field, "expected a list");
            }
            List<T> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                String path = field + "[" + i + "]";
                JsonNode item = v.get(i);
                if (!item.isObject() && !(item.isTextual() && "noise".equals(field))) {
                    throw fail(path, "expected an object");
                }
                out.add(parser.parse(item, path));
            }
            return out;
        }
    }
}

package org.claimgraph.core.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.claimgraph.core.InvalidInputException;

/**
 * Reads and writes claimgraph-extraction/1 JSON. Unknown fields are ignored on reading, since the
 * format lets producers add fields. Thread-safe (the mapper is configured once and then shared).
 */
public final class ExtractionCodec {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ExtractionCodec() {
    }

    public static String toJson(Extraction extraction) {
        try {
            return MAPPER.writeValueAsString(extraction);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise extraction of " + extraction.document().id(), e);
        }
    }

    public static Extraction fromJson(String source, String json) {
        try {
            Extraction e = MAPPER.readValue(json, Extraction.class);
            if (!Extraction.FORMAT.equals(e.format())) {
                throw new InvalidInputException(source, "format is '" + e.format() + "', expected " + Extraction.FORMAT);
            }
            return e;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source, "not valid " + Extraction.FORMAT + " JSON at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** The shared mapper, for modules that write other JSON in the same style. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}

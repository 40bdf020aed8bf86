package org.claimgraph.assess.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimgraph.assess.Assessment;
import org.claimgraph.assess.EventAssessment;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.extraction.ExtractionCodec;

/**
 * Writes what {@code explain} shows as JSON ({@value #FORMAT}): one event, or the whole assessment.
 * Days are ISO strings, scores plain decimals with their fixed scale, field order fixed, so the
 * output is byte-for-byte reproducible. Stateless; thread-safe.
 */
public final class ExplainJson {
    public static final String FORMAT = "claimgraph-assessment/1";

    // Core's mapper in the same style, plus ISO days: core carries no java.time module.
    private static final ObjectWriter WRITER = configure(ExtractionCodec.mapper().copy());

    private ExplainJson() {
    }

    private static ObjectWriter configure(ObjectMapper m) {
        m.registerModule(new SimpleModule("claimgraph-assess-days").addSerializer(LocalDate.class, ToStringSerializer.instance));
        return m.writer().with(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** One event as {@code explain EVENT} shows it. */
    public static String of(EventAssessment event) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("event", event);
        return write(root);
    }

    /** Everything: documents, source clusters, actors and every event's explanation. */
    public static String of(Assessment a) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("asOf", a.asOfDate());
        root.put("registryVersion", a.registryVersion());
        root.put("policyVersion", a.policyVersion());
        root.put("overrides", a.overrides());
        root.put("documents", a.documents());
        root.put("sourceClusters", a.sourceClusters());
        root.put("actors", a.actors());
        root.put("events", a.assessments());
        return write(root);
    }

    private static String write(Object o) {
        try {
            return WRITER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new ClaimgraphException("cannot write assessment JSON: " + e.getOriginalMessage(), e);
        }
    }
}

package org.claimgraph.extract.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.claimgraph.core.extraction.ExtractionCodec;

/**
 * The scores of many documents, micro-averaged (counts summed before dividing), with each
 * document's findings kept for the verbose listing. Ratios with a zero denominator are {@code n/a}
 * in text and {@code null} in JSON. Immutable, so thread-safe.
 */
public record Report(List<DocumentScore> documents) {
    public Report {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    public Prf actors() {
        return documents.stream().map(DocumentScore::actors).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf partOf() {
        return documents.stream().map(DocumentScore::partOf).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf events() {
        return documents.stream().map(DocumentScore::events).reduce(Prf.ZERO, Prf::plus);
    }

    public Prf assertions() {
        return documents.stream().map(DocumentScore::assertions).reduce(Prf.ZERO, Prf::plus);
    }

    public Accuracy casualties() {
        return documents.stream().map(DocumentScore::casualties).reduce(Accuracy.ZERO, Accuracy::plus);
    }

    public Accuracy certainty() {
        return documents.stream().map(DocumentScore::certainty).reduce(Accuracy.ZERO, Accuracy::plus);
    }

    /** Whether the noise rule holds in every document. */
    public boolean noisePassed() {
        return documents.stream().allMatch(d -> d.noise().passed());
    }

    public int noiseOccurrences() {
        return documents.stream().mapToInt(d -> d.noise().occurrences()).sum();
    }

    public int noiseFailures() {
        return documents.stream().mapToInt(d -> d.noise().failures().size()).sum();
    }

    /** The compact table: one row per category, then noise. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %6s %6s %6s%n", "category", "gold", "system", "matched", "P", "R", "F1"));
        prfRow(b, "actors", actors());
        prfRow(b, "partOf", partOf());
        prfRow(b, "events", events());
        prfRow(b, "assertions", assertions());
        b.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %6s%n", "category", "counted", "", "right", "acc"));
        accuracyRow(b, "casualties", casualties());
        accuracyRow(b, "certainty", certainty());
        b.append(String.format(Locale.ROOT, "%-12s %s (%d occurrence%s checked, %d failing)%n", "noise",
                noisePassed() ? "PASS" : "FAIL", noiseOccurrences(), noiseOccurrences() == 1 ? "" : "s", noiseFailures()));
        b.append(String.format(Locale.ROOT, "%-12s %d%n", "documents", documents.size()));
        return b.toString();
    }

    /** The table, then for every document that is not perfect its misses, false positives and wrong values. */
    public String toVerboseText() {
        StringBuilder b = new StringBuilder(toText());
        for (DocumentScore d : documents) {
            if (d.perfect()) {
                continue;
            }
            b.append(System.lineSeparator()).append(d.document()).append(System.lineSeparator());
            for (Finding f : d.findings()) {
                if (f.outcome() != Finding.Outcome.NEUTRAL) {
                    b.append("  ").append(f.describe()).append(System.lineSeparator());
                }
            }
        }
        return b.toString();
    }

    /** The totals and every document with all its findings (neutral ones included), as pretty JSON. */
    public String toJson() {
        ObjectMapper m = ExtractionCodec.mapper();
        ObjectNode root = m.createObjectNode();
        root.put("documents", documents.size());
        ObjectNode totals = root.putObject("totals");
        prf(totals.putObject("actors"), actors());
        prf(totals.putObject("partOf"), partOf());
        prf(totals.putObject("events"), events());
        prf(totals.putObject("assertions"), assertions());
        accuracy(totals.putObject("casualties"), casualties());
        accuracy(totals.putObject("certainty"), certainty());
        ObjectNode noise = totals.putObject("noise");
        noise.put("passed", noisePassed());
        noise.put("occurrences", noiseOccurrences());
        noise.put("failures", noiseFailures());
        ArrayNode docs = root.putArray("perDocument");
        for (DocumentScore d : documents) {
            ObjectNode o = docs.addObject();
            o.put("document", d.document());
            prf(o.putObject("actors"), d.actors());
            prf(o.putObject("partOf"), d.partOf());
            prf(o.putObject("events"), d.events());
            prf(o.putObject("assertions"), d.assertions());
            accuracy(o.putObject("casualties"), d.casualties());
            accuracy(o.putObject("certainty"), d.certainty());
            ObjectNode n = o.putObject("noise");
            n.put("passed", d.noise().passed());
            n.put("occurrences", d.noise().occurrences());
            ArrayNode fs = o.putArray("findings");
            for (Finding f : d.findings()) {
                ObjectNode fo = fs.addObject();
                fo.put("category", f.category().label());
                fo.put("outcome", f.outcome().label());
                fo.put("gold", f.gold());
                fo.put("system", f.system());
                fo.put("detail", f.detail());
            }
        }
        try {
            return m.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a score report", e);
        }
    }

    private static void prfRow(StringBuilder b, String name, Prf p) {
        b.append(String.format(Locale.ROOT, "%-12s %7d %7d %7d %6s %6s %6s%n", name, p.gold(), p.system(), p.matched(),
                fmt(p.precision()), fmt(p.recall()), fmt(p.f1())));
    }

    private static void accuracyRow(StringBuilder b, String name, Accuracy a) {
        b.append(String.format(Locale.ROOT, "%-12s %7d %7s %7d %6s%n", name, a.counted(), "", a.right(), fmt(a.value())));
    }

    private static String fmt(OptionalDouble d) {
        return d.isPresent() ? String.format(Locale.ROOT, "%.2f", d.getAsDouble()) : "n/a";
    }

    private static void prf(ObjectNode o, Prf p) {
        o.put("gold", p.gold());
        o.put("system", p.system());
        o.put("matched", p.matched());
        put(o, "precision", p.precision());
        put(o, "recall", p.recall());
        put(o, "f1", p.f1());
    }

    private static void accuracy(ObjectNode o, Accuracy a) {
        o.put("counted", a.counted());
        o.put("right", a.right());
        put(o, "accuracy", a.value());
    }

    private static void put(ObjectNode o, String field, OptionalDouble d) {
        if (d.isPresent()) {
            o.put(field, d.getAsDouble());
        } else {
            o.putNull(field);
        }
    }
}

package org.claimgraph.assess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;

/**
 * One row of the ACH evidence matrix: an assertion as one document reports it, with its holder's
 * Admiralty rating ({@code rating} = grade and credibility, e.g. "B2"), its weight, whether it is
 * counted (a repeat of the same holder's assertion or a relayed citation is shown but not counted:
 * {@code countedAs} or {@code cites} names the row that counts), and its consistency with each
 * hypothesis, in hypothesis order. Immutable.
 */
public record EvidenceRow(String id, String documentId, String outlet, LocalDate published, String sourceCluster,
        String assertionId, String holder, String holderName, String holderKind, String suspect, String suspectName,
        AssertionKind kind, Certainty certainty, String channel, String date, Span span, String text,
        Grade baseGrade, Grade grade, List<String> gradeReasons, int credibility, String rating, BigDecimal weight,
        boolean counted, String countedAs, String cites, Map<String, Consistency> consistency) {
    public EvidenceRow {
        gradeReasons = List.copyOf(gradeReasons);
        consistency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(consistency));
    }
}

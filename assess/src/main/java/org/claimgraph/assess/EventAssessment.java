package org.claimgraph.assess;

import java.util.List;
import java.util.Optional;

/**
 * Everything {@code explain} shows for one merged event: the ranked hypotheses (both levels of the
 * actor hierarchy), the evidence matrix, residual doubts, reconciled casualties and the timeline.
 * Immutable.
 */
public record EventAssessment(MergedEvent event, String leading, List<Hypothesis> hypotheses,
        List<EvidenceRow> matrix, List<Doubt> doubts, Casualties casualties, List<TimelinePoint> timeline) {
    public EventAssessment {
        hypotheses = List.copyOf(hypotheses);
        matrix = List.copyOf(matrix);
        doubts = List.copyOf(doubts);
        timeline = List.copyOf(timeline);
    }

    public Optional<Hypothesis> hypothesis(String key) {
        return hypotheses.stream().filter(h -> h.key().equals(key)).findFirst();
    }

    EventAssessment withTimeline(List<TimelinePoint> points) {
        return new EventAssessment(event, leading, hypotheses, matrix, doubts, casualties, points);
    }
}

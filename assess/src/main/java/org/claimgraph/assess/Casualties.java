package org.claimgraph.assess;

import java.util.List;

/** Every reported casualty figure of one event and the reconciled killed and injured counts. Immutable. */
public record Casualties(List<CasualtyReport> reports, CasualtyFigure killed, CasualtyFigure injured) {
    public Casualties {
        reports = List.copyOf(reports);
    }
}

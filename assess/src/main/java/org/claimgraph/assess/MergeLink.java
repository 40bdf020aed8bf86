package org.claimgraph.assess;

import java.math.BigDecimal;
import java.util.List;

/** Why a mention joined a merged event: the earlier mention it matched best, the score and the reasons. Immutable. */
public record MergeLink(String mention, String matched, BigDecimal score, List<String> reasons) {
    public MergeLink {
        reasons = List.copyOf(reasons);
    }
}

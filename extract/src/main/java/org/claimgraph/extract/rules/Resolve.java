package org.claimgraph.extract.rules;

import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;

/** Document-level reference helpers ("the group", "it"). Stateless, thread-safe. */
final class Resolve {
    private Resolve() {
    }

    /**
     * The armed group the text is about just before token {@code before}: the latest armed-group
     * mention that is not inside a person's role; provinces win over their parent when
     * {@code preferChild} (a "group" that is led or founded is usually the nearer, smaller one).
     */
    static ActorNode focusGroup(AnnotatedDocument d, int before, boolean preferChild) {
        ActorNode best = null;
        int bestEnd = -1;
        for (ActorMention m : d.actorMentions()) {
            if (m.end() <= before && !m.embedded() && m.actor().kind == ActorKind.ARMED_GROUP && m.end() > bestEnd) {
                best = m.actor();
                bestEnd = m.end();
            }
        }
        return best;
    }
}

package org.claimgraph.assess;

import org.claimgraph.core.extraction.ActorKind;

/**
 * An extracted actor of one document tied to its cross-document key, with what the registry and
 * the document tell about it: country, the kind it speaks for (a spokesperson speaks for a
 * government body), and the group it is the outlet of. Immutable.
 */
record ResolvedActor(String key, String name, ActorKind kind, String registryKey, String country,
        ActorKind speaksForKind, String groupKey) {
}

package org.claimgraph.extract.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;

/**
 * A gold actor of claimgraph-gold/1: its key, name, kind, aliases, the key of the actor it is part
 * of, whether it is required, and its country (informative). Immutable.
 */
public record GoldActor(
        String key,
        String name,
        ActorKind kind,
        List<String> aliases,
        String partOf,
        boolean required,
        String country) {

    /** The actor kinds scored as actors (rule 1); states and populations are scored only through assertions. */
    public static final Set<ActorKind> SCORED_KINDS = Set.of(
            ActorKind.ARMED_GROUP, ActorKind.MEDIA_OUTLET, ActorKind.GOVERNMENT_BODY,
            ActorKind.INTELLIGENCE_AGENCY, ActorKind.ORGANIZATION, ActorKind.PERSON);

    public GoldActor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether this actor counts for actor recall and credit: required and of a scored kind. */
    public boolean scoredRequired() {
        return required && SCORED_KINDS.contains(kind);
    }

    /**
     * The folded names a system name must equal: the aliases and also the name, since every sample
     * key lists its name among the aliases and a key that forgot to should not make the name unmatchable.
     */
    public List<String> foldedAliases() {
        List<String> out = new ArrayList<>(aliases.size() + 1);
        if (name != null) {
            out.add(TextFold.fold(name));
        }
        for (String a : aliases) {
            String f = TextFold.fold(a);
            if (!f.isEmpty() && !out.contains(f)) {
                out.add(f);
            }
        }
        out.remove("");
        return out;
    }
}

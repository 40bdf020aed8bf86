package org.claimgraph.extract.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.claimgraph.core.Span;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.EventKind;

/**
 * The mutable working facts of one document while the rule stages build them; turned into the
 * immutable core records at the end. Confined to one thread (one document).
 */
public final class Model {
    private Model() {
    }

    /** An actor being built: registry match, named entity, person or state. */
    public static final class ActorNode {
        public String name;
        public ActorKind kind;
        public final Set<String> aliases = new LinkedHashSet<>();
        public ActorNode partOf;
        public String role;
        public String affiliation;
        public String nationality;
        public String registryKey;
        /** The country the registry places the actor in (an armed group's home), or null. */
        public String country;
        public final List<Span> mentions = new ArrayList<>();
        /** Groups the text says this person (or population) belongs to, leads or founded, first told first. */
        public final List<ActorNode> memberOf = new ArrayList<>();

        public ActorNode(String name, ActorKind kind) {
            this.name = name;
            this.kind = kind;
        }

        @Override
        public String toString() {
            return name + "(" + kind.json() + ")";
        }
    }

    /** One mention of an actor: document tokens [start, end); embedded ones sit inside a person's role. */
    public record ActorMention(int sentence, int start, int end, ActorNode actor, boolean embedded) {
    }

    /** An event being built from its mentions. */
    public static final class EventNode {
        public EventKind kind;
        public String subtype;
        public String date;
        public DatePrecision precision;
        public String place;
        public String site;
        public String country;
        public CountRange killed;
        public CountRange injured;
        public Integer perpCount;
        public Boolean captured;
        public String nationality;
        public final List<Span> mentions = new ArrayList<>();
        /** Told as "in the capital" without a name: the capital of its country, once that is known. */
        public boolean inCapital;
        /** Every mention so far was definite ("the kidnapping") or anaphoric ("the crime"): it points to an incident told elsewhere. */
        public boolean definiteOnly = true;
        /** Relative date waiting for the event it hangs on: offset in days from that event's day. */
        public EventNode relativeTo;
        public int relativeDays;

        public EventNode(EventKind kind) {
            this.kind = kind;
        }

        @Override
        public String toString() {
            return kind.json() + "/" + subtype + " " + date + " " + place + " " + site + " " + country
                    + " k=" + killed + " i=" + injured;
        }
    }

    /**
     * One mention of an event; {@code group} lists every event a plural mention covers: the ones it counts
     * ("two attacks: on X ... and on Y"), or the items of a list told just before ("an attack on X, and an
     * attack on Y ... these attacks").
     */
    public record EventMention(int sentence, int start, int end, EventNode event, List<EventNode> group,
                               ActorNode perpetrator) {
    }

    /**
     * An assertion being built; holder null means the article itself ("author"). {@code via} is the
     * member of the suspect group that the text actually names, when the assertion about the group
     * follows from one about its member; else null.
     */
    public record AssertionDraft(EventNode event, ActorNode holder, ActorNode suspect, AssertionKind kind,
                                 Certainty certainty, ActorNode channel, String date, Span evidence, ActorNode via) {
        public AssertionDraft(EventNode event, ActorNode holder, ActorNode suspect, AssertionKind kind,
                              Certainty certainty, ActorNode channel, String date, Span evidence) {
            this(event, holder, suspect, kind, certainty, channel, date, evidence, null);
        }
    }
}

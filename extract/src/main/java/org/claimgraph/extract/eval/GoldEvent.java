package org.claimgraph.extract.eval;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.claimgraph.core.extraction.EventKind;

/**
 * A gold event of claimgraph-gold/1 with the matching fields of rule 3, the counts of rule 4 and
 * the gold conventions ({@code dateRange}, {@code countryAliases}, {@code alsoAccept},
 * {@code unscored}). {@code killed}/{@code injured} are never null ({@link GoldCount#NOT_STATED}).
 * Immutable.
 */
public record GoldEvent(
        String key,
        EventKind kind,
        String date,
        GoldDateRange dateRange,
        String place,
        String site,
        List<String> placeAliases,
        List<String> siteAliases,
        String country,
        List<String> countryAliases,
        GoldCount killed,
        GoldCount injured,
        Set<String> unscored,
        AlsoAccept alsoAccept,
        boolean required) {

    /** The count fields rule 4 scores, by their JSON names. */
    public static final String KILLED = "killed";
    public static final String INJURED = "injured";

    public GoldEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        placeAliases = placeAliases == null ? List.of() : List.copyOf(placeAliases);
        siteAliases = siteAliases == null ? List.of() : List.copyOf(siteAliases);
        countryAliases = countryAliases == null ? List.of() : List.copyOf(countryAliases);
        killed = killed == null ? GoldCount.NOT_STATED : killed;
        injured = injured == null ? GoldCount.NOT_STATED : injured;
        unscored = unscored == null ? Set.of() : Set.copyOf(unscored);
        alsoAccept = alsoAccept == null ? AlsoAccept.NONE : alsoAccept;
    }

    /** Further values of an event counted as equal to the gold one. Immutable. */
    public record AlsoAccept(List<EventKind> kind, List<GoldCount> killed, List<GoldCount> injured) {
        public static final AlsoAccept NONE = new AlsoAccept(List.of(), List.of(), List.of());

        public AlsoAccept {
            kind = kind == null ? List.of() : List.copyOf(kind);
            killed = killed == null ? List.of() : List.copyOf(killed);
            injured = injured == null ? List.of() : List.copyOf(injured);
        }
    }
}

package org.claimgraph.extract.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.CountRange;
import org.claimgraph.core.extraction.DatePrecision;
import org.claimgraph.core.extraction.EventKind;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueHit;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.EventMention;
import org.claimgraph.extract.rules.Model.EventNode;

/**
 * Finds events from trigger cues and fills date (SUTime, anchored at publication, and relative to
 * other events), place, country, site and casualties from the words around each trigger; resolves
 * definite and anaphoric mentions ("the attack", "the crime") to earlier events. Stateless, thread-safe.
 */
public final class EventRules implements Stage {
    private final Lexicons lex;
    private final Geo geo;
    private final EventWords words;

    public EventRules(Lexicons lex, Geo geo) {
        this.lex = lex;
        this.geo = geo;
        this.words = lex.eventWords();
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.CUES, Requirement.NER, Requirement.ACTORS);
    }

    @Override
    public Set<Requirement> provides() {
        return Set.of(Requirement.EVENTS);
    }

    /** A trigger occurrence with what its own words say. */
    private static final class Raw {
        int s;
        int start;
        int end;
        Lexicons.Trigger trig;
        boolean definite;
        /** The date comes from a bare weekday ("on Thursday"), which wire copy often gets wrong. */
        boolean weekdayDate;
        int count = 1;
        int winEnd;
        String date;
        DatePrecision prec;
        String place;
        String country;
        String site;
        /** The place is a location only the NER saw, not one the gazetteer knows. */
        boolean placeUnknown;
        /** "in the capital": the place is the capital of the country, once known. */
        boolean inCapital;
        Model.ActorNode perp;
        Raw relTo;
        int relDays;
        boolean relFocus;
        /** The token before the trigger's premodifiers: its determiner, if it has one. */
        int before;
        /** A further object of this trigger's own ("attacks on X and on Y"): the trigger whose list it continues. */
        Raw splitOf;
    }

    @Override
    public void apply(AnnotatedDocument d) {
        Toks k = new Toks(d);
        String home = datelineCountry(d);
        List<Raw> raws = new ArrayList<>();
        List<CueHit> trig = new ArrayList<>(d.cues().stream().filter(h -> h.type() == CueType.TRIGGER).toList());
        trig.sort(Comparator.comparingInt(CueHit::start).thenComparingInt(h -> h.start() - h.end()));
        int lastEnd = -1;
        for (CueHit h : trig) {
            if (h.start() < lastEnd || !k.selected(h.sentence())) {
                continue;
            }
            lastEnd = h.end();
            Raw r = new Raw();
            r.s = h.sentence();
            r.start = h.start();
            r.end = h.end();
            r.trig = (Lexicons.Trigger) h.payload();
            if (generic(k, r)) {
                continue;
            }
            if (namesAttackers(k, r)) {
                // "one of the two suicide bombers": the number counts attackers, not attacks.
                r.count = 1;
            }
            List<String> lastPieces = org.claimgraph.extract.cue.TokenNorm.pieces(k.orig(r.end - 1));
            List<String> trigPieces = org.claimgraph.extract.cue.TokenNorm.pieces(r.trig.phrase());
            // "BOMB-SQUAD experts": a trigger that is only the first part of a hyphenated word modifies it.
            boolean hyphenModifier = lastPieces.size() > 1 && lastPieces.contains("-")
                    && !lastPieces.get(lastPieces.size() - 1).equals(trigPieces.get(trigPieces.size() - 1))
                    || r.end + 1 < k.sEnd(r.s) && k.orig(r.end).equals("-") && k.t(r.end).beginPosition() == k.t(r.end - 1).endPosition();
            if (hyphenModifier || r.end < k.sEnd(r.s) && k.tag(r.end - 1).startsWith("NN") && k.tag(r.end).startsWith("NN")
                    && !k.ner(r.end).equals("DATE")) {
                // "attack suspects": a trigger noun used as a modifier only points back to a known event
                // (a verb before a noun, "kidnapped businessman Juan Perez", is the event itself).
                r.trig = new Lexicons.Trigger(r.trig.phrase(), r.trig.kind(), r.trig.subtype(), true);
                if (r.trig.kind() == EventKind.ARREST) {
                    continue;
                }
            }
            raws.add(r);
            raws.addAll(furtherObjects(k, r, trig));
        }
        // Windows: a trigger owns the words up to the next trigger (or further object) in its sentence (at most 15).
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            int lim = Math.min(k.sEnd(r.s), r.end + 15);
            for (CueHit h : trig) {
                if (h.sentence() == r.s && h.start() >= r.end && h.start() < lim) {
                    lim = h.start();
                }
            }
            for (Raw o : raws) {
                if (o.s == r.s && o.start >= r.end && o.start < lim) {
                    lim = o.start;
                }
            }
            r.winEnd = lim;
            describe(d, k, r, raws, home);
        }
        // Arrests of suspects of an attack or plot belong to that event, not a new one.
        List<Raw> kept = new ArrayList<>();
        for (Raw r : raws) {
            if (r.trig.kind() == EventKind.ARREST && raws.stream().anyMatch(o -> o.s == r.s && o.trig.kind() != EventKind.ARREST)) {
                continue;
            }
            // "eleven people had been detained, including the four suspected gunmen": an arrest of the suspects
            // of an attack told before is part of that attack's story, not an event of its own.
            if (r.trig.kind() == EventKind.ARREST && r.place == null && r.site == null
                    && raws.stream().anyMatch(o -> o.s < r.s && o.trig.kind() == EventKind.ATTACK) && namesSuspects(k, r.s)) {
                continue;
            }
            kept.add(r);
        }
        List<EventNode> events = new ArrayList<>();
        EventNode focus = null;
        int focusSent = -10;
        List<EventNode> openGroup = null;
        int groupNeed = 0;
        int groupSent = -10;
        // Events told as items of one list ("an attack on X, and an attack on Y"), each item's list; the last list told.
        java.util.Map<EventNode, List<EventNode>> listOf = new java.util.IdentityHashMap<>();
        List<EventNode> lastList = null;
        int lastListSent = -10;
        java.util.Map<Raw, EventNode> resolved = new java.util.HashMap<>();
        for (Raw r : kept) {
            EventNode target = null;
            Raw listPrev = null;
            boolean hasOwn = r.place != null || r.site != null || r.date != null;
            if (r.trig.anaphoric() || r.definite) {
                List<EventNode> pinned = events.stream().filter(e -> !bare(e) && compatible(e, r)).toList();
                if (focus != null && bare(focus) && !hasOwn && pinned.size() == 1) {
                    // "... opened fire at Crocus City Hall. The attackers shot at spectators. IS claimed the attack":
                    // the definite mention names the incident the report pinned down, not the detail told last.
                    target = pinned.get(0);
                } else if (focus != null && compatible(focus, r)) {
                    target = focus;
                } else {
                    for (EventNode e : events) {
                        if (samePlace(e, r) && compatible(e, r)) {
                            target = e;
                        }
                    }
                }
                if (target == null && r.definite && r.country != null) {
                    // "the Moscow attack" after "the attack on the Crocus Town Hall near Moscow": a definite
                    // mention names a known event; take the most-mentioned one in its country.
                    for (EventNode e : events) {
                        if (r.country.equals(e.country) && compatible(e, r)
                                && (target == null || e.mentions.size() > target.mentions.size())) {
                            target = e;
                        }
                    }
                }
                if (target == null && r.trig.anaphoric()) {
                    continue;
                }
            } else {
                for (Raw o : kept) {
                    if (o == r) {
                        break;
                    }
                    if (resolved.containsKey(o) && (listed(k, o, r) || r.splitOf != null && (o == r.splitOf || o.splitOf == r.splitOf))) {
                        // "an attack on the residence of X, and an attack on a relative of Y": one more item of a list.
                        listPrev = o;
                    }
                }
                // Another trigger of the same new event in the same sentence ("an attack ..., in which a suicide bomber").
                for (Raw o : kept) {
                    if (o == r || listPrev != null) {
                        break;
                    }
                    // "the bomb, detonated by ...": a bare trigger after a definite one in its sentence is the same event.
                    if (o.s == r.s && (!o.definite || !hasOwn && r.start - o.end <= 4) && resolved.containsKey(o)
                            && (!hasOwn || bare(resolved.get(o)) && compatible(resolved.get(o), r))) {
                        // "A gunman opened fire in Lyon on March 3": one event, whichever trigger carries the details.
                        target = resolved.get(o);
                    }
                }
                if (target == null && !hasOwn && focus != null && r.s - focusSent <= 1 && namesAttackers(k, r)
                        && compatible(focus, r)) {
                    // "one of the two suicide bombers was ...", right after the attack: the attackers of that attack.
                    target = focus;
                }
                if (target == null && listPrev == null) {
                    for (EventNode e : events) {
                        if (r.place != null && samePlace(e, r) && compatible(e, r)) {
                            target = e;
                        }
                    }
                }
            }
            boolean fresh = target == null;
            if (fresh) {
                target = new EventNode(r.trig.kind());
                events.add(target);
                if (r.place == null) {
                    // "outside a branch of New Kabul Bank in the southern Afghan city of Kandahar": a site
                    // still lies in a town the sentence may name beyond the trigger's window.
                    sentencePlace(k, r, kept, home);
                }
                if (r.country == null && r.place == null) {
                    r.country = nearbyCountry(k, r);
                }
                if (r.date == null && r.relTo == null && !r.definite && !r.trig.anaphoric()) {
                    // Not for "the murder" told back: "today the ministry denied charges ... for the murder of the
                    // six Jesuits" dates the denial, not the murder.
                    sentenceDate(k, r, kept);
                }
            }
            merge(target, r, k);
            resolved.put(r, target);
            List<EventNode> group = List.of(target);
            if (listPrev != null) {
                List<EventNode> list = listOf.computeIfAbsent(resolved.get(listPrev), e -> new ArrayList<>(List.of(e)));
                list.add(target);
                listOf.put(target, list);
                lastList = list;
                lastListSent = r.s;
            }
            boolean plural = k.tag(r.end - 1).equals("NNS") || r.count > 1;
            if ((r.definite || r.trig.anaphoric()) && plural && lastList != null && r.s - lastListSent <= 2
                    && lastList.contains(target) && (r.count == 1 || r.count == lastList.size())) {
                // "... and an attack on Y. The army blamed the FMLN for these attacks": the plural covers the whole list.
                group = List.copyOf(lastList);
            } else if (r.count > 1) {
                openGroup = new ArrayList<>(List.of(target));
                groupNeed = r.count - 1;
                groupSent = r.s;
                group = openGroup;
            } else if (fresh && openGroup != null && groupNeed > 0 && r.s - groupSent <= 3) {
                // "two attacks in January: ... and on a church ... where a man was shot": the members share the date.
                if (target.date == null && openGroup.get(0).date != null) {
                    target.date = openGroup.get(0).date;
                    target.precision = openGroup.get(0).precision;
                }
                openGroup.add(target);
                groupNeed--;
            }
            d.eventMentions().add(new EventMention(r.s, r.start, r.end, target, group, r.perp));
            if (r.trig.kind() != EventKind.ARREST) {
                focus = target;
                focusSent = r.s;
            }
        }
        // Relative dates, now that the events they hang on are known.
        for (int pass = 0; pass < 2; pass++) {
            for (Raw r : kept) {
                EventNode e = resolved.get(r);
                EventNode base = r.relTo != null ? resolved.get(r.relTo) : null;
                if (e != null && e.date == null && base != null && base != e && base.precision == DatePrecision.DAY) {
                    e.date = LocalDate.parse(base.date).plusDays(r.relDays).toString();
                    e.precision = DatePrecision.DAY;
                }
            }
        }
        shareAlongLists(listOf);
        consolidateBare(d, events, resolved, listOf);
        casualties(d, k, kept, resolved);
        perpetrators(k, kept, resolved);
        String dateline = datelineCountry(d);
        LocalDate filed = d.document().published();
        // A wire report whose dateline names no country ("CLANDESTINE, NO DATE (RADIO VENCEREMOS) --") is still
        // about one country; prose without a dateline may span several, so its events keep what they say.
        String about = dateline != null ? filedAbroad(k, dateline) : Dateline.end(d.text()) >= 0 ? reportCountry(k, events) : null;
        for (EventNode e : events) {
            if (e.country == null && about != null) {
                e.country = about;
            }
            if (e.inCapital && e.place == null && e.country != null) {
                e.place = geo.capitalOf(e.country).orElse(null);
            }
            e.place = standardName(e.place, e.country);
            // Wire convention: an attack a datelined report tells without a date is news of the days before
            // the dateline. Say only the month: the text supports no day.
            if (e.date == null && dateline != null && filed != null && e.kind == EventKind.ATTACK) {
                e.date = filed.toString().substring(0, 7);
                e.precision = DatePrecision.MONTH;
            }
        }
        d.setEvents(events);
    }

    /**
     * A place told by another name than the gazetteer's ("Estambul", "Constantinople", "Kiev") under the name
     * the gazetteer gives it, so that reports of one attack name one place; spelling variants of the same name
     * (case, accents) and names two places of the country share stay as written.
     */
    private String standardName(String place, String country) {
        if (place == null || country == null) {
            return place;
        }
        String own = null;
        for (org.claimgraph.extract.gazetteer.Place p : geo.places(place)) {
            if (!p.country().equals(country) || !p.isCity()) {
                continue;
            }
            if (own != null && !own.equals(p.name())) {
                return place;
            }
            own = p.name();
        }
        return own == null || fold(own).equals(fold(place)) ? place : own;
    }

    /**
     * One incident told in several sentences ("the kidnapping ... kidnapped on 4 October in Lima ...
     * abducted"): an event that has no date, place or site of its own is the one event of its kind and
     * subtype the document pins down, or, when all its mentions are definite, the one event of its kind.
     * When the document pins down none, bare events of one kind and subtype are one event. Where two
     * pinned events could be meant, the bare one stays apart.
     */
    private static void consolidateBare(AnnotatedDocument d, List<EventNode> events, java.util.Map<Raw, EventNode> resolved,
                                        java.util.Map<EventNode, List<EventNode>> listOf) {
        java.util.Map<EventNode, EventNode> into = new java.util.IdentityHashMap<>();
        // Items of one list are told as different incidents: none is the other, nor are two of them one third incident.
        java.util.function.BiPredicate<EventNode, EventNode> apart = (a, b) -> listOf.containsKey(b)
                && (listOf.get(b).contains(a) || listOf.get(b).stream().anyMatch(o -> o != b && into.get(o) == a));
        for (EventNode b : events) {
            if (!bare(b)) {
                // "The murder took place at 2220 last night", "the attackers shot at spectators": a mention with
                // only a day is the one incident of its kind told for that day, when that one has a place.
                if (b.place == null && b.site == null && b.date != null && b.date.length() == 10) {
                    List<EventNode> sameDay = events.stream().filter(a -> a != b && !apart.test(a, b) && a.kind == b.kind && a.date != null
                            && (a.place != null || a.site != null || b.definiteOnly)
                            && (a.date.startsWith(b.date) || b.date.startsWith(a.date))
                            && countriesAgree(a, b)).toList();
                    if (sameDay.size() == 1 && !into.containsKey(sameDay.get(0))) {
                        into.put(b, sameDay.get(0));
                    }
                }
                // "the explosions that caused the plane to crash after it left Bogota's El Dorado airport" after
                // "the Boeing that exploded near Bogota today": an undated mention at the place of the one dated
                // incident of its kind there is that incident.
                if (b.date == null && !into.containsKey(b)) {
                    List<EventNode> samePlace = events.stream().filter(a -> a != b && !apart.test(a, b) && a.kind == b.kind && a.date != null
                            && countriesAgree(a, b) && placesAgree(a, b)).toList();
                    if (samePlace.size() == 1 && !into.containsKey(samePlace.get(0))) {
                        into.put(b, samePlace.get(0));
                    }
                }
                continue;
            }
            List<EventNode> pinned = new ArrayList<>();
            List<EventNode> sameSubtype = new ArrayList<>();
            EventNode firstBare = null;
            for (EventNode a : events) {
                if (a == b || a.kind != b.kind || !countriesAgree(a, b) || apart.test(a, b)) {
                    continue;
                }
                boolean sameSub = java.util.Objects.equals(a.subtype, b.subtype);
                if (!bare(a)) {
                    pinned.add(a);
                    if (sameSub) {
                        sameSubtype.add(a);
                    }
                } else if (sameSub && firstBare == null && events.indexOf(a) < events.indexOf(b)) {
                    firstBare = a;
                }
            }
            // An indefinite bare mention ("a bridge was dynamited") may be a further incident: it joins only
            // an incident of its own subtype. A definite one ("the murder") names an incident told elsewhere.
            EventNode target = sameSubtype.size() == 1 && b.subtype != null ? sameSubtype.get(0)
                    : b.definiteOnly && pinned.size() == 1 ? pinned.get(0)
                    : pinned.isEmpty() && b.subtype != null ? firstBare : null;
            if (target != null) {
                into.put(b, target);
            }
        }
        if (into.isEmpty()) {
            return;
        }
        java.util.function.UnaryOperator<EventNode> root = e -> {
            EventNode r = e;
            while (into.containsKey(r)) {
                r = into.get(r);
            }
            return r;
        };
        for (java.util.Map.Entry<EventNode, EventNode> m : into.entrySet()) {
            EventNode b = m.getKey();
            EventNode a = root.apply(b);
            if (a == b) {
                continue;
            }
            a.mentions.addAll(b.mentions);
            a.subtype = a.subtype == null ? b.subtype : a.subtype;
            a.country = a.country == null ? b.country : a.country;
            a.place = a.place == null ? b.place : a.place;
            a.site = a.site == null ? b.site : a.site;
            a.killed = a.killed == null ? b.killed : a.killed;
            a.injured = a.injured == null ? b.injured : a.injured;
        }
        events.removeIf(into::containsKey);
        resolved.replaceAll((r, e) -> root.apply(e));
        List<EventMention> ms = d.eventMentions();
        for (int i = 0; i < ms.size(); i++) {
            EventMention m = ms.get(i);
            ms.set(i, new EventMention(m.sentence(), m.start(), m.end(), root.apply(m.event()),
                    m.group().stream().map(root).distinct().toList(), m.perpetrator()));
        }
    }

    /** Prepositions before a place: "a police post in Quetta". */
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "near");

    /**
     * The further objects of one attack trigger told as a list, each one more incident: "staged attacks on a
     * police post and on a bank" (the preposition said again), "attacked a police post in Quetta and a bank in
     * Turbat" (each object in a place of its own). Each is returned as a trigger of its own at the further
     * object, its window the words up to the next one.
     */
    private static List<Raw> furtherObjects(Toks k, Raw r, List<CueHit> trig) {
        List<Raw> out = new ArrayList<>();
        if (r.trig.kind() != EventKind.ATTACK || r.definite || r.trig.anaphoric()) {
            return out;
        }
        int se = k.sEnd(r.s);
        int lim = Math.min(se, r.end + 25);
        for (CueHit h : trig) {
            if (h.sentence() == r.s && h.start() >= r.end && h.start() < lim) {
                lim = h.start();
            }
        }
        boolean noun = k.tag(r.end - 1).equals("NNS") && r.end < se && Set.of("on", "against").contains(k.low(r.end));
        boolean verb = k.tag(r.start).equals("VBD") && r.end < se && !k.tag(r.end).equals("IN") && !k.tag(r.end).startsWith("VB");
        String lastPlace = null;
        int lastPlaceEnd = -1;
        for (int i = r.end + 1; i + 1 < lim; i++) {
            String w = k.low(i);
            if (k.tag(i).startsWith("VB") || Set.of(";", ":", "--", "(", ")", "which", "who", "that").contains(w)) {
                break; // a clause of its own: its objects are not the trigger's
            }
            if (PLACE_PREPS.contains(k.low(i - 1)) && k.ner(i).equals("LOCATION")) {
                int e = placeEnd(k, i, lim);
                if (verb && lastPlace != null && !lastPlace.equals(k.words(i, e).toLowerCase(java.util.Locale.ROOT))) {
                    // "attacked a police post in Quetta and a bank in Turbat": the second object lies elsewhere.
                    int j = i - 2;
                    while (j >= lastPlaceEnd && !k.low(j).equals("and") && !k.low(j).equals(",")) {
                        j--;
                    }
                    if (j >= lastPlaceEnd && j + 1 < i - 1 && isObjectStart(k, j + 1)) {
                        out.add(further(r, j + 1));
                    }
                }
                lastPlace = k.words(i, e).toLowerCase(java.util.Locale.ROOT);
                lastPlaceEnd = e;
                i = e - 1;
                continue;
            }
            if (noun && w.equals(k.low(r.end)) && (k.low(i - 1).equals("and") || k.low(i - 1).equals(","))
                    && !k.isDateToken(i + 1) && !(i + 2 < se && k.isDateToken(i + 2))) {
                // "attacks on a police post and on a bank": the preposition said again brings another target.
                out.add(further(r, i));
            }
        }
        return out;
    }

    /** A noun phrase starts at i ("a bank", "the mayor's house"): no verb, place or date. */
    private static boolean isObjectStart(Toks k, int i) {
        String t = k.tag(i);
        return (t.equals("DT") || t.equals("CD") || t.equals("PRP$") || t.startsWith("JJ") || t.startsWith("NN"))
                && !k.ner(i).equals("LOCATION") && !k.isDateToken(i);
    }

    /** One more incident of trigger r's list, told from token i on. */
    private static Raw further(Raw r, int i) {
        Raw c = new Raw();
        c.s = r.s;
        c.start = i;
        c.end = i + 1;
        c.trig = r.trig;
        c.before = i - 1;
        c.splitOf = r;
        return c;
    }

    /** Prepositions that bring a noun trigger's object: "an attack on", "the bombing of", "an explosion at". */
    private static final Set<String> OBJECT_PREPS = Set.of("on", "against", "of", "at");
    /** Words that join the items of a list. */
    private static final Set<String> LIST_JOINS = Set.of("and", ",", "or", ";");

    /**
     * Whether trigger r is a further item of a list that o, earlier in the sentence, is an item of: "an
     * attack on the residence of X, and an attack on a relative of Y" tells two incidents, where "an attack
     * on a police post, in which a suicide bomber ..." tells one. Both are indefinite nouns of one kind,
     * each with an object of its own, the two objects differ, and a list word joins r to what comes before.
     */
    private static boolean listed(Toks k, Raw o, Raw r) {
        if (o.s != r.s || o.definite || r.definite || o.trig.anaphoric() || r.trig.anaphoric() || o.trig.kind() != r.trig.kind()
                || !k.tag(o.end - 1).startsWith("NN") || !k.tag(r.end - 1).startsWith("NN")) {
            return false;
        }
        int sb = k.sBegin(r.s);
        String det = r.before >= sb ? k.low(r.before) : "";
        int join = det.equals("a") || det.equals("an") || det.equals("another") ? r.before - 1 : r.before;
        if (join < o.end || join < sb || !LIST_JOINS.contains(k.low(join))) {
            return false;
        }
        String a = object(k, o);
        String b = object(k, r);
        return a != null && b != null && !a.equals(b);
    }

    /** The words of a noun trigger's object ("on the residence of Colonel X" gives "the residence of colonel x"), or null. */
    private static String object(Toks k, Raw r) {
        int se = k.sEnd(r.s);
        if (r.end + 1 >= se || !OBJECT_PREPS.contains(k.low(r.end))) {
            return null;
        }
        StringBuilder w = new StringBuilder();
        for (int i = r.end + 1; i < se && i < r.end + 9 && !LIST_JOINS.contains(k.low(i)); i++) {
            w.append(k.low(i)).append(' ');
        }
        return w.length() == 0 ? null : w.toString();
    }

    /**
     * The items of a list share what the sentence says of them all: "in the capital, including an attack on
     * X and an attack on Y", "attacks on X and on Y in Lima on Monday". An item keeps what it says itself.
     */
    private static void shareAlongLists(java.util.Map<EventNode, List<EventNode>> listOf) {
        for (List<EventNode> list : new java.util.LinkedHashSet<>(listOf.values())) {
            for (EventNode e : list) {
                for (EventNode o : list) {
                    if (o == e) {
                        continue;
                    }
                    if (e.date == null && o.date != null) {
                        e.date = o.date;
                        e.precision = o.precision;
                    }
                    if (e.country == null && o.country != null) {
                        e.country = o.country;
                    }
                    if (e.place == null && e.site == null && o.place != null && java.util.Objects.equals(e.country, o.country)) {
                        e.place = o.place;
                    }
                    if (e.place == null && o.inCapital && java.util.Objects.equals(e.country, o.country)) {
                        e.inCapital = true;
                    }
                }
            }
        }
    }

    /** The same country, or one of them not known. */
    private static boolean countriesAgree(EventNode a, EventNode b) {
        return a.country == null || b.country == null || a.country.equals(b.country);
    }

    /** The same town, the same site, or a site that names the other's town ("Bogota El Dorado Airport", "Bogota"). */
    private static boolean placesAgree(EventNode a, EventNode b) {
        String ap = a.place == null ? null : fold(a.place);
        String bp = b.place == null ? null : fold(b.place);
        String as = a.site == null ? null : fold(a.site);
        String bs = b.site == null ? null : fold(b.site);
        return ap != null && ap.equals(bp) || as != null && as.equals(bs)
                || ap != null && bs != null && bs.contains(ap) || bp != null && as != null && as.contains(bp);
    }

    /** An event known only by its trigger so far: no date, place or site. */
    private static boolean bare(EventNode e) {
        return e.date == null && e.place == null && e.site == null;
    }

    private static boolean samePlace(EventNode e, Raw r) {
        return r.place != null && r.place.equals(e.place) || r.site != null && r.site.equals(e.site);
    }

    private static boolean compatible(EventNode e, Raw r) {
        if (e.country != null && r.country != null && !e.country.equals(r.country)) {
            return false;
        }
        // A bare weekday that disagrees with a known date does not make a second event: "the explosion
        // occurred at 2130 on Thursday" in a report of the same day's explosion is a slip, not news.
        if (e.date != null && r.date != null && !(e.date.startsWith(r.date) || r.date.startsWith(e.date))
                && !(r.weekdayDate && (r.definite || r.trig.anaphoric()))) {
            return false;
        }
        return e.kind == r.trig.kind() || r.trig.anaphoric();
    }

    private static void merge(EventNode e, Raw r, Toks k) {
        if (e.subtype == null || r.trig.subtype() != null && r.trig.subtype().startsWith("suicide")) {
            e.subtype = r.trig.subtype() != null ? r.trig.subtype() : e.subtype;
        }
        if (r.date != null && (e.date == null || r.date.length() > e.date.length())) {
            e.date = r.date;
            e.precision = r.prec;
        }
        if (e.place == null) {
            e.place = r.place;
        }
        if (e.site == null) {
            e.site = r.site;
        }
        if (e.country == null) {
            e.country = r.country;
        }
        e.mentions.add(k.span(Math.max(k.sBegin(r.s), r.start - (r.definite ? 1 : 0)), r.end));
        e.inCapital |= r.inCapital && r.place == null;
        if (!r.definite && !r.trig.anaphoric()) {
            e.definiteOnly = false;
        }
    }

    /** Plural or present-tense triggers with nothing specific about them ("carries out attacks abroad"). */
    private boolean generic(Toks k, Raw r) {
        String tag = k.tag(r.start);
        if (tag.equals("VBZ") || tag.equals("VBP") || tag.equals("VB")) {
            return true;
        }
        int b = r.start - 1;
        int sb = k.sBegin(r.s);
        while (b >= sb && (k.tag(b).startsWith("JJ") || k.tag(b).startsWith("NN") || k.isDateToken(b) || k.tag(b).equals("CD") || k.tag(b).equals("HYPH"))) {
            if (k.numberWord(b) != null && k.numberWord(b) > 1 || k.low(b).matches("\\d+") && !k.isDateToken(b)) {
                r.count = Math.max(r.count, k.number(b) == null ? 1 : Math.min(k.number(b), 10));
            }
            b--;
        }
        String det = b >= sb ? k.low(b) : "";
        r.before = b;
        // "the ELN destroyed": a determiner before the subject of a verb trigger says nothing of the event.
        r.definite = !k.tag(r.start).startsWith("VB") && Set.of("the", "this", "that", "these", "those", "its", "their", "both").contains(det)
                && !(b - 2 >= sb && k.low(b - 1).equals("of") && k.low(b - 2).equals("one"));
        if (r.definite && det.equals("both")) {
            r.count = Math.max(r.count, 2); // "both attacks": two told before
        }
        boolean plural = k.tag(r.end - 1).equals("NNS");
        // "one of the largest attacks there": one specific event picked out of a class.
        boolean oneOf = b - 2 >= sb && k.low(b).equals("the") && k.low(b - 1).equals("of") && k.low(b - 2).equals("one");
        if (irrealis(k, r)) {
            // "preparation of attacks", "plots to attack": planned, not carried out; plural ones are no one event.
            r.trig = new Lexicons.Trigger(r.trig.phrase(), EventKind.PLOT, r.trig.subtype(), r.trig.anaphoric());
            return plural && !r.definite;
        }
        // "units staged simultaneous attacks on ...": attacks someone carried out are particular ones, not a class.
        boolean carriedOut = b >= sb && k.tag(b).equals("VBD");
        return plural && !r.definite && r.count == 1 && !oneOf && !carriedOut
                && !hasDate(k, r.start, Math.min(k.sEnd(r.s), r.end + 6));
    }

    /** The trigger names the attackers themselves ("suicide bombers", "gunmen"), not the attack. */
    private boolean namesAttackers(Toks k, Raw r) {
        return words.is(k.low(r.end - 1), EventWords.Role.PERPETRATOR);
    }

    /** The sentence speaks of the attackers or suspects ("the four suspected gunmen", "three suspects"). */
    private boolean namesSuspects(Toks k, int s) {
        for (int i = k.sBegin(s); i < k.sEnd(s); i++) {
            if (words.is(k.low(i), EventWords.Role.PERPETRATOR) || k.low(i).startsWith("suspect")) {
                return true;
            }
        }
        return false;
    }

    /** The location at i follows "national of", "citizens of": a nationality. */
    private boolean nationalityOf(Toks k, int i) {
        return i >= 2 && k.low(i - 1).equals("of") && words.is(k.low(i - 2), EventWords.Role.NATIONALITY);
    }

    /** A planning or threat word among the three tokens before an attack trigger. */
    private boolean irrealis(Toks k, Raw r) {
        if (r.trig.kind() != EventKind.ATTACK) {
            return false;
        }
        for (int i = r.start - 1; i >= Math.max(k.sBegin(r.s), r.start - 3); i--) {
            if (words.is(k.low(i), EventWords.Role.IRREALIS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDate(Toks k, int from, int to) {
        for (int i = from; i < to; i++) {
            if (k.ner(i).equals("DATE") && iso(k, i) != null) {
                return true;
            }
        }
        return false;
    }

    private void describe(AnnotatedDocument d, Toks k, Raw r, List<Raw> all, String home) {
        int sb = k.sBegin(r.s);
        // The premodifier reaches back at most four words and never past a verb or clause boundary:
        // in "denied today that guerrillas attacked", "today" dates the denial, not the attack.
        int from = r.start;
        // Nor past a preposition: in "blamed Israel and the United States for the attack" the states are the
        // suspects of the attack, not its place. A further object ("and on a bank") has no premodifier at all:
        // the words before it belong to the first.
        while (r.splitOf == null && from > sb && from > r.start - 4 && !clauseBoundary(k, from - 1) && !k.tag(from - 1).equals("IN")
                && !k.tag(from - 1).equals("TO")) {
            from--;
        }
        if (r.splitOf != null) {
            r.perp = r.splitOf.perp;
        }
        // Perpetrator named just before the trigger: "an IS suicide bomber".
        for (ActorMention m : d.actorMentions()) {
            if (m.start() >= from && m.end() <= r.start && !m.embedded() && m.actor().kind == ActorKind.ARMED_GROUP) {
                r.perp = m.actor();
            }
        }
        // Date: SUTime values in the premodifier or window; "March 22, the day of the attack".
        for (int i = from; i < r.winEnd && r.date == null; i++) {
            if (i >= r.start && i < r.end) {
                continue;
            }
            if (i >= r.end && k.low(i).equals("since")) {
                // "the deadliest bombing in Iran since the 1979 revolution": the date bounds a comparison.
                break;
            }
            setDate(k, r, i);
        }
        if (r.start >= sb + 6 && k.low(r.start - 1).equals("the") && k.low(r.start - 2).equals("of")
                && k.low(r.start - 3).equals("day") && k.low(r.start - 4).equals("the") && k.orig(r.start - 5).equals(",")) {
            setDate(k, r, r.start - 6);
        }
        relative(k, r, all);
        // Place and country: locations in the window, "X, Country", premodifier "a Kandahar attack".
        findPlace(k, r, from, r.winEnd, home);
        // Site: a site head ("hall", "church") with the capitalised words before it.
        for (CueHit h : d.cues(r.s, CueType.SITE)) {
            if (h.start() >= r.end && h.end() <= r.winEnd && r.site == null) {
                int b = h.start();
                while (b - 1 >= r.end && (k.capitalised(b - 1) && !k.caseless() || k.ner(b - 1).equals("ORGANIZATION")
                        || k.ner(b - 1).equals("LOCATION") || k.tag(b - 1).equals("NNP"))) {
                    b--;
                }
                int e = h.end();
                for (CueHit next : d.cues(r.s, CueType.SITE)) {
                    if (next.start() == e && next.end() <= r.winEnd && (k.capitalised(next.start()) || k.caseless())) {
                        // "the Grand Market Hall": one site named by two site words.
                        e = next.end();
                    }
                }
                r.site = k.words(b, e);
                if (r.placeUnknown && fold(r.site).contains(fold(r.place))) {
                    // "the attack on Crocus City Hall": the NER's location is the site itself, not its town.
                    r.place = null;
                    r.placeUnknown = false;
                }
                // "Kandahar University" lies in Kandahar; but "San Carlos University" is not in San (Mali), nor
                // "Central American University" in Central: only the whole name before the head is a place.
                if (r.place == null && b < h.start()) {
                    String name = leadingPlace(k, b, h.start(), home);
                    if (name != null) {
                        r.place = name;
                        r.country = r.country == null ? placeCountry(name, home).orElse(null) : r.country;
                    }
                }
            }
        }
    }

    /**
     * Place and country from the locations in tokens [from, to): a country name gives the country; the
     * first place the gazetteer knows wins over a location only the NER saw ("the Stade de France in Paris").
     */
    private void findPlace(Toks k, Raw r, int from, int to, String home) {
        String nerOnly = null;
        for (int i = from; i < to; i++) {
            if (i >= r.start && i < r.end) {
                continue;
            }
            if (inTheCapital(k, i, from, to)) {
                r.inCapital = true;
            }
            int j = placeEnd(k, i, to);
            if (j <= i) {
                continue;
            }
            String name = k.words(i, j);
            if (countryModifier(k, i, j) && geo.countryByName(name).isPresent()) {
                i = j - 1;
                continue;
            }
            Optional<String> asCountry = pronounUs(k, i, j) ? Optional.empty() : geo.countryByName(name);
            if (asCountry.isPresent() && nationalityOf(k, i)) {
                // "one of the bombers was a national of Tajikistan": whose citizen, not where.
                i = j - 1;
                continue;
            }
            if (asCountry.isPresent()) {
                if (r.country == null) {
                    r.country = asCountry.get();
                }
            } else if (r.place == null && !pronounUs(k, i, j)) {
                Optional<String> c = placeCountry(name, home);
                if (c.isPresent()) {
                    r.place = bareName(name);
                    if (j + 1 < to && k.orig(j).equals(",") && geo.countryByName(k.word(j + 1)).isPresent()) {
                        r.country = geo.countryByName(k.word(j + 1)).get();
                    } else if (r.country == null) {
                        r.country = c.get();
                    }
                } else if (leadingPlace(k, i, j, home) != null) {
                    // "Bogota El Dorado Airport" read as one location: the city it starts with.
                    r.place = leadingPlace(k, i, j, home);
                    if (r.country == null) {
                        r.country = placeCountry(r.place, home).orElse(null);
                    }
                } else if (nerOnly == null) {
                    nerOnly = name;
                }
            }
            i = j - 1;
        }
        if (r.place == null && nerOnly != null) {
            r.place = nerOnly;
            r.placeUnknown = true;
        }
    }

    /**
     * The place a name of tokens [b, e) starts with: the whole name, else its longest leading part of two
     * words or more, else a first word that is a region or a large city. "Kandahar University" and "Bogota El
     * Dorado Airport" lie in those cities; "San Carlos University" does not lie in San (a town in Mali), nor
     * "Central American University" in Central (one in Louisiana).
     */
    private String leadingPlace(Toks k, int b, int e, String home) {
        for (int x = e; x > b; x--) {
            String name = k.words(b, x);
            Optional<String> c = placeCountry(name, home);
            if (c.isEmpty()) {
                continue;
            }
            // A part of a longer name is a place only if a well-known one: a region, a large city, one of the
            // dateline's country ("El Dorado Airport" in Bogota is not in El Dorado, Arkansas).
            boolean known = geo.countryByName(name).isPresent() || c.get().equals(home)
                    || geo.places(name).stream().anyMatch(p -> !p.isCity() || p.population() >= 100_000);
            if (x == e && (home == null || known) || known) {
                return name;
            }
            if (x - b == 1) {
                return null;
            }
        }
        return null;
    }

    /**
     * "San Miguel City" is San Miguel when the gazetteer knows only that: the kind word is the report's,
     * not the name's ("Guatemala City", a name of its own, stays whole).
     */
    private String bareName(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp > 0 && fold(name.substring(sp + 1)).equals("city") && geo.places(name).isEmpty()
                && !geo.places(name.substring(0, sp)).isEmpty()) {
            return name.substring(0, sp);
        }
        return name;
    }

    private static final Set<String> REGION_WORDS = Set.of("district", "province", "department", "region", "state",
            "municipality", "city", "town", "village", "county");

    /**
     * The country of a place name. A name several countries share ("Santo Tomas", "Washington") is read
     * in the country of the dateline when it has a place of that name; "Badschaur district" is looked up
     * without its region word too.
     */
    private Optional<String> placeCountry(String name, String home) {
        Optional<String> c = geo.countryByName(name);
        if (c.isPresent()) {
            return c;
        }
        List<org.claimgraph.extract.gazetteer.Place> ps = geo.places(name);
        if (ps.isEmpty()) {
            int sp = name.lastIndexOf(' ');
            if (sp > 0 && REGION_WORDS.contains(fold(name.substring(sp + 1)))) {
                ps = geo.places(name.substring(0, sp));
            }
        }
        if (ps.isEmpty()) {
            return Optional.empty();
        }
        if (home != null) {
            for (var p : ps) {
                if (p.country().equals(home)) {
                    return Optional.of(home);
                }
            }
            // A town name several countries share, none of them the dateline's, and none a large city ("Santo
            // Tomas" in a report from Guatemala City): most likely a place of the dateline's country too small for
            // the gazetteer, not a namesake abroad. A curated region is never second-guessed.
            if (ps.get(0).isCity() && ps.get(0).population() < 100_000
                    && ps.stream().map(org.claimgraph.extract.gazetteer.Place::country).distinct().count() > 1) {
                return Optional.of(home);
            }
        }
        return Optional.of(ps.get(0).country());
    }

    /** "US" in all-capitals text is far more often the pronoun than the country. */
    private static final Set<String> BEFORE_MODIFIER = Set.of("DT", "CD", "PRP$", "JJ", "POS");

    /**
     * A country name used as an adjective ("two U.S. missionaries", "the U.S. embassy in La Paz") says whose
     * people or building, not where: after a determiner, number or adjective and before a noun that is no
     * place or date.
     */
    private static boolean countryModifier(Toks k, int i, int j) {
        if (i == 0 || j >= k.size() || !BEFORE_MODIFIER.contains(k.tag(i - 1))) {
            return false;
        }
        String next = k.tag(j);
        return (next.startsWith("NN") || next.equals("JJ")) && !k.ner(j).equals("LOCATION") && !k.ner(j).equals("DATE");
    }

    private static boolean pronounUs(Toks k, int i, int j) {
        return j == i + 1 && k.caseless() && k.orig(i).equals("US");
    }

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside");

    /**
     * A location starts at i after "in", "at", "near", with only a noun phrase between them ("in the
     * southern Afghan city of Kandahar").
     */
    /**
     * "attacks in the capital(, including ...)" at token i ("capital"): the capital of the event's country.
     * An apposition ("in the capital, Kabul,") names it itself.
     */
    private boolean inTheCapital(Toks k, int i, int from, int to) {
        return k.low(i).equals("capital") && k.tag(i).startsWith("NN") && i >= from + 2 && k.low(i - 1).equals("the")
                && LOCATIVE.contains(k.low(i - 2))
                && !(i + 2 < to && k.orig(i + 1).equals(",") && placeEnd(k, i + 2, to) > i + 2);
    }

    private static boolean locative(Toks k, int i, int sb) {
        if (!k.ner(i).equals("LOCATION") || i > sb && k.ner(i - 1).equals("LOCATION")) {
            return false;
        }
        for (int b = i - 1; b >= Math.max(sb, i - 7); b--) {
            if (LOCATIVE.contains(k.low(b))) {
                return true;
            }
            String tag = k.tag(b);
            if (!(tag.equals("DT") || tag.startsWith("JJ") || tag.equals("NN") || tag.equals("POS") || k.low(b).equals("of"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean clauseBoundary(Toks k, int i) {
        String w = k.low(i);
        return k.tag(i).startsWith("VB") || k.tag(i).equals("WDT") || k.tag(i).equals("WP")
                || Set.of("that", ",", ";", ":", "--", "(", ")").contains(w);
    }

    private static final Set<String> REPORTING = Set.of("blames", "blamed", "accuses", "accused", "says", "said", "reports",
            "reported");

    /** The country named in the trigger's sentence, else in the one or two before. */
    private String nearbyCountry(Toks k, Raw r) {
        for (int s = r.s; s >= Math.max(0, r.s - 2); s--) {
            for (int i = k.sBegin(s); i < k.sEnd(s); i++) {
                if (!k.caseless() && !k.capitalised(i)) {
                    continue;
                }
                if (!k.ner(i).equals("LOCATION") && !k.tag(i).equals("NNP")) {
                    continue;
                }
                // Only a country the sentence places something in ("in Iran", "near Russia") or that blames or
                // reports attacks on its soil ("Iran blames it for two attacks"): a country that is suspected,
                // denies or helped ("Ukraine had helped prepare the attack") is no event's location.
                boolean reporter = i + 1 < k.sEnd(s) && REPORTING.contains(k.low(i + 1));
                // "the mayor of Cali, Colombia": the country of a place named just before it.
                boolean ofPlace = i - 2 >= k.sBegin(s) && k.orig(i - 1).equals(",") && k.ner(i - 2).equals("LOCATION");
                Optional<String> c = pronounUs(k, i, i + 1) || countryModifier(k, i, i + 1)
                        || !locative(k, i, k.sBegin(s)) && !reporter && !ofPlace ? Optional.empty() : geo.countryByName(k.word(i));
                if (c.isPresent() && !(i + 1 < k.size() && k.orig(i + 1).equals("'s"))) {
                    return c.get();
                }
            }
        }
        return null;
    }

    /**
     * A new event without a place of its own takes one of its sentence that no other trigger owns ("In
     * July, 44 people were killed in the Bajaur district in one of the largest attacks"), else one from a
     * preceding fragment the sentence splitter cut off ("on a church. In Istanbul. , where a man was shot").
     */
    private void sentencePlace(Toks k, Raw r, List<Raw> all, String home) {
        int sb = k.sBegin(r.s);
        int se = k.sEnd(r.s);
        boolean[] owned = new boolean[se - sb];
        for (int i = sb; i < se; i++) {
            final int t = i;
            owned[i - sb] = t >= r.start && t < r.end
                    || all.stream().anyMatch(o -> o != r && o.s == r.s && t >= o.start - 4 && t < o.winEnd);
        }
        for (int i = sb; i < se && r.place == null; i++) {
            if (owned[i - sb]) {
                continue;
            }
            int j = i;
            while (j < se && !owned[j - sb]) {
                j++;
            }
            // Only a location in a locative phrase: "talk about Ukraine's involvement" places nothing.
            for (int p = i; p < j && r.place == null; p++) {
                if (locative(k, p, sb)) {
                    findPlace(k, r, p, j, home);
                }
                // "there have been attacks in the capital, including an attack on the residence of ...".
                r.inCapital |= inTheCapital(k, p, i, j);
            }
            i = j;
        }
        if (r.place == null && r.s > 0 && k.sEnd(r.s - 1) - k.sBegin(r.s - 1) <= 5) {
            findPlace(k, r, k.sBegin(r.s - 1), k.sEnd(r.s - 1), home);
        }
    }

    /** A new event without its own date takes a date of its sentence that no other trigger owns. */
    private static void sentenceDate(Toks k, Raw r, List<Raw> all) {
        int datelineEnd = Dateline.end(k.d.text());
        for (int i = k.sBegin(r.s); i < k.sEnd(r.s) && r.date == null; i++) {
            final int t = i;
            if (k.t(i).beginPosition() < datelineEnd) {
                continue; // "LA PAZ, 25 MAY 89 (DPA) --" dates the report, not what its first sentence tells
            }
            if (all.stream().anyMatch(o -> o != r && o.s == r.s && t >= o.start - 4 && t < o.winEnd)) {
                continue;
            }
            setDate(k, r, i);
        }
    }

    private static int placeEnd(Toks k, int i, int lim) {
        if (!k.ner(i).equals("LOCATION")) {
            return i;
        }
        int j = i;
        while (j < lim && k.ner(j).equals("LOCATION")) {
            j++;
        }
        return j;
    }

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Words of a TIME expression that fix its day ("last night", "this morning", "tonight"). */
    private static final Set<String> DAY_WORDS = Set.of("last", "this", "yesterday", "today", "tonight");
    private static final Set<String> VAGUE = Set.of("day", "days", "now", "the", "time", "recently", "currently", "week", "weeks");

    private static void setDate(Toks k, Raw r, int i) {
        // SUTime tags "Thursday morning" and "last night" TIME, with the day in its value. Only a word that
        // names the day counts: "during the night" gets the document's day, which says nothing.
        boolean timeOfDay = k.ner(i).equals("TIME") && k.normNer(i) != null && k.normNer(i).matches("^\\d{4}-\\d{2}-\\d{2}T.*")
                && (WEEKDAYS.contains(k.low(i)) || DAY_WORDS.contains(k.low(i)));
        if (!k.ner(i).equals("DATE") && !timeOfDay || VAGUE.contains(k.low(i))) {
            return;
        }
        if (relativeSpan(k, i)) {
            // "30 minutes later": later than the event the sentence tells, not a day of its own.
            return;
        }
        String v = iso(k, i);
        LocalDate filed = k.d.document().published();
        if (lastNight(k, i) && filed != null && (v == null || v.equals(filed.toString()))) {
            // "shot to death last night" in a report filed on the 25th happened on the 24th: SUTime reads the
            // night as the reference day's, and "at 2220 last night" it does not resolve at all.
            v = filed.minusDays(1).toString();
        }
        int end = i;
        while (end < k.size() && end <= i + 4 && k.ner(end).equals(k.ner(i)) && java.util.Objects.equals(k.normNer(end), k.normNer(i))) {
            end++;
        }
        if (filed != null && k.low(i).equals("last") && i + 1 < end && WEEKDAYS.contains(k.low(i + 1))) {
            // "murdered last Friday" in a report of Sunday the 19th is Friday the 17th, the latest Friday;
            // SUTime takes the Friday of the week before.
            java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(k.low(i + 1).toUpperCase(java.util.Locale.ROOT));
            v = filed.minusDays(1).with(java.time.temporal.TemporalAdjusters.previousOrSame(day)).toString();
        }
        if (end + 1 < k.size() && k.orig(end).equals("[") && k.ner(end + 1).equals("DATE")) {
            // "last Friday [17 November]": the translator's bracketed date says which day was meant.
            String exact = iso(k, end + 1);
            if (exact != null && exact.length() == 10) {
                v = exact;
            }
        }
        if (v != null) {
            r.weekdayDate = WEEKDAYS.contains(k.low(i)) || k.low(i).equals("last") && i + 1 < end && WEEKDAYS.contains(k.low(i + 1));
            r.date = v;
            r.prec = v.length() == 10 ? DatePrecision.DAY : v.length() == 7 ? DatePrecision.MONTH : DatePrecision.YEAR;
        }
    }

    /** Whether the date expression around token i counts from another moment ("30 minutes later"). */
    private static boolean relativeSpan(Toks k, int i) {
        String value = k.normNer(i);
        for (int j = i; j < k.size() && j <= i + 4 && k.ner(j).equals(k.ner(i)) && java.util.Objects.equals(k.normNer(j), value); j++) {
            if (k.low(j).equals("later") || k.low(j).equals("earlier")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date token is part of "last night". */
    private static boolean lastNight(Toks k, int i) {
        return k.low(i).equals("last") && i + 1 < k.size() && k.low(i + 1).equals("night")
                || k.low(i).equals("night") && i > 0 && k.low(i - 1).equals("last");
    }

    /** A SUTime value cut to an ISO date (2024, 2024-01, 2024-01-03), or null when it is not one. */
    static String iso(Toks k, int i) {
        String n = k.normNer(i);
        if (n == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d{4}|XXXX)(-\\d{2})?(-\\d{2})?").matcher(n);
        if (!m.find() || n.matches("^\\d{4}-W.*")) {
            return null;
        }
        String y = m.group(1);
        if (y.equals("XXXX")) {
            LocalDate pub = k.d.document().published();
            if (pub == null || m.group(2) == null) {
                return null;
            }
            y = Integer.toString(pub.getYear());
        }
        String v = y + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
        return plausible(v, k.d.document().published()) ? v : null;
    }

    /**
     * A reported event lies after 1900 and not after the report: clock times SUTime reads as years
     * ("at 2030", "1800 hours") and future readings of a bare month are not event dates.
     */
    static boolean plausible(String iso, LocalDate published) {
        int year = Integer.parseInt(iso.substring(0, 4));
        if (year < 1900) {
            return false;
        }
        if (published == null) {
            return year <= LocalDate.now(java.time.ZoneOffset.UTC).getYear() + 1;
        }
        String pub = published.toString();
        return iso.compareTo(pub.substring(0, iso.length())) <= 0;
    }

    /** "a day before the attack in Moscow", "three days after the attack", "the next day". */
    private static void relative(Toks k, Raw r, List<Raw> all) {
        for (int i = r.end; i + 2 < r.winEnd + 4 && i + 2 < k.sEnd(r.s); i++) {
            String unit = k.low(i + 1);
            String dir = k.low(i + 2);
            Integer n = k.number(i);
            if (n == null && (k.low(i).equals("a") || k.low(i).equals("one"))) {
                n = 1;
            }
            int days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : 0;
            if (n == null || days == 0 || !(dir.equals("before") || dir.equals("after"))) {
                continue;
            }
            for (Raw o : all) {
                if (o.s == r.s && o.start > i + 2 && o.start <= i + 6) {
                    r.relTo = o;
                    r.relDays = (dir.equals("before") ? -1 : 1) * n * days;
                    r.date = null;
                }
            }
        }
    }

    private void casualties(AnnotatedDocument d, Toks k, List<Raw> raws, java.util.Map<Raw, EventNode> resolved) {
        for (CueHit h : d.cues()) {
            if (h.type() != CueType.CASUALTY || !k.selected(h.sentence())) {
                continue;
            }
            String field = (String) h.payload();
            if (field.equals("toll")) {
                continue;
            }
            int sb = k.sBegin(h.sentence());
            int se = k.sEnd(h.sentence());
            CountRange range = null;
            // "death" counts only as "the death of ...": not "death threats", "death squads", "12 death sentences".
            if (h.end() - h.start() == 1 && k.low(h.start()).equals("death") && (h.end() >= se || !k.low(h.end()).equals("of"))) {
                continue;
            }
            // Number before: "95 dead", "44 people were killed", "more than 100 injured", "seven of the nine
            // soldiers were wounded" (seven), "the 10 leaders who were killed".
            boolean passive = k.tag(h.start()).equals("VBN") && h.start() - 1 >= sb
                    && BE_PASSIVE.contains(k.low(h.start() - 1));
            for (int i = h.start() - 1; i >= Math.max(sb, h.start() - (passive ? 5 : 4)) && range == null; i--) {
                range = count(k, i, sb);
                if (range != null) {
                    range = partitive(k, i, sb, range);
                } else {
                    range = vagueBefore(k, i, h.start());
                }
                if (range == null && !(k.tag(i).startsWith("NN") || k.tag(i).startsWith("JJ") || k.tag(i).startsWith("VB")
                        || k.tag(i).equals("RB") || k.tag(i).equals("POS") && k.tag(h.start()).startsWith("NN") || passive && RELATIVES.contains(k.low(i)) && i + 1 < h.start()
                        && BE_PASSIVE.contains(k.low(i + 1)))) {
                    break;
                }
            }
            // Number after: "killed 21 people", "injured more than 50"; "wounding another", "killing dozens".
            if (range == null) {
                range = vagueAfter(k, h.end(), se);
            }
            for (int i = h.end(); i < Math.min(se, h.end() + 4) && range == null; i++) {
                range = count(k, i, sb);
            }
            if (range == null) {
                range = tollUpdate(d, k, h);
            }
            if (range == null) {
                range = singleVictim(k, h, sb, se);
            }
            if (range == null) {
                continue;
            }
            EventNode target = null;
            int best = Integer.MAX_VALUE;
            for (Raw r : raws) {
                if (r.s != h.sentence() || !resolved.containsKey(r)) {
                    continue;
                }
                int dist = r.start < h.start() ? h.start() - r.start : (r.start - h.start()) * 2;
                if (dist < best) {
                    best = dist;
                    target = resolved.get(r);
                }
            }
            if (target == null) {
                // "Five soldiers were killed." after the attack's sentence: the toll of the attack last told,
                // when it was told in one of the two sentences before.
                for (Raw r : raws) {
                    EventNode e = resolved.get(r);
                    if (e != null && r.s < h.sentence() && h.sentence() - r.s <= 2 && e.kind == EventKind.ATTACK) {
                        target = e;
                    }
                }
            }
            if (target == null) {
                continue;
            }
            if (field.equals("killed") && target.killed == null) {
                target.killed = range;
            } else if (field.equals("injured") && target.injured == null) {
                target.injured = range;
            }
        }
    }

    private static final Set<String> BE_PASSIVE = Set.of("was", "were", "been", "be");
    private static final Set<String> RELATIVES = Set.of("who", "that", "which");
    /** Vague plural quantities and the lower bound each is sure to mean ("dozens" is two dozen at least). */
    private static final java.util.Map<String, Integer> VAGUE_QUANTITIES = java.util.Map.of(
            "several", 2, "dozens", 24, "hundreds", 200, "thousands", 2000);

    /** "Seven of the nine soldiers were wounded": the part (seven), not the whole (nine). */
    private static CountRange partitive(Toks k, int i, int sb, CountRange whole) {
        if (i - 3 >= sb && k.low(i - 1).equals("the") && k.low(i - 2).equals("of")) {
            CountRange part = count(k, i - 3, sb);
            return part != null ? part : whole;
        }
        return whole;
    }

    /**
     * A vague count before a casualty word: "several injured", "dozens of people were killed", "hundreds
     * wounded"; "another wounded", "another was injured" (one more). Only when nothing but a noun, "of" and
     * the passive auxiliary come between, so "in several attacks, people were killed" gives none.
     */
    private static CountRange vagueBefore(Toks k, int i, int cue) {
        String w = k.low(i);
        boolean another = w.equals("another");
        if (!another && !VAGUE_QUANTITIES.containsKey(w)) {
            return null;
        }
        int nouns = 0;
        for (int j = i + 1; j < cue; j++) {
            String t = k.tag(j);
            if (t.startsWith("NN") && !another) {
                nouns++;
            } else if (!(BE_PASSIVE.contains(k.low(j)) || k.low(j).equals("of") && !another || t.equals("RB"))) {
                return null;
            }
        }
        if (nouns > 1) {
            return null;
        }
        return another ? CountRange.exactly(1) : CountRange.atLeast(VAGUE_QUANTITIES.get(w));
    }

    /** A vague count right after a casualty word: "wounding another", "killing dozens of people". */
    private static CountRange vagueAfter(Toks k, int a, int se) {
        if (a >= se) {
            return null;
        }
        String w = k.low(a);
        if (w.equals("another")) {
            return a + 1 < se && k.number(a + 1) != null ? null : CountRange.exactly(1);
        }
        return VAGUE_QUANTITIES.containsKey(w) ? CountRange.atLeast(VAGUE_QUANTITIES.get(w)) : null;
    }

    /**
     * "The number of people killed in the March 22 attack has risen to 145", "the death toll stood at
     * 139": the count after a toll-update phrase later in the sentence, when no other casualty word
     * comes between them.
     */
    private static CountRange tollUpdate(AnnotatedDocument d, Toks k, CueHit h) {
        for (CueHit u : d.cues(h.sentence(), CueType.CASUALTY)) {
            if (u.start() < h.end() || u.start() > h.end() + 20) {
                continue;
            }
            if (!"toll".equals(u.payload())) {
                return null;
            }
            return u.end() < k.sEnd(u.sentence()) ? count(k, u.end(), k.sBegin(u.sentence())) : null;
        }
        return null;
    }

    /**
     * One named or singular victim: "Mayor Ruiz was killed", "gunmen murdered a judge", "killing
     * Senator Lopez". Plural or unspecific victims give no count.
     */
    private CountRange singleVictim(Toks k, CueHit h, int sb, int se) {
        int v = h.start();
        if (k.tag(v).startsWith("NN")) {
            // "the murder of Mayor Ruiz", "the murder of former Supreme Court president Ana Ruiz": one named
            // victim, "the murder of Ana Ruiz and Luis Gomez" two; "the death of a civilian" one; "Ana Ruiz's
            // murder" one. None when the killing was only attempted.
            int a = h.end();
            boolean attempted = v - 1 >= sb && words.is(k.low(v - 1), EventWords.Role.ATTEMPT)
                    || v - 2 >= sb && words.is(k.low(v - 2), EventWords.Role.ATTEMPT);
            if (attempted) {
                return null;
            }
            if (a + 1 < se && k.low(a).equals("of")) {
                int names = namedVictims(k, a + 1, se);
                if (names > 0) {
                    return CountRange.exactly(names);
                }
                if (singularVictim(k, a + 1, se)) {
                    return CountRange.exactly(1);
                }
            }
            // "Ana Ruiz's murder": the possessor of a singular killing noun is its victim, unless the noun
            // takes an object ("the cartel's murder of a judge") or heads a compound ("Ruiz's murder trial").
            boolean compound = a < se && (k.low(a).equals("of") || k.tag(a).startsWith("NN"));
            if (k.tag(v).equals("NN") && !compound && v - 2 >= sb && k.tag(v - 1).equals("POS")
                    && k.ner(v - 2).equals("PERSON")) {
                return CountRange.exactly(1);
            }
            return null;
        }
        // "was injured" is often tagged as an adjective.
        if (!(k.tag(v).startsWith("VB") || k.tag(v).equals("JJ") && v - 1 >= sb && BE_PASSIVE.contains(k.low(v - 1)))) {
            return null;
        }
        int b = v - 1;
        while (b >= sb && k.tag(b).equals("RB")) {
            if (k.low(b).equals("not") || k.low(b).equals("n't") || k.low(b).equals("never")) {
                return null;
            }
            b--;
        }
        // "Garcia Alvarado, 56, was killed": the subject before an age in commas.
        int subj = b - 1;
        if (subj - 2 >= sb && k.low(subj).equals(",") && k.tag(subj - 1).equals("CD") && k.low(subj - 2).equals(",")) {
            subj -= 3;
        }
        if (subj >= sb && k.low(b).equals("was") && (k.tag(subj).equals("NN") || k.tag(subj).equals("NNP"))
                && !words.is(k.low(subj), EventWords.Role.NOBODY) && !words.is(k.low(subj), EventWords.Role.COLLECTIVE)) {
            return CountRange.exactly(1);
        }
        if (k.tag(v).equals("VBN") && b >= sb && (k.low(b).equals("was") || k.low(b).equals("were") || k.low(b).equals("been"))) {
            return null;
        }
        int a = h.end();
        if (a >= se) {
            return null;
        }
        // "murdered union leader Ana Ruiz", "killed peasants Luis Gomez and Jose Diaz": the named victims.
        int names = namedVictims(k, a, se);
        if (names > 0) {
            return CountRange.exactly(names);
        }
        boolean det = k.low(a).equals("a") || k.low(a).equals("an");
        int n = det ? a + 1 : a;
        while (n < se && k.tag(n).startsWith("JJ")) {
            n++;
        }
        if (n >= se) {
            return null;
        }
        boolean single = det && k.tag(n).equals("NN") && !words.is(k.low(n), EventWords.Role.COLLECTIVE)
                || !det && (k.ner(n).equals("PERSON") || k.tag(n).equals("NNP") && n + 1 < se && k.ner(n + 1).equals("PERSON"));
        return single ? CountRange.exactly(1) : null;
    }

    /**
     * How many persons are named from token {@code a} on: a name, after at most five words of title or
     * description ("former Supreme Court president Ana Ruiz", "union leader Luis Gomez"), and further names
     * joined to it by "and" or a comma ("peasants Luis Gomez and Jose Diaz"). 0 when no name comes first.
     */
    private static int namedVictims(Toks k, int a, int se) {
        int names = 0;
        int i = a;
        while (i < se) {
            int j = i;
            while (j < se && j - i < 5 && !k.ner(j).equals("PERSON") && (k.tag(j).startsWith("NN") || k.tag(j).equals("JJ"))
                    && !k.tag(j).equals("NNPS") && k.ner(j).matches("O|TITLE|NATIONALITY|ORGANIZATION|MISC")) {
                j++;
            }
            if (j >= se || !k.ner(j).equals("PERSON")) {
                return names;
            }
            while (j < se && k.ner(j).equals("PERSON")) {
                j++;
            }
            names++;
            if (j + 1 < se && (k.low(j).equals("and") || k.low(j).equals(","))) {
                i = j + 1;
                if (k.low(j).equals(",") && k.low(i).equals("and") && i + 1 < se) {
                    i++;
                }
            } else {
                return names;
            }
        }
        return names;
    }

    /** "a civilian", "a 15-year-old student": one victim told by a singular noun after "a". */
    private boolean singularVictim(Toks k, int a, int se) {
        if (!(k.low(a).equals("a") || k.low(a).equals("an"))) {
            return false;
        }
        int n = a + 1;
        while (n < se && (k.tag(n).startsWith("JJ") || k.tag(n).equals("CD") && n + 1 < se && k.tag(n + 1).startsWith("JJ"))) {
            n++;
        }
        // "a civilian who was passing by": a noun the tagger took for an adjective ends its phrase before "who".
        if (n < se && n - 1 > a && k.tag(n - 1).startsWith("JJ") && (k.low(n).equals("who") || k.low(n).equals(","))) {
            n--;
        } else if (n >= se || !k.tag(n).equals("NN")) {
            return false;
        }
        return !words.is(k.low(n), EventWords.Role.COLLECTIVE)
                && !words.is(k.low(n), EventWords.Role.NOBODY) && (n + 1 >= se || !k.low(n + 1).equals("of"));
    }

    /**
     * What the text says of the attackers of the event last mentioned: "the four alleged perpetrators
     * ... are citizens of Tajikistan", "Tajik attackers", "the attackers were captured".
     */
    private void perpetrators(Toks k, List<Raw> kept, java.util.Map<Raw, EventNode> resolved) {
        for (int s = 0; s < k.d.sentences().size(); s++) {
            if (!k.selected(s)) {
                continue;
            }
            for (int i = k.sBegin(s); i < k.sEnd(s); i++) {
                if (!words.is(k.low(i), EventWords.Role.PERPETRATOR) || !k.tag(i).startsWith("NN")) {
                    continue;
                }
                EventNode e = null;
                for (Raw r : kept) {
                    if (r.s <= s && resolved.containsKey(r) && resolved.get(r).kind == EventKind.ATTACK) {
                        e = resolved.get(r);
                    }
                }
                if (e == null) {
                    continue;
                }
                int sb = k.sBegin(s);
                for (int b = i - 1; b >= Math.max(sb, i - 3); b--) {
                    Integer n = k.isDateToken(b) ? null : k.number(b);
                    if (n != null && e.perpCount == null && n < 1000) {
                        e.perpCount = n;
                    }
                    Optional<String> dem = k.tag(b).startsWith("JJ") || k.tag(b).startsWith("NNP")
                            ? geo.countryOfDemonym(k.word(b)) : Optional.empty();
                    if (dem.isPresent() && e.nationality == null) {
                        e.nationality = dem.get();
                    }
                }
                for (int j = i + 1; j + 2 < k.sEnd(s); j++) {
                    if (words.is(k.low(j), EventWords.Role.NATIONALITY) && k.low(j + 1).equals("of")) {
                        Optional<String> c = geo.countryByName(k.word(j + 2));
                        if (c.isPresent() && e.nationality == null) {
                            e.nationality = c.get();
                        }
                    }
                    if (words.is(k.low(j), EventWords.Role.CAPTURED) && k.tag(j).startsWith("VB")
                            && !k.low(j - 1).equals("not") && !k.low(j - 1).equals("never")) {
                        e.captured = Boolean.TRUE;
                    }
                }
            }
        }
    }

    private static CountRange count(Toks k, int i, int sb) {
        if (k.isDateToken(i) || k.ner(i).equals("PERCENT") || k.ner(i).equals("MONEY")) {
            return null;
        }
        Integer n = k.number(i);
        if (n == null) {
            return null;
        }
        String q1 = i - 1 >= sb ? k.low(i - 1) : "";
        String q2 = i - 2 >= sb ? k.low(i - 2) + " " + q1 : "";
        if (q2.equals("more than") || q1.equals("over")) {
            return CountRange.moreThan(n);
        }
        if (q2.equals("at least")) {
            return CountRange.atLeast(n);
        }
        return CountRange.exactly(n);
    }

    /**
     * The country a report without a usable dateline ("CLANDESTINE, 26 MAY 89") is about: the one most of
     * its located events lie in, else that of the first place it names in a sentence read closely.
     */
    private String reportCountry(Toks k, List<EventNode> events) {
        java.util.Map<String, Integer> votes = new java.util.HashMap<>();
        for (EventNode e : events) {
            if (e.country != null) {
                votes.merge(e.country, 1, Integer::sum);
            }
        }
        if (!votes.isEmpty()) {
            return java.util.Collections.max(votes.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
        }
        // Then the home of the armed groups it names ("CLANDESTINE ... (RADIO VENCEREMOS)" about the FMLN), when
        // they share one.
        java.util.Set<String> homes = new java.util.HashSet<>();
        for (ActorMention a : k.d.actorMentions()) {
            if (a.actor().kind == ActorKind.ARMED_GROUP && a.actor().country != null) {
                homes.add(a.actor().country);
            }
        }
        if (homes.size() == 1) {
            return homes.iterator().next();
        }
        for (int i = 0; i < k.size(); i++) {
            if (!k.selected(k.sentOf(i))) {
                continue;
            }
            int j = placeEnd(k, i, k.sEnd(k.sentOf(i)));
            if (j > i && !pronounUs(k, i, j)) {
                Optional<String> c = placeCountry(k.words(i, j), null);
                if (c.isPresent()) {
                    return c.get();
                }
                i = j - 1;
            }
        }
        return null;
    }

    /**
     * The country a datelined report is about. Usually the dateline's; but a report filed abroad
     * ("SAN JOSE (COSTA RICA) ... THE GUATEMALAN ASSOCIATION OF UNIVERSITY STUDENTS ... SENT TO GUATEMALA")
     * is about the country its body names, by name or demonym, at least {@value #ABROAD_MENTIONS} times,
     * twice of them as a place ("sent to Guatemala", "in Guatemala"), when the body names the dateline's
     * country once at most ("who arrived in Costa Rica last weekend"). A report that names its own country
     * more is about it, however often it names a neighbour; victims' nationality ("two U.S. citizens") is no place.
     */
    private String filedAbroad(Toks k, String dateline) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        java.util.Map<String, Integer> places = new java.util.HashMap<>();
        int bodyStart = Dateline.end(k.d.text());
        for (int i = 0; i < k.size(); i++) {
            if (k.t(i).beginPosition() < bodyStart || !Character.isLetter(k.orig(i).charAt(0))) {
                continue;
            }
            int matched = 0;
            for (int n = Math.min(3, k.size() - i); n >= 1 && matched == 0; n--) {
                if (k.sentOf(i + n - 1) != k.sentOf(i)) {
                    continue;
                }
                StringBuilder name = new StringBuilder();
                for (int j = i; j < i + n; j++) {
                    name.append(j > i ? " " : "").append(k.orig(j));
                }
                Optional<String> c = geo.countryByName(name.toString());
                if (c.isEmpty() && n == 1) {
                    c = geo.countryOfDemonym(k.orig(i));
                }
                if (c.isPresent()) {
                    counts.merge(c.get(), 1, Integer::sum);
                    matched = n;
                    if (i > 0 && COUNTRY_PLACE_WORDS.contains(k.low(i - 1)) || i > 1 && k.low(i - 1).equals("the")
                            && COUNTRY_PLACE_WORDS.contains(k.low(i - 2))) {
                        places.merge(c.get(), 1, Integer::sum);
                    }
                }
            }
            i += Math.max(0, matched - 1);
        }
        int home = counts.getOrDefault(dateline, 0);
        String best = dateline;
        int bestCount = 0;
        for (java.util.Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!e.getKey().equals(dateline) && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return bestCount >= ABROAD_MENTIONS && home <= 1 && places.getOrDefault(best, 0) >= 2 ? best : dateline;
    }

    private static final int ABROAD_MENTIONS = 3;
    private static final Set<String> COUNTRY_PLACE_WORDS = Set.of("in", "to", "into", "inside", "throughout", "across");

    private String datelineCountry(AnnotatedDocument d) {
        return Dateline.country(d.text(), geo);
    }

    static String fold(String s) {
        return TextFold.fold(s);
    }
}

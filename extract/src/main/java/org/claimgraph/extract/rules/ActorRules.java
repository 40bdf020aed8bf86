package org.claimgraph.extract.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.core.Span;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.registry.ActorRegistry;
import org.claimgraph.core.registry.RegistryEntry;
import org.claimgraph.extract.cue.CueScanner;
import org.claimgraph.extract.cue.TokenNorm;
import org.claimgraph.extract.geo.Geo;
import org.claimgraph.extract.pipeline.AnnotatedDocument;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueHit;
import org.claimgraph.extract.pipeline.AnnotatedDocument.CueType;
import org.claimgraph.extract.pipeline.Requirement;
import org.claimgraph.extract.pipeline.Stage;
import org.claimgraph.extract.rules.Model.ActorMention;
import org.claimgraph.extract.rules.Model.ActorNode;

/**
 * Finds actors: registry aliases (longest match, with their partOf ancestors), people and
 * organisations from NER (without the words that only describe them: name-qualifiers.tsv), a group's
 * acronym in brackets after its name, a person's role, nationality and affiliation from premodifiers and
 * apposition, later mentions by part of a person's name or by a group's acronym. Stateless, thread-safe.
 */
public final class ActorRules implements Stage {
    static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "del", "della", "di", "da", "do");
    private final ActorRegistry registry;
    private final Lexicons lex;
    private final Geo geo;

    public ActorRules(ActorRegistry registry, Lexicons lex, Geo geo) {
        this.registry = registry;
        this.lex = lex;
        this.geo = geo;
    }

    @Override
    public String name() {
        return "actors";
    }

    @Override
    public Set<Requirement> requires() {
        return Set.of(Requirement.CUES, Requirement.NER, Requirement.POS);
    }

    @Override
    public Set<Requirement> provides() {
        return Set.of(Requirement.ACTORS);
    }

    @Override
    public void apply(AnnotatedDocument d) {
        Toks k = new Toks(d);
        Map<String, ActorNode> nodes = new LinkedHashMap<>();
        List<ActorMention> mentions = d.actorMentions();
        // 1. Registry aliases: longest first, no overlaps.
        List<CueHit> hits = new ArrayList<>(d.cues().stream().filter(h -> h.type() == CueType.ACTOR).toList());
        hits.sort(Comparator.comparingInt((CueHit h) -> h.start() - h.end()).thenComparingInt(CueHit::start));
        // An alias two entries share ("FAL" for Bolivia's Zarate Willka and the Salvadoran FAL) is read after the
        // others, as the entry the text names unambiguously elsewhere, else as the first found.
        List<CueHit> shared = new ArrayList<>();
        for (CueHit h : hits) {
            if (registry.lookup(((CueScanner.AliasHit) h.payload()).alias()).size() > 1) {
                shared.add(h);
            }
        }
        List<CueHit> ordered = new ArrayList<>(hits);
        ordered.removeAll(shared);
        ordered.addAll(shared);
        for (CueHit h : ordered) {
            if (overlaps(mentions, h.start(), h.end())) {
                continue;
            }
            RegistryEntry e = ((CueScanner.AliasHit) h.payload()).entry();
            if (shared.contains(h)) {
                for (CueHit o : shared) {
                    RegistryEntry oe = ((CueScanner.AliasHit) o.payload()).entry();
                    if (o.start() == h.start() && o.end() == h.end() && !nodes.containsKey("reg:" + e.key())
                            && nodes.containsKey("reg:" + oe.key())) {
                        e = oe;
                    }
                }
            }
            // "Stade de France", "Banco de Colombia": a country after a Romance particle ends a proper name.
            if (e.kind() == ActorKind.STATE && h.start() > k.sBegin(h.sentence())
                    && NAME_PARTICLES.contains(k.low(h.start() - 1))) {
                continue;
            }
            // "Guatemala City", "Mexico City": a capital, not the state.
            if (e.kind() == ActorKind.STATE && h.end() < k.sEnd(h.sentence()) && k.low(h.end()).equals("city")) {
                continue;
            }
            ActorNode n = registryNode(nodes, e);
            n.mentions.add(k.span(h.start(), h.end()));
            mentions.add(new ActorMention(h.sentence(), h.start(), h.end(), n, false));
        }
        // 1b. "Name (ACRONYM)": the acronym a text gives a group the registry knows under other names.
        Map<String, ActorNode> acronyms = new HashMap<>();
        for (ActorMention m : new ArrayList<>(mentions)) {
            if (m.actor().kind != ActorKind.STATE && m.actor().kind != ActorKind.PERSON) {
                acronym(d, k, m.actor(), m.sentence(), m.start(), m.end(), acronyms);
            }
        }
        // 2. Named entities in the selected sentences.
        for (int s = d.selected().nextSetBit(0); s >= 0; s = d.selected().nextSetBit(s + 1)) {
            int i = k.sBegin(s);
            int end = k.sEnd(s);
            while (i < end) {
                String tag = k.ner(i);
                if (!tag.equals("PERSON") && !tag.equals("ORGANIZATION")) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < end && k.ner(j).equals(tag)) {
                    j++;
                }
                if (tag.equals("ORGANIZATION")) {
                    j = extendOf(k, j, end);
                }
                if (!overlaps(mentions, i, j) && d.removedTokens().get(i, j).isEmpty() && (k.caseless() || k.capitalised(i))) {
                    ActorNode n = addEntity(d, k, nodes, s, i, j, tag, acronyms);
                    if (n != null && n.kind != ActorKind.PERSON) {
                        acronym(d, k, n, s, i, j, acronyms);
                    }
                }
                i = j;
            }
        }
        // 2b. A capitalised name right after a role noun ("jihadism expert Tore Hamming") is a person even
        // when the tagger misreads the name as a verb; mixed case only, where capitals mean something.
        if (!k.caseless()) {
            for (CueHit h : d.cues()) {
                if (h.type() != CueType.ROLE || !k.selected(h.sentence()) || k.capitalised(h.start()) && h.start() == k.sBegin(h.sentence())) {
                    continue;
                }
                int end = k.sEnd(h.sentence());
                int j = h.end();
                if (!k.tag(h.end() - 1).startsWith("NN")) {
                    continue; // "an official Russian news agency": an adjective, not a title before a name
                }
                while (j < end && j < h.end() + 3 && k.capitalised(j) && k.word(j).chars().allMatch(Character::isLetter)
                        && (k.ner(j).equals("O") || k.ner(j).equals("PERSON")) && !k.tag(j).equals("NNPS")
                        && geo.countryOfDemonym(k.word(j)).isEmpty() && geo.countryByName(k.word(j)).isEmpty()) {
                    j++;
                }
                if (j > h.end() && !overlaps(mentions, h.end(), j) && d.removedTokens().get(h.end(), j).isEmpty()) {
                    addEntity(d, k, nodes, h.sentence(), h.end(), j, "PERSON", acronyms);
                }
            }
        }
        // 2c. A state's body named after its state or its leader ("the Chilean government", "Alfredo Cristiani's
        // government"), when the registry has no name for it: one actor of the phrase.
        stateBodies(d, k, nodes);
        // 3. Later mentions of a group by the acronym the text gave it, anywhere after the group was named: in
        // all-caps copy only where the truecaser (or the raw text outside the tagged sentences) keeps it a name.
        for (int i = 0; i < k.size() && !acronyms.isEmpty(); i++) {
            ActorNode g = acronyms.get(key(k, i));
            int at = k.t(i).beginPosition();
            if (g != null && g != CLASH && !d.removedTokens().get(i) && !overlaps(mentions, i, i + 1) && k.capitalised(i)
                    && g.mentions.stream().anyMatch(sp -> sp.start() < at)) {
                g.mentions.add(k.span(i, i + 1));
                mentions.add(new ActorMention(k.sentOf(i), i, i + 1, g, false));
            }
        }
        // 3b. Later mentions of people by part of their name, anywhere after they were named: the surname, or, in Spanish
        // naming, both surnames ("Aguilar Marroquin") or the first of them ("Aguilar"). The longest part that
        // fits one person only; a part two people share names neither.
        List<Known> people = known(k, nodes);
        Set<String> words = new HashSet<>();
        people.forEach(p -> words.addAll(List.of(p.keys())));
        int longest = people.stream().mapToInt(p -> p.keys().length - 1).max().orElse(0);
        for (int i = 0; i < k.size(); i++) {
            if (!words.contains(key(k, i))) {
                continue;
            }
            for (int len = Math.min(longest, k.size() - i); len >= 1; len--) {
                if (d.removedTokens().get(i, i + len).cardinality() > 0 || overlaps(mentions, i, i + len)
                        || k.sentOf(i) != k.sentOf(i + len - 1)) {
                    continue;
                }
                NamePart part = namePart(k, people, i, i + len);
                if (part == NamePart.AMBIGUOUS) {
                    break;
                }
                if (part != null) {
                    part.person().mentions.add(k.span(i, i + len));
                    part.person().aliases.add(part.alias());
                    mentions.add(new ActorMention(k.sentOf(i), i, i + len, part.person(), false));
                    i += len - 1;
                    break;
                }
            }
        }
        // 4. Soldiers and troops without their state's name: the army the report names or is about.
        armyPeople(d, k, nodes);
        mentions.sort(Comparator.comparingInt(ActorMention::start));
        d.setActors(new ArrayList<>(nodes.values()));
    }

    private void stateBodies(AnnotatedDocument d, Toks k, Map<String, ActorNode> nodes) {
        List<ActorMention> mentions = d.actorMentions();
        for (int s = d.selected().nextSetBit(0); s >= 0; s = d.selected().nextSetBit(s + 1)) {
            int sb = k.sBegin(s);
            int end = k.sEnd(s);
            for (int i = sb; i < end; i++) {
                // The owner: a demonym ("Chilean") or a person's possessive ("Alfredo Cristiani 's").
                ActorMention person = null;
                ActorMention state = null;
                String country = null;
                int head;
                ActorMention at = mentionAt(d, i);
                if (at != null && at.actor().kind == ActorKind.STATE && at.end() < end && !k.low(at.end()).equals("'s")) {
                    // "the Guatemala army": a state's name used as the modifier of its body.
                    state = at;
                    country = at.actor().name;
                    head = at.end();
                } else if ((k.caseless() || k.capitalised(i)) && !overlaps(mentions, i, i + 1)
                        && (k.tag(i).startsWith("JJ") || k.tag(i).startsWith("NNP"))) {
                    country = geo.countryOfDemonym(k.word(i)).orElse(null);
                    head = i + 1;
                    if (country == null) {
                        continue;
                    }
                } else if (k.low(i).equals("'s") && i > sb) {
                    ActorMention m = mentionEndingAt(d, i);
                    if (m == null || m.embedded() || m.actor().kind != ActorKind.PERSON) {
                        continue;
                    }
                    person = m;
                    head = i + 1;
                } else {
                    continue;
                }
                // The longest head: "armed forces" before "army"; "national police" before "police". People of the
                // state's army ("Israeli soldiers", "Guatemalan army troops") stand for that army.
                int headEnd = -1;
                ActorKind kind = null;
                Lexicons.ArmyPeople people = null;
                for (int j = Math.min(end, head + 3); j > head; j--) {
                    String phrase = phrase(k, head, j);
                    ActorKind found = lex.stateBodies().get(phrase);
                    people = person == null ? lex.armyPeople().get(phrase) : null;
                    if (found != null || people != null) {
                        headEnd = j;
                        kind = people != null ? ActorKind.GOVERNMENT_BODY : found;
                        break;
                    }
                }
                if (kind == ActorKind.STATE) {
                    // "Iranian officials": the state speaking, which the assertion rules read as the state itself.
                    continue;
                }
                // "the Chilean army base", "the government's troops" stay what they are: the head must end the noun phrase.
                int owner = person != null ? person.start() : state != null ? state.start() : i;
                if (headEnd < 0 || overlaps(mentions, head, headEnd) || d.removedTokens().get(owner, headEnd).cardinality() > 0
                        || headEnd < end && k.tag(headEnd).startsWith("NN") && !k.low(headEnd).equals("'s")) {
                    if (state != null) {
                        i = state.end() - 1;
                    }
                    continue;
                }
                if (people != null) {
                    ActorNode army = army(nodes, country, state != null ? state.actor().name : k.word(i), people.body());
                    if (state != null) {
                        mentions.set(mentions.indexOf(state), new ActorMention(state.sentence(), state.start(), state.end(),
                                state.actor(), true));
                    }
                    army.mentions.add(k.span(owner, headEnd));
                    mentions.add(new ActorMention(s, owner, headEnd, army, false));
                    i = headEnd - 1;
                    continue;
                }
                StringBuilder headName = new StringBuilder();
                for (int t = head; t < headEnd; t++) {
                    String w = k.low(t);
                    headName.append(t > head ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
                }
                String name;
                int from;
                if (person != null) {
                    name = person.actor().name + "'s " + headName.toString().toLowerCase(java.util.Locale.ROOT);
                    from = person.start();
                    // The leader is named as the owner of the body, not as an actor of the sentence himself.
                    mentions.set(mentions.indexOf(person), new ActorMention(person.sentence(), person.start(), person.end(),
                            person.actor(), true));
                } else if (state != null) {
                    name = state.actor().name + " " + headName;
                    from = state.start();
                    mentions.set(mentions.indexOf(state), new ActorMention(state.sentence(), state.start(), state.end(),
                            state.actor(), true));
                } else {
                    String dem = k.word(i);
                    name = Character.toUpperCase(dem.charAt(0)) + dem.substring(1).toLowerCase(java.util.Locale.ROOT) + " " + headName;
                    from = i;
                }
                final ActorKind bodyKind = kind;
                ActorNode n = nodes.computeIfAbsent("body:" + TextFold.fold(name), x -> new ActorNode(name, bodyKind));
                n.country = country;
                n.mentions.add(k.span(from, headEnd));
                mentions.add(new ActorMention(s, from, headEnd, n, false));
                i = headEnd - 1;
            }
        }
    }

    /** The tokens [from, to) folded and joined by a space, as the lexicons key their phrases. */
    private static String phrase(Toks k, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int t = from; t < to; t++) {
            b.append(t > from ? " " : "").append(k.low(t));
        }
        return b.toString();
    }

    /** Words before army people that make them another's: "rebel soldiers", "former troops", "UN troops". */
    private static final Set<String> NOT_THE_STATES = Set.of("rebel", "rebels", "guerrilla", "guerrillas", "insurgent", "insurgents",
            "enemy", "former", "ex", "retired", "foreign", "peacekeeping", "un", "nato", "paramilitary", "militia", "mercenary",
            "renegade", "deserting", "rebellious", "mutinous", "terrorist", "subversive", "opposition", "separatist", "jihadist",
            "islamist", "militant", "child", "toy", "private", "their", "his", "its", "our", "your", "my", "her");
    /** Words after army people that give them an owner of their own: "soldiers of the 4th Brigade", "troops loyal to". */
    private static final Set<String> OWNED_AFTER = Set.of("of", "from", "loyal", "belonging", "under", "led", "commanded");

    /**
     * Soldiers, troops and members of the armed forces named without their state ("the troops fired", "members of the
     * armed forces were responsible"): the one army the report names, else its country's army; none when the report
     * names armies of two states, or when the words before or after give them another owner ("rebel soldiers", "FARC
     * troops", "soldiers of the Atlacatl Battalion", whom their own names cover).
     */
    private void armyPeople(AnnotatedDocument d, Toks k, Map<String, ActorNode> nodes) {
        List<ActorMention> mentions = d.actorMentions();
        Map<Lexicons.ArmyBody, ActorNode> resolved = new HashMap<>();
        boolean[] done = new boolean[1];
        for (int s = d.selected().nextSetBit(0); s >= 0; s = d.selected().nextSetBit(s + 1)) {
            int sb = k.sBegin(s);
            int end = k.sEnd(s);
            for (int i = sb; i < end; i++) {
                int phraseEnd = -1;
                Lexicons.ArmyPeople people = null;
                for (int j = Math.min(end, i + 5); j > i; j--) {
                    Lexicons.ArmyPeople p = lex.armyPeople().get(phrase(k, i, j));
                    if (p != null && p.alone()) {
                        phraseEnd = j;
                        people = p;
                        break;
                    }
                }
                if (people == null || d.removedTokens().get(i, phraseEnd).cardinality() > 0) {
                    continue;
                }
                final int from = i;
                final int to = phraseEnd;
                // "members of the [Armed Forces]", "[Armed Forces] elements": a named army inside stands for itself.
                List<ActorMention> inside = mentions.stream().filter(m -> m.start() < to && m.end() > from).toList();
                if (inside.stream().anyMatch(m -> m.start() < from || m.end() > to || !isArmy(m.actor()))) {
                    i = phraseEnd - 1;
                    continue;
                }
                boolean owned = i > sb && (mentionEndingAt(d, i) != null || NOT_THE_STATES.contains(k.low(i - 1))
                        || !k.caseless() && k.capitalised(i - 1) && k.tag(i - 1).startsWith("NNP"))
                        || phraseEnd < end && OWNED_AFTER.contains(k.low(phraseEnd));
                if (owned || victims(k, i, sb)) {
                    i = phraseEnd - 1;
                    continue;
                }
                ActorNode army;
                if (!inside.isEmpty()) {
                    army = inside.get(0).actor();
                    mentions.removeAll(inside);
                } else {
                    if (!done[0]) {
                        done[0] = true;
                        for (Lexicons.ArmyBody b : Lexicons.ArmyBody.values()) {
                            resolved.put(b, reportArmy(d, k, nodes, b));
                        }
                    }
                    army = resolved.get(people.body());
                }
                if (army == null) {
                    i = phraseEnd - 1;
                    continue;
                }
                army.mentions.add(k.span(i, phraseEnd));
                mentions.add(new ActorMention(s, i, phraseEnd, army, false));
                i = phraseEnd - 1;
            }
        }
    }

    /**
     * Whether unnamed soldiers are the object of an attack or casualty word ("killing 3 soldiers", "attacked the
     * troops"): victims, who stand for nobody; no actor is made of them, so the actor list keeps to who acts.
     */
    private boolean victims(Toks k, int i, int sb) {
        int j = i - 1;
        while (j >= sb && (k.tag(j).equals("CD") || k.tag(j).equals("DT") || k.tag(j).startsWith("JJ"))) {
            j--;
        }
        return j >= sb && k.tag(j).startsWith("VB") && (lex.casualties().containsKey(k.low(j)) || lex.triggers().containsKey(k.low(j)));
    }

    /** Whether an actor is a state's army or armed forces, by the last words of its name. */
    static boolean isArmy(ActorNode a) {
        return a.kind == ActorKind.GOVERNMENT_BODY && Lexicons.ArmyBody.ofName(a.name) != null;
    }

    /**
     * The army the report's unnamed soldiers belong to: the one it names (the body asked for when it names both
     * a state's army and its armed forces), else that of the country it is about (the dateline's, else the one
     * state it names); null when it names armies of two states or is about no one country.
     */
    private ActorNode reportArmy(AnnotatedDocument d, Toks k, Map<String, ActorNode> nodes, Lexicons.ArmyBody body) {
        String country = Dateline.country(d.text(), geo);
        if (country == null) {
            Set<String> states = new HashSet<>();
            for (ActorNode n : nodes.values()) {
                if (n.kind == ActorKind.STATE && !n.mentions.isEmpty()) {
                    states.add(geo.countryByName(n.name).orElse(n.name));
                }
            }
            country = states.size() == 1 ? states.iterator().next() : null;
        }
        // A named army of another country than the one the report is about makes two: "soldiers" could be either's.
        List<ActorNode> named = nodes.values().stream().filter(n -> isArmy(n) && !n.mentions.isEmpty()).toList();
        Set<String> countries = new HashSet<>();
        named.stream().filter(n -> n.country != null).forEach(n -> countries.add(n.country));
        if (!named.isEmpty() && country != null) {
            countries.add(country);
        }
        if (countries.size() > 1) {
            return null;
        }
        if (!named.isEmpty()) {
            for (ActorNode n : named) {
                if (wants(n.name, body)) {
                    return n;
                }
            }
            return named.get(0);
        }
        if (country == null) {
            return null;
        }
        String owner = country;
        for (int i = 0; i < k.size(); i++) {
            if (Character.isLetter(k.word(i).charAt(0)) && geo.countryOfDemonym(k.word(i)).map(country::equals).orElse(false)) {
                owner = k.word(i); // "Guatemalan Army" as the text would say it, rather than "Guatemala Army"
                break;
            }
        }
        return army(nodes, country, owner, body);
    }

    private static boolean wants(String name, Lexicons.ArmyBody body) {
        return Lexicons.ArmyBody.ofName(name) == body;
    }

    /**
     * A country's army or armed forces: the registry's entry (the other body when it has only one of them), else a
     * state body named after the owner, "<Demonym> Army" as the existing state-body rule names it.
     */
    private ActorNode army(Map<String, ActorNode> nodes, String country, String owner, Lexicons.ArmyBody body) {
        RegistryEntry other = null;
        if (country != null) {
            for (RegistryEntry e : registry.entries()) {
                if (e.kind() == ActorKind.GOVERNMENT_BODY && country.equals(e.country())) {
                    if (wants(e.name(), body)) {
                        return registryNode(nodes, e);
                    }
                    if (other == null && wants(e.name(), body == Lexicons.ArmyBody.ARMY ? Lexicons.ArmyBody.ARMED_FORCES
                            : Lexicons.ArmyBody.ARMY)) {
                        other = e;
                    }
                }
            }
        }
        if (other != null) {
            return registryNode(nodes, other);
        }
        String cap = owner.equals(owner.toUpperCase(java.util.Locale.ROOT)) || owner.equals(owner.toLowerCase(java.util.Locale.ROOT))
                ? capitalise(owner) : owner;
        String name = cap + (body == Lexicons.ArmyBody.ARMY ? " Army" : " Armed Forces");
        ActorNode n = nodes.computeIfAbsent("body:" + TextFold.fold(name), x -> new ActorNode(name, ActorKind.GOVERNMENT_BODY));
        n.country = country;
        return n;
    }

    /** "GUATEMALAN" and "el salvador" as names are written: "Guatemalan", "El Salvador". */
    private static String capitalise(String words) {
        StringBuilder b = new StringBuilder();
        for (String w : words.toLowerCase(java.util.Locale.ROOT).split(" ")) {
            b.append(b.length() > 0 ? " " : "").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    private static ActorMention mentionEndingAt(AnnotatedDocument d, int end) {
        for (ActorMention m : d.actorMentions()) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private ActorNode registryNode(Map<String, ActorNode> nodes, RegistryEntry e) {
        ActorNode n = nodes.get("reg:" + e.key());
        if (n == null) {
            n = new ActorNode(e.name(), e.kind());
            n.registryKey = e.key();
            n.country = e.country();
            n.aliases.addAll(e.aliases());
            nodes.put("reg:" + e.key(), n);
            if (e.partOf() != null) {
                registry.get(e.partOf()).ifPresent(parent -> {
                    ActorNode pn = registryNode(nodes, parent);
                    nodes.get("reg:" + e.key()).partOf = pn;
                });
            }
        }
        return n;
    }

    /** "Ministry of Foreign Affairs" + "of Tajikistan": an organisation name goes on through "of" + a name. */
    private static int extendOf(Toks k, int j, int end) {
        while (j + 1 < end && k.low(j).equals("of") && (k.ner(j + 1).equals("LOCATION") || k.ner(j + 1).equals("ORGANIZATION"))) {
            String tag = k.ner(j + 1);
            j += 2;
            while (j < end && k.ner(j).equals(tag)) {
                j++;
            }
        }
        return j;
    }

    /** The actor a name was made into (or found again as), or null when the name makes none. */
    private ActorNode addEntity(AnnotatedDocument d, Toks k, Map<String, ActorNode> nodes, int s, int i, int j, String tag,
                                Map<String, ActorNode> acronyms) {
        // An acronym the text gave a group before: "MORENA" again is the group, though the truecaser makes it a first name.
        ActorNode group = j - i == 1 ? acronyms.get(key(k, i)) : null;
        if (group != null && group != CLASH) {
            group.mentions.add(k.span(i, j));
            d.actorMentions().add(new ActorMention(s, i, j, group, false));
            return group;
        }
        if (tag.equals("ORGANIZATION")) {
            // The kind may rest on the words that describe the group ("rightist Movement"), the name does not.
            ActorKind kind = orgKind(TextFold.fold(k.words(i, j).replaceAll("\\s*'s$", "")));
            i = unqualified(k, i, j);
            String name = k.words(i, j).replaceAll("\\s*'s$", "");
            String low = TextFold.fold(name);
            for (String site : lex.sites()) {
                if (low.endsWith(" " + site) || low.equals(site)) {
                    return null;
                }
            }
            if (geo.isCountry(name) || Perpetrators.generic(low)) {
                return null;
            }
            ActorNode n = nodes.computeIfAbsent("org:" + low, x -> new ActorNode(name, kind));
            n.mentions.add(k.span(i, j));
            d.actorMentions().add(new ActorMention(s, i, j, n, false));
            return n;
        }
        String name = k.words(i, j).replaceAll("\\s*'s$", "");
        // A person: the name may be part of the full name of someone met before ("Aguilar Marroquin", "Aguilar").
        ActorNode n = null;
        NamePart part = namePart(k, known(k, nodes), i, j);
        if (part != null && part != NamePart.AMBIGUOUS) {
            n = part.person();
            n.aliases.add(part.alias());
        }
        if (n == null) {
            String key = "per:" + TextFold.fold(name);
            n = nodes.get(key);
            if (n == null) {
                n = new ActorNode(name, ActorKind.PERSON);
                nodes.put(key, n);
                describe(d, k, n, s, i, j);
            }
        }
        n.mentions.add(k.span(i, j));
        d.actorMentions().add(new ActorMention(s, i, j, n, false));
        return n;
    }

    /** Marks an acronym two groups of one text were given: it names neither. */
    private static final ActorNode CLASH = new ActorNode("", ActorKind.ORGANIZATION);

    /**
     * "Movement of National Restoration (MORENA)", "... Front [FMLN]": one token in brackets right after a
     * group's name (tokens [start, end)), shaped as an acronym, is an alias of the group and a mention of it, and later mentions of
     * it are found by {@code acronyms} (its comparison key to the group). In mixed case the brackets must hold
     * capitals ("FMLN", "MoD"); in all-caps copy, where every word is capitals, every letter of the acronym must
     * occur in the name ("Association of Middle Magdalena Cattlemen (ACDEGAM)", but not "El Tiempo (BOGOTA)"),
     * or its first letter start a word of the name, which lets through acronyms of the Spanish names English
     * reports translate. A country or place is no acronym, unless the letters spell it from a name the tagger
     * read (the city of Morena is also the MORENA movement).
     */
    private void acronym(AnnotatedDocument d, Toks k, ActorNode group, int s, int start, int end, Map<String, ActorNode> acronyms) {
        if (end + 2 >= k.sEnd(s)) {
            return;
        }
        String open = k.orig(end);
        String close = k.orig(end + 2);
        if (!(open.equals("(") && close.equals(")") || open.equals("[") && close.equals("]"))) {
            return;
        }
        int t = end + 1;
        String a = k.orig(t);
        if (!a.matches("\\p{L}[\\p{L}\\p{N}.\\-]{1,11}") || a.replaceAll("[^\\p{L}]", "").length() < 2
                || d.removedTokens().get(t) || overlaps(d.actorMentions(), t, t + 1)
                || TextFold.fold(a).equals(TextFold.fold(k.words(start, end)))) {
            return;
        }
        // Not a place: "El Grafico (GUATEMALA)", "the Pentagon (US)".
        String name = TextFold.fold(k.words(start, end));
        String letters = name.replaceAll("[^\\p{L}]", "");
        String acro = TextFold.fold(a).replaceAll("[^\\p{L}]", "");
        boolean spelt = acro.chars().allMatch(c -> letters.indexOf(c) >= 0);
        boolean tagged = k.selected(s) && k.t(t).ner() != null;
        if (geo.isCountry(a) || k.ner(t).equals("LOCATION") || !(spelt && tagged) && !geo.places(a).isEmpty()) {
            return;
        }
        if (k.caseless()) {
            // Every word is in capitals: the acronym's letters must be the name's, or it must start as a word of it
            // does ("National Salvation Front (FRESAN)", from the Spanish "Frente de Salvacion Nacional").
            boolean initial = false;
            for (String w : name.split(" ")) {
                initial |= !w.isEmpty() && w.charAt(0) == acro.charAt(0);
            }
            if (!spelt && !initial) {
                return;
            }
        } else {
            long upper = a.chars().filter(Character::isUpperCase).count();
            long lower = a.chars().filter(Character::isLowerCase).count();
            if (upper < 2 || lower > upper) {
                return;
            }
        }
        group.aliases.add(a);
        group.mentions.add(k.span(t, t + 1));
        d.actorMentions().add(new ActorMention(s, t, t + 1, group, false));
        acronyms.merge(key(k, t), group, (x, y) -> x == y ? x : CLASH);
    }

    /**
     * The first token of an organisation's name [i, j) after the leading words that only describe it
     * (name-qualifiers.tsv: "Extreme Rightist Movement of National Restoration" is the Movement of National
     * Restoration), as long as two tokens of the name are left ("Leftist Front" stays whole); i when none lead.
     */
    private int unqualified(Toks k, int i, int j) {
        int from = i;
        boolean more = true;
        while (more) {
            more = false;
            for (List<String> q : lex.nameQualifiers()) {
                int after = piecesAt(k, from, j, q);
                if (after > 0 && j - after >= 2) {
                    from = after;
                    more = true;
                    break;
                }
            }
        }
        return from;
    }

    /** The token after the phrase {@code want} (TokenNorm pieces) when tokens from {@code from} spell it, ending on a token's end; else -1. */
    private static int piecesAt(Toks k, int from, int end, List<String> want) {
        int p = 0;
        int t = from;
        while (p < want.size()) {
            if (t >= end) {
                return -1;
            }
            for (String piece : TokenNorm.pieces(k.orig(t))) {
                if (p >= want.size() || !piece.equals(want.get(p))) {
                    return -1;
                }
                p++;
            }
            t++;
        }
        // A hyphen left between the qualifier and the name ("far - right - ...") goes with the qualifier.
        while (t < end && TokenNorm.pieces(k.orig(t)).isEmpty()) {
            t++;
        }
        return t;
    }

    /** Lower-case name particles that are never a short form of a name on their own ("Jose de la Cruz"). */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "i", "da", "das", "do",
            "dos", "di", "du", "des", "della", "van", "von", "der", "den", "le", "el", "al", "bin", "ibn", "ben");

    /**
     * A person met so far: the words of the full name, those words as later mentions are compared with them,
     * and where in the text the person was first named.
     */
    private record Known(ActorNode person, String[] parts, String[] keys, int first) {
    }

    private static List<Known> known(Toks k, Map<String, ActorNode> nodes) {
        List<Known> out = new ArrayList<>();
        for (ActorNode p : nodes.values()) {
            if (p.kind == ActorKind.PERSON) {
                String[] parts = p.name.split(" ");
                String[] keys = new String[parts.length];
                for (int t = 0; t < parts.length; t++) {
                    keys[t] = k.caseless() ? TextFold.fold(parts[t]) : parts[t];
                }
                out.add(new Known(p, parts, keys, p.mentions.stream().mapToInt(Span::start).min().orElse(0)));
            }
        }
        return out;
    }

    /** A token as it is compared with the words of a name: as written in mixed case, case-folded in all-caps text. */
    private static String key(Toks k, int i) {
        return k.caseless() ? TextFold.fold(k.orig(i)) : k.orig(i);
    }

    /** A later mention's person and the part of the full name it gives; {@link #AMBIGUOUS} when two people fit. */
    private record NamePart(ActorNode person, String alias) {
        static final NamePart AMBIGUOUS = new NamePart(null, null);
    }

    /**
     * The one person, of those named before token i, whose full name has tokens [i, j) as a part that can stand for it:
     * a tail of a name of two or more words ("Marquez", "Garcia Marquez" of "Gabriel Garcia Marquez"), or
     * one non-first word of a name of three or more ("Garcia"), the first surname Spanish reports shorten
     * a name to. Null when nobody fits, {@link NamePart#AMBIGUOUS} when more than one person does (a tail
     * counting before a middle word). A part
     * that is only the start or the end of a longer run of person tokens ("Jose Aguilar Perez") is another
     * person's name, not a short form.
     */
    private static NamePart namePart(Toks k, List<Known> people, int i, int j) {
        int m = j - i;
        String[] said = new String[m];
        for (int t = i; t < j; t++) {
            said[t - i] = key(k, t);
        }
        int sb = k.sBegin(k.sentOf(i));
        int se = k.sEnd(k.sentOf(i));
        if (i > sb && k.ner(i - 1).equals("PERSON") || j < se && k.ner(j).equals("PERSON") && !k.low(j).equals("'s")) {
            return null;
        }
        // A tail of one name outranks a middle word of another: "Ochoa" after "Col Ochoa" and "Sigifredo Ochoa Perez".
        NamePart tail = null;
        NamePart middle = null;
        boolean tails = false;
        boolean middles = false;
        for (Known p : people) {
            String[] names = p.keys();
            int n = names.length;
            if (m >= n || k.t(i).beginPosition() < p.first()) {
                continue; // only later mentions: "Jesus Alberto Molina" before "Gonzalo de Jesus Perez" is not him
            }
            if (Arrays.equals(said, 0, m, names, n - m, n)) {
                tails |= tail != null;
                tail = new NamePart(p.person(), String.join(" ", Arrays.copyOfRange(p.parts(), n - m, n)));
            } else if (m == 1 && n >= 3 && !PARTICLES.contains(TextFold.fold(said[0])) && said[0].length() > 1
                    && !said[0].endsWith(".")) {
                for (int t = 1; t < n - 1; t++) {
                    if (names[t].equals(said[0])) {
                        middles |= middle != null;
                        middle = new NamePart(p.person(), p.parts()[t]);
                        break;
                    }
                }
            }
        }
        if (tail != null) {
            return tails ? NamePart.AMBIGUOUS : tail;
        }
        return middles ? NamePart.AMBIGUOUS : middle;
    }

    private ActorKind orgKind(String folded) {
        ActorKind best = ActorKind.ORGANIZATION;
        int bestLen = 0;
        for (Map.Entry<String, ActorKind> e : lex.orgKinds().entrySet()) {
            String w = e.getKey();
            if ((" " + folded + " ").contains(" " + w + " ") && w.length() > bestLen) {
                best = e.getValue();
                bestLen = w.length();
            }
        }
        return best;
    }

    private static final Set<String> PREMOD_TAGS = Set.of("JJ", "NN", "NNS", "NNP", "NNPS", "HYPH", "VBN", "CD");

    /** Role, nationality and affiliation from "Danish jihadism expert X" and "X, co-director of the Y". */
    private void describe(AnnotatedDocument d, Toks k, ActorNode person, int s, int i, int j) {
        int b = i;
        int sb = k.sBegin(s);
        while (b - 1 >= sb && PREMOD_TAGS.contains(k.tag(b - 1)) && !k.ner(b - 1).equals("PERSON")
                && !k.low(b - 1).isEmpty() && i - b < 6) {
            b--;
        }
        List<String> role = new ArrayList<>();
        boolean sawRoleNoun = false;
        for (int t = b; t < i; t++) {
            String w = k.word(t);
            if (t + 2 < i && (k.orig(t + 1).equals("-") && k.low(t + 2).equals("based") || k.orig(t).endsWith("-based"))) {
                role.clear();
                t += k.orig(t).endsWith("-based") ? 0 : 2;
                continue;
            }
            if (k.orig(t).toLowerCase(java.util.Locale.ROOT).endsWith("-based") || k.low(t).equals("based")) {
                role.clear();
                continue;
            }
            if (role.isEmpty() && geo.countryOfDemonym(w).isPresent()) {
                person.nationality = w;
                continue;
            }
            if (lex.roles().contains(TextFold.fold(w))) {
                sawRoleNoun = true;
            }
            ActorMention inside = mentionAt(d, t);
            if (inside != null && role.isEmpty() && isInstitution(inside.actor())) {
                person.affiliation = inside.actor().name;
                continue;
            }
            role.add(w);
        }
        if (sawRoleNoun && !role.isEmpty()) {
            person.role = String.join(" ", role);
            // Actors named inside a role ("IS expert") are not themselves speaking or acting here.
            List<ActorMention> ms = d.actorMentions();
            for (int m = 0; m < ms.size(); m++) {
                ActorMention am = ms.get(m);
                if (am.start() >= b && am.end() <= i) {
                    ms.set(m, new ActorMention(am.sentence(), am.start(), am.end(), am.actor(), true));
                }
            }
        }
        // Apposition: "X, (role words) of (the) Y".
        int e = k.sEnd(s);
        if (j < e && k.orig(j).equals(",")) {
            int t = j + 1;
            List<String> appRole = new ArrayList<>();
            while (t < e && t < j + 5 && !k.low(t).equals("of") && PREMOD_TAGS.contains(k.tag(t))) {
                appRole.add(k.word(t));
                t++;
            }
            if (t < e && k.low(t).equals("of")) {
                int u = t + 1;
                if (u < e && (k.low(u).equals("the") || k.low(u).equals("a"))) {
                    u++;
                }
                int v = u;
                while (v < e && (k.ner(v).equals("ORGANIZATION") || k.capitalised(v) && !k.orig(v).equals(",")
                        || k.low(v).equals("on") && v + 1 < e && k.capitalised(v + 1))) {
                    v++;
                }
                if (v > u) {
                    person.affiliation = k.words(u, v);
                    if (!appRole.isEmpty()) {
                        person.role = String.join(" ", appRole);
                    }
                }
            }
        }
        // "led by ... X": the person leads the group the sentence is about.
        for (int t = Math.max(k.sBegin(s), i - 7); t + 1 < i; t++) {
            if (k.low(t).equals("led") && k.low(t + 1).equals("by")) {
                ActorNode group = Resolve.focusGroup(d, k.sBegin(s), true);
                if (group != null) {
                    person.partOf = group;
                    person.affiliation = group.name;
                    if (person.role == null) {
                        person.role = "leader";
                    }
                }
            }
        }
    }

    private static boolean isInstitution(ActorNode a) {
        return a.kind == ActorKind.MEDIA_OUTLET || a.kind == ActorKind.ORGANIZATION || a.kind == ActorKind.GOVERNMENT_BODY;
    }

    private static ActorMention mentionAt(AnnotatedDocument d, int token) {
        for (ActorMention m : d.actorMentions()) {
            if (m.start() <= token && token < m.end()) {
                return m;
            }
        }
        return null;
    }

    private static boolean overlaps(List<ActorMention> ms, int start, int end) {
        for (ActorMention m : ms) {
            if (m.start() < end && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    static Map<String, Span> unused() {
        return new HashMap<>();
    }
}

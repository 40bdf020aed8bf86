package org.claimgraph.assess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.core.ClaimgraphException;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;
import org.claimgraph.core.extraction.ActorKind;
import org.claimgraph.core.extraction.AssertionKind;
import org.claimgraph.core.extraction.Certainty;

/**
 * Source-reliability defaults, weights and interested-party rules, read from a resource file
 * (bundled: {@value #BUNDLED}) and validated on load, plus the analyst's per-actor grade overrides.
 * Immutable, so thread-safe.
 */
public final class ReliabilityPolicy {
    /** Classpath location of the bundled policy. */
    public static final String BUNDLED = "/org/claimgraph/assess/reliability.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP_LEVEL = Set.of("version", "grades", "certainty", "assertionKinds",
            "corroboration", "kindDefaults", "author", "unknown", "actors", "officialPersonKinds", "rules",
            "adversaries", "unknownPrior");
    private static final String UNSTATED = "unstated";

    private final String version;
    private final Map<Grade, BigDecimal> gradeWeights;
    private final Map<Grade, String> gradeLabels;
    private final Map<String, BigDecimal> certaintyWeights;
    private final Map<String, Integer> certaintyCredibility;
    private final Map<AssertionKind, BigDecimal> kindFactors;
    private final int corroboratedCredibility;
    private final int corroborationHolders;
    private final Map<ActorKind, Grade> kindDefaults;
    private final Grade authorGrade;
    private final Grade unknownGrade;
    private final Map<String, Grade> actorDefaults;
    private final Set<ActorKind> officialPersonKinds;
    private final Grade ownClaimGrade;
    private final int interestedDowngrade;
    private final int selfDenialDowngrade;
    private final List<List<String>> adversaries;
    private final BigDecimal unknownPrior;
    private final Map<String, Grade> overrides;
    /** The parsed file, kept so that {@link #withOverrides} can share it. */
    private final Builder builder;

    private ReliabilityPolicy(Builder b, Map<String, Grade> overrides) {
        this.version = b.version;
        this.gradeWeights = Collections.unmodifiableMap(b.gradeWeights);
        this.gradeLabels = Collections.unmodifiableMap(b.gradeLabels);
        this.certaintyWeights = Collections.unmodifiableMap(b.certaintyWeights);
        this.certaintyCredibility = Collections.unmodifiableMap(b.certaintyCredibility);
        this.kindFactors = Collections.unmodifiableMap(b.kindFactors);
        this.corroboratedCredibility = b.corroboratedCredibility;
        this.corroborationHolders = b.corroborationHolders;
        this.kindDefaults = Collections.unmodifiableMap(b.kindDefaults);
        this.authorGrade = b.authorGrade;
        this.unknownGrade = b.unknownGrade;
        this.actorDefaults = Collections.unmodifiableMap(b.actorDefaults);
        this.officialPersonKinds = Collections.unmodifiableSet(b.officialPersonKinds);
        this.ownClaimGrade = b.ownClaimGrade;
        this.interestedDowngrade = b.interestedDowngrade;
        this.selfDenialDowngrade = b.selfDenialDowngrade;
        this.adversaries = List.copyOf(b.adversaries);
        this.unknownPrior = b.unknownPrior;
        this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        this.builder = b;
    }

    /** The bundled policy, without overrides. */
    public static ReliabilityPolicy bundled() {
        try (InputStream in = ReliabilityPolicy.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ConfigurationException("bundled reliability policy missing from classpath: " + BUNDLED);
            }
            return parse(BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read bundled reliability policy " + BUNDLED, e);
        }
    }

    /** A policy file the user edited, replacing the bundled one. */
    public static ReliabilityPolicy load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read reliability policy " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates policy YAML; {@code source} names it in error messages. */
    public static ReliabilityPolicy parse(String source, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ConfigurationException("reliability policy " + source + " is not valid YAML at line "
                    + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ConfigurationException("reliability policy " + source + " is empty or not a mapping");
        }
        return new ReliabilityPolicy(new Builder(source, root), Map.of());
    }

    /**
     * This policy with the analyst's grades for some actors (registry keys, or the keys
     * {@link Assessment#actors()} shows), replacing any earlier overrides. Overrides win over every
     * default and every rule.
     */
    public ReliabilityPolicy withOverrides(Map<String, Grade> byActorKey) {
        Map<String, Grade> copy = new TreeMap<>();
        byActorKey.forEach((k, v) -> {
            if (k == null || k.isBlank() || v == null) {
                throw new ClaimgraphException("reliability override with empty actor key or grade: " + k + "=" + v);
            }
            copy.put(k, v);
        });
        return new ReliabilityPolicy(builder, copy);
    }

    public String version() {
        return version;
    }

    public Map<String, Grade> overrides() {
        return overrides;
    }

    public Optional<Grade> override(String actorKey) {
        return Optional.ofNullable(overrides.get(actorKey));
    }

    public BigDecimal weight(Grade g) {
        return gradeWeights.get(g);
    }

    public String label(Grade g) {
        return gradeLabels.get(g);
    }

    public BigDecimal weight(Certainty c) {
        return certaintyWeights.get(c == null ? UNSTATED : c.json());
    }

    public int credibility(Certainty c) {
        return certaintyCredibility.get(c == null ? UNSTATED : c.json());
    }

    public BigDecimal factor(AssertionKind k) {
        return kindFactors.get(k);
    }

    public int corroboratedCredibility() {
        return corroboratedCredibility;
    }

    public int corroborationHolders() {
        return corroborationHolders;
    }

    public Grade kindDefault(ActorKind k) {
        return kindDefaults.get(k);
    }

    public Grade authorGrade() {
        return authorGrade;
    }

    public Grade unknownGrade() {
        return unknownGrade;
    }

    /** The file's default for this registry key, if it names one. */
    public Optional<Grade> actorDefault(String key) {
        return Optional.ofNullable(actorDefaults.get(key));
    }

    public Map<String, Grade> actorDefaults() {
        return actorDefaults;
    }

    public boolean isOfficialPersonKind(ActorKind k) {
        return officialPersonKinds.contains(k);
    }

    public Grade ownClaimGrade() {
        return ownClaimGrade;
    }

    public int interestedDowngrade() {
        return interestedDowngrade;
    }

    public int selfDenialDowngrade() {
        return selfDenialDowngrade;
    }

    public List<List<String>> adversaries() {
        return adversaries;
    }

    /** Whether the two countries are declared adversaries (either order, names folded). */
    public boolean areAdversaries(String countryA, String countryB) {
        if (countryA == null || countryB == null) {
            return false;
        }
        String a = TextFold.fold(countryA);
        String b = TextFold.fold(countryB);
        for (List<String> pair : adversaries) {
            String x = TextFold.fold(pair.get(0));
            String y = TextFold.fold(pair.get(1));
            if ((x.equals(a) && y.equals(b)) || (x.equals(b) && y.equals(a))) {
                return true;
            }
        }
        return false;
    }

    public BigDecimal unknownPrior() {
        return unknownPrior;
    }

    /** Reads and checks every section; each failure names the file and the offending entry. */
    private static final class Builder {
        final String source;
        String version;
        final Map<Grade, BigDecimal> gradeWeights = new EnumMap<>(Grade.class);
        final Map<Grade, String> gradeLabels = new EnumMap<>(Grade.class);
        final Map<String, BigDecimal> certaintyWeights = new TreeMap<>();
        final Map<String, Integer> certaintyCredibility = new TreeMap<>();
        final Map<AssertionKind, BigDecimal> kindFactors = new EnumMap<>(AssertionKind.class);
        int corroboratedCredibility;
        int corroborationHolders;
        final Map<ActorKind, Grade> kindDefaults = new EnumMap<>(ActorKind.class);
        Grade authorGrade;
        Grade unknownGrade;
        final Map<String, Grade> actorDefaults = new TreeMap<>();
        final Set<ActorKind> officialPersonKinds = EnumSet.noneOf(ActorKind.class);
        Grade ownClaimGrade;
        int interestedDowngrade;
        int selfDenialDowngrade;
        final List<List<String>> adversaries = new ArrayList<>();
        BigDecimal unknownPrior;

        Builder(String source, JsonNode root) {
            this.source = source;
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!TOP_LEVEL.contains(f)) {
                    throw fail("unknown section '" + f + "' (known: " + String.join(", ", new java.util.TreeSet<>(TOP_LEVEL)) + ")");
                }
            }
            version = root.path("version").asText("");
            JsonNode grades = need(root, "grades");
            for (Grade g : Grade.values()) {
                JsonNode n = need(grades, g.name(), "grades");
                gradeWeights.put(g, unit(n.get("weight"), "grades." + g));
                gradeLabels.put(g, n.path("label").asText(g.name()));
            }
            for (Grade g : List.of(Grade.A, Grade.B, Grade.C, Grade.D)) {
                Grade next = Grade.values()[g.ordinal() + 1];
                if (gradeWeights.get(g).compareTo(gradeWeights.get(next)) < 0) {
                    throw fail("grades: " + g + " weighs less than " + next + "; a better grade must not weigh less");
                }
            }
            JsonNode certainty = need(root, "certainty");
            List<String> certainties = new ArrayList<>();
            for (Certainty c : Certainty.values()) {
                certainties.add(c.json());
            }
            certainties.add(UNSTATED);
            for (String c : certainties) {
                JsonNode n = need(certainty, c, "certainty");
                certaintyWeights.put(c, unit(n.get("weight"), "certainty." + c));
                certaintyCredibility.put(c, range(n.get("credibility"), 1, 6, "certainty." + c + ".credibility"));
            }
            for (int i = 0; i + 1 < Certainty.values().length; i++) {
                String a = Certainty.values()[i].json();
                String b = Certainty.values()[i + 1].json();
                if (certaintyWeights.get(a).compareTo(certaintyWeights.get(b)) < 0) {
                    throw fail("certainty: " + a + " weighs less than " + b);
                }
            }
            JsonNode kinds = need(root, "assertionKinds");
            for (AssertionKind k : AssertionKind.values()) {
                kindFactors.put(k, unit(need(kinds, k.json(), "assertionKinds"), "assertionKinds." + k.json()));
            }
            JsonNode corr = need(root, "corroboration");
            corroboratedCredibility = range(corr.get("credibility"), 1, 6, "corroboration.credibility");
            corroborationHolders = range(corr.get("independentHolders"), 2, 100, "corroboration.independentHolders");
            JsonNode defaults = need(root, "kindDefaults");
            for (ActorKind k : ActorKind.values()) {
                kindDefaults.put(k, grade(need(defaults, k.json(), "kindDefaults"), "kindDefaults." + k.json()));
            }
            for (Iterator<String> it = defaults.fieldNames(); it.hasNext();) {
                String f = it.next();
                try {
                    ActorKind.of(f);
                } catch (ClaimgraphException e) {
                    throw fail("kindDefaults: unknown actor kind '" + f + "'");
                }
            }
            authorGrade = grade(need(root, "author"), "author");
            unknownGrade = grade(need(root, "unknown"), "unknown");
            JsonNode actors = root.path("actors");
            if (!actors.isMissingNode() && !actors.isNull()) {
                if (!actors.isObject()) {
                    throw fail("actors must map registry keys to grades");
                }
                actors.fields().forEachRemaining(e -> actorDefaults.put(e.getKey(), grade(e.getValue(), "actors." + e.getKey())));
            }
            for (JsonNode k : root.path("officialPersonKinds")) {
                try {
                    officialPersonKinds.add(ActorKind.of(k.asText()));
                } catch (ClaimgraphException e) {
                    throw fail("officialPersonKinds: unknown actor kind '" + k.asText() + "'");
                }
            }
            JsonNode rules = need(root, "rules");
            ownClaimGrade = grade(need(rules, "ownClaim", "rules"), "rules.ownClaim");
            interestedDowngrade = range(need(rules, "interestedParty", "rules").get("downgrade"), 0, 4, "rules.interestedParty.downgrade");
            selfDenialDowngrade = range(need(rules, "selfDenial", "rules").get("downgrade"), 0, 4, "rules.selfDenial.downgrade");
            JsonNode adv = need(root, "adversaries");
            if (!adv.isArray()) {
                throw fail("adversaries must be a list of [country, country] pairs");
            }
            for (JsonNode pair : adv) {
                if (!pair.isArray() || pair.size() != 2 || pair.get(0).asText("").isBlank() || pair.get(1).asText("").isBlank()) {
                    throw fail("adversaries: " + pair + " is not a pair of two country names");
                }
                String a = pair.get(0).asText().strip();
                String b = pair.get(1).asText().strip();
                if (TextFold.fold(a).equals(TextFold.fold(b))) {
                    throw fail("adversaries: " + pair + " pairs a country with itself");
                }
                adversaries.add(List.of(a, b));
            }
            unknownPrior = unit(need(root, "unknownPrior"), "unknownPrior");
        }

        private JsonNode need(JsonNode parent, String field) {
            return need(parent, field, null);
        }

        private JsonNode need(JsonNode parent, String field, String section) {
            JsonNode n = parent.get(field);
            if (n == null || n.isNull()) {
                throw fail((section == null ? "" : section + ": ") + "missing '" + field + "'");
            }
            return n;
        }

        private BigDecimal unit(JsonNode n, String where) {
            if (n == null || !n.isNumber()) {
                throw fail(where + " must be a number between 0 and 1");
            }
            BigDecimal v = n.decimalValue();
            if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
                throw fail(where + " is " + v + ", outside [0, 1]");
            }
            return v;
        }

        private int range(JsonNode n, int min, int max, String where) {
            if (n == null || !n.canConvertToInt() || !n.isIntegralNumber()) {
                throw fail(where + " must be a whole number from " + min + " to " + max);
            }
            int v = n.intValue();
            if (v < min || v > max) {
                throw fail(where + " is " + v + ", outside " + min + ".." + max);
            }
            return v;
        }

        private Grade grade(JsonNode n, String where) {
            try {
                return Grade.parse(n.asText());
            } catch (ClaimgraphException e) {
                throw fail(where + ": '" + n.asText() + "' is not a grade A-F");
            }
        }

        private ConfigurationException fail(String message) {
            return new ConfigurationException("reliability policy " + source + ": " + message);
        }
    }
}

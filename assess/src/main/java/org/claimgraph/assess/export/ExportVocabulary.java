package org.claimgraph.assess.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.claimgraph.core.ConfigurationException;
import org.claimgraph.core.TextFold;

/**
 * The exports' vocabulary, read from {@value #BUNDLED}: event subtypes to GTD attack types, claim
 * channels to GTD claim modes, country names to ISO 3166-1 alpha-2 codes. Validated on load.
 * Immutable, so thread-safe.
 */
public final class ExportVocabulary {
    public static final String BUNDLED = "/org/claimgraph/assess/export.yaml";

    /** The GTD codebook's attacktype1_txt values. */
    static final Set<String> GTD_ATTACK_TYPES = Set.of("Assassination", "Armed Assault", "Bombing/Explosion",
            "Hijacking", "Hostage Taking (Barricade Incident)", "Hostage Taking (Kidnapping)",
            "Facility/Infrastructure Attack", "Unarmed Assault", "Unknown");
    /** The GTD codebook's claimmode_txt values. */
    static final Set<String> GTD_CLAIM_MODES = Set.of("Letter", "Call (post-incident)", "Call (pre-incident)", "E-mail",
            "Note left at scene", "Video", "Posted to website, blog, etc.", "Personal claim", "Other", "Unknown");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

    private static final ExportVocabulary BUNDLED_VOCABULARY = load();

    private final Map<String, String> attackTypes;
    private final Map<String, String> claimModes;
    private final Map<String, String> countryCodes;

    private ExportVocabulary(Map<String, String> attackTypes, Map<String, String> claimModes, Map<String, String> countryCodes) {
        this.attackTypes = Collections.unmodifiableMap(attackTypes);
        this.claimModes = Collections.unmodifiableMap(claimModes);
        this.countryCodes = Collections.unmodifiableMap(countryCodes);
    }

    public static ExportVocabulary bundled() {
        return BUNDLED_VOCABULARY;
    }

    private static ExportVocabulary load() {
        try (InputStream in = ExportVocabulary.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new ConfigurationException("export vocabulary missing from classpath: " + BUNDLED);
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> attack = map(root, "gtdAttackTypes", GTD_ATTACK_TYPES);
            Map<String, String> modes = map(root, "gtdClaimModes", GTD_CLAIM_MODES);
            Map<String, String> codes = new TreeMap<>();
            for (Map.Entry<String, String> e : map(root, "countryCodes", null).entrySet()) {
                if (!ISO2.matcher(e.getValue()).matches()) {
                    throw new ConfigurationException(BUNDLED + ": countryCodes." + e.getKey() + " '" + e.getValue()
                            + "' is not an ISO 3166-1 alpha-2 code");
                }
                codes.put(TextFold.fold(e.getKey()), e.getValue());
            }
            return new ExportVocabulary(attack, modes, codes);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read export vocabulary " + BUNDLED + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> map(JsonNode root, String section, Set<String> allowed) {
        JsonNode n = root.path(section);
        if (!n.isObject() || n.isEmpty()) {
            throw new ConfigurationException(BUNDLED + ": missing or empty section '" + section + "'");
        }
        Map<String, String> out = new TreeMap<>();
        n.fields().forEachRemaining(e -> {
            String v = e.getValue().asText();
            if (allowed != null && !allowed.contains(v)) {
                throw new ConfigurationException(BUNDLED + ": " + section + "." + e.getKey() + " '" + v
                        + "' is not a value of the GTD codebook");
            }
            out.put(e.getKey(), v);
        });
        return out;
    }

    public String gtdAttackType(String subtype) {
        return subtype == null ? "Unknown" : attackTypes.getOrDefault(subtype, "Unknown");
    }

    /** GTD claim mode for a claim through a channel of this actor kind ("none" when no channel). */
    public String gtdClaimMode(String channelKind) {
        return claimModes.getOrDefault(channelKind == null ? "none" : channelKind, claimModes.getOrDefault("none", "Unknown"));
    }

    public Optional<String> countryCode(String country) {
        return Optional.ofNullable(country == null ? null : countryCodes.get(TextFold.fold(country)));
    }

    Map<String, String> attackTypes() {
        return attackTypes;
    }
}

package org.jixiao.checks.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 规则配置: the data the rules run on — which rules are on and how severe, keyword lists, category
 * requirements and thresholds — versioned so a finance bureau can tune it and every finding can say which
 * configuration produced it. Rules never hold such lists as constants; they ask for them by key.
 */
public record RuleConfig(String version, Map<RuleId, RuleSettings> rules, Map<String, List<String>> keywords,
                         Map<String, BigDecimal> numbers) {

    public RuleConfig {
        Objects.requireNonNull(version, "version");
        rules = rules.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rules));
        keywords = Map.copyOf(keywords);
        numbers = Map.copyOf(numbers);
    }

    /** Whether a rule is switched on and at what severity. */
    public record RuleSettings(boolean enabled, Severity severity) {

        public RuleSettings {
            Objects.requireNonNull(severity, "severity");
        }
    }

    public boolean enabled(RuleId rule) {
        RuleSettings settings = rules.get(rule);
        return settings != null && settings.enabled();
    }

    /** @throws IllegalStateException when the configuration does not set up the rule */
    public Severity severity(RuleId rule) {
        RuleSettings settings = rules.get(rule);
        if (settings == null) {
            throw new IllegalStateException("rule configuration " + version + " has no settings for " + rule);
        }
        return settings.severity();
    }

    /** @throws IllegalStateException when the list is missing: a rule must not run on a silently empty list */
    public List<String> keywords(String key) {
        List<String> list = keywords.get(key);
        if (list == null) {
            throw new IllegalStateException("rule configuration " + version + " has no keyword list " + key);
        }
        return list;
    }

    /** @throws IllegalStateException when the number is missing */
    public BigDecimal number(String key) {
        BigDecimal value = numbers.get(key);
        if (value == null) {
            throw new IllegalStateException("rule configuration " + version + " has no number " + key);
        }
        return value;
    }
}

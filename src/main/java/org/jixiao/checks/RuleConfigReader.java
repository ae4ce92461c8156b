package org.jixiao.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link RuleConfig} from JSON. The main file names the version and includes the parts (one per rule
 * family, so each can be read and tuned on its own); every part may hold {@code rules} (enabled, severity),
 * {@code keywords} (named lists) and {@code numbers} (thresholds). A key defined twice is an error.
 */
public final class RuleConfigReader {

    /** The configuration shipped with Jixiao. */
    public static final String DEFAULT_LOCATION = "classpath:checks/config/rule-config.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final ResourceLoader loader;

    public RuleConfigReader(ResourceLoader loader) {
        this.loader = loader;
    }

    /** The shipped default configuration. */
    public static RuleConfig defaults() {
        return new RuleConfigReader(new DefaultResourceLoader()).read(DEFAULT_LOCATION);
    }

    public RuleConfig read(String location) {
        Resource main = loader.getResource(location);
        JsonNode root = parse(main);
        String version = text(root, "version", location);
        Map<RuleId, RuleConfig.RuleSettings> rules = new EnumMap<>(RuleId.class);
        Map<String, List<String>> keywords = new HashMap<>();
        Map<String, BigDecimal> numbers = new HashMap<>();
        merge(root, location, rules, keywords, numbers);
        for (JsonNode include : root.path("includes")) {
            Resource part = resolve(main, include.asString());
            merge(parse(part), part.getDescription(), rules, keywords, numbers);
        }
        return new RuleConfig(version, rules, keywords, numbers);
    }

    private Resource resolve(Resource main, String relative) {
        try {
            return main.createRelative(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + relative + " next to " + main.getDescription(), e);
        }
    }

    private static void merge(JsonNode node, String where, Map<RuleId, RuleConfig.RuleSettings> rules,
                              Map<String, List<String>> keywords, Map<String, BigDecimal> numbers) {
        node.path("rules").properties().forEach(e -> {
            RuleId id = RuleId.valueOf(e.getKey());
            RuleConfig.RuleSettings settings = new RuleConfig.RuleSettings(e.getValue().path("enabled").asBoolean(true),
                    Severity.valueOf(text(e.getValue(), "severity", where + " rules." + id)));
            if (rules.put(id, settings) != null) {
                throw new IllegalStateException("rule " + id + " configured twice (" + where + ")");
            }
        });
        node.path("keywords").properties().forEach(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(word -> list.add(word.asString()));
            if (keywords.put(e.getKey(), List.copyOf(list)) != null) {
                throw new IllegalStateException("keyword list " + e.getKey() + " defined twice (" + where + ")");
            }
        });
        node.path("numbers").properties().forEach(e -> {
            if (numbers.put(e.getKey(), e.getValue().decimalValue()) != null) {
                throw new IllegalStateException("number " + e.getKey() + " defined twice (" + where + ")");
            }
        });
    }

    private static JsonNode parse(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule configuration " + resource.getDescription(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalStateException("rule configuration " + where + " lacks " + field);
        }
        return value.asString();
    }
}

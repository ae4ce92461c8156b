package org.jixiao.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.monitoring.domain.Bands;
import org.jixiao.monitoring.domain.GoalGapRule;
import org.jixiao.monitoring.domain.IndicatorProgress;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringPeriod;
import org.jixiao.monitoring.domain.ThresholdSet;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads {@link LampRules} versions from JSON, one file per version (format in docs/monitoring.md). Numbers are
 * read as exact decimals; unknown fields are refused, so that a misspelt rule is not silently ignored. The shipped
 * versions live in {@code src/main/resources/monitoring/lamp-rules}; a finance bureau adds a file for its 财政区划.
 */
public final class LampRulesReader {

    /** The versions shipped with Jixiao. */
    public static final String SHIPPED = "classpath*:monitoring/lamp-rules/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final Set<String> FIELDS = Set.of("id", "name", "basis", "region", "from", "until",
            "timeProgress", "plan", "thresholds", "goalGap", "likelihoodLamps", "progressLamps", "periods");

    private LampRulesReader() {
    }

    /** Every shipped version. */
    public static LampRulesCatalog shipped() {
        return readAll(SHIPPED);
    }

    /** One shipped file by name. */
    public static Resource shippedResource(String fileName) {
        return new ClassPathResource("monitoring/lamp-rules/" + fileName);
    }

    public static LampRulesCatalog readAll(String pattern) {
        List<LampRules> versions = new ArrayList<>();
        for (Resource resource : list(pattern)) {
            versions.add(read(resource));
        }
        if (versions.isEmpty()) {
            throw new IllegalStateException("no lamp rules found at " + pattern);
        }
        return new LampRulesCatalog(versions);
    }

    public static LampRules read(Resource resource) {
        String where = resource.getDescription();
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
        try {
            return rules(root, where);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static LampRules rules(JsonNode root, String where) {
        if (!root.isObject()) {
            throw new IllegalStateException(where + " is not a JSON object");
        }
        for (String field : root.propertyNames()) {
            if (!FIELDS.contains(field)) {
                throw new IllegalStateException(where + " has an unknown field " + field);
            }
        }
        return new LampRules(
                text(root, "id", where),
                text(root, "name", where),
                text(root, "basis", where),
                present(root, "region") ? Optional.of(new RegionCode(root.get("region").asString())) : Optional.empty(),
                FiscalYear.of(integer(root, "from", where)),
                present(root, "until") ? Optional.of(FiscalYear.of(integer(root, "until", where))) : Optional.empty(),
                present(root, "timeProgress") ? Optional.of(bands(root.get("timeProgress"), where)) : Optional.empty(),
                present(root, "plan") ? Optional.of(bands(root.get("plan"), where)) : Optional.empty(),
                present(root, "thresholds") ? Optional.of(thresholds(root.get("thresholds"), where)) : Optional.empty(),
                present(root, "goalGap") ? Optional.of(new GoalGapRule(decimal(root.get("goalGap"), "maxGap", where),
                        Lamp.valueOf(text(root.get("goalGap"), "lamp", where)))) : Optional.empty(),
                lamps(root.path("likelihoodLamps"), Likelihood.class),
                lamps(root.path("progressLamps"), IndicatorProgress.class),
                periods(root.path("periods"), where));
    }

    private static Bands bands(JsonNode node, String where) {
        return new Bands(decimal(node, "redBelow", where), decimal(node, "yellowBelow", where));
    }

    private static ThresholdSet thresholds(JsonNode node, String where) {
        List<ThresholdSet.Step> steps = new ArrayList<>();
        for (JsonNode step : node.path("steps")) {
            steps.add(new ThresholdSet.Step(integer(step, "throughMonth", where), decimal(step, "minimum", where)));
        }
        if (steps.isEmpty()) {
            throw new IllegalStateException(where + " thresholds have no steps");
        }
        return new ThresholdSet(Lamp.valueOf(text(node, "lamp", where)), steps);
    }

    private static <E extends Enum<E>> Map<E, Lamp> lamps(JsonNode node, Class<E> type) {
        Map<E, Lamp> lamps = new EnumMap<>(type);
        node.properties().forEach(e -> lamps.put(Enum.valueOf(type, e.getKey()), Lamp.valueOf(e.getValue().asString())));
        return lamps;
    }

    private static List<MonitoringPeriod> periods(JsonNode node, String where) {
        List<MonitoringPeriod> periods = new ArrayList<>();
        for (JsonNode period : node) {
            periods.add(new MonitoringPeriod(integer(period, "cutOffMonth", where), present(period, "due")
                    ? Optional.of(MonthDay.parse("--" + text(period, "due", where))) : Optional.empty()));
        }
        return periods;
    }

    private static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalStateException(where + " lacks text field " + field);
        }
        return value.asString();
    }

    private static int integer(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalStateException(where + " lacks whole-number field " + field);
        }
        return value.intValue();
    }

    private static BigDecimal decimal(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalStateException(where + " lacks number field " + field);
        }
        return value.decimalValue();
    }

    private static List<Resource> list(String pattern) {
        try {
            List<Resource> resources = new ArrayList<>(Arrays.asList(
                    new PathMatchingResourcePatternResolver().getResources(pattern)));
            resources.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }
}

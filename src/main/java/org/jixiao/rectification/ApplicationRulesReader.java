package org.jixiao.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.rectification.domain.ApplicationRules;
import org.jixiao.rectification.domain.ApplicationRulesCatalog;
import org.jixiao.rectification.domain.BudgetUse;
import org.jixiao.scoring.domain.Grade;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads result-application rules from JSON (one file per version, {@code rectification/application-rules/*.json}).
 * A finance bureau adds its own file with its {@code region} and {@code from} year. Thresholds are exact decimals.
 */
public final class ApplicationRulesReader {

    public static final String SHIPPED = "classpath*:rectification/application-rules/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private ApplicationRulesReader() {
    }

    public static ApplicationRulesCatalog shipped() {
        return readAll(SHIPPED);
    }

    public static ApplicationRulesCatalog readAll(String pattern) {
        try {
            List<ApplicationRules> versions = new ArrayList<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = r.getInputStream()) {
                    versions.add(read(JSON.readTree(in)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("result-application rules " + r.getDescription() + ": "
                            + e.getMessage(), e);
                }
            }
            return new ApplicationRulesCatalog(versions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read result-application rules " + pattern, e);
        }
    }

    /** @throws IllegalArgumentException when a field is missing or out of range */
    public static ApplicationRules read(JsonNode doc) {
        Map<Grade, BudgetUse> byGrade = new EnumMap<>(Grade.class);
        JsonNode grades = doc.path("grades");
        for (Grade g : Grade.values()) {
            JsonNode use = grades.get(g.name());
            if (use != null && use.isString()) {
                byGrade.put(g, BudgetUse.valueOf(use.asString()));
            }
        }
        JsonNode region = doc.get("region");
        JsonNode until = doc.get("until");
        return new ApplicationRules(text(doc, "id"), text(doc, "name"), doc.path("basis").asString(""),
                region == null || region.isNull() ? Optional.empty() : Optional.of(new RegionCode(region.asString())),
                doc.path("from").asInt(), until == null || until.isNull() ? Optional.empty() : Optional.of(until.asInt()),
                byGrade, decimal(doc, "executionBelow"), decimal(doc, "deviationAbove"), decimal(doc, "lowScoreRate"));
    }

    private static String text(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        if (n == null || !n.isString()) {
            throw new IllegalArgumentException("result-application rules: " + field + " missing");
        }
        return n.asString();
    }

    private static BigDecimal decimal(JsonNode doc, String field) {
        JsonNode n = doc.get(field);
        if (n == null || !n.isNumber()) {
            throw new IllegalArgumentException("result-application rules: " + field + " missing");
        }
        return n.decimalValue();
    }
}

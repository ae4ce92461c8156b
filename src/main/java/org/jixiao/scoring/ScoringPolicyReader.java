package org.jixiao.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.GradeBands;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ProjectWeights;
import org.jixiao.scoring.domain.QualitativeBand;
import org.jixiao.scoring.domain.QualitativeBands;
import org.jixiao.scoring.domain.ReverseFormula;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.FiscalYear;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@link ScoringPolicy} versions from JSON, one file per version (format in docs/scoring.md). The shipped
 * ones live in {@code src/main/resources/scoring/policies}; a finance bureau adds a file for its 财政区划.
 */
public final class ScoringPolicyReader {

    /** The policies shipped with Jixiao. */
    public static final String SHIPPED = "classpath*:scoring/policies/*.json";

    /** Every shipped policy. */
    public static PolicyCatalog shipped() {
        return readAll(SHIPPED);
    }

    public static PolicyCatalog readAll(String pattern) {
        List<ScoringPolicy> policies = new ArrayList<>();
        for (Resource resource : JsonSupport.list(pattern)) {
            policies.add(read(resource));
        }
        if (policies.isEmpty()) {
            throw new IllegalStateException("no scoring policy found at " + pattern);
        }
        return new PolicyCatalog(policies);
    }

    public static ScoringPolicy read(Resource resource) {
        JsonNode root = JsonSupport.parse(resource);
        String where = resource.getDescription();
        try {
            return policy(root, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": " + e.getMessage(), e);
        }
    }

    private static ScoringPolicy policy(JsonNode root, String where) {
        JsonNode region = root.get("region");
        JsonNode until = root.get("until");
        return new ScoringPolicy(
                JsonSupport.text(root, "id", where),
                JsonSupport.text(root, "name", where),
                JsonSupport.optionalText(root, "basis"),
                region == null || region.isNull() ? Optional.empty() : Optional.of(new RegionCode(region.asString())),
                FiscalYear.of(root.path("from").asInt()),
                until == null || until.isNull() ? Optional.empty() : Optional.of(FiscalYear.of(until.asInt())),
                weights(root.path("weights"), where),
                JsonSupport.decimal(root, "executionReasonBelow", where),
                JsonSupport.decimal(root, "deviationThreshold", where),
                ReverseFormula.valueOf(JsonSupport.text(root, "reverseFormula", where)),
                qualitative(root.path("qualitativeBands"), where),
                grades(root.path("gradeBands"), where));
    }

    static ProjectWeights weights(JsonNode node, String where) {
        Map<Level1Category, BigDecimal> levels = new EnumMap<>(Level1Category.class);
        node.path("levels").properties().forEach(e -> levels.put(Level1Category.valueOf(e.getKey()),
                e.getValue().decimalValue()));
        return new ProjectWeights(JsonSupport.decimal(node, "execution", where + " weights"), levels);
    }

    private static QualitativeBands qualitative(JsonNode node, String where) {
        Map<QualitativeBand, QualitativeBands.Range> ranges = new EnumMap<>(QualitativeBand.class);
        node.properties().forEach(e -> ranges.put(QualitativeBand.valueOf(e.getKey()),
                new QualitativeBands.Range(JsonSupport.decimal(e.getValue(), "from", where),
                        JsonSupport.decimal(e.getValue(), "to", where))));
        return new QualitativeBands(ranges);
    }

    private static GradeBands grades(JsonNode node, String where) {
        List<GradeBands.Band> bands = new ArrayList<>();
        for (JsonNode band : node) {
            bands.add(new GradeBands.Band(Grade.valueOf(JsonSupport.text(band, "grade", where)),
                    JsonSupport.decimal(band, "from", where)));
        }
        return new GradeBands(bands);
    }
}

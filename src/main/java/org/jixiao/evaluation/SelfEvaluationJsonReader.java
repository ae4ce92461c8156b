package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.evaluation.domain.SelfEvaluationScorer;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.NormalizedLabel;
import org.jixiao.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of a self-evaluation ({@code version}, {@code budgetWan}, {@code executedWan},
 * {@code executionReason}, {@code indicators[]} with {@code actual}, {@code band}, {@code score},
 * {@code notApplicable}, {@code deviationReason}, {@code deduction}, {@code deductionReason}) into the typed-text
 * input. Numbers are taken exactly as decimals; wrong JSON types are collected as violations.
 */
public final class SelfEvaluationJsonReader {

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    public SelfEvaluationInput read(JsonNode root) {
        if (root == null || !root.isObject()) {
            violations.add(Violation.of("type.object", "$"));
            return new SelfEvaluationInput(null, "", "", "", List.of());
        }
        Long version = null;
        JsonNode v = root.get("version");
        if (v != null && !v.isNull()) {
            if (v.isIntegralNumber() && v.canConvertToLong()) {
                version = v.longValue();
            } else {
                violations.add(Violation.of("version.invalid", "version"));
            }
        }
        List<SelfEvaluationInput.Row> rows = new ArrayList<>();
        JsonNode list = root.get("indicators");
        if (list != null && !list.isNull() && !list.isArray()) {
            violations.add(Violation.of("type.array", "indicators"));
        } else if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String path = "indicators[" + i + "]";
                if (!r.isObject()) {
                    violations.add(Violation.of("type.object", path));
                    rows.add(SelfEvaluationInput.Row.empty());
                    continue;
                }
                JsonNode na = r.get("notApplicable");
                boolean notApplicable = false;
                if (na != null && !na.isNull()) {
                    if (na.isBoolean()) {
                        notApplicable = na.booleanValue();
                    } else {
                        violations.add(Violation.of("evaluation.type", path + ".notApplicable", "不适用应为 true 或 false"));
                    }
                }
                rows.add(new SelfEvaluationInput.Row(scalar(r, "actual", path), scalar(r, "band", path),
                        scalar(r, "score", path), notApplicable, scalar(r, "deviationReason", path),
                        scalar(r, "deduction", path), scalar(r, "deductionReason", path)));
            }
        }
        return new SelfEvaluationInput(version, scalar(root, "budgetWan", ""), scalar(root, "executedWan", ""),
                scalar(root, "executionReason", ""), rows);
    }

    /**
     * The indicators of a self-contained document (no goal table): per row {@code level1}, {@code level2},
     * {@code name}, {@code target} (the 指标值 as written) and an optional {@code weight} (分值).
     */
    public List<Indicator> readIndicators(JsonNode root, LabelNormalizer labels) {
        List<Indicator> indicators = new ArrayList<>();
        JsonNode list = root == null ? null : root.get("indicators");
        if (list == null || !list.isArray()) {
            return indicators;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode r = list.get(i);
            String path = "indicators[" + i + "]";
            if (!r.isObject()) {
                continue;
            }
            String name = scalar(r, "name", path);
            if (name.isBlank()) {
                violations.add(Violation.of("indicator.name.required", path + ".name"));
                continue;
            }
            java.math.BigDecimal weight = null;
            String weightText = scalar(r, "weight", path);
            if (!weightText.isBlank()) {
                weight = SelfEvaluationScorer.decimal(weightText);
                if (weight == null || weight.signum() < 0 || weight.compareTo(java.math.BigDecimal.valueOf(100)) > 0
                        || weight.stripTrailingZeros().scale() > 2) {
                    violations.add(Violation.of("weight.outOfRange", path + ".weight"));
                    weight = null;
                }
            }
            NormalizedLabel<Level1Category> level1 = labels.level1(scalar(r, "level1", path));
            indicators.add(new Indicator(level1, labels.level2(scalar(r, "level2", path), level1.category()), name,
                    "", IndicatorValue.parse(scalar(r, "target", path)), "", weight, "", "", ""));
        }
        return indicators;
    }

    private String scalar(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        String path = prefix.isEmpty() ? field : prefix + "." + field;
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isString()) {
            return node.asString();
        }
        violations.add(Violation.of("type.scalar", path));
        return "";
    }
}

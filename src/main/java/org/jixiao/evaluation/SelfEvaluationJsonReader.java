package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.SelfEvaluationInput;
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

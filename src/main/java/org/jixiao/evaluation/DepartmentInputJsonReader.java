package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of a department self-evaluation's inputs: {@code version} and {@code leaves}, an object of leaf
 * codes, each an object of fields ({@code {"2.6.7": {"numerator": "662.96", "denominator": 707.89}}}). A field is
 * text, an exact number (taken as written) or a boolean (是/否); anything else is collected as a violation.
 */
public final class DepartmentInputJsonReader {

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    public DepartmentInput read(JsonNode root) {
        if (root == null || !root.isObject()) {
            violations.add(Violation.of("type.object", "$"));
            return new DepartmentInput(null, Map.of());
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
        Map<String, Map<String, String>> leaves = new LinkedHashMap<>();
        JsonNode all = root.get("leaves");
        if (all != null && !all.isNull() && !all.isObject()) {
            violations.add(Violation.of("type.object", "leaves"));
        } else if (all != null && all.isObject()) {
            all.properties().forEach(leaf -> {
                if (!leaf.getValue().isObject()) {
                    violations.add(Violation.of("type.object", leaf.getKey()));
                    return;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                leaf.getValue().properties().forEach(field -> {
                    JsonNode value = field.getValue();
                    String path = leaf.getKey() + "." + field.getKey();
                    if (value.isNull()) {
                        return;
                    }
                    if (value.isString()) {
                        fields.put(field.getKey(), value.asString());
                    } else if (value.isNumber()) {
                        fields.put(field.getKey(), value.decimalValue().toPlainString());
                    } else if (value.isBoolean()) {
                        fields.put(field.getKey(), value.booleanValue() ? "是" : "否");
                    } else {
                        violations.add(Violation.of("department.type", path,
                                "「" + path + "」应为文字、数字或 true/false"));
                    }
                });
                leaves.put(leaf.getKey(), fields);
            });
        }
        return new DepartmentInput(version, leaves);
    }
}

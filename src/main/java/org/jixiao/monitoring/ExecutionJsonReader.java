package org.jixiao.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jixiao.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of {@code POST …/execution-records}: {@code records[]} ({@code projectCode}, {@code date} or
 * {@code month}, {@code amountYuan}, {@code note}) and {@code adjustments[]} ({@code projectCode}, {@code date},
 * {@code newBudgetYuan} or {@code deltaYuan}, {@code reason}) into the typed-text input. Numbers are taken exactly as
 * decimals; wrong JSON types and unknown fields are collected as violations; never throws.
 */
public final class ExecutionJsonReader {

    private static final Set<String> ROOT = Set.of("records", "adjustments");
    private static final Set<String> RECORD = Set.of("projectCode", "date", "month", "amountYuan", "note");
    private static final Set<String> ADJUSTMENT = Set.of("projectCode", "date", "newBudgetYuan", "deltaYuan", "reason");

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    public ExecutionInput read(JsonNode root) {
        if (root == null || !root.isObject()) {
            violations.add(Violation.of("type.object", "$"));
            return new ExecutionInput(List.of(), List.of());
        }
        unknown(root, ROOT, "");
        List<ExecutionInput.Spending> records = new ArrayList<>();
        for (JsonNode r : array(root, "records")) {
            String path = "records[" + records.size() + "]";
            if (!r.isObject()) {
                violations.add(Violation.of("type.object", path));
                records.add(new ExecutionInput.Spending("", "", "", "", ""));
                continue;
            }
            unknown(r, RECORD, path + ".");
            records.add(new ExecutionInput.Spending(scalar(r, "projectCode", path), scalar(r, "date", path),
                    scalar(r, "month", path), scalar(r, "amountYuan", path), scalar(r, "note", path)));
        }
        List<ExecutionInput.Adjustment> adjustments = new ArrayList<>();
        for (JsonNode a : array(root, "adjustments")) {
            String path = "adjustments[" + adjustments.size() + "]";
            if (!a.isObject()) {
                violations.add(Violation.of("type.object", path));
                adjustments.add(new ExecutionInput.Adjustment("", "", "", "", ""));
                continue;
            }
            unknown(a, ADJUSTMENT, path + ".");
            adjustments.add(new ExecutionInput.Adjustment(scalar(a, "projectCode", path), scalar(a, "date", path),
                    scalar(a, "newBudgetYuan", path), scalar(a, "deltaYuan", path), scalar(a, "reason", path)));
        }
        return new ExecutionInput(records, adjustments);
    }

    private List<JsonNode> array(JsonNode root, String field) {
        JsonNode node = root.get(field);
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull()) {
            return items;
        }
        if (!node.isArray()) {
            violations.add(Violation.of("type.array", field));
            return items;
        }
        node.forEach(items::add);
        return items;
    }

    private void unknown(JsonNode node, Set<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                violations.add(Violation.of("monitoring.json.unknown", prefix + name, name));
            }
        }
    }

    private String scalar(JsonNode parent, String field, String prefix) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isString()) {
            return node.asString();
        }
        violations.add(Violation.of("type.scalar", prefix + "." + field));
        return "";
    }
}

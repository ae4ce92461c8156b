package org.jixiao.goals;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads a goal-table JSON document into a {@link GoalTableInput}, keeping numbers as their exact text so that
 * the shared parser checks them like form input. One reader per document. A value of the wrong JSON type (an object where a number
 * belongs) is reported at its path instead of failing the whole request.
 */
public final class GoalTableJsonReader {

    private final List<Violation> violations = new ArrayList<>();

    /** The JSON type errors found by {@link #read}. */
    public List<Violation> violations() {
        return violations;
    }

    public GoalTableInput read(JsonNode root) {
        if (root == null || !root.isObject()) {
            violations.add(Violation.of("type.object", "$"));
            return new GoalTableInput(null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        List<GoalTableInput.PlanPoint> plan = new ArrayList<>();
        JsonNode planNode = array(root, "spendingPlan");
        for (int i = 0; i < planNode.size(); i++) {
            JsonNode p = planNode.get(i);
            String path = "spendingPlan[" + i + "]";
            plan.add(new GoalTableInput.PlanPoint(scalar(p, "month", path + ".month"), scalar(p, "percent", path + ".percent")));
        }
        List<String> goals = new ArrayList<>();
        JsonNode goalsNode = array(root, "goals");
        for (int i = 0; i < goalsNode.size(); i++) {
            goals.add(scalarValue(goalsNode.get(i), "goals[" + i + "]"));
        }
        List<GoalTableInput.IndicatorRow> rows = new ArrayList<>();
        JsonNode rowsNode = array(root, "indicators");
        for (int i = 0; i < rowsNode.size(); i++) {
            JsonNode r = rowsNode.get(i);
            String path = "indicators[" + i + "]";
            rows.add(new GoalTableInput.IndicatorRow(scalar(r, "level1", path + ".level1"),
                    scalar(r, "level2", path + ".level2"), scalar(r, "name", path + ".name"),
                    scalar(r, "description", path + ".description"), scalar(r, "value", path + ".value"),
                    scalar(r, "basis", path + ".basis"), scalar(r, "weight", path + ".weight"),
                    scalar(r, "formula", path + ".formula"), scalar(r, "dataSource", path + ".dataSource"),
                    scalar(r, "scoringStandard", path + ".scoringStandard")));
        }
        return new GoalTableInput(scalar(root, "kind", "kind"), scalar(root, "fiscalYear", "fiscalYear"),
                scalar(root, "unitCode", "unitCode"), scalar(root, "projectCode", "projectCode"),
                scalar(root, "projectName", "projectName"), scalar(root, "budgetWan", "budgetWan"),
                scalar(root, "fiscalWan", "fiscalWan"), scalar(root, "otherWan", "otherWan"),
                scalar(root, "purpose", "purpose"), plan, goals, rows, scalar(root, "version", "version"));
    }

    private JsonNode array(JsonNode parent, String field) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!node.isArray()) {
            violations.add(Violation.of("type.array", field));
            return tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return node;
    }

    private String scalar(JsonNode parent, String field, String path) {
        if (parent == null || !parent.isObject()) {
            violations.add(Violation.of("type.object", path.substring(0, Math.max(0, path.lastIndexOf('.')))));
            return null;
        }
        return scalarValue(parent.get(field), path);
    }

    private String scalarValue(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isString()) {
            return node.asString();
        }
        if (node.isBoolean()) {
            violations.add(Violation.of("type.scalar", path));
            return null;
        }
        violations.add(Violation.of("type.scalar", path));
        return null;
    }
}

package org.jixiao.monitoring;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.shared.Violation;
import tools.jackson.databind.JsonNode;

/**
 * Reads the JSON of a 双监控 return ({@code version}, {@code executedWan}, {@code expectedAnnualWan},
 * {@code money: {reason: {category, text}, measure}}, {@code indicators[]} with {@code completed},
 * {@code expectedAnnual}, {@code likelihood}, {@code progress}, {@code reason: {category, text}}, {@code measure})
 * into the typed-text input. A GET document may be sent back as it is (other fields are ignored). Wrong JSON types
 * are collected as violations; numbers are taken exactly.
 */
public final class MonitoringReturnJsonReader {

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    public MonitoringReturnInput read(JsonNode root) {
        if (root == null || !root.isObject()) {
            violations.add(Violation.of("type.object", "$"));
            return new MonitoringReturnInput(null, null, null, null, null, null, List.of());
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
        JsonNode money = object(root, "money", "money");
        JsonNode moneyReason = object(money, "reason", "money.reason");
        List<MonitoringReturnInput.Row> rows = new ArrayList<>();
        JsonNode list = root.get("indicators");
        if (list != null && !list.isNull() && !list.isArray()) {
            violations.add(Violation.of("type.array", "indicators"));
        } else if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                JsonNode r = list.get(i);
                String path = "indicators[" + i + "]";
                if (!r.isObject()) {
                    violations.add(Violation.of("type.object", path));
                    rows.add(MonitoringReturnInput.Row.EMPTY);
                    continue;
                }
                JsonNode reason = object(r, "reason", path + ".reason");
                rows.add(new MonitoringReturnInput.Row(scalar(r, "completed", path), scalar(r, "expectedAnnual", path),
                        scalar(r, "likelihood", path), scalar(r, "progress", path),
                        scalar(reason, "category", path + ".reason"), scalar(reason, "text", path + ".reason"),
                        scalar(r, "measure", path)));
            }
        }
        return new MonitoringReturnInput(version, scalar(root, "executedWan", ""), scalar(root, "expectedAnnualWan", ""),
                scalar(moneyReason, "category", "money.reason"), scalar(moneyReason, "text", "money.reason"),
                scalar(money, "measure", "money"), rows);
    }

    private JsonNode object(JsonNode parent, String field, String path) {
        JsonNode node = parent == null ? null : parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            violations.add(Violation.of("type.object", path));
            return null;
        }
        return node;
    }

    private String scalar(JsonNode parent, String field, String prefix) {
        JsonNode node = parent == null ? null : parent.get(field);
        String path = prefix.isEmpty() ? field : prefix + "." + field;
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        if (node.isString()) {
            return node.asString();
        }
        violations.add(Violation.of("type.scalar", path));
        return null;
    }
}

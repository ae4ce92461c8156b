package org.jixiao.evaluation.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 部门整体支出绩效自评 as typed, on the form or in the API: per leaf code of the template (三级指标, {@code 2.6.7})
 * the fields its rule needs, as text ({@code numerator} = "662.96", {@code answer} = "是", {@code basis} = the
 * 评分依据). Blank fields are dropped. Which fields a rule reads: {@link DepartmentFields}.
 *
 * @param version the version read (optimistic locking), null when not given
 */
public record DepartmentInput(Long version, Map<String, Map<String, String>> leaves) {

    public DepartmentInput {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        if (leaves != null) {
            leaves.forEach((code, fields) -> {
                Map<String, String> kept = new LinkedHashMap<>();
                if (fields != null) {
                    fields.forEach((k, v) -> {
                        if (k != null && v != null && !v.isBlank()) {
                            kept.put(k, v.strip());
                        }
                    });
                }
                if (code != null && !kept.isEmpty()) {
                    copy.put(code, Map.copyOf(kept));
                }
            });
        }
        leaves = java.util.Collections.unmodifiableMap(copy);
    }

    /** The text of one field, "" when not entered. */
    public String value(String leaf, String field) {
        return leaves.getOrDefault(leaf, Map.of()).getOrDefault(field, "");
    }

    public Map<String, String> fields(String leaf) {
        return leaves.getOrDefault(leaf, Map.of());
    }

    public DepartmentInput withVersion(Long v) {
        return new DepartmentInput(v, leaves);
    }
}

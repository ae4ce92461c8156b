package org.jixiao.scoring.domain;

import java.util.Map;
import java.util.Objects;

/**
 * 部门整体支出绩效自评 as entered: per leaf code of the template, its input, the answers to its gates and the
 * 评分依据 written by the unit.
 */
public record DepartmentEvaluation(String templateId, Map<String, Entry> entries) {

    public DepartmentEvaluation {
        Objects.requireNonNull(templateId, "templateId");
        entries = Map.copyOf(entries);
    }

    /**
     * One leaf's input.
     *
     * @param gates answers to the leaf's preconditions, by gate code
     * @param basis 评分依据、未达标原因、改进措施 as written; may be blank except where the rule requires it
     */
    public record Entry(LeafInput input, Map<String, Boolean> gates, String basis) {
        public Entry {
            Objects.requireNonNull(input, "input");
            gates = gates == null ? Map.of() : Map.copyOf(gates);
            basis = basis == null ? "" : basis.strip();
        }

        public static Entry of(LeafInput input) {
            return new Entry(input, Map.of(), "");
        }

        public Entry withGate(String code, boolean answer) {
            java.util.HashMap<String, Boolean> all = new java.util.HashMap<>(gates);
            all.put(code, answer);
            return new Entry(input, all, basis);
        }

        public Entry withBasis(String text) {
            return new Entry(input, gates, text);
        }
    }
}

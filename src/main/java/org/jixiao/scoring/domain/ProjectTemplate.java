package org.jixiao.scoring.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.indicators.domain.Level1Category;

/**
 * 项目支出绩效自评表 template: its 一级/二级 layout and, optionally, its own 一级 weights (a unit may adjust the
 * policy's defaults within a template, rules.md §2.2 "如有特殊情况，一级指标权重可做适当调整").
 *
 * @param weights empty: the policy's default weights apply
 */
public record ProjectTemplate(String id, String name, String basis, String executionLabel,
                              Optional<ProjectWeights> weights, List<Level1> levels) {

    /** One 一级指标 with its allowed 二级指标. */
    public record Level1(Level1Category category, String label, List<String> level2) {
        public Level1 {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(label, "label");
            level2 = List.copyOf(level2);
        }
    }

    public ProjectTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(executionLabel, "executionLabel");
        Objects.requireNonNull(weights, "weights");
        levels = List.copyOf(levels);
        if (weights.isPresent()) {
            for (Level1Category category : weights.get().levels().keySet()) {
                if (levels.stream().noneMatch(l -> l.category() == category)) {
                    throw new IllegalArgumentException("template " + id + " weighs " + category + " but lacks it");
                }
            }
        }
    }

    /** The weights in force: the template's own, else the policy's. */
    public ProjectWeights weightsUnder(ScoringPolicy policy) {
        return weights.orElse(policy.weights());
    }

    public Optional<Level1> level(Level1Category category) {
        return levels.stream().filter(l -> l.category() == category).findFirst();
    }
}

package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 等级划分 (rules.md §2.6): the lowest total (inclusive) of each grade, best first. 财政部预算司 uses 90/80/60
 * (S5); the fasp2 selfresult variant and seed 000 (武山县, 84.47 = 优) use 80/70/60. Configured per policy.
 */
public record GradeBands(List<Band> bands) {

    /** A grade and the lowest total that earns it. */
    public record Band(Grade grade, BigDecimal from) {
        public Band {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(from, "from");
        }
    }

    public GradeBands {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("grade bands need at least one band");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).from().compareTo(bands.get(i - 1).from()) >= 0) {
                throw new IllegalArgumentException("grade bands must start lower, best grade first: " + bands);
            }
        }
        if (bands.get(bands.size() - 1).from().signum() != 0) {
            throw new IllegalArgumentException("the lowest grade band must start at 0: " + bands);
        }
    }

    /** The grade of {@code total}: the first band whose lower bound it reaches. */
    public Grade grade(BigDecimal total) {
        for (Band band : bands) {
            if (total.compareTo(band.from()) >= 0) {
                return band.grade();
            }
        }
        return bands.get(bands.size() - 1).grade();
    }

    /** The bands as printed under a table: "优 90分≤得分；良 80分≤得分<90分；…". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            String lower = Scores.number(band.from()) + "分≤得分";
            String upper = i == 0 ? "" : "<" + Scores.number(bands.get(i - 1).from()) + "分";
            parts.add(band.grade().label() + " " + (band.from().signum() == 0 ? "得分" + upper : lower + upper));
        }
        return String.join("；", parts);
    }
}

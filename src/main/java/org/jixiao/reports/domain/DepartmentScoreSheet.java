package org.jixiao.reports.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The department self-evaluation (部门整体支出绩效自评, seed 002) as the report needs it: every scored indicator with
 * its 一级/二级/三级 names, weight (分值), score and basis (评分依据), the total and the grade. Provided by the
 * department self-evaluation once it exists ({@link org.jixiao.reports.DepartmentEvaluationSource}).
 */
public record DepartmentScoreSheet(BigDecimal total, String grade, List<Line> lines) {

    public DepartmentScoreSheet {
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    /** One 三级 indicator; {@code score} is null when not scored (不适用). */
    public record Line(String level1, String level2, String name, BigDecimal weight, BigDecimal score, String basis) {
    }
}

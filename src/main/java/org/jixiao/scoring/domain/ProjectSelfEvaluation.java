package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Level1Category;

/**
 * 项目支出绩效自评表 as entered: the year's budget and execution and one row per 三级指标 (rules.md §2.7).
 *
 * @param projectName 项目名称
 * @param execution   年度资金 (全年预算数, 全年执行数) and the reason for low execution
 * @param indicators  the rows in table order
 */
public record ProjectSelfEvaluation(String projectName, BudgetExecution execution, List<IndicatorEntry> indicators) {

    public ProjectSelfEvaluation {
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(execution, "execution");
        indicators = List.copyOf(indicators);
    }

    /**
     * 预算执行情况 (rules.md §2.3), amounts in any one unit (万元 as printed).
     *
     * @param budget   全年预算数 (A)
     * @param executed 全年执行数 (B)
     * @param reason   原因说明, required below the policy's threshold (S7: 90%); may be blank
     */
    public record BudgetExecution(BigDecimal budget, BigDecimal executed, String reason) {
        public BudgetExecution {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(executed, "executed");
            reason = reason == null ? "" : reason.strip();
        }
    }

    /**
     * One 三级指标 row.
     *
     * @param deviationReason 偏差原因分析及改进措施; may be blank
     * @param deduction       a reviewer's 偏离度 deduction, or null
     */
    public record IndicatorEntry(String name, Level1Category level1, String level2, BigDecimal weight,
                                 Assessment assessment, String deviationReason, ReviewerDeduction deduction) {
        public IndicatorEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level1, "level1");
            Objects.requireNonNull(weight, "weight");
            Objects.requireNonNull(assessment, "assessment");
            level2 = level2 == null ? "" : level2;
            deviationReason = deviationReason == null ? "" : deviationReason.strip();
        }

        public IndicatorEntry withDeviationReason(String reason) {
            return new IndicatorEntry(name, level1, level2, weight, assessment, reason, deduction);
        }

        public IndicatorEntry withDeduction(ReviewerDeduction reviewerDeduction) {
            return new IndicatorEntry(name, level1, level2, weight, assessment, deviationReason, reviewerDeduction);
        }
    }

    /** How a row was assessed: measured against its target, judged in a band, or not applicable. */
    public sealed interface Assessment permits Measured, Judged, NotApplicable {
    }

    /** 定量: 计算符号, 年度指标值 and 实际完成值 (numbers in the indicator's unit). */
    public record Measured(Comparator comparator, BigDecimal target, BigDecimal actual) implements Assessment {
        public Measured {
            Objects.requireNonNull(comparator, "comparator");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /** 定性: the band chosen as 实际完成值 and the score given within it (rules.md §2.5). */
    public record Judged(QualitativeBand band, BigDecimal score) implements Assessment {
        public Judged {
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(score, "score");
        }
    }

    /** 不适用: not scored; the total is re-based to 100 (rules.md §2.2). */
    public record NotApplicable(String reason) implements Assessment {
        public NotApplicable {
            reason = reason == null ? "" : reason.strip();
        }
    }

    /** A reviewer's deduction for over-achievement ("按照偏离度适度调减分值", rules.md §2.4). */
    public record ReviewerDeduction(BigDecimal points, String reason) {
        public ReviewerDeduction {
            Objects.requireNonNull(points, "points");
            reason = reason == null ? "" : reason.strip();
        }
    }
}

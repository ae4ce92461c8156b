package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.IndicatorEntry;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.Judged;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.Measured;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.ReviewerDeduction;

/**
 * Scores a 项目支出绩效自评表 (单位自评, rules.md §2) under a {@link ScoringPolicy} and a {@link ProjectTemplate}.
 * Each line is rounded once (two decimals, half-up); the sum is exact; when indicators are 不适用 the sum of
 * the applicable lines is converted to 100 points ("用适用指标得分汇总后按百分制对该项目折算计分", §2.2) and that
 * converted total is rounded once more. Stateless; safe to share.
 */
public final class ProjectScorer {

    public ProjectScore score(ProjectSelfEvaluation evaluation, ProjectTemplate template, ScoringPolicy policy) {
        ProjectWeights weights = template.weightsUnder(policy);
        List<ScoringViolation> violations = new ArrayList<>();
        ProjectScore.Line execution = execution(evaluation.execution(), weights.execution(), policy,
                template.executionLabel(), violations);
        checkWeights(evaluation, template, weights, violations);

        List<ProjectScore.Line> lines = new ArrayList<>();
        for (int i = 0; i < evaluation.indicators().size(); i++) {
            lines.add(indicator(evaluation.indicators().get(i), "indicators[" + i + "]", policy, violations));
        }
        return total(policy, execution, lines, violations);
    }

    private static ProjectScore.Line execution(ProjectSelfEvaluation.BudgetExecution budget, BigDecimal weight,
                                               ScoringPolicy policy, String label,
                                               List<ScoringViolation> violations) {
        String path = "execution";
        if (budget.budget().signum() <= 0 || budget.executed().signum() < 0) {
            ScoringViolation refused = ScoringViolation.refused("scoring.execution.invalid", path,
                    "全年预算数应大于0、全年执行数不能为负数，才能计算预算执行率");
            violations.add(refused);
            Outcome out = new Outcome("得分 = 全年执行数 / 全年预算数 × 分值（rules.md §2.3）").violation(refused);
            return new ProjectScore.Line(path, label, weight, Optional.empty(), false, Optional.empty(), false,
                    out.explain(label));
        }
        Outcome out = IndicatorFormulas.execution(budget.budget(), budget.executed(), weight);
        BigDecimal rate = IndicatorFormulas.executionRate(budget.budget(), budget.executed());
        if (rate.compareTo(policy.executionReasonBelow()) < 0) {
            out.note("执行率未达到" + Scores.percent(policy.executionReasonBelow()) + "，需说明原因（rules.md §2.3）");
            if (budget.reason().isEmpty()) {
                violations.add(ScoringViolation.required("scoring.execution.reasonRequired", path + ".reason",
                        "预算执行率" + Scores.percent(rate) + "未达到" + Scores.percent(policy.executionReasonBelow())
                                + "，请说明原因"));
            }
        }
        Explanation explanation = out.explain(label);
        return new ProjectScore.Line(path, label, weight, Optional.of(explanation.result()), false, Optional.empty(),
                false, explanation);
    }

    /** rules.md §2.7 [I]: "下级指标…录入合计应等于上级设置数". */
    private static void checkWeights(ProjectSelfEvaluation evaluation, ProjectTemplate template,
                                     ProjectWeights weights, List<ScoringViolation> violations) {
        Map<Level1Category, BigDecimal> sums = new EnumMap<>(Level1Category.class);
        for (int i = 0; i < evaluation.indicators().size(); i++) {
            IndicatorEntry entry = evaluation.indicators().get(i);
            String path = "indicators[" + i + "]";
            if (entry.weight().signum() < 0 || entry.weight().stripTrailingZeros().scale() > Scores.SCALE) {
                violations.add(ScoringViolation.refused("scoring.weight.invalid", path + ".weight",
                        "「" + entry.name() + "」的分值应为不小于0的数，最多两位小数"));
            }
            if (template.level(entry.level1()).isEmpty()) {
                violations.add(ScoringViolation.refused("scoring.level1.unknown", path + ".level1",
                        "「" + entry.name() + "」的一级指标「" + entry.level1().label() + "」不在模板「"
                                + template.name() + "」中"));
            }
            sums.merge(entry.level1(), entry.weight(), BigDecimal::add);
        }
        for (ProjectTemplate.Level1 level : template.levels()) {
            BigDecimal expected = weights.level(level.category());
            BigDecimal actual = sums.getOrDefault(level.category(), BigDecimal.ZERO);
            if (expected.compareTo(actual) != 0) {
                violations.add(ScoringViolation.refused("scoring.weight.sum", "indicators",
                        "「" + level.label() + "」下各三级指标分值合计" + Scores.number(actual) + "分，应等于一级指标权重"
                                + Scores.number(expected) + "分"));
            }
        }
    }

    private static ProjectScore.Line indicator(IndicatorEntry entry, String path, ScoringPolicy policy,
                                               List<ScoringViolation> violations) {
        if (entry.assessment() instanceof ProjectSelfEvaluation.NotApplicable notApplicable) {
            Outcome out = new Outcome("不适用：不考核该指标，用适用指标得分汇总后按百分制折算（rules.md §2.2）");
            if (!notApplicable.reason().isEmpty()) {
                out.note("不适用理由：" + notApplicable.reason());
            }
            return new ProjectScore.Line(path, entry.name(), entry.weight(), Optional.empty(), true, Optional.empty(),
                    false, out.explain(entry.name()));
        }
        Outcome out;
        BigDecimal deviation = null;
        boolean overThreshold = false;
        if (entry.assessment() instanceof Measured measured) {
            out = IndicatorFormulas.quantitative(measured.comparator(), measured.target(), measured.actual(),
                    entry.weight(), policy.reverseFormula());
            deviation = IndicatorFormulas.deviation(measured.comparator(), measured.target(), measured.actual());
            if (deviation != null && deviation.signum() > 0) {
                out.step(Explanation.Term.percent("偏离度", deviation));
                overThreshold = deviation.compareTo(policy.deviationThreshold()) >= 0;
                if (overThreshold) {
                    deviationRequirement(entry, path, measured, deviation, policy, out);
                }
            }
        } else {
            out = judged(entry, path, (Judged) entry.assessment(), policy);
        }
        if (entry.deduction() != null) {
            deduct(entry, path, entry.deduction(), overThreshold, policy, out);
        }
        violations.addAll(out.violations());
        Explanation explanation = out.explain(entry.name());
        return new ProjectScore.Line(path, entry.name(), entry.weight(), Optional.ofNullable(explanation.result()),
                false, Optional.ofNullable(deviation), overThreshold, explanation);
    }

    /** rules.md §2.4: above the threshold 偏差原因 is required (Guangxi rule, 130% of the target). */
    private static void deviationRequirement(IndicatorEntry entry, String path, Measured measured,
                                             BigDecimal deviation, ScoringPolicy policy, Outcome out) {
        out.note("偏离度" + Scores.percent(deviation) + "达到" + Scores.percent(policy.deviationThreshold())
                + "：需分析原因，年初指标值设定明显偏低的，可按偏离度适度调减分值（rules.md §2.4）");
        if (entry.deviationReason().isEmpty()) {
            out.violation(ScoringViolation.required("scoring.deviation.reasonRequired", path + ".deviationReason",
                    "「" + entry.name() + "」实际完成值" + Scores.number(measured.actual()) + "与指标值"
                            + Scores.number(measured.target()) + "的偏离度为" + Scores.percent(deviation) + "，达到"
                            + Scores.percent(policy.deviationThreshold()) + "，请填写偏差原因分析及改进措施"));
        }
    }

    /** rules.md §2.5 and fasp2 selfqualscorecheck: the score must lie in the band's range. */
    private static Outcome judged(IndicatorEntry entry, String path, Judged judged, ScoringPolicy policy) {
        QualitativeBands bands = policy.qualitativeBands();
        String interval = bands.interval(judged.band(), entry.weight());
        Outcome out = new Outcome("定性：按完成档次在分值区间内确定得分（达成年度指标 " + interval(bands,
                QualitativeBand.ACHIEVED) + "、部分达成年度指标并具有一定效果 " + interval(bands, QualitativeBand.PARTLY_ACHIEVED)
                + "、未达成年度指标且效果较差 " + interval(bands, QualitativeBand.NOT_ACHIEVED) + "，rules.md §2.5）")
                .input(Explanation.Term.text("完成情况", judged.band().label()))
                .input(Explanation.Term.points("分值", entry.weight()))
                .input(Explanation.Term.points("填写得分", judged.score()))
                .step(Explanation.Term.text("得分区间", interval));
        BigDecimal score = judged.score();
        boolean inRange = entry.weight().signum() == 0
                ? score.signum() == 0
                : bands.range(judged.band()).contains(Scores.divide(score, entry.weight()));
        if (score.stripTrailingZeros().scale() > Scores.SCALE) {
            out.violation(ScoringViolation.refused("scoring.qualitative.precision", path + ".score",
                    "「" + entry.name() + "」的得分最多两位小数"));
        } else if (!inRange) {
            out.violation(ScoringViolation.refused("scoring.qualitative.outOfBand", path + ".score",
                    "「" + entry.name() + "」完成情况为「" + judged.band().label() + "」，实际得分区间为" + interval
                            + "，填写的" + Scores.points(score) + "分不在区间内，请调整后再保存"));
        }
        return out.score(score);
    }

    private static String interval(QualitativeBands bands, QualitativeBand band) {
        QualitativeBands.Range range = bands.range(band);
        return "[" + Scores.percent(range.from()) + ", " + Scores.percent(range.to())
                + (range.upperInclusive() ? "]" : ")") + "×分值";
    }

    /** A reviewer's deduction (rules.md §2.4 "按照偏离度适度调减分值"), only where the 偏离度 reached the threshold. */
    private static void deduct(IndicatorEntry entry, String path, ReviewerDeduction deduction, boolean overThreshold,
                               ScoringPolicy policy, Outcome out) {
        String where = path + ".deduction";
        if (!overThreshold) {
            out.violation(ScoringViolation.refused("scoring.deduction.notAllowed", where,
                    "「" + entry.name() + "」偏离度未达到" + Scores.percent(policy.deviationThreshold())
                            + "，不能按偏离度调减分值"));
            return;
        }
        BigDecimal before = out.exact();
        if (deduction.points().signum() < 0 || deduction.points().stripTrailingZeros().scale() > Scores.SCALE
                || before == null || deduction.points().compareTo(Scores.round(before)) > 0) {
            out.violation(ScoringViolation.refused("scoring.deduction.invalid", where,
                    "「" + entry.name() + "」调减分值应在0到该指标得分之间，最多两位小数"));
            return;
        }
        if (deduction.reason().isEmpty()) {
            out.violation(ScoringViolation.required("scoring.deduction.reasonRequired", where + ".reason",
                    "「" + entry.name() + "」请填写按偏离度调减分值的理由"));
        }
        out.step(Explanation.Term.points("调减前得分", before))
                .step(Explanation.Term.points("复核调减", deduction.points()))
                .note("复核按偏离度调减" + Scores.points(deduction.points()) + "分"
                        + (deduction.reason().isEmpty() ? "" : "：" + deduction.reason()));
        out.score(before.subtract(deduction.points()));
    }

    private static ProjectScore total(ScoringPolicy policy, ProjectScore.Line execution, List<ProjectScore.Line> lines,
                                      List<ScoringViolation> violations) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal applicable = BigDecimal.ZERO;
        BigDecimal notApplicable = BigDecimal.ZERO;
        boolean complete = execution.score().isPresent();
        List<ProjectScore.Line> all = new ArrayList<>();
        all.add(execution);
        all.addAll(lines);
        for (ProjectScore.Line line : all) {
            if (line.notApplicable()) {
                notApplicable = notApplicable.add(line.weight());
                continue;
            }
            applicable = applicable.add(line.weight());
            if (line.score().isPresent()) {
                sum = sum.add(line.score().get());
            } else {
                complete = false;
            }
        }
        boolean refused = violations.stream().anyMatch(v -> v.kind() == ScoringViolation.Kind.REFUSED);
        Outcome out;
        if (notApplicable.signum() == 0) {
            out = new Outcome("总分 = 预算执行率得分 + 各指标得分之和（rules.md §2.7）")
                    .step(Explanation.Term.points("得分合计", sum)).score(sum);
        } else {
            out = new Outcome("有不适用指标：总分 = 适用指标得分合计 / 适用指标分值合计 × 100（rules.md §2.2）")
                    .step(Explanation.Term.points("适用指标得分合计", sum))
                    .step(Explanation.Term.points("适用指标分值合计", applicable))
                    .step(Explanation.Term.points("不适用指标分值合计", notApplicable));
            if (applicable.signum() > 0) {
                out.score(Scores.divide(sum.multiply(Scores.HUNDRED), applicable));
            }
        }
        if (!complete || refused || out.exact() == null) {
            out.note("有指标未能计分，暂无总分");
            Explanation explanation = new Explanation("总分", out.inputs(), out.formula(), out.steps(), null, null,
                    out.notes());
            return new ProjectScore(policy.id(), execution, lines, Optional.empty(), Optional.empty(), explanation,
                    violations);
        }
        Explanation explanation = out.explain("总分");
        Grade grade = policy.gradeBands().grade(explanation.result());
        explanation = withNote(explanation, "评价等级：" + grade.label() + "（" + policy.gradeBands().describe() + "）");
        return new ProjectScore(policy.id(), execution, lines, Optional.of(explanation.result()), Optional.of(grade),
                explanation, violations);
    }

    static Explanation withNote(Explanation e, String note) {
        List<String> notes = new ArrayList<>(e.notes());
        notes.add(note);
        return new Explanation(e.subject(), e.inputs(), e.formula(), e.steps(), e.rounding(), e.result(), notes);
    }
}

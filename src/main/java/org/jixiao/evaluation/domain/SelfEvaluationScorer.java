package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.scoring.domain.Explanation;
import org.jixiao.scoring.domain.ProjectScore;
import org.jixiao.scoring.domain.ProjectScorer;
import org.jixiao.scoring.domain.ProjectSelfEvaluation;
import org.jixiao.scoring.domain.ProjectTemplate;
import org.jixiao.scoring.domain.ProjectWeights;
import org.jixiao.scoring.domain.QualitativeBand;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;

/**
 * Turns a goal table's indicators and a {@link SelfEvaluationInput} into the engine's
 * {@link ProjectSelfEvaluation}, scores it with {@link ProjectScorer} and merges the result back per row.
 *
 * <ul>
 *   <li>Targets and weights come from the goal table. Where the table has no 分值 (the usual case: seed 001 prints
 *   none), each 一级指标's weight under the policy is spread evenly over its 三级指标 (cents given to the first
 *   rows so the sums are exact), and every explanation says so.</li>
 *   <li>The actual is typed like the target: a number (the target's unit may be repeated) for a measurement, a
 *   completion date for a deadline (on or before it: full score; later: a band and a score are judged), one of the
 *   three band phrases with a score for a 定性 value.</li>
 *   <li>A row not filled in yet is not scored (and there is no total); a value that cannot be read is refused
 *   ({@link ScoredSelfEvaluation#blocking()}), as are the engine's refusals of entered values (a 定性 score outside
 *   its band, a deduction not allowed). What the engine still requires (偏差原因 from the threshold, a reason for
 *   low execution) is reported but does not refuse a draft.</li>
 * </ul>
 * Pure: no I/O, no clock.
 */
public final class SelfEvaluationScorer {

    private static final Set<String> BLOCKING_ENGINE_CODES = Set.of("scoring.qualitative.outOfBand",
            "scoring.qualitative.precision", "scoring.deduction.invalid", "scoring.deduction.notAllowed",
            "scoring.execution.invalid");
    private static final Set<String> ON_TIME = Set.of("按时完成", "按期完成", "已按时完成", "已按期完成", "如期完成");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]");
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?(底|末)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{1,2})\\s*月(底|末)?");

    private final ProjectScorer engine;

    public SelfEvaluationScorer(ProjectScorer engine) {
        this.engine = engine;
    }

    public ScoredSelfEvaluation score(String projectName, FiscalYear year, List<Indicator> indicators,
                                      SelfEvaluationInput input, ProjectTemplate template, ScoringPolicy policy) {
        List<ScoringViolation> violations = new ArrayList<>();
        List<ScoringViolation> blocking = new ArrayList<>();

        // 预算执行
        BigDecimal budget = money(input.budgetWan(), "execution.budget", "全年预算数", violations, blocking);
        BigDecimal executed = money(input.executedWan(), "execution.executed", "全年执行数", violations, blocking);
        boolean executionComplete = budget != null && executed != null;
        ProjectSelfEvaluation.BudgetExecution execution = executionComplete
                ? new ProjectSelfEvaluation.BudgetExecution(budget, executed, input.executionReason())
                : new ProjectSelfEvaluation.BudgetExecution(BigDecimal.ONE, BigDecimal.ONE, input.executionReason());

        // weights
        boolean fromTable = !indicators.isEmpty() && indicators.stream().allMatch(i -> i.weight() != null);
        ProjectWeights policyWeights = template.weightsUnder(policy);
        List<BigDecimal> weights = fromTable ? indicators.stream().map(Indicator::weight).toList()
                : spread(indicators, template, policyWeights);
        Map<Level1Category, Integer> perLevel = countPerLevel(indicators, template);

        List<SelfEvaluationInput.Row> rows = new ArrayList<>(input.rows());
        if (rows.size() > indicators.size()) {
            refuse("evaluation.rows.count", "indicators", "自评表应有 " + indicators.size() + " 行指标（与目标表一致），提交了 "
                    + rows.size() + " 行", violations, blocking);
        }
        while (rows.size() < indicators.size()) {
            rows.add(SelfEvaluationInput.Row.empty());
        }

        List<Planned> planned = new ArrayList<>();
        List<ProjectSelfEvaluation.IndicatorEntry> entries = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Planned p = plan(i, indicators.get(i), rows.get(i), weights.get(i), year, violations, blocking);
            if (!fromTable && p.indicator.level1().category() != null && perLevel.containsKey(p.indicator.level1().category())) {
                Level1Category category = p.indicator.level1().category();
                p.notes.add("分值：目标表未设分值，按评分政策「" + template.level(category).orElseThrow().label() + "」权重"
                        + plain(policyWeights.level(category)) + "分由本一级指标下" + perLevel.get(category)
                        + "个三级指标平均分配，本指标" + plain(weights.get(i)) + "分");
            }
            planned.add(p);
            entries.add(p.entry);
        }

        ProjectScore scored = engine.score(new ProjectSelfEvaluation(projectName, execution, entries), template, policy);
        for (ScoringViolation v : scored.violations()) {
            violations.add(v);
            if (v.kind() == ScoringViolation.Kind.REFUSED && BLOCKING_ENGINE_CODES.contains(v.code())) {
                blocking.add(v);
            }
        }

        List<ScoredSelfEvaluation.RowResult> results = new ArrayList<>();
        boolean allComplete = executionComplete;
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            ProjectScore.Line line = scored.indicators().get(i);
            allComplete &= p.complete;
            Explanation explanation = p.complete ? withNotes(line.explanation(), p.notes)
                    : new Explanation(p.indicator.name(), List.of(), "尚未填写完整，暂不计分", List.of(), null, null,
                    merged(p.incomplete, p.notes));
            results.add(new ScoredSelfEvaluation.RowResult(i, p.indicator, p.kind, line.weight(), p.row.actual(),
                    p.band, p.score, p.row.deviationReason(), p.deduction, p.row.deductionReason(),
                    p.complete ? line.score() : Optional.empty(), p.complete ? line.deviation() : Optional.empty(),
                    p.complete, explanation));
        }

        ProjectScore.Line executionLine = scored.execution();
        ScoredSelfEvaluation.ExecutionResult executionResult = executionComplete
                ? new ScoredSelfEvaluation.ExecutionResult(executionLine.weight(),
                budget.signum() > 0 ? Optional.of(executed.divide(budget, 6, RoundingMode.HALF_UP)) : Optional.empty(),
                executionLine.score(), executionLine.explanation())
                : new ScoredSelfEvaluation.ExecutionResult(executionLine.weight(), Optional.empty(), Optional.empty(),
                new Explanation(template.executionLabel(), List.of(), "得分 = 全年执行数 / 全年预算数 × 分值（rules.md §2.3）",
                        List.of(), null, null, List.of("请填写全年预算数和全年执行数")));

        if (!allComplete) {
            Explanation pending = new Explanation("总分", List.of(), scored.totalExplanation().formula(), List.of(), null,
                    null, List.of("有指标或预算执行情况尚未填写完整，暂无总分"));
            return new ScoredSelfEvaluation(scored.policyId(), template.id(), budget, executed, input.executionReason(),
                    executionResult, results, Optional.empty(), Optional.empty(), pending, fromTable, violations, blocking);
        }
        return new ScoredSelfEvaluation(scored.policyId(), template.id(), budget, executed, input.executionReason(),
                executionResult, results, scored.total(), scored.grade(), scored.totalExplanation(), fromTable,
                violations, blocking);
    }

    /** A row on its way to the engine. */
    private static final class Planned {
        final Indicator indicator;
        final SelfEvaluationInput.Row row;
        AssessmentKind kind;
        ProjectSelfEvaluation.IndicatorEntry entry;
        boolean complete = true;
        final List<String> incomplete = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        QualitativeBand band;
        BigDecimal score;
        BigDecimal deduction;

        Planned(Indicator indicator, SelfEvaluationInput.Row row) {
            this.indicator = indicator;
            this.row = row;
        }
    }

    private static Planned plan(int i, Indicator indicator, SelfEvaluationInput.Row row, BigDecimal weight,
                                FiscalYear year, List<ScoringViolation> violations, List<ScoringViolation> blocking) {
        String path = "indicators[" + i + "]";
        String name = indicator.name();
        Planned p = new Planned(indicator, row);
        Level1Category category = indicator.level1().category();
        String level2 = indicator.level2().original();
        IndicatorValue target = indicator.value();
        p.kind = row.notApplicable() ? AssessmentKind.NOT_APPLICABLE
                : target instanceof Quantitative ? AssessmentKind.MEASURED
                : target instanceof Deadline ? AssessmentKind.DEADLINE : AssessmentKind.JUDGED;
        ProjectSelfEvaluation.Assessment assessment = null;

        if (!row.deduction().isEmpty()) {
            BigDecimal points = decimal(row.deduction());
            if (points == null) {
                refuse("evaluation.deduction.notNumber", path + ".deduction", "「" + name + "」的调减分值应为数字", violations, blocking);
            } else {
                p.deduction = points;
            }
        }

        if (row.notApplicable()) {
            assessment = new ProjectSelfEvaluation.NotApplicable(row.actual());
        } else if (target instanceof Quantitative q) {
            assessment = measured(path, name, q, row, p, violations, blocking);
        } else if (target instanceof Deadline d) {
            assessment = deadline(path, name, d, row, weight, year, p, violations, blocking);
        } else {
            assessment = judged(path, name, (Qualitative) target, row, p, violations, blocking);
        }

        if (category == null) {
            violations.add(new ScoringViolation(ScoringViolation.Kind.REQUIRED, "evaluation.level1.unknown", path + ".level1",
                    "「" + name + "」的一级指标「" + indicator.level1().original() + "」无法识别，不能计分；请先在目标表中改正"));
            p.complete = false;
            p.incomplete.add("一级指标「" + indicator.level1().original() + "」无法识别");
            p.entry = new ProjectSelfEvaluation.IndicatorEntry(name, Level1Category.OUTPUT, level2, BigDecimal.ZERO,
                    new ProjectSelfEvaluation.NotApplicable(""), "", null);
            return p;
        }
        if (assessment == null) {
            p.complete = false;
            p.entry = new ProjectSelfEvaluation.IndicatorEntry(name, category, level2, weight,
                    new ProjectSelfEvaluation.NotApplicable(""), row.deviationReason(), null);
            return p;
        }
        ProjectSelfEvaluation.ReviewerDeduction deduction = p.deduction == null ? null
                : new ProjectSelfEvaluation.ReviewerDeduction(p.deduction, row.deductionReason());
        p.entry = new ProjectSelfEvaluation.IndicatorEntry(name, category, level2, weight, assessment,
                row.deviationReason(), deduction);
        return p;
    }

    private static ProjectSelfEvaluation.Assessment measured(String path, String name, Quantitative target,
                                                             SelfEvaluationInput.Row row, Planned p,
                                                             List<ScoringViolation> violations,
                                                             List<ScoringViolation> blocking) {
        if (row.actual().isEmpty()) {
            return missing(path + ".actual", "「" + name + "」请填写实际完成值" + unitHint(target), p, violations);
        }
        IndicatorValue read = IndicatorValue.parse(row.actual());
        if (!(read instanceof Quantitative actual)) {
            refuse("evaluation.actual.notNumber", path + ".actual", "「" + name + "」的实际完成值应为数字" + unitHint(target)
                    + "，如 " + example(target), violations, blocking);
            return null;
        }
        if (actual.comparator() != Comparator.NONE) {
            refuse("evaluation.actual.comparator", path + ".actual", "「" + name + "」的实际完成值请填写实际达到的数值，不带“"
                    + actual.comparator().symbol() + "”等比较符号", violations, blocking);
            return null;
        }
        if (!actual.unit().isEmpty() && !actual.unit().equals(target.unit())) {
            refuse("evaluation.actual.unit", path + ".actual", "「" + name + "」的实际完成值单位应与指标值一致"
                    + (target.unit().isEmpty() ? "（指标值无单位）" : "（" + target.unit() + "）") + "，填写的是“" + actual.unit()
                    + "”", violations, blocking);
            return null;
        }
        return new ProjectSelfEvaluation.Measured(target.comparator(), target.number(), actual.number());
    }

    private static ProjectSelfEvaluation.Assessment deadline(String path, String name, Deadline target,
                                                             SelfEvaluationInput.Row row, BigDecimal weight,
                                                             FiscalYear year, Planned p,
                                                             List<ScoringViolation> violations,
                                                             List<ScoringViolation> blocking) {
        if (row.actual().isEmpty()) {
            return missing(path + ".actual", "「" + name + "」请填写实际完成日期（时限：" + target.format() + "）", p, violations);
        }
        LocalDate due = target.latestDate(year.value()).orElse(null);
        String actual = row.actual();
        if (ON_TIME.contains(actual)) {
            p.notes.add("填报人说明" + actual + "（时限：" + target.format() + "），按完成时限计满分");
            return new ProjectSelfEvaluation.Judged(QualitativeBand.ACHIEVED, weight);
        }
        LocalDate done = date(actual, year.value());
        if (done == null) {
            refuse("evaluation.actual.notDate", path + ".actual", "「" + name + "」的实际完成值应为完成日期，如 " + year.value()
                    + "-12-20、12月20日，或“按时完成”", violations, blocking);
            return null;
        }
        if (due == null || !done.isAfter(due)) {
            p.notes.add("完成日期 " + done + " 不晚于时限「" + target.format() + "」（" + due + "）：按时完成，得满分");
            return new ProjectSelfEvaluation.Judged(QualitativeBand.ACHIEVED, weight);
        }
        p.notes.add("完成日期 " + done + " 晚于时限「" + target.format() + "」（" + due + "）：按完成档次在分值区间内评定得分");
        return bandAndScore(path, name, QualitativeBand.fromLabel(row.band()).or(() -> enumBand(row.band())).orElse(null),
                row, "完成日期晚于时限，请选择完成档次并填写得分", p, violations, blocking);
    }

    private static ProjectSelfEvaluation.Assessment judged(String path, String name, Qualitative target,
                                                           SelfEvaluationInput.Row row, Planned p,
                                                           List<ScoringViolation> violations,
                                                           List<ScoringViolation> blocking) {
        // the band is the 实际完成值 itself (fasp2: the three phrases are the allowed values); an API client may
        // instead describe the result in words and give the band separately
        QualitativeBand band = QualitativeBand.fromLabel(row.actual()).orElse(null);
        if (band == null && !row.band().isEmpty()) {
            band = QualitativeBand.fromLabel(row.band()).or(() -> enumBand(row.band())).orElse(null);
            if (band == null) {
                refuse("evaluation.band.invalid", path + ".band", "「" + name + "」的完成情况应为：" + bandList(),
                        violations, blocking);
                return null;
            }
        } else if (band == null && !row.actual().isEmpty()) {
            refuse("evaluation.actual.notBand", path + ".actual", "「" + name + "」是定性指标，实际完成值应选择：" + bandList(),
                    violations, blocking);
            return null;
        }
        if (band == null) {
            return missing(path + ".actual", "「" + name + "」请选择完成情况（" + bandList() + "）", p, violations);
        }
        return bandAndScore(path, name, band, row, "请填写得分", p, violations, blocking);
    }

    private static ProjectSelfEvaluation.Assessment bandAndScore(String path, String name, QualitativeBand band,
                                                                 SelfEvaluationInput.Row row, String missingText,
                                                                 Planned p, List<ScoringViolation> violations,
                                                                 List<ScoringViolation> blocking) {
        p.band = band;
        if (band == null) {
            if (!row.band().isEmpty()) {
                refuse("evaluation.band.invalid", path + ".band", "「" + name + "」的完成情况应为：" + bandList(),
                        violations, blocking);
                return null;
            }
            return missing(path + ".band", "「" + name + "」" + missingText, p, violations);
        }
        if (row.score().isEmpty()) {
            return missing(path + ".score", "「" + name + "」" + missingText, p, violations);
        }
        BigDecimal score = decimal(row.score());
        if (score == null) {
            refuse("evaluation.score.notNumber", path + ".score", "「" + name + "」的得分应为数字", violations, blocking);
            return null;
        }
        p.score = score;
        return new ProjectSelfEvaluation.Judged(band, score);
    }

    private static ProjectSelfEvaluation.Assessment missing(String path, String message, Planned p,
                                                            List<ScoringViolation> violations) {
        violations.add(new ScoringViolation(ScoringViolation.Kind.REQUIRED, "evaluation.value.required", path, message));
        p.complete = false;
        p.incomplete.add(message);
        return null;
    }

    private static void refuse(String code, String path, String message, List<ScoringViolation> violations,
                               List<ScoringViolation> blocking) {
        ScoringViolation v = new ScoringViolation(ScoringViolation.Kind.REFUSED, code, path, message);
        violations.add(v);
        blocking.add(v);
    }

    private static BigDecimal money(String text, String path, String label, List<ScoringViolation> violations,
                                    List<ScoringViolation> blocking) {
        if (text.isEmpty()) {
            violations.add(new ScoringViolation(ScoringViolation.Kind.REQUIRED, "evaluation.value.required", path,
                    "请填写" + label + "（万元）"));
            return null;
        }
        BigDecimal value = decimal(text.replace(",", "").replace("，", ""));
        if (value == null) {
            refuse("evaluation.money.notNumber", path, label + "应为金额数字（单位：万元），如 73.20", violations, blocking);
            return null;
        }
        if (value.signum() < 0) {
            refuse("evaluation.money.negative", path, label + "不能为负数", violations, blocking);
            return null;
        }
        if (value.stripTrailingZeros().scale() > 6) {
            refuse("evaluation.money.tooPrecise", path, label + "最多精确到分（万元后六位小数）", violations, blocking);
            return null;
        }
        if (value.compareTo(new BigDecimal("9999999999")) > 0) {
            refuse("evaluation.money.tooLarge", path, label + "过大，请确认单位为万元", violations, blocking);
            return null;
        }
        return value;
    }

    /** A plain decimal ({@code 8}, {@code 8.5}, {@code -1}); null when the text is none. */
    public static BigDecimal decimal(String text) {
        String s = text == null ? "" : text.strip();
        if (!s.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)") || s.length() > 24) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** A completion date as people write it; the fiscal year where the text gives none. Null when none is read. */
    static LocalDate date(String text, int fiscalYear) {
        String s = text.strip();
        try {
            Matcher m = FULL_DATE.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = MONTH_DAY.matcher(s);
            if (m.matches()) {
                return LocalDate.of(fiscalYear, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = YEAR_MONTH.matcher(s);
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))).atEndOfMonth();
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                return YearMonth.of(fiscalYear, Integer.parseInt(m.group(1))).atEndOfMonth();
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static Optional<QualitativeBand> enumBand(String text) {
        for (QualitativeBand band : QualitativeBand.values()) {
            if (band.name().equals(text)) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }

    private static String bandList() {
        List<String> labels = new ArrayList<>();
        for (QualitativeBand band : QualitativeBand.values()) {
            labels.add("“" + band.label() + "”");
        }
        return String.join("、", labels);
    }

    private static String unitHint(Quantitative target) {
        return target.unit().isEmpty() ? "" : "（单位：" + target.unit() + "）";
    }

    private static String example(Quantitative target) {
        return target.number().stripTrailingZeros().toPlainString() + target.unit();
    }

    private static Map<Level1Category, Integer> countPerLevel(List<Indicator> indicators, ProjectTemplate template) {
        Map<Level1Category, Integer> counts = new EnumMap<>(Level1Category.class);
        for (Indicator indicator : indicators) {
            Level1Category category = indicator.level1().category();
            if (category != null && template.level(category).isPresent()) {
                counts.merge(category, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Each 一级指标's weight spread evenly over its rows, in cents, the remainder to the first rows. */
    static List<BigDecimal> spread(List<Indicator> indicators, ProjectTemplate template, ProjectWeights weights) {
        Map<Level1Category, Integer> counts = countPerLevel(indicators, template);
        Map<Level1Category, Integer> seen = new EnumMap<>(Level1Category.class);
        List<BigDecimal> result = new ArrayList<>();
        for (Indicator indicator : indicators) {
            Level1Category category = indicator.level1().category();
            if (category == null || !counts.containsKey(category)) {
                result.add(BigDecimal.ZERO.setScale(2));
                continue;
            }
            long cents = weights.level(category).movePointRight(2).setScale(0, RoundingMode.DOWN).longValueExact();
            int n = counts.get(category);
            int k = seen.merge(category, 1, Integer::sum) - 1;
            long share = cents / n + (k < cents % n ? 1 : 0);
            result.add(BigDecimal.valueOf(share, 2));
        }
        return result;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static Explanation withNotes(Explanation e, List<String> extra) {
        if (extra.isEmpty()) {
            return e;
        }
        return new Explanation(e.subject(), e.inputs(), e.formula(), e.steps(), e.rounding(), e.result(),
                merged(e.notes(), extra));
    }

    private static List<String> merged(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

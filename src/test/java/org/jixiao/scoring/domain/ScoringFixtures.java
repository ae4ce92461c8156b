package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.BudgetExecution;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.IndicatorEntry;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.Judged;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.Measured;
import org.jixiao.scoring.domain.ProjectSelfEvaluation.NotApplicable;
import org.jixiao.shared.FiscalYear;

/**
 * Policies and documents for the scoring tests. The policy mirrors the shipped default-2020.json (a test in
 * {@code org.jixiao.scoring} checks that they are equal), so domain tests need no JSON.
 */
public final class ScoringFixtures {

    private ScoringFixtures() {
    }

    public static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    public static GradeBands bands(int excellent, int good, int fair) {
        return new GradeBands(List.of(new GradeBands.Band(Grade.EXCELLENT, BigDecimal.valueOf(excellent)),
                new GradeBands.Band(Grade.GOOD, BigDecimal.valueOf(good)),
                new GradeBands.Band(Grade.FAIR, BigDecimal.valueOf(fair)),
                new GradeBands.Band(Grade.POOR, BigDecimal.ZERO)));
    }

    public static QualitativeBands qualitativeBands() {
        return new QualitativeBands(Map.of(
                QualitativeBand.ACHIEVED, new QualitativeBands.Range(d("0.8"), BigDecimal.ONE),
                QualitativeBand.PARTLY_ACHIEVED, new QualitativeBands.Range(d("0.6"), d("0.8")),
                QualitativeBand.NOT_ACHIEVED, new QualitativeBands.Range(BigDecimal.ZERO, d("0.6"))));
    }

    public static ProjectWeights defaultWeights() {
        return new ProjectWeights(BigDecimal.TEN, Map.of(Level1Category.OUTPUT, d("50"),
                Level1Category.BENEFIT, d("30"), Level1Category.SATISFACTION, BigDecimal.TEN));
    }

    /** As default-2020.json. */
    public static ScoringPolicy defaultPolicy() {
        return new ScoringPolicy("default-2020", "全国默认评分口径（财预〔2020〕10号）", "test", Optional.empty(),
                FiscalYear.of(2020), Optional.empty(), defaultWeights(), d("0.90"), d("0.30"),
                ReverseFormula.LINEAR_TO_DOUBLE, qualitativeBands(), bands(90, 80, 60));
    }

    public static ProjectTemplate projectTemplate() {
        return new ProjectTemplate("project-2020-10", "项目支出绩效自评表", "test", "预算执行率", Optional.empty(), List.of(
                new ProjectTemplate.Level1(Level1Category.OUTPUT, "产出指标", List.of("数量指标", "质量指标", "时效指标", "成本指标")),
                new ProjectTemplate.Level1(Level1Category.BENEFIT, "效益指标", List.of("社会效益指标")),
                new ProjectTemplate.Level1(Level1Category.SATISFACTION, "满意度指标", List.of("服务对象满意度指标"))));
    }

    public static IndicatorEntry measured(String name, Level1Category level1, String weight, Comparator comparator,
                                          String target, String actual) {
        return new IndicatorEntry(name, level1, "", d(weight), new Measured(comparator, d(target), d(actual)), "", null);
    }

    public static IndicatorEntry judged(String name, Level1Category level1, String weight, QualitativeBand band,
                                        String score) {
        return new IndicatorEntry(name, level1, "", d(weight), new Judged(band, d(score)), "", null);
    }

    public static IndicatorEntry notApplicable(String name, Level1Category level1, String weight) {
        return new IndicatorEntry(name, level1, "", d(weight), new NotApplicable("本年度未发生"), "", null);
    }

    public static BudgetExecution execution(String budget, String executed) {
        return new BudgetExecution(d(budget), d(executed), "");
    }

    /** A valid table: 执行 as given, 产出 20+20+10, 效益 30, 满意度 10 — each full unless replaced. */
    public static ProjectSelfEvaluation fullTable(BudgetExecution execution, IndicatorEntry... replacing) {
        List<IndicatorEntry> rows = new java.util.ArrayList<>(List.of(
                measured("购置空气呼吸器", Level1Category.OUTPUT, "20", Comparator.GE, "20", "20"),
                measured("宣传培训人次", Level1Category.OUTPUT, "20", Comparator.GE, "1000", "1000"),
                measured("单套采购成本", Level1Category.OUTPUT, "10", Comparator.LE, "5000", "5000"),
                judged("消防救援能力提升", Level1Category.BENEFIT, "30", QualitativeBand.ACHIEVED, "30"),
                measured("服务对象满意度", Level1Category.SATISFACTION, "10", Comparator.GE, "90", "95")));
        for (IndicatorEntry replacement : replacing) {
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).name().equals(replacement.name())) {
                    rows.set(i, replacement);
                }
            }
        }
        return new ProjectSelfEvaluation("应急救援装备购置", execution, rows);
    }
}

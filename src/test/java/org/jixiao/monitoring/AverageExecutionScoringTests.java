package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.monitoring.domain.MonitoringFixtures.cumulative;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.monitoring.domain.ExecutionRecord;
import org.jixiao.monitoring.domain.ExecutionSeries;
import org.jixiao.monitoring.domain.MonitoringFixtures;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringPolicyReader;
import org.jixiao.scoring.ScoringTemplateReader;
import org.jixiao.scoring.domain.DepartmentEvaluation;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentScorer;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.ProjectScore;
import org.jixiao.scoring.domain.ProjectScorer;
import org.jixiao.scoring.domain.ProjectSelfEvaluation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.Amount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules.md §10b 执行率 (全年预算 100万, 执行 95万 → 95% → 9.50分) and seed 002 (番禺 2024 部门整体支出绩效自评表, 部门预算资金支出率, 10分): "年度平均执行率65%" → 6.5. The scoring engine
 * already has the rule (AVERAGE_EXECUTION, shipped template node 1.1.3); monitoring computes the monthly rates
 * it is fed, so the rule is not duplicated here.
 */
class AverageExecutionScoringTests {

    private static final DepartmentTemplate PANYU = ScoringTemplateReader.readDepartment(
            ScoringTemplateReader.shippedResource("panyu-2024-department.json"));

    private static DepartmentScore.Node score(LeafInput input) {
        DepartmentEvaluation evaluation = new DepartmentEvaluation(PANYU.id(),
                Map.of("1.1.3", DepartmentEvaluation.Entry.of(input)));
        return new DepartmentScorer().score(evaluation, PANYU, ScoringPolicyReader.shipped()
                .inForce(new RegionCode("440113"), FiscalYear.of(2024)).orElseThrow()).node("1.1.3");
    }

    @ParameterizedTest(name = "cumulative {0} (万 of 100万) → average {1} → {2}分")
    @CsvSource(delimiter = '|', value = {
            // seed 002: 65% → 6.5; November and December are over 100% and count as 100%
            "5,25,40,50,60,60,70,80,90,100,110,120 | 0.65 | 6.50",
            // at 100% full marks
            "100,100,100,100,100,100,100,100,100,100,100,100 | 1 | 10.00",
            // over 100% every month still caps at full marks
            "120,120,120,120,120,120,120,120,120,120,120,130 | 1 | 10.00",
            // 1/6 average → 1.666… → rounded once by the scoring engine
            "10,20,20 | 0.1666666666666666666666666666666667 | 1.67",
            "0,0,0,0,0,0,0,0,0,0,0,0 | 0 | 0.00"})
    void theMonitoringRatesFeedTheSeed002Rule(String cumulativeWan, String average, String points) {
        ExecutionSeries series = cumulative(cumulativeWan.split(","));

        assertThat(series.averageRate()).isEqualByComparingTo(average);
        // the monthly rates as reported (uncapped): the scoring rule caps them itself
        DepartmentScore.Node fromMonths = score(LeafInput.ExecutionRates.monthly(series.monthlyRates(1, series.reportedThrough())));
        DepartmentScore.Node fromAverage = score(LeafInput.ExecutionRates.average(series.averageRate()));

        assertThat(fromMonths.score()).isEqualTo(Optional.of(new BigDecimal(points)));
        assertThat(fromAverage.score()).isEqualTo(Optional.of(new BigDecimal(points)));
    }

    /**
     * rules.md §10b 执行率: 全年预算 100万 (年初 80万, 9月追加到 100万), 全年执行 95万 → 95% → 9.50分; below 90% a reason
     * is required. The year-end figures of the series feed the project self-evaluation's execution line.
     */
    @ParameterizedTest(name = "执行 {0}万 of 调整后 100万 → {1} → {2}分, reason required: {3}")
    @CsvSource({"95, 0.95, 9.50, false", "90, 0.9, 9.00, false", "85, 0.85, 8.50, true", "100, 1, 10.00, false"})
    void theYearEndRateFeedsTheProjectExecutionLine(String executedWan, String rate, String points, boolean reason) {
        ExecutionSeries series = new ExecutionSeries(MonitoringFixtures.YEAR, MonitoringFixtures.wan("80"),
                List.of(MonitoringFixtures.adjustment(9, 15, "100")),
                List.of(new ExecutionRecord(6, MonitoringFixtures.wan("40")),
                        new ExecutionRecord(12, Amount.ofWan(new BigDecimal(executedWan).subtract(new BigDecimal("40"))))),
                12);
        assertThat(series.latest().rate()).isEqualByComparingTo(rate);

        ProjectScore score = new ProjectScorer().score(new ProjectSelfEvaluation("测试项目",
                        new ProjectSelfEvaluation.BudgetExecution(series.currentBudget().toWan(),
                                series.latest().cumulative().toWan(), ""), List.of()),
                ScoringTemplateReader.readProject(ScoringTemplateReader.shippedResource("project-2020-10.json")),
                ScoringPolicyReader.shipped().inForce(new RegionCode("440113"), FiscalYear.of(2024)).orElseThrow());

        assertThat(score.execution().score()).isEqualTo(Optional.of(new BigDecimal(points)));
        assertThat(score.violations().stream().anyMatch(v -> v.code().equals("scoring.execution.reasonRequired")))
                .isEqualTo(reason);
    }
}

package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.monitoring.domain.MonitoringFixtures.YEAR;
import static org.jixiao.monitoring.domain.MonitoringFixtures.national;
import static org.jixiao.monitoring.domain.MonitoringFixtures.spentBy;
import static org.jixiao.monitoring.domain.MonitoringFixtures.wan;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 双监控 return (rules.md §6.3): every violation at once; reasons required where the lamp is not green. */
class MonitoringReturnTests {

    private static final LampRules RULES = national();

    private static IndicatorRow row(String name, Likelihood likelihood, DeviationReason reason, String measure) {
        return new IndicatorRow(name, "≥20套", "12套", "20套", likelihood, null, reason, measure);
    }

    private static IndicatorRow onTrack(String name) {
        return row(name, Likelihood.CERTAIN, null, null);
    }

    private static MonitoringReturn money(Integer cutOff, Amount executed, Amount expected, DeviationReason reason,
                                          String measure, IndicatorRow... rows) {
        return new MonitoringReturn(YEAR, cutOff, executed, expected, reason, measure, List.of(rows));
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code() + "@" + v.path()).toList();
    }

    @Test
    void aGreenReturnNeedsNoReasons() {
        MonitoringReturn ret = money(7, wan("50"), wan("100"), null, null, onTrack("购置空气呼吸器"), onTrack("出警任务"));

        assertThat(ret.violations(RULES, Lamp.GREEN)).isEmpty();
        ret.validate(RULES, Lamp.GREEN);
    }

    /** Everything wrong at once: each problem is reported, none hides another. */
    @Test
    void reportsEveryViolationAtOnce() {
        MonitoringReturn ret = money(13, wan("-1"), null, null, " ",
                new IndicatorRow(" ", "≥20套", "", null, null, null, null, null),
                row("宣传培训", Likelihood.POSSIBLE, new DeviationReason(null, "培训场地未落实"), null),
                row("安全生产责任事故", Likelihood.IMPOSSIBLE, new DeviationReason(DeviationCategory.OTHER, " "), "加强管理"),
                new IndicatorRow("群众满意度", "≥90%", "-5%", "92%", Likelihood.CERTAIN, null, null, null));

        List<Violation> violations = ret.violations(RULES, Lamp.RED);

        assertThat(codes(violations)).containsExactly(
                "monitoring.cutOffMonth.invalid@cutOffMonth",
                "monitoring.money.negative@executed",
                "monitoring.money.required@expectedAnnual",
                "monitoring.reason.category.required@money.reason.category",
                "monitoring.reason.text.required@money.reason.text",
                "monitoring.measure.required@money.measure",
                "monitoring.indicator.name.required@indicators[0].name",
                "monitoring.value.required@indicators[0].completed",
                "monitoring.value.required@indicators[0].expectedAnnual",
                "monitoring.likelihood.required@indicators[0].likelihood",
                "monitoring.reason.category.required@indicators[1].reason.category",
                "monitoring.measure.required@indicators[1].measure",
                "monitoring.reason.text.required@indicators[2].reason.text",
                "monitoring.value.negative@indicators[3].completed");
        assertThat(violations.get(0).args()).containsExactly("13");
        assertThat(violations.get(3).args()).containsExactly("预算执行", "红灯");
        assertThat(violations.get(7).args()).containsExactly("第1行指标", "完成值");
        assertThat(violations.get(10).args()).containsExactly("宣传培训", "黄灯");
        assertThatThrownBy(() -> ret.validate(RULES, Lamp.RED)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).hasSize(14));
    }

    @ParameterizedTest(name = "cut-off {0} valid: {1}")
    @CsvSource({"0, false", "1, true", "7, true", "12, true", "13, false"})
    void cutOffMonthIsOneToTwelve(int month, boolean valid) {
        List<Violation> violations = money(month, wan("1"), wan("1"), null, null).violations(RULES, Lamp.GREEN);

        assertThat(violations.isEmpty()).isEqualTo(valid);
    }

    @Test
    void aMissingCutOffMonthIsReported() {
        assertThat(codes(money(null, wan("1"), wan("1"), null, null).violations(RULES, Lamp.GREEN)))
                .containsExactly("monitoring.cutOffMonth.invalid@cutOffMonth");
    }

    @Test
    void theYearlyForecastIsNotBelowWhatIsSpent() {
        assertThat(codes(money(7, wan("60"), wan("59.99"), null, null).violations(RULES, Lamp.GREEN)))
                .containsExactly("monitoring.expectedBelowExecuted@expectedAnnual");
        assertThat(money(7, wan("60"), wan("60"), null, null).violations(RULES, Lamp.GREEN)).isEmpty();
    }

    /** The money's lamp comes from the execution at the cut-off month (rules.md §10b: 1–7月 35% → 黄). */
    @Test
    void aYellowExecutionNeedsAReasonAndAMeasure() {
        ExecutionAssessment execution = new LampEvaluator(RULES).execution(spentBy(7, "35"), 7, SpendingPlan.EMPTY);
        MonitoringReturn bare = money(7, wan("35"), wan("90"), null, null);
        MonitoringReturn explained = money(7, wan("35"), wan("90"),
                new DeviationReason(DeviationCategory.FUNDING, "上级资金8月才下达"), "资金到位后集中支付");

        assertThat(codes(bare.violations(RULES, execution))).containsExactly(
                "monitoring.reason.category.required@money.reason.category",
                "monitoring.reason.text.required@money.reason.text",
                "monitoring.measure.required@money.measure");
        assertThat(explained.violations(RULES, execution)).isEmpty();
        assertThat(explained.moneyReason().describe()).isEqualTo("经费保障：上级资金8月才下达");
    }

    /** An indicator's lamp is the worse of its likelihood's and its qualitative progress's. */
    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource({"CERTAIN, , GREEN", "CERTAIN, ACHIEVED, GREEN", "CERTAIN, PARTLY_ACHIEVED, YELLOW",
            "POSSIBLE, ACHIEVED, YELLOW", "IMPOSSIBLE, PARTLY_ACHIEVED, RED", ", NOT_ACHIEVED, RED"})
    void indicatorLamps(Likelihood likelihood, IndicatorProgress progress, Lamp expected) {
        IndicatorRow row = new IndicatorRow("出警任务", "≥100次", "60次", "100次", likelihood, progress, null, null);

        assertThat(MonitoringReturn.rowLamp(new LampEvaluator(RULES), row)).contains(expected);
        boolean reasonsRequired = money(7, wan("1"), wan("1"), null, null, row).violations(RULES, Lamp.GREEN).stream()
                .anyMatch(v -> v.code().equals("monitoring.measure.required"));
        assertThat(reasonsRequired).isEqualTo(!expected.isGreen());
    }

    @Test
    void longTextsAreRefused() {
        String tooLong = "很".repeat(501);
        MonitoringReturn ret = money(7, wan("1"), wan("1"), new DeviationReason(DeviationCategory.OTHER, tooLong), null,
                row("出警任务", Likelihood.CERTAIN, null, tooLong));

        assertThat(codes(ret.violations(RULES, Lamp.GREEN)))
                .containsExactly("text.tooLong@money.reason.text", "text.tooLong@indicators[0].measure");
    }

    /** Every message key the return uses has its Chinese text in messages.properties. */
    @Test
    void everyCodeHasAChineseMessage() throws IOException {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        MonitoringReturn ret = money(13, wan("-1"), wan("-2"), null, null,
                new IndicatorRow(null, null, "-1", null, null, IndicatorProgress.NOT_ACHIEVED, null, "很".repeat(501)));
        List<Violation> violations = new java.util.ArrayList<>(ret.violations(RULES, Lamp.RED));
        violations.addAll(money(7, wan("2"), wan("1"), null, null).violations(RULES, Lamp.GREEN));
        violations.addAll(money(null, null, wan("1"), null, null).violations(RULES, Lamp.GREEN));

        assertThat(violations).extracting(Violation::code).contains("monitoring.cutOffMonth.invalid",
                "monitoring.money.negative", "monitoring.money.required", "monitoring.expectedBelowExecuted",
                "monitoring.indicator.name.required", "monitoring.value.required", "monitoring.value.negative",
                "monitoring.likelihood.required", "monitoring.reason.category.required",
                "monitoring.reason.text.required", "monitoring.measure.required", "text.tooLong");
        for (Violation violation : violations) {
            String text = messages.getProperty("violation." + violation.code());
            assertThat(text).as(violation.code()).isNotBlank();
            assertThat(new java.text.MessageFormat(text).format(violation.args().toArray())).doesNotContain("{");
        }
    }
}

package org.jixiao.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

/** Reading typed input into a return, and the due dates and reminders of returns. */
class MonitoringReturnInputTests {

    private static final List<MonitoringReturnInput.Target> TARGETS = List.of(
            new MonitoringReturnInput.Target("施工数量", "≥50座"), new MonitoringReturnInput.Target("合格率", "≥95%"));

    @Test
    void readsMoneyInWanExactlyAndChoicesByCodeOrLabel() {
        MonitoringReturnInput input = new MonitoringReturnInput(3L, " 18.5 ", "1,000.000001", "其他", " 汛期 ", "",
                List.of(new MonitoringReturnInput.Row("22座", "50座", "有可能", "PARTLY_ACHIEVED", "OTHER", "停工", "加班组")));
        MonitoringReturnInput.Parsed parsed = input.parse(FiscalYear.of(2024), 7, TARGETS);
        assertThat(parsed.unreadable()).isEmpty();
        MonitoringReturn r = parsed.monitoringReturn();
        assertThat(r.executed().yuan()).isEqualByComparingTo("185000");
        assertThat(r.expectedAnnual().yuan()).isEqualByComparingTo("10000000.01");
        assertThat(r.moneyReason()).isEqualTo(new DeviationReason(DeviationCategory.OTHER, "汛期"));
        assertThat(r.moneyMeasure()).isNull();
        assertThat(r.indicators()).hasSize(2);
        assertThat(r.indicators().get(0).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(r.indicators().get(0).progress()).isEqualTo(IndicatorProgress.PARTLY_ACHIEVED);
        assertThat(r.indicators().get(0).target()).isEqualTo("≥50座");
        assertThat(r.indicators().get(1).completed()).isNull();     // a row not typed is empty
    }

    @Test
    void collectsEverythingUnreadableAtItsField() {
        MonitoringReturnInput input = new MonitoringReturnInput(0L, "十八万", "0.0000001", "天气", null, null,
                List.of(new MonitoringReturnInput.Row("22座", "50座", "大概", "很好", null, null, null)));
        List<Violation> unreadable = input.parse(FiscalYear.of(2024), 7, TARGETS).unreadable();
        assertThat(unreadable).extracting(Violation::path).containsExactly("executed", "expectedAnnual",
                "money.reason.category", "indicators[0].likelihood", "indicators[0].progress");
        assertThat(unreadable).extracting(Violation::code).containsExactly("money.notNumber", "money.tooPrecise",
                "monitoring.choice.unknown", "monitoring.choice.unknown", "monitoring.choice.unknown");
    }

    @Test
    void aNegativeAmountIsKeptForTheDomainToName() {
        MonitoringReturnInput input = new MonitoringReturnInput(0L, "-1", "2", null, null, null, List.of());
        MonitoringReturnInput.Parsed parsed = input.parse(FiscalYear.of(2024), 7, List.of());
        assertThat(parsed.unreadable()).isEmpty();
        assertThat(parsed.monitoringReturn().executed().isNegative()).isTrue();
    }

    @Test
    void dueDatesAndRemindersComeFromTheMostSpecificVersion() {
        ReturnDeadlineRules national = new ReturnDeadlineRules("n", Optional.empty(), FiscalYear.of(2019), 15,
                Map.of(7, MonthDay.of(8, 31)));
        ReturnDeadlineRules sichuan = new ReturnDeadlineRules("s", Optional.of(new RegionCode("510000")),
                FiscalYear.of(2025), 10, Map.of(7, MonthDay.of(8, 15), 12, MonthDay.of(1, 31)));
        List<ReturnDeadlineRules> all = List.of(national, sichuan);
        assertThat(ReturnDeadlineRules.inForce(all, new RegionCode("511425"), FiscalYear.of(2025))).contains(sichuan);
        assertThat(ReturnDeadlineRules.inForce(all, new RegionCode("511425"), FiscalYear.of(2024))).contains(national);
        assertThat(ReturnDeadlineRules.inForce(all, new RegionCode("130529"), FiscalYear.of(2025))).contains(national);

        MonitoringPeriod july = new MonitoringPeriod(7, Optional.empty());
        assertThat(sichuan.dueDate(FiscalYear.of(2025), july)).contains(LocalDate.of(2025, 8, 15));
        assertThat(sichuan.dueDate(FiscalYear.of(2025), new MonitoringPeriod(12, Optional.empty())))
                .contains(LocalDate.of(2026, 1, 31));
        // a period the version does not date keeps the lamp rules' own due date, or has none
        assertThat(sichuan.dueDate(FiscalYear.of(2025), new MonitoringPeriod(10, Optional.of(MonthDay.of(11, 20)))))
                .contains(LocalDate.of(2025, 11, 20));
        assertThat(sichuan.dueDate(FiscalYear.of(2025), new MonitoringPeriod(10, Optional.empty()))).isEmpty();

        LocalDate due = LocalDate.of(2024, 8, 31);
        assertThat(national.urgency(due, LocalDate.of(2024, 8, 15))).isEqualTo(ReturnDeadlineRules.Urgency.LATER);
        assertThat(national.urgency(due, LocalDate.of(2024, 8, 16))).isEqualTo(ReturnDeadlineRules.Urgency.DUE_SOON);
        assertThat(national.urgency(due, due)).isEqualTo(ReturnDeadlineRules.Urgency.DUE_SOON);
        assertThat(national.urgency(due, LocalDate.of(2024, 9, 1))).isEqualTo(ReturnDeadlineRules.Urgency.OVERDUE);
    }
}

package org.jixiao.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

class ReportBasicsParserTests {

    @Test
    void readsMoneyInYuanAndDerivesTheRatesWithOneRounding() {
        // seed 003: 收入预算 34474255.03 元; seed 004: 年初 4002.39 万元, 调整后 4913.17 万元 → 22.76 %
        ReportBasics b = ReportBasicsParser.parse(Map.of("incomeTotal", "34,474,255.03元", "budgetInitial", "40023900",
                "budgetAdjusted", "49131700", "expenseTotal", "49208800", "staffAuthorized", "34人", "staffActual", " 32 ",
                "institutions", "  九个股室  ", "carryOver", ""), 3);
        assertThat(b.money(BasicsField.INCOME_TOTAL).orElseThrow().yuan()).isEqualByComparingTo("34474255.03");
        assertThat(b.adjustmentRatePercent()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("22.76"));
        assertThat(b.executionRatePercent()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("100.16"));
        assertThat(b.count(BasicsField.STAFF_AUTHORIZED)).contains(34);
        assertThat(b.count(BasicsField.STAFF_ACTUAL)).contains(32);
        assertThat(b.text(BasicsField.INSTITUTIONS)).contains("九个股室");
        assertThat(b.money(BasicsField.CARRY_OVER)).isEmpty();
        assertThat(b.threePublicRatePercent()).isEmpty();
        assertThat(b.version()).isEqualTo(3);
    }

    @Test
    void refusesEveryBadValueAtOnceAtItsField() {
        Map<String, String> typed = new HashMap<>();
        typed.put("incomeTotal", "三千万");
        typed.put("expenseTotal", "-5");
        typed.put("basicExpense", "1.005");
        typed.put("projectExpense", "99999999999999999");
        typed.put("staffActual", "-1");
        typed.put("functions", "职".repeat(8001));
        assertThatThrownBy(() -> ReportBasicsParser.parse(typed, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::path, Violation::code)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("incomeTotal", "reports.money.notNumber"),
                                org.assertj.core.groups.Tuple.tuple("expenseTotal", "reports.money.negative"),
                                org.assertj.core.groups.Tuple.tuple("basicExpense", "reports.money.tooPrecise"),
                                org.assertj.core.groups.Tuple.tuple("projectExpense", "reports.money.tooLarge"),
                                org.assertj.core.groups.Tuple.tuple("staffActual", "reports.count.invalid"),
                                org.assertj.core.groups.Tuple.tuple("functions", "reports.text.tooLong")));
    }
}

package org.jixiao.indicators.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit costs per head and period are longer than an unknown unit may be, yet unambiguous. */
class MoneyRateUnitTests {

    @ParameterizedTest
    @CsvSource({"1500元/人·年, 1500, 元/人·年", "≤1.2万元/人/年, 1.2, 万元/人/年", "30元/平方米·月, 30, 元/平方米·月"})
    void moneyPerSomethingPerPeriodIsQuantitative(String text, String number, String unit) {
        IndicatorValue value = IndicatorValue.parse(text);
        assertThat(value).isInstanceOfSatisfying(Quantitative.class, q -> {
            assertThat(q.number()).isEqualByComparingTo(number);
            assertThat(q.unit()).isEqualTo(unit);
        });
        assertThat(value.format()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"3人/班次每周", "5元/人左右"})
    void otherLongUnitsStayText(String text) {
        assertThat(IndicatorValue.parse(text)).isInstanceOf(Qualitative.class);
    }
}

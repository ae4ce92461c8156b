package org.jixiao.indicators.domain;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DeadlineParseTests {

    private static final int FISCAL_YEAR = 2024;

    /** raw, year, month, day, recurring, latest date in fiscal year 2024. */
    static Stream<Arguments> deadlines() {
        return Stream.of(
                arguments("12月底前", null, 12, null, false, "2024-12-31"),
                arguments("12月前", null, 12, null, false, "2024-12-31"),
                arguments("12月底", null, 12, null, false, "2024-12-31"),
                arguments("12月末", null, 12, null, false, "2024-12-31"),
                arguments("12月份", null, 12, null, false, "2024-12-31"),
                arguments("6月30日前", null, 6, 30, false, "2024-06-30"),
                arguments("3月15号", null, 3, 15, false, "2024-03-15"),
                arguments("预计2023年12月底前完成", 2023, 12, null, false, "2023-12-31"),
                arguments("预计2024年12月底前完成", 2024, 12, null, false, "2024-12-31"),
                arguments("2024年12月31日前", 2024, 12, 31, false, "2024-12-31"),
                arguments("2025年6月底前完成", 2025, 6, null, false, "2025-06-30"),
                arguments("计划于2024年10月底前完工", 2024, 10, null, false, "2024-10-31"),
                arguments("截至11月底", null, 11, null, false, "2024-11-30"),
                arguments("2024-12-31", 2024, 12, 31, false, "2024-12-31"),
                arguments("2024/6/30前", 2024, 6, 30, false, "2024-06-30"),
                arguments("2024.09.30", 2024, 9, 30, false, "2024-09-30"),
                arguments("年底前", null, 12, null, false, "2024-12-31"),
                arguments("年末", null, 12, null, false, "2024-12-31"),
                arguments("年内完成", null, null, null, false, "2024-12-31"),
                arguments("本年度内", null, null, null, false, "2024-12-31"),
                arguments("2024年底前", 2024, 12, null, false, "2024-12-31"),
                arguments("2024年", 2024, null, null, false, "2024-12-31"),
                arguments("第三季度前", null, 9, null, false, "2024-09-30"),
                arguments("第一季度末", null, 3, null, false, "2024-03-31"),
                arguments("第4季度", null, 12, null, false, "2024-12-31"),
                arguments("三季度末", null, 9, null, false, "2024-09-30"),
                arguments("2024年第二季度", 2024, 6, null, false, "2024-06-30"),
                arguments("上半年", null, 6, null, false, "2024-06-30"),
                arguments("下半年完成", null, 12, null, false, "2024-12-31"),
                arguments("每月25号", null, null, 25, true, "2024-12-25"),
                arguments("每月25日", null, null, 25, true, "2024-12-25"),
                arguments("每月10日前发放", null, null, 10, true, "2024-12-10"),
                arguments("每月底", null, null, null, true, "2024-12-31"),
                arguments("每年6月底", null, 6, null, true, "2024-06-30"),
                arguments("每年3月1日", null, 3, 1, true, "2024-03-01"),
                // spaces, widths and line breaks
                arguments(" 12月底前 ", null, 12, null, false, "2024-12-31"),
                arguments("１２月底前", null, 12, null, false, "2024-12-31"),
                arguments("2024年\n12月底前", 2024, 12, null, false, "2024-12-31"),
                // a day the month lacks in the fiscal year moves to the month's end
                arguments("2月29日", null, 2, 29, false, "2024-02-29"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deadlines")
    void readsDeadlines(String raw, Integer year, Integer month, Integer day, boolean recurring, String latest) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Deadline.class, d -> {
            assertThat(d.year().orElse(null)).as("year").isEqualTo(year);
            assertThat(d.month().orElse(null)).as("month").isEqualTo(month);
            assertThat(d.day().orElse(null)).as("day").isEqualTo(day);
            assertThat(d.recurring()).as("recurring").isEqualTo(recurring);
            assertThat(d.latestDate(FISCAL_YEAR)).contains(LocalDate.parse(latest));
        });
        assertThat(value.format()).isEqualTo(raw);
    }

    @Test
    void theWrittenYearWinsOverTheFiscalYear() {
        Deadline written = (Deadline) IndicatorValue.parse("预计2023年12月底前完成");
        Deadline open = (Deadline) IndicatorValue.parse("12月底前");

        assertThat(written.latestDate(2024)).contains(LocalDate.of(2023, 12, 31));
        assertThat(written.latestDate(2030)).contains(LocalDate.of(2023, 12, 31));
        assertThat(open.latestDate(2024)).contains(LocalDate.of(2024, 12, 31));
        assertThat(open.latestDate(2025)).contains(LocalDate.of(2025, 12, 31));
    }

    @Test
    void aYearlessLeapDayFallsOnTheLastDayOfFebruaryInOtherYears() {
        Deadline leapDay = (Deadline) IndicatorValue.parse("2月29日");

        assertThat(leapDay.latestDate(2023)).contains(LocalDate.of(2023, 2, 28));
        assertThat(leapDay.latestDate(2024)).contains(LocalDate.of(2024, 2, 29));
    }

    @Test
    void aMonthlyDeadlineEndsInDecemberEvenOnALateDay() {
        assertThat(((Deadline) IndicatorValue.parse("每月31日")).latestDate(2024)).contains(LocalDate.of(2024, 12, 31));
    }

    @Test
    void refusesAFiscalYearOutsideTheCalendar() {
        Deadline deadline = (Deadline) IndicatorValue.parse("12月底前");

        assertThatIllegalArgumentException().isThrownBy(() -> deadline.latestDate(Integer.MAX_VALUE));
        assertThatIllegalArgumentException().isThrownBy(() -> deadline.latestDate(Integer.MIN_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13月底前", // no such month
            "0月",
            "2月30日",
            "4月31日",
            "2023年2月29日", // not a leap year
            "每月32日",
            "每月0号",
            "0000年12月底前", // no plausible year
            "9999年12月底",
            "2024-13-01",
            "2024-12/31", // mixed separators
            "年前", // 春节前, not a year end
            "12月初", // a part of a month we do not read
            "12月中旬",
            "尽快完成",
            "按时完成"})
    void leavesWhatIsNoDeadlineToOtherForms(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isNotInstanceOf(Deadline.class);
        assertThat(value.format()).isEqualTo(raw);
    }

    @Test
    void numbersWithTimeUnitsAreDurationsNotDeadlines() {
        assertThat(IndicatorValue.parse("3个月")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse("3年")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse("3季度")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse("15天")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse("15日")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse("≥2024年")).isInstanceOf(Quantitative.class);
    }
}

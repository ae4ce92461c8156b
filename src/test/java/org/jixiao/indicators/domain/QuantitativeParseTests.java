package org.jixiao.indicators.domain;

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class QuantitativeParseTests {

    static Stream<Arguments> measurements() {
        return Stream.of(
                // bare numbers with units, as in the seeds
                arguments("99人", Comparator.NONE, "99", "人"),
                arguments("100%", Comparator.NONE, "100", "%"),
                arguments("73.2万元", Comparator.NONE, "73.2", "万元"),
                arguments("73.20万元", Comparator.NONE, "73.20", "万元"),
                arguments("2.86万元/人", Comparator.NONE, "2.86", "万元/人"),
                arguments("1个", Comparator.NONE, "1", "个"),
                arguments("0", Comparator.NONE, "0", ""),
                arguments("93.94", Comparator.NONE, "93.94", ""),
                // symbols
                arguments("≥95%", Comparator.GE, "95", "%"),
                arguments("≤20万元", Comparator.LE, "20", "万元"),
                arguments("=100%", Comparator.EQ, "100", "%"),
                arguments(">30%", Comparator.GT, "30", "%"),
                arguments("<60%", Comparator.LT, "60", "%"),
                arguments(">=95%", Comparator.GE, "95", "%"),
                arguments("<=20万元", Comparator.LE, "20", "万元"),
                arguments("＞30%", Comparator.GT, "30", "%"),
                arguments("＜60%", Comparator.LT, "60", "%"),
                arguments("＝1次", Comparator.EQ, "1", "次"),
                arguments("≧90%", Comparator.GE, "90", "%"),
                arguments("≦5起", Comparator.LE, "5", "起"),
                arguments("＞＝95%", Comparator.GE, "95", "%"),
                // words before the number
                arguments("不低于95%", Comparator.GE, "95", "%"),
                arguments("不少于50座", Comparator.GE, "50", "座"),
                arguments("不小于3次", Comparator.GE, "3", "次"),
                arguments("不高于5%", Comparator.LE, "5", "%"),
                arguments("不超过300万元", Comparator.LE, "300", "万元"),
                arguments("不多于2次", Comparator.LE, "2", "次"),
                arguments("不大于1%", Comparator.LE, "1", "%"),
                arguments("大于90%", Comparator.GT, "90", "%"),
                arguments("高于90%", Comparator.GT, "90", "%"),
                arguments("超过30%", Comparator.GT, "30", "%"),
                arguments("小于60%", Comparator.LT, "60", "%"),
                arguments("低于60%", Comparator.LT, "60", "%"),
                arguments("少于3人", Comparator.LT, "3", "人"),
                arguments("达到95%", Comparator.GE, "95", "%"),
                arguments("等于100%", Comparator.EQ, "100", "%"),
                arguments("大于等于95%", Comparator.GE, "95", "%"),
                arguments("小于或等于20万元", Comparator.LE, "20", "万元"),
                arguments("至少2次", Comparator.GE, "2", "次"),
                arguments("最多3天", Comparator.LE, "3", "天"),
                // words after the unit
                arguments("95%以上", Comparator.GE, "95", "%"),
                arguments("95%及以上", Comparator.GE, "95", "%"),
                arguments("20万元以内", Comparator.LE, "20", "万元"),
                arguments("60%以下", Comparator.LE, "60", "%"),
                arguments("5%及以下", Comparator.LE, "5", "%"),
                arguments("30天之内", Comparator.LE, "30", "天"),
                arguments("达到95%以上", Comparator.GE, "95", "%"), // agreeing words are one comparator
                arguments("≥95%以上", Comparator.GE, "95", "%"),
                // signs, separators, decimals
                arguments("-37.6%", Comparator.NONE, "-37.6", "%"),
                arguments("−5%", Comparator.NONE, "-5", "%"),
                arguments("+5%", Comparator.NONE, "5", "%"),
                arguments("≥-5%", Comparator.GE, "-5", "%"),
                arguments("1,000万元", Comparator.NONE, "1000", "万元"),
                arguments("248,458,324.51元", Comparator.NONE, "248458324.51", "元"),
                arguments("0.94", Comparator.NONE, "0.94", ""),
                // spaces and widths
                arguments("≥ 95 %", Comparator.GE, "95", "%"),
                arguments("  ≥95%  ", Comparator.GE, "95", "%"),
                arguments("≥95%\n", Comparator.GE, "95", "%"),
                arguments("　≥95%　", Comparator.GE, "95", "%"),
                arguments("不低于 95 %", Comparator.GE, "95", "%"),
                arguments("１００％", Comparator.NONE, "100", "%"),
                arguments("≥９５．５％", Comparator.GE, "95.5", "%"),
                arguments("3 万元/人", Comparator.NONE, "3", "万元/人"),
                // durations are measurements, not deadlines
                arguments("≤20小时", Comparator.LE, "20", "小时"),
                arguments("≤2小时", Comparator.LE, "2", "小时"),
                arguments("3个工作日", Comparator.NONE, "3", "个工作日"),
                arguments("6个月", Comparator.NONE, "6", "个月"),
                arguments("3年", Comparator.NONE, "3", "年"),
                arguments("≥90分", Comparator.GE, "90", "分"),
                // a tolerated unknown unit
                arguments("5架次", Comparator.NONE, "5", "架次"),
                arguments("12艘", Comparator.NONE, "12", "艘"),
                arguments("3人/班", Comparator.NONE, "3", "人/班"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("measurements")
    void readsMeasurements(String raw, Comparator comparator, String number, String unit) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Quantitative.class, q -> {
            assertThat(q.comparator()).isEqualTo(comparator);
            assertThat(q.number()).isEqualTo(new BigDecimal(number));
            assertThat(q.unit()).isEqualTo(unit);
        });
        assertThat(value.format()).isEqualTo(raw);
    }

    @Test
    void keepsTheScaleAsWritten() {
        Quantitative short_ = (Quantitative) IndicatorValue.parse("73.2万元");
        Quantitative long_ = (Quantitative) IndicatorValue.parse("73.20万元");

        assertThat(short_.number().scale()).isEqualTo(1);
        assertThat(long_.number().scale()).isEqualTo(2);
        assertThat(short_).isNotEqualTo(long_);
        assertThat(short_.sameMeasureAs(long_)).isTrue();
        assertThat(long_.format()).isEqualTo("73.20万元");
    }

    @Test
    void differentSpellingsOfOneMeasureAreTheSameMeasureButKeepTheirText() {
        Quantitative symbol = (Quantitative) IndicatorValue.parse("≥95%");
        Quantitative words = (Quantitative) IndicatorValue.parse("不低于95%");
        Quantitative suffix = (Quantitative) IndicatorValue.parse("95%以上");

        assertThat(symbol.sameMeasureAs(words)).isTrue();
        assertThat(symbol.sameMeasureAs(suffix)).isTrue();
        assertThat(words.format()).isEqualTo("不低于95%");
        assertThat(symbol.sameMeasureAs((Quantitative) IndicatorValue.parse("≤95%"))).isFalse();
        assertThat(symbol.sameMeasureAs((Quantitative) IndicatorValue.parse("≥95人"))).isFalse();
    }

    @Test
    void equalValuesWereReadFromEqualText() {
        assertThat(IndicatorValue.parse("≥95%")).isEqualTo(IndicatorValue.parse("≥95%"))
                .hasSameHashCodeAs(IndicatorValue.parse("≥95%"));
        assertThat(IndicatorValue.parse("≥95%")).isNotEqualTo(IndicatorValue.parse("≥95％"));
    }

    @Test
    void knowsPercentAndKnownUnits() {
        assertThat(((Quantitative) IndicatorValue.parse("≥95%")).isPercent()).isTrue();
        assertThat(((Quantitative) IndicatorValue.parse("95％")).isPercent()).isTrue();
        assertThat(((Quantitative) IndicatorValue.parse("5‰")).isPercent()).isFalse();
        assertThat(((Quantitative) IndicatorValue.parse("99人")).isPercent()).isFalse();
        assertThat(((Quantitative) IndicatorValue.parse("99人")).knownUnit()).isTrue();
        assertThat(((Quantitative) IndicatorValue.parse("99")).knownUnit()).isTrue();
        assertThat(((Quantitative) IndicatorValue.parse("3人/班")).knownUnit()).isFalse();
    }

    @Test
    void everyKnownUnitIsReadAfterAComparator() {
        for (String unit : Units.known()) {
            String raw = "≥12.5" + unit;
            assertThat(IndicatorValue.parse(raw)).as(raw).isInstanceOfSatisfying(Quantitative.class, q -> {
                assertThat(q.unit()).isEqualTo(unit);
                assertThat(q.knownUnit()).isTrue();
                assertThat(q.number()).isEqualByComparingTo("12.5");
            });
        }
    }

    @Test
    void everyKnownUnitButMonthIsReadAfterABareNumber() {
        for (String unit : Units.known()) {
            String raw = "3" + unit;
            if (unit.equals("月")) {
                assertThat(IndicatorValue.parse(raw)).as("3月 names a month").isInstanceOf(Deadline.class);
            } else {
                assertThat(IndicatorValue.parse(raw)).as(raw).isInstanceOfSatisfying(Quantitative.class,
                        q -> assertThat(q.unit()).isEqualTo(unit));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "不低于≥95%", // two comparators
            "不低于95%以下", // contradicting comparators
            "≥95%以内",
            "100人左右", // approximations are not measurements
            "约100人",
            "100余人",
            "100多人",
            "1,00万元", // a malformed thousands group
            "1234,567元",
            "12.5.3",
            ".5",
            "5.",
            "1e999",
            "≥ abc",
            "≥",
            "%%",
            "95%%",
            "-",
            "≥-",
            "满意度≥90%", // the name inside the value
            "5G网络覆盖率",
            "≤12月底", // a deadline with a comparator is no form we read
            "不等于5"})
    void leavesTextThatIsNoMeasurementToQualitative(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Qualitative.class, q -> assertThat(q.unparsed()).isTrue());
        assertThat(value.format()).isEqualTo(raw);
    }

    @Test
    void buildsCanonicalValuesFromParts() {
        Quantitative value = Quantitative.of(Comparator.GE, new BigDecimal("95"), "%");

        assertThat(value.format()).isEqualTo("≥95%");
        assertThat(value).isEqualTo(IndicatorValue.parse("≥95%"));
        assertThat(Quantitative.of(Comparator.NONE, new BigDecimal("73.20"), "万元").format()).isEqualTo("73.20万元");
        assertThat(Quantitative.of(Comparator.LT, new BigDecimal("-0.5"), null).format()).isEqualTo("<-0.5");
        assertThat(Quantitative.of(Comparator.LE, new BigDecimal("1E+3"), "元").format()).isEqualTo("≤1000元");
    }

    @Test
    void refusesPartsThatWouldNotReadBack() {
        assertThatIllegalArgumentException().isThrownBy(() -> Quantitative.of(Comparator.NONE, BigDecimal.TEN, "月"))
                .withMessageContaining("10月");
        assertThatIllegalArgumentException().isThrownBy(() -> Quantitative.of(Comparator.GE, BigDecimal.TEN, "人左右"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quantitative.of(Comparator.GE, BigDecimal.TEN, "％"));
        assertThatIllegalArgumentException().isThrownBy(() -> Quantitative.of(Comparator.GE, BigDecimal.TEN, "以上"));
    }
}

package org.jixiao.indicators.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QualitativeParseTests {

    @ParameterizedTest
    @ValueSource(strings = {
            "促进地方经济发展，提高人民生活水平",
            "完善市政基础设施建设、改善人居生活环境",
            "提升城市形象、提升城市品位、为创城打下基础",
            "达成年度指标", // rules.md §2.5, the 定性 completion phrases
            "部分达成年度指标并具有一定效果",
            "显著提高", // vague, but judging that is the checks' work (rules.md §5.3)
            "无",
            "有效提升"})
    void chineseTextWithoutFiguresIsProperQualitative(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Qualitative.class, q -> {
            assertThat(q.text()).isEqualTo(raw);
            assertThat(q.unparsed()).isFalse();
            assertThat(q.isEmpty()).isFalse();
        });
        assertThat(value.format()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "95%左右",
            "约100人",
            "完成3个项目建设",
            "≥ abc",
            "≥",
            "%%",
            "1e999",
            "—",
            "-",
            "/",
            "abc",
            "N/A",
            "😀",
            "😀99人",
            "99人😀",
            "≥95%。"})
    void textThatLooksMeasuredOrIsNotChineseIsFlaggedUnparsed(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Qualitative.class, q -> assertThat(q.unparsed()).isTrue());
        assertThat(value.format()).isEqualTo(raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  ", "\n", "\t \n", "　"})
    void blankTextIsAnEmptyQualitativeAndNotFlagged(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);

        assertThat(value).isInstanceOfSatisfying(Qualitative.class, q -> {
            assertThat(q.isEmpty()).isTrue();
            assertThat(q.unparsed()).isFalse();
        });
        assertThat(value.format()).isEqualTo(raw);
    }

    @Test
    void nullIsAnEmptyQualitative() {
        IndicatorValue value = IndicatorValue.parse(null);

        assertThat(value).isInstanceOfSatisfying(Qualitative.class, q -> {
            assertThat(q.text()).isEmpty();
            assertThat(q.unparsed()).isFalse();
        });
        assertThat(value.format()).isEmpty();
        assertThat(value).isEqualTo(IndicatorValue.parse(""));
    }

    @Test
    void keepsSurroundingWhitespaceOfText() {
        String raw = "  促进地方经济发展\n";

        assertThat(IndicatorValue.parse(raw).format()).isEqualTo(raw);
    }

    @Test
    void readsTenThousandCharactersWithoutTrouble() {
        String digits = "9".repeat(10_000);
        String chinese = "提".repeat(10_000);
        String mixed = "≥1,000".repeat(2_000);

        assertThat(IndicatorValue.parse(digits)).isInstanceOfSatisfying(Quantitative.class,
                q -> assertThat(q.number().precision()).isEqualTo(10_000));
        assertThat(IndicatorValue.parse("≥" + digits + "%")).isInstanceOf(Quantitative.class);
        assertThat(IndicatorValue.parse(chinese)).isInstanceOfSatisfying(Qualitative.class,
                q -> assertThat(q.unparsed()).isFalse());
        assertThat(IndicatorValue.parse(mixed)).isInstanceOfSatisfying(Qualitative.class,
                q -> assertThat(q.unparsed()).isTrue());
        assertThat(IndicatorValue.parse(digits).format()).isEqualTo(digits);
        assertThat(IndicatorValue.parse(mixed).format()).isEqualTo(mixed);
    }

    @Test
    void unpairedSurrogatesAndControlCharactersAreText() {
        String broken = "\uD83D≥95%\u0000";

        assertThat(IndicatorValue.parse(broken).format()).isEqualTo(broken);
        assertThat(IndicatorValue.parse("\uDE00").format()).isEqualTo("\uDE00");
    }
}

package org.jixiao.indicators.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class LabelNormalizerTests {

    private final LabelNormalizer labels = LabelNormalizer.defaults();

    static Stream<Arguments> level1Variants() {
        return Stream.of(
                arguments("产出指标", Level1Category.OUTPUT),
                arguments("产出", Level1Category.OUTPUT),
                arguments("效益指标", Level1Category.BENEFIT),
                arguments("效益", Level1Category.BENEFIT),
                arguments("满意度指标", Level1Category.SATISFACTION),
                arguments("满意度", Level1Category.SATISFACTION),
                arguments("服务对象满意度", Level1Category.SATISFACTION),
                arguments("服务对象满意度指标", Level1Category.SATISFACTION),
                arguments("社会公众或服务对象满意度指标", Level1Category.SATISFACTION),
                arguments("成本指标", Level1Category.COST),
                arguments("成本", Level1Category.COST),
                arguments("成本指标(必填硬性指标)", Level1Category.COST),
                arguments("成本指标（必填硬性指标）", Level1Category.COST),
                arguments("成本指标 （必填硬性指标）", Level1Category.COST),
                // whitespace, line breaks, widths, marks
                arguments(" 产出指标 ", Level1Category.OUTPUT),
                arguments("产出\n指标", Level1Category.OUTPUT),
                arguments("产　出　指　标", Level1Category.OUTPUT),
                arguments("\t效益指标\r\n", Level1Category.BENEFIT),
                arguments("*产出指标", Level1Category.OUTPUT),
                arguments("产出指标：", Level1Category.OUTPUT),
                arguments("满意度指标【必填】", Level1Category.SATISFACTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("level1Variants")
    void normalisesLevel1Variants(String raw, Level1Category expected) {
        NormalizedLabel<Level1Category> label = labels.level1(raw);

        assertThat(label.category()).isEqualTo(expected);
        assertThat(label.known()).isTrue();
        assertThat(label.original()).isEqualTo(raw);
    }

    static Stream<Arguments> level2Variants() {
        return Stream.of(
                arguments("数量指标", Level1Category.OUTPUT, Level2Category.QUANTITY),
                arguments("数量", Level1Category.OUTPUT, Level2Category.QUANTITY),
                arguments("质量指标", Level1Category.OUTPUT, Level2Category.QUALITY),
                arguments("质量", Level1Category.OUTPUT, Level2Category.QUALITY),
                arguments("时效指标", Level1Category.OUTPUT, Level2Category.TIMELINESS),
                arguments("时效", Level1Category.OUTPUT, Level2Category.TIMELINESS),
                arguments("成本指标", Level1Category.OUTPUT, Level2Category.OUTPUT_COST),
                arguments("成本", Level1Category.OUTPUT, Level2Category.OUTPUT_COST),
                arguments("成本指标（必填硬性指标）", Level1Category.OUTPUT, Level2Category.OUTPUT_COST),
                arguments("经济效益指标", Level1Category.BENEFIT, Level2Category.ECONOMIC_BENEFIT),
                arguments("经济效益", Level1Category.BENEFIT, Level2Category.ECONOMIC_BENEFIT),
                arguments("社会效益指标", Level1Category.BENEFIT, Level2Category.SOCIAL_BENEFIT),
                arguments("社会效益", Level1Category.BENEFIT, Level2Category.SOCIAL_BENEFIT),
                arguments("生态效益指标", Level1Category.BENEFIT, Level2Category.ECOLOGICAL_BENEFIT),
                arguments("生态效益", Level1Category.BENEFIT, Level2Category.ECOLOGICAL_BENEFIT),
                arguments("环境效益", Level1Category.BENEFIT, Level2Category.ECOLOGICAL_BENEFIT),
                arguments("环境效益指标", Level1Category.BENEFIT, Level2Category.ECOLOGICAL_BENEFIT),
                arguments("可持续影响指标", Level1Category.BENEFIT, Level2Category.SUSTAINABLE_IMPACT),
                arguments("可持续影响", Level1Category.BENEFIT, Level2Category.SUSTAINABLE_IMPACT),
                arguments("服务对象满意度指标", Level1Category.SATISFACTION, Level2Category.SERVICE_SATISFACTION),
                arguments("服务对象满意度", Level1Category.SATISFACTION, Level2Category.SERVICE_SATISFACTION),
                arguments("社会公众或服务对象满意度指标", Level1Category.SATISFACTION,
                        Level2Category.SERVICE_SATISFACTION),
                arguments("满意度", Level1Category.SATISFACTION, Level2Category.SERVICE_SATISFACTION),
                arguments("经济成本指标", Level1Category.COST, Level2Category.ECONOMIC_COST),
                arguments("社会成本指标", Level1Category.COST, Level2Category.SOCIAL_COST),
                arguments("生态环境成本指标", Level1Category.COST, Level2Category.ECOLOGICAL_COST),
                arguments("生态环境成本", Level1Category.COST, Level2Category.ECOLOGICAL_COST),
                arguments("数量\n指标", Level1Category.OUTPUT, Level2Category.QUANTITY),
                arguments(" 质 量 指 标 ", Level1Category.OUTPUT, Level2Category.QUALITY));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("level2Variants")
    void normalisesLevel2Variants(String raw, Level1Category parent, Level2Category expected) {
        NormalizedLabel<Level2Category> label = labels.level2(raw, parent);

        assertThat(label.category()).isEqualTo(expected);
        assertThat(label.original()).isEqualTo(raw);
        assertThat(label.category().parent()).isEqualTo(parent);
    }

    @Test
    void level2IsReadWhenTheLevel1IsUnknown() {
        assertThat(labels.level2("数量指标", null).category()).isEqualTo(Level2Category.QUANTITY);
        assertThat(labels.level2("环境效益", null).category()).isEqualTo(Level2Category.ECOLOGICAL_BENEFIT);
        assertThat(labels.level2("服务对象满意度指标", null).category()).isEqualTo(Level2Category.SERVICE_SATISFACTION);
    }

    @Test
    void aLevel2UnderTheWrongLevel1KeepsItsOwnCategory() {
        // seed 001 files 可持续影响 under 效益, but a table may put a 二级 anywhere: that is a check's finding
        assertThat(labels.level2("数量指标", Level1Category.BENEFIT).category()).isEqualTo(Level2Category.QUANTITY);
        assertThat(labels.level2("社会效益指标", Level1Category.OUTPUT).category())
                .isEqualTo(Level2Category.SOCIAL_BENEFIT);
        assertThat(labels.level2("经济成本指标", Level1Category.BENEFIT).category())
                .isEqualTo(Level2Category.ECONOMIC_COST);
    }

    @Test
    void costIsTheLegacyOutputCostUnderAnyLevel1() {
        assertThat(labels.level2("成本指标", Level1Category.OUTPUT).category()).isEqualTo(Level2Category.OUTPUT_COST);
        assertThat(labels.level2("成本指标", Level1Category.COST).category()).isEqualTo(Level2Category.OUTPUT_COST);
        assertThat(labels.level2("成本指标", null).category()).isEqualTo(Level2Category.OUTPUT_COST);
    }

    @Test
    void theLevel1ChoosesBetweenReadingsOfABareWord() {
        assertThat(labels.level2("经济", Level1Category.BENEFIT).category()).isEqualTo(Level2Category.ECONOMIC_BENEFIT);
        assertThat(labels.level2("经济", Level1Category.COST).category()).isEqualTo(Level2Category.ECONOMIC_COST);
        assertThat(labels.level2("社会", Level1Category.COST).category()).isEqualTo(Level2Category.SOCIAL_COST);
        assertThat(labels.level2("生态环境", Level1Category.COST).category()).isEqualTo(Level2Category.ECOLOGICAL_COST);
        assertThat(labels.level2("生态", Level1Category.BENEFIT).category())
                .isEqualTo(Level2Category.ECOLOGICAL_BENEFIT);
        // without a helpful 一级, the benefit reading (the older, more common layout) is taken
        assertThat(labels.level2("社会", null).category()).isEqualTo(Level2Category.SOCIAL_BENEFIT);
        assertThat(labels.level2("环境", Level1Category.OUTPUT).category()).isEqualTo(Level2Category.ECOLOGICAL_BENEFIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"投入指标", "过程指标", "决策", "效果指标", "指标", "可持续效益", "abc", "😀", "（必填）"})
    void unknownLabelsAreKeptAsWritten(String raw) {
        NormalizedLabel<Level1Category> level1 = labels.level1(raw);
        NormalizedLabel<Level2Category> level2 = labels.level2(raw, Level1Category.OUTPUT);

        assertThat(level1.known()).isFalse();
        assertThat(level1.category()).isNull();
        assertThat(level1.original()).isEqualTo(raw);
        assertThat(level2.known()).isFalse();
        assertThat(level2.original()).isEqualTo(raw);
    }

    @Test
    void labelsOfTheOtherLevelAreUnknownExceptTheSatisfactionOnesTemplatesUseForBoth() {
        assertThat(labels.level1("数量指标").known()).isFalse();
        assertThat(labels.level1("经济效益指标").known()).isFalse();
        assertThat(labels.level2("产出指标", null).known()).isFalse();
        assertThat(labels.level2("效益指标", null).known()).isFalse();
    }

    @Test
    void emptyAndNullLabelsAreUnknownAndEmpty() {
        assertThat(labels.level1("")).isEqualTo(new NormalizedLabel<Level1Category>("", null));
        assertThat(labels.level1("  ").original()).isEqualTo("  ");
        assertThat(labels.level1(null)).isEqualTo(new NormalizedLabel<Level1Category>("", null));
        assertThat(labels.level2(null, null)).isEqualTo(new NormalizedLabel<Level2Category>("", null));
    }

    @Test
    void everySeed001LabelIsKnown() {
        List<String> level1 = List.of("产出指标", "效益指标", "满意度指标");
        List<String> level2 = List.of("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "经济效益指标",
                "可持续影响指标", "服务对象满意度指标");

        assertThat(level1).allSatisfy(raw -> assertThat(labels.level1(raw).known()).as(raw).isTrue());
        assertThat(level2).allSatisfy(raw -> assertThat(labels.level2(raw, null).known()).as(raw).isTrue());
    }

    @Test
    void aliasesAreDataThatCanBeExtended() {
        LabelNormalizer local = new LabelNormalizer(new LabelAliases(
                Map.of("效果指标", Level1Category.BENEFIT), Map.of("可持续效益", List.of(Level2Category.SUSTAINABLE_IMPACT))));

        assertThat(local.level1("效果指标").category()).isEqualTo(Level1Category.BENEFIT);
        assertThat(local.level1("产出指标").category()).as("standard labels stay").isEqualTo(Level1Category.OUTPUT);
        assertThat(local.level2("可持续效益", Level1Category.BENEFIT).category())
                .isEqualTo(Level2Category.SUSTAINABLE_IMPACT);
        assertThat(local.level1("服务对象满意度").known()).as("default aliases are not implied").isFalse();
    }

    @Test
    void aliasesThatContradictEachOtherAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LabelAliases(Map.of("产出", Level1Category.BENEFIT), Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LabelAliases(Map.of(), Map.of("数量", List.of(Level2Category.QUALITY))));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LabelAliases(Map.of(), Map.of("其他", List.of())));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new LabelAliases(Map.of(" 指标 ", Level1Category.OUTPUT), Map.of()));
    }

    @Test
    void everyStandardLabelNormalisesToItsCategory() {
        for (Level1Category category : Level1Category.values()) {
            assertThat(labels.level1(category.label()).category()).isEqualTo(category);
        }
        for (Level2Category category : Level2Category.values()) {
            assertThat(labels.level2(category.label(), category.parent()).category()).isEqualTo(category);
        }
    }
}

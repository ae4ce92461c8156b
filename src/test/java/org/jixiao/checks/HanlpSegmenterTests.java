package org.jixiao.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jixiao.checks.domain.RuleConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HanlpSegmenterTests {

    private static final RuleConfig CONFIG = RuleConfigReader.defaults();
    private static final HanlpSegmenter SEGMENTER = new HanlpSegmenter(CONFIG);

    private static final List<String> TEXTS = List.of(
            "促进地方经济发展，提高人民生活水平", "保障单位人员工资正常发放、工作顺利进行", "打造一支听党指挥能打胜仗的队伍",
            "提升城市形象、提升城市品位、为创城打下基础", "完善市政基础设施建设、改善人居生活环境", "新建消火栓数量",
            "重点工作完成情况占工作总数量的比率", "冀财建2023年247号提前下达2024年消防救援队伍改革性补贴",
            "农村义务教育学生营养改善计划", "家庭医生签约服务覆盖率", "高标准农田建设亩数", "安全生产执法检查企业数量",
            "已整改隐患数占排查发现隐患总数的比例", "受益学生人数≥1200人", "组织县级综合应急演练次数");

    @Test
    void segmentsASloganIntoSensibleWords() {
        List<String> words = SEGMENTER.words("促进地方经济发展，提高人民生活水平");

        assertThat(words).contains("促进", "地方", "提高", "人民", "水平");
        assertThat(String.join("", words)).isEqualTo("促进地方经济发展提高人民生活水平");
        assertThat(words).noneMatch(w -> w.contains("，"));
    }

    @Test
    void keepsDomainWordsWhole() {
        assertThat(SEGMENTER.words("新建消火栓数量")).containsExactly("新建", "消火栓", "数量");
        assertThat(SEGMENTER.words("群众满意度")).containsExactly("群众", "满意度");
        assertThat(SEGMENTER.words("应急物资储备库建设")).contains("物资", "储备库", "建设");
    }

    @Test
    void dropsStopWordsPunctuationAndWhitespace() {
        List<String> words = SEGMENTER.words("打造一支听党指挥能打胜仗的队伍。 \n（试点）");

        assertThat(words).contains("打造", "指挥", "打胜仗", "队伍", "试点").doesNotContain("的", "。", "（", "）", " ");
    }

    @Test
    void givesTheSameWordsUnderConcurrentUse() throws Exception {
        HanlpSegmenter uncached = new HanlpSegmenter(CONFIG.keywords("segmenter.stop-words"), 0);
        HanlpSegmenter tinyCache = new HanlpSegmenter(CONFIG.keywords("segmenter.stop-words"), 4);
        List<String> texts = IntStream.range(0, 400)
                .mapToObj(i -> TEXTS.get(i % TEXTS.size()) + (i % 3 == 0 ? "" : "第" + i + "批")).toList();
        Map<String, List<String>> expected = texts.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), uncached::words));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                HanlpSegmenter segmenter = t % 2 == 0 ? uncached : tinyCache;
                int offset = t * 7;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < texts.size(); i++) {
                        String text = texts.get((i + offset) % texts.size());
                        if (!segmenter.words(text).equals(expected.get(text))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(tinyCache.cached()).isLessThanOrEqualTo(4);
    }

    @Test
    void boundsItsCache() {
        HanlpSegmenter segmenter = new HanlpSegmenter(CONFIG.keywords("segmenter.stop-words"), 10);
        for (int i = 0; i < 100; i++) {
            segmenter.words("第" + i + "批消防装备购置");
        }
        assertThat(segmenter.cached()).isLessThanOrEqualTo(10);
        String longText = "消防".repeat(HanlpSegmenter.CACHEABLE_LENGTH);
        segmenter.words(longText);
        assertThat(segmenter.cached()).isLessThanOrEqualTo(10);
    }

    static List<String> oddInputs() {
        StringBuilder mixed = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            mixed.append(TEXTS.get(i % TEXTS.size())).append(i % 5 == 0 ? "😀" : "").append(i % 7 == 0 ? "\n" : "；");
        }
        return List.of("", "   \n\t", "😀🎉👍", "\uD800", "\uDC00孤立代理", "\u0000\u0001\u0007控制字符", "，。！？、；：“”（）",
                "abc DEF 123 4.5% ≥95%", "ｆｕｌｌ－ｗｉｄｔｈ　１００％", "消".repeat(10_000), "a".repeat(10_000),
                "𠀀𠀁𪚥 生僻字", mixed.toString(), "\u200B\u200D\uFEFF零宽字符");
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void neverThrowsOnOddInput(String text) {
        List<String> words = SEGMENTER.words(text);

        assertThat(words).isNotNull().allSatisfy(w -> assertThat(w).isNotBlank()
                .matches(s -> s.codePoints().anyMatch(Character::isLetterOrDigit), "has a letter or digit"));
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(SEGMENTER.words(null)).isEmpty();
    }

    @Test
    void segmentsLongTextCompletely() {
        String text = "保障单位人员工资正常发放，".repeat(1000);

        List<String> words = SEGMENTER.words(text);

        assertThat(words).hasSizeGreaterThan(4000).contains("工资", "发放");
    }
}

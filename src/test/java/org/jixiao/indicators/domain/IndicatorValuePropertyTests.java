package org.jixiao.indicators.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties over many generated strings (fixed seeds, so a failure repeats): parsing never throws, every
 * value formats back to its exact text, and measurements built from parts read back as those parts.
 */
class IndicatorValuePropertyTests {

    private static final int RUNS = 20_000;

    /** Pieces that make up goal-table values and their near misses. */
    private static final List<String> PIECES = List.of(
            "0", "1", "2", "5", "9", "12", "25", "95", "100", "2024", "1,000", ",", ".", "-", "+", "−", "%", "％",
            "‰", "≥", "≤", ">", "<", "=", "＞", "＜", ">=", "≧", "不低于", "不超过", "达到", "大于", "以上", "以内",
            "以下", "人", "万元", "万元/人", "元", "座", "辆", "个", "小时", "天", "年", "月", "日", "号", "底", "前",
            "每月", "第三季度", "上半年", "预计", "完成", "约", "左右", "e", "E", "abc", "１", "２", "０", " ", "　",
            "\n", "\t", "😀", "\uD83D", "促进", "发展，", "满意度", "*", "_", "（", "）", "\u0000");

    @Test
    void randomConcatenationsOfValuePiecesNeverThrowAndFormatBackExactly() {
        Random random = new Random(20240101L);
        for (int run = 0; run < RUNS; run++) {
            StringBuilder raw = new StringBuilder();
            int pieces = random.nextInt(7);
            for (int p = 0; p < pieces; p++) {
                raw.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            assertRoundTrip(raw.toString());
        }
    }

    @Test
    void randomCharactersNeverThrowAndFormatBackExactly() {
        Random random = new Random(42L);
        for (int run = 0; run < RUNS; run++) {
            char[] chars = new char[random.nextInt(12)];
            for (int c = 0; c < chars.length; c++) {
                chars[c] = random.nextBoolean()
                        ? (char) random.nextInt(0x80) // ASCII, digits and symbols included
                        : (char) random.nextInt(Character.MAX_VALUE + 1); // anything, surrogates included
            }
            assertRoundTrip(new String(chars));
        }
    }

    @Test
    void measurementsBuiltFromRandomPartsReadBackAsThoseParts() {
        Random random = new Random(7L);
        List<String> units = List.copyOf(Units.known());
        for (int run = 0; run < RUNS; run++) {
            Comparator comparator = Comparator.values()[random.nextInt(Comparator.values().length)];
            BigDecimal number = BigDecimal.valueOf(random.nextLong() % 1_000_000_000L, random.nextInt(5));
            String unit = random.nextInt(8) == 0 ? "" : units.get(random.nextInt(units.size()));
            if (comparator == Comparator.NONE && unit.equals("月")) {
                continue; // 5月 is a month (a deadline), not a measurement
            }
            String raw = comparator.symbol() + number.toPlainString() + unit;

            IndicatorValue value = IndicatorValue.parse(raw);

            assertThat(value).as(raw).isInstanceOfSatisfying(Quantitative.class, q -> {
                assertThat(q.comparator()).isEqualTo(comparator);
                assertThat(q.number()).isEqualTo(number);
                assertThat(q.unit()).isEqualTo(unit);
            });
            assertThat(Quantitative.of(comparator, number, unit)).isEqualTo(value);
            assertThat(IndicatorValue.parse(" " + raw + "\n").format()).isEqualTo(" " + raw + "\n");
        }
    }

    private static void assertRoundTrip(String raw) {
        IndicatorValue value = IndicatorValue.parse(raw);
        assertThat(value.format()).as("round trip of %s", escaped(raw)).isEqualTo(raw);
        assertThat(IndicatorValue.parse(value.format())).as("stable: %s", escaped(raw)).isEqualTo(value);
    }

    private static String escaped(String raw) {
        StringBuilder out = new StringBuilder();
        raw.chars().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}

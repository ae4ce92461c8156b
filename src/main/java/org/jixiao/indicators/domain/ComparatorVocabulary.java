package org.jixiao.indicators.domain;

import java.util.List;
import java.util.Map;

/**
 * The spellings of a {@link Comparator} met in goal tables, as data. Lists are ordered longest spelling first
 * so that {@code 大于等于} wins over {@code 大于} and {@code >=} over {@code >}. Spellings are in folded form
 * ({@link TextFolding}): {@code ＞} and {@code ＝} arrive as {@code >} and {@code =}.
 */
final class ComparatorVocabulary {

    /** Words written before the number: {@code 不低于95%}. 达到 reads "reach at least", hence GE. */
    static final List<Map.Entry<String, Comparator>> PREFIX_WORDS = List.of(
            Map.entry("大于或等于", Comparator.GE),
            Map.entry("小于或等于", Comparator.LE),
            Map.entry("大于等于", Comparator.GE),
            Map.entry("小于等于", Comparator.LE),
            Map.entry("不低于", Comparator.GE),
            Map.entry("不少于", Comparator.GE),
            Map.entry("不小于", Comparator.GE),
            Map.entry("不高于", Comparator.LE),
            Map.entry("不超过", Comparator.LE),
            Map.entry("不多于", Comparator.LE),
            Map.entry("不大于", Comparator.LE),
            Map.entry("至少", Comparator.GE),
            Map.entry("最少", Comparator.GE),
            Map.entry("至多", Comparator.LE),
            Map.entry("最多", Comparator.LE),
            Map.entry("达到", Comparator.GE),
            Map.entry("等于", Comparator.EQ),
            Map.entry("大于", Comparator.GT),
            Map.entry("高于", Comparator.GT),
            Map.entry("超过", Comparator.GT),
            Map.entry("多于", Comparator.GT),
            Map.entry("小于", Comparator.LT),
            Map.entry("低于", Comparator.LT),
            Map.entry("少于", Comparator.LT));

    /** Symbols written before the number. A value has a prefix word or a symbol, never both. */
    static final List<Map.Entry<String, Comparator>> SYMBOLS = List.of(
            Map.entry(">=", Comparator.GE),
            Map.entry("<=", Comparator.LE),
            Map.entry("==", Comparator.EQ),
            Map.entry("≥", Comparator.GE),
            Map.entry("≧", Comparator.GE),
            Map.entry("⩾", Comparator.GE),
            Map.entry("≮", Comparator.GE),
            Map.entry("≤", Comparator.LE),
            Map.entry("≦", Comparator.LE),
            Map.entry("⩽", Comparator.LE),
            Map.entry("≯", Comparator.LE),
            Map.entry("=", Comparator.EQ),
            Map.entry(">", Comparator.GT),
            Map.entry("<", Comparator.LT));

    /** Words written after the unit: {@code 95%以上}, {@code 20万元以内}. */
    static final List<Map.Entry<String, Comparator>> SUFFIX_WORDS = List.of(
            Map.entry("及以上", Comparator.GE),
            Map.entry("及以下", Comparator.LE),
            Map.entry("以上", Comparator.GE),
            Map.entry("以下", Comparator.LE),
            Map.entry("以内", Comparator.LE),
            Map.entry("之内", Comparator.LE));

    private ComparatorVocabulary() {
    }

    /** The entry whose spelling starts {@code text} at {@code from}, or null. */
    static Map.Entry<String, Comparator> prefixAt(List<Map.Entry<String, Comparator>> spellings, String text, int from) {
        for (Map.Entry<String, Comparator> entry : spellings) {
            if (text.startsWith(entry.getKey(), from)) {
                return entry;
            }
        }
        return null;
    }

    /** The entry whose spelling ends {@code text}, or null. */
    static Map.Entry<String, Comparator> suffixOf(String text) {
        for (Map.Entry<String, Comparator> entry : SUFFIX_WORDS) {
            if (text.endsWith(entry.getKey())) {
                return entry;
            }
        }
        return null;
    }
}

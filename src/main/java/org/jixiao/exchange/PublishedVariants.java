package org.jixiao.exchange;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.NormalizedLabel;

/**
 * How published goal tables (公开的绩效目标表) differ from the Jixiao template, and how a read value is brought
 * back to the template's form. Shared by the .xlsx and .docx readers; pure.
 */
final class PublishedVariants {

    private static final LabelNormalizer LABELS = LabelNormalizer.defaults();
    private static final String SUFFIX = "指标";
    /** A 分值 written with its unit: "10分". */
    private static final Pattern POINTS = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*$");
    /** What a 指标性质 column says instead of a comparator: the kind of the indicator, not part of its value. */
    private static final List<String> NATURE_WORDS = List.of("定量", "定性", "定量指标", "定性指标");

    /** Headers of a column holding the comparator of 指标值 (符号 ≥ ≤ =; 指标性质 in the 2021 template). */
    static final List<String> COMPARATOR_HEADERS = List.of("符号", "比较符", "运算符", "比较方式", "指标性质", "计算符号");
    /** Headers of a column holding the unit of 指标值. */
    static final List<String> UNIT_HEADERS = List.of("度量单位", "计量单位", "单位", "指标值单位", "指标单位");

    private PublishedVariants() {
    }

    static boolean isComparatorHeader(String text) {
        return COMPARATOR_HEADERS.stream().anyMatch(h -> WorkbookTemplate.isLabel(text, h));
    }

    static boolean isUnitHeader(String text) {
        return UNIT_HEADERS.stream().anyMatch(h -> WorkbookTemplate.isLabel(text, h));
    }

    /**
     * A 一级/二级 label written without the 指标 suffix ({@code 数量}, {@code 产出}) becomes the standard label
     * ({@code 数量指标}) when the foundation's normalisation recognises it as exactly that category; every other
     * label is kept as written (the goal module keeps labels verbatim and derives the category on load).
     */
    static String level1(String raw) {
        String text = raw == null ? null : raw.strip();
        if (text == null || text.isEmpty() || text.endsWith(SUFFIX)) {
            return raw;
        }
        NormalizedLabel<Level1Category> label = LABELS.level1(text);
        return label.known() && label.category().label().equals(text + SUFFIX) ? label.category().label() : raw;
    }

    /** As {@link #level1} for a 二级 label, read under its (already canonical) 一级. */
    static String level2(String raw, String level1) {
        String text = raw == null ? null : raw.strip();
        if (text == null || text.isEmpty() || text.endsWith(SUFFIX)) {
            return raw;
        }
        Level1Category parent = LABELS.level1(level1 == null ? "" : level1).category();
        NormalizedLabel<Level2Category> label = LABELS.level2(text, parent);
        return label.known() && label.category().label().equals(text + SUFFIX) ? label.category().label() : raw;
    }

    /**
     * One 指标值 from a table that spreads it over columns — comparator ({@code ≥}), number ({@code 95}), unit
     * ({@code %}) — joined as a person would write it ({@code ≥95%}). A unit the number already ends with is not
     * added twice (a percent-formatted 0.95 reads "95%"); a 指标性质 of 定量/定性 is the indicator's kind, not a
     * comparator, and is left out. Null parts are absent columns.
     */
    static String joinValue(String comparator, String value, String unit) {
        String v = value == null ? "" : value.strip();
        if (comparator == null && unit == null) {
            return value;
        }
        if (v.isEmpty()) {
            return "";
        }
        String c = comparator == null ? "" : comparator.strip();
        if (NATURE_WORDS.contains(c)) {
            c = "";
        }
        String u = unit == null ? "" : unit.strip();
        StringBuilder out = new StringBuilder();
        if (!c.isEmpty() && !v.startsWith(c)) {
            out.append(c);
        }
        out.append(v);
        if (!u.isEmpty() && !v.toLowerCase(Locale.ROOT).endsWith(u.toLowerCase(Locale.ROOT))) {
            out.append(u);
        }
        return out.toString();
    }

    /** A 分值 as a number: "10分" → "10"; anything else unchanged for the goal parser to judge. */
    static String weight(String raw) {
        if (raw == null) {
            return null;
        }
        java.util.regex.Matcher m = POINTS.matcher(raw);
        return m.matches() ? m.group(1) : raw;
    }
}

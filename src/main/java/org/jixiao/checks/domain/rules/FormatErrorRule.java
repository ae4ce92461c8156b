package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.indicators.domain.Units;

/**
 * 指标值格式错误: residue that leaves a value unreadable (rules.md §10.6: 指标值 must not contain {@code * _ -}) —
 * <ul>
 * <li>an Excel date serial in a time indicator: {@code 44,561} or {@code 45292} (a bare whole number in the
 * configured range, i.e. a date of about 2000–2099 that lost its format on export);</li>
 * <li>template placeholders never filled in: {@code ≥**%}, {@code XX%}, {@code ≥_%}, {@code X月底前};</li>
 * <li>Excel error values: {@code #VALUE!}, {@code #REF!}, {@code #N/A};</li>
 * <li>a lone symbol: {@code —}, {@code *}, {@code /};</li>
 * <li>a comparator or unit without number: {@code ≥%}, {@code ≥}, {@code %}.</li>
 * </ul>
 * An empty value is not a format error (nothing was written).
 */
public final class FormatErrorRule implements TableRule {

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    /** Longest placeholder form without # or * worth reading ({@code ≥ XX %}, {@code 不低于__%}, {@code X月底前}). */
    private static final int SHORT = 12;

    private final Severity severity;
    private final Keywords meaningless;
    private final Keywords errorValues;
    private final Keywords comparatorMarks;
    private final Keywords placeholderTails;
    private final Keywords timeWords;
    private final Keywords rateUnits;
    private final String placeholderSymbols;
    private final String placeholderLetters;
    private final BigDecimal serialMin;
    private final BigDecimal serialMax;
    private final Set<String> units;

    public FormatErrorRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.meaningless = Keywords.of(config.keywords("format.meaninglessValues"));
        this.errorValues = Keywords.of(config.keywords("format.errorValues"));
        this.comparatorMarks = Keywords.of(config.keywords("format.comparatorMarks"));
        this.placeholderTails = Keywords.of(config.keywords("format.placeholderTails"));
        this.timeWords = Keywords.of(config.keywords("deadline.timeWords"));
        this.rateUnits = Keywords.of(config.keywords("unit.family.rate"));
        this.placeholderSymbols = RuleText.compact(String.join("", config.keywords("format.placeholderSymbols")));
        this.placeholderLetters = RuleText.compact(String.join("", config.keywords("format.placeholderLetters")));
        this.serialMin = config.number("format.excelSerialMin");
        this.serialMax = config.number("format.excelSerialMax");
        this.units = new HashSet<>(Units.known());
    }

    @Override
    public RuleId id() {
        return RuleId.FORMAT_ERROR;
    }

    /** A bare whole number that Excel shows for a date cell exported without its format. */
    static boolean isExcelSerial(Quantitative q, BigDecimal min, BigDecimal max) {
        BigDecimal n = q.number();
        return q.comparator() == Comparator.NONE && q.unit().isEmpty() && n.compareTo(min) >= 0 && n.compareTo(max) <= 0
                && (n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0);
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (indicator.value() instanceof Quantitative q) {
                if (isExcelSerial(q, serialMin, serialMax) && (Categories.isTimeliness(indicator)
                        || timeWords.occursIn(RuleText.compact(indicator.name())))) {
                    LocalDate date = EXCEL_EPOCH.plusDays(q.number().longValue());
                    String written = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
                    report(table, row, indicator, q.format().strip(),
                            "是一个五位数，像是Excel日期单元格导出时留下的序列号（对应" + written + "）",
                            "改写为完成时限，如“" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日前”或“12月底前”。",
                            out);
                }
                continue;
            }
            if (!(indicator.value() instanceof Qualitative t) || t.isEmpty()) {
                continue;
            }
            if (!mayBeResidue(t.text())) {
                continue;
            }
            String problem = problem(RuleText.compact(t.text()));
            if (problem != null) {
                report(table, row, indicator, t.text().strip(), problem,
                        "填写实际的目标值，如“≥95%”“≥50座”“12月底前”。", out);
            }
        }
    }

    /**
     * Whether a value can hold residue at all: every form this rule reports is short or carries a placeholder
     * character; a sentence is passed over without folding it.
     */
    private boolean mayBeResidue(String text) {
        if (text.length() <= SHORT) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = RuleText.fold(text.charAt(i));
            if (c == '#' || placeholderSymbols.indexOf(c) >= 0 || placeholderLetters.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with a qualitative value, or null when it is readable text. */
    String problem(String text) {
        if (meaningless.isOneOf(text)) {
            return "只是占位内容，不是指标值";
        }
        if (errorValues.occursIn(text)) {
            return "含有Excel错误值“" + errorValues.find(text) + "”";
        }
        String mark = comparatorMarks.find(text);
        String rest = mark != null && text.startsWith(mark) ? text.substring(mark.length()) : text;
        boolean hasMark = rest.length() < text.length();
        if (hasMark && rest.isEmpty() || isUnit(rest)) {
            return hasMark ? "只有比较符" + (rest.isEmpty() ? "" : "和单位") + "，缺少数值" : "只有单位，缺少数值";
        }
        int i = 0;
        boolean letters = false;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (placeholderLetters.indexOf(c) >= 0) {
                letters = true;
            } else if (placeholderSymbols.indexOf(c) < 0) {
                break;
            }
            i++;
        }
        if (i > 0) {
            String tail = rest.substring(i);
            if (tail.isEmpty() || isUnit(tail) || placeholderTails.isOneOf(tail)
                    || !letters && tail.length() <= 4 && !hasDigit(tail)) {
                return "是未替换的模板占位符";
            }
        }
        String run = placeholderRun(text);
        if (run != null) {
            return "含有未替换的占位符“" + run + "”";
        }
        return null;
    }

    /**
     * A run of two or more placeholder symbols ({@code **}, {@code __}, {@code ##}) or of placeholder letters
     * standing apart from other Latin letters ({@code 完成XX项}, not {@code XXL}); null when there is none.
     */
    private String placeholderRun(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean symbol = placeholderSymbols.indexOf(c) >= 0;
            boolean letter = placeholderLetters.indexOf(c) >= 0;
            if (!symbol && !letter) {
                continue;
            }
            int j = i + 1;
            while (j < n && (symbol ? placeholderSymbols.indexOf(text.charAt(j)) >= 0
                    : placeholderLetters.indexOf(text.charAt(j)) >= 0)) {
                j++;
            }
            boolean standsApart = symbol || (i == 0 || !isLatin(text.charAt(i - 1))) && (j == n || !isLatin(text.charAt(j)));
            if (j - i >= 2 && standsApart) {
                return text.substring(i, j);
            }
            i = j - 1;
        }
        return null;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private boolean isUnit(String text) {
        return !text.isEmpty() && (units.contains(text) || rateUnits.isOneOf(text));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (RuleText.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private void report(CheckedTable table, int row, Indicator indicator, String value, String problem, String advice,
                        Consumer<Finding> out) {
        out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                "“" + RuleText.shown(indicator.name()) + "”的指标值“" + value + "”" + problem + "。", advice));
    }
}

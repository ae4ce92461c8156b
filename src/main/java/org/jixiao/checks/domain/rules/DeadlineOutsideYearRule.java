package org.jixiao.checks.domain.rules;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Qualitative;

/**
 * 时限超出预算年度: a time limit names a year other than the budget year — in the value ({@code 2025年3月底前}
 * in a 2024 table) or, for a time indicator, in its description ({@code 预计2023年12月底前完成}). An annual goal
 * table sets goals for its own year (rules.md §5.1: 年度目标 not to be confused with 长期目标).
 *
 * <p>A deadline without a year lies in the budget year; a year in a 效益 row outside time indicators
 * ({@code 持续发挥作用至2030年}) is the horizon of a lasting effect, not a deadline. In text only dates written as
 * deadlines count: a year followed by a month ({@code 2023年12月}, then an end, a punctuation mark or a word such
 * as 底/前/完成) or by a year-end word ({@code 2023年底}, {@code 2023年内完成}; not {@code 2023年完成一期}, a
 * past fact). Comparisons ({@code 较2023年}), periods ({@code 2023年度}), ranges ({@code 2023年12月至…}) and
 * document numbers ({@code 冀财建2023年247号}, {@code 冀财建[2023]247号}) are not deadlines.
 */
public final class DeadlineOutsideYearRule implements TableRule {

    /** A written date: year, optional month and day. Applied to compacted text only. */
    private static final Pattern DATE = Pattern.compile("(?<![0-9])(20\\d{2})年(?:(\\d{1,2})月份?(?:(\\d{1,2})[日号])?)?");

    private final Severity severity;
    private final Keywords timeNames;
    private final Keywords endWords;
    private final Keywords yearEndWords;
    private final Keywords rangeWords;
    private final String notAfter;
    private final String terminators;

    public DeadlineOutsideYearRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.timeNames = Keywords.of(config.keywords("deadline.timeWords"));
        this.endWords = Keywords.of(config.keywords("deadline.endWords"));
        this.yearEndWords = Keywords.of(config.keywords("deadline.yearEndWords"));
        this.rangeWords = Keywords.of(config.keywords("deadline.rangeWords"));
        this.notAfter = String.join("", config.keywords("deadline.comparisonMarks"));
        this.terminators = String.join("", config.keywords("deadline.terminators"));
    }

    @Override
    public RuleId id() {
        return RuleId.DEADLINE_OUTSIDE_YEAR;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        int fiscalYear = table.year().value();
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (indicator.value() instanceof Deadline deadline) {
                if (deadline.year().isPresent() && deadline.year().get() != fiscalYear && bearsDeadline(indicator)) {
                    out.accept(finding(table, row, indicator, "value", "指标值", deadline.format().strip(),
                            deadline.year().get(), fiscalYear));
                    continue;
                }
            }
            // a date needs 年: most rows are passed over here, before any keyword scan
            String text = indicator.value() instanceof Qualitative q && q.text().indexOf('年') >= 0 ? q.text() : null;
            String description = indicator.description();
            boolean describesYear = description != null && description.indexOf('年') >= 0;
            if (text == null && !describesYear || !isTimeIndicator(indicator)) {
                continue;
            }
            String offending = outsideYear(text, fiscalYear);
            if (offending != null) {
                out.accept(finding(table, row, indicator, "value", "指标值", offending, yearOf(offending), fiscalYear));
                continue;
            }
            offending = describesYear ? outsideYear(description, fiscalYear) : null;
            if (offending != null) {
                out.accept(finding(table, row, indicator, "description", "指标描述", offending, yearOf(offending),
                        fiscalYear));
            }
        }
    }

    /**
     * Whether a deadline value is a time limit of the year: in a time indicator, or in an output row (a 质量 row
     * holding {@code 2023年12月31日前} is a misfiled time limit); in a 效益 row a year such as {@code 2030年} is the
     * horizon of a lasting effect (可持续影响), which may lie beyond the budget year.
     */
    private boolean bearsDeadline(Indicator indicator) {
        return isTimeIndicator(indicator) || !isEffect(indicator);
    }

    /** 时效指标, or a name with a time word; a description with a time word counts outside 效益/满意度 rows only. */
    private boolean isTimeIndicator(Indicator indicator) {
        return Categories.isTimeliness(indicator) || timeNames.occursIn(RuleText.compact(indicator.name()))
                || !isEffect(indicator) && timeNames.occursIn(RuleText.compact(indicator.description()));
    }

    private static boolean isEffect(Indicator indicator) {
        Level1Category first = Categories.level1(indicator);
        return first == Level1Category.BENEFIT || first == Level1Category.SATISFACTION;
    }

    /** The first date written as a deadline in {@code raw} whose year is not {@code fiscalYear}; null if none. */
    String outsideYear(String raw, int fiscalYear) {
        if (raw == null || raw.indexOf('年') < 0) {
            return null;
        }
        String text = RuleText.compact(raw);
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year == fiscalYear || !writtenAsDeadline(text, m)) {
                continue;
            }
            return text.substring(m.start(), Math.min(text.length(), m.end() + trailingDeadlineWords(text, m.end())));
        }
        return null;
    }

    private boolean writtenAsDeadline(String text, Matcher m) {
        if (m.start() > 0 && notAfter.indexOf(text.charAt(m.start() - 1)) >= 0) {
            return false; // 较2023年, 比2023年, 自2023年, 从2023年12月
        }
        String month = m.group(2);
        if (month != null) {
            int value = Integer.parseInt(month);
            if (value < 1 || value > 12) {
                return false;
            }
        }
        int end = m.end();
        if (end == text.length()) {
            return month != null;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 6));
        if (startsWithAny(rest, rangeWords)) {
            return false;
        }
        if (month == null) {
            return startsWithAny(rest, yearEndWords); // 2023年底, 2023年内; not 2023年完成一期 (a past fact)
        }
        return startsWithAny(rest, endWords) || terminators.indexOf(text.charAt(end)) >= 0;
    }

    private static boolean startsWithAny(String text, Keywords words) {
        for (String word : words.words()) {
            if (text.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** How many characters of deadline words follow the date (底前完成), to quote the whole phrase. */
    private int trailingDeadlineWords(String text, int from) {
        int at = from;
        boolean progressed = true;
        while (progressed && at < text.length()) {
            progressed = false;
            for (String word : endWords.words()) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    progressed = true;
                    break;
                }
            }
        }
        return at - from;
    }

    private static int yearOf(String date) {
        return Integer.parseInt(date.substring(0, 4));
    }

    private Finding finding(CheckedTable table, int row, Indicator indicator, String field, String fieldName,
                            String offending, int year, int fiscalYear) {
        String when = year < fiscalYear ? "早于" : "晚于";
        return new Finding(id(), severity, Location.row(table.projectCode(), row, field),
                (Categories.isTimeliness(indicator) ? "时效指标“" : "“") + RuleText.shown(indicator.name()) + "”的"
                        + fieldName + "写有“" + offending + "”，" + when + "预算年度" + fiscalYear + "年。",
                "改为" + fiscalYear + "年内的完成时限（如“" + fiscalYear + "年12月底前”），或删去年份；"
                        + "跨年度的任务只写本年度应完成的阶段。");
    }
}

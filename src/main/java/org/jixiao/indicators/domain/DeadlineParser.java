package org.jixiao.indicators.domain;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the time-limit forms of a 时效指标 value (see {@link Deadline}) from the text with all whitespace
 * removed. Each form is one anchored pattern without nested repetition, so matching is linear in the input.
 */
final class DeadlineParser {

    /** Leading words: 预计, 计划于, 截至 … */
    private static final String LEAD = "(?:预计|计划|力争|确保|要求|须|需|应)?(?:于|在|截至|截止到|截止|到)?";
    /** Trailing words: 前, 之前, 以前完成, 内完成, 底前完成 (底 belongs to the date part) … */
    private static final String TRAIL = "(?:之前|以前|前|以内|之内|内|为止|止)?"
            + "(?:完成|完工|竣工|发放完毕|发放|完毕|到位|拨付|支付|验收)?";
    private static final String YEAR = "(?:(\\d{4})年)?";

    private static final Pattern MONTH_DAY = Pattern.compile(
            LEAD + YEAR + "(\\d{1,2})月份?(?:(\\d{1,2})[日号]|底|末)?" + TRAIL);
    private static final Pattern ISO_DATE = Pattern.compile(
            LEAD + "(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})日?" + TRAIL);
    private static final Pattern YEAR_END = Pattern.compile(
            LEAD + "(?:(\\d{4})|(本|当|今))?年度?(底|末|内)?" + TRAIL);
    private static final Pattern QUARTER = Pattern.compile(
            LEAD + YEAR + "(?:第([一二三四1-4])|([一二三四]))季度(?:末|底)?" + TRAIL);
    private static final Pattern HALF_YEAR = Pattern.compile(
            LEAD + YEAR + "([上下])半年(?:末|底)?" + TRAIL);
    private static final Pattern MONTHLY = Pattern.compile(
            LEAD + "每月(?:(\\d{1,2})[日号]|底|末)" + TRAIL);
    private static final Pattern YEARLY = Pattern.compile(
            LEAD + "每年(\\d{1,2})月(?:(\\d{1,2})[日号]|底|末)?" + TRAIL);

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;
    private static final int MONTHS_PER_QUARTER = 3;
    private static final int JUNE = 6;
    private static final int DECEMBER = 12;
    private static final int LEAP_YEAR = 2000;
    private static final int LONGEST_MONTH = 31;

    private DeadlineParser() {
    }

    /** The deadline written in {@code raw}, or null when it is not one. */
    static Deadline parse(String raw) {
        String text = TextFolding.compact(raw);
        Matcher m;
        if ((m = MONTH_DAY.matcher(text)).matches()) {
            return build(raw, m.group(1), toInt(m.group(2)), m.group(3), false);
        }
        if ((m = ISO_DATE.matcher(text)).matches()) {
            return build(raw, m.group(1), toInt(m.group(3)), m.group(4), false);
        }
        if ((m = YEAR_END.matcher(text)).matches()) {
            if (m.group(1) == null && m.group(2) == null && m.group(3) == null) {
                return null; // a bare 年 is no deadline
            }
            Integer month = "底".equals(m.group(3)) || "末".equals(m.group(3)) ? DECEMBER : null;
            return build(raw, m.group(1), month, null, false);
        }
        if ((m = QUARTER.matcher(text)).matches()) {
            String quarter = m.group(2) != null ? m.group(2) : m.group(3); // 3季度 without 第 is a duration
            return build(raw, m.group(1), quarter(quarter) * MONTHS_PER_QUARTER, null, false);
        }
        if ((m = HALF_YEAR.matcher(text)).matches()) {
            return build(raw, m.group(1), "上".equals(m.group(2)) ? JUNE : DECEMBER, null, false);
        }
        if ((m = MONTHLY.matcher(text)).matches()) {
            return build(raw, null, null, m.group(1), true);
        }
        if ((m = YEARLY.matcher(text)).matches()) {
            return build(raw, null, toInt(m.group(1)), m.group(2), true);
        }
        return null;
    }

    /** Null unless year, month and day form a real date (a year-less 2月29日 is allowed). */
    private static Deadline build(String raw, String yearText, Integer month, String dayText, boolean recurring) {
        Integer year = toInt(yearText);
        Integer day = toInt(dayText);
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            return null;
        }
        if (month != null && (month < 1 || month > DECEMBER)) {
            return null;
        }
        if (day != null) {
            int longest = month == null ? LONGEST_MONTH : YearMonth.of(year != null ? year : LEAP_YEAR, month).lengthOfMonth();
            if (day < 1 || day > longest) {
                return null;
            }
        }
        return new Deadline(raw, year, month, day, recurring);
    }

    private static int quarter(String text) {
        return switch (text) {
            case "一", "1" -> 1;
            case "二", "2" -> 2;
            case "三", "3" -> 3;
            default -> 4;
        };
    }

    /** Digits matched by the patterns are at most four long, so this cannot overflow. */
    private static Integer toInt(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }
}

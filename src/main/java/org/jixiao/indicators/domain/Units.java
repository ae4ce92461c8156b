package org.jixiao.indicators.domain;

import java.util.Set;

/**
 * 计量单位: the units a {@link Quantitative} value may carry. A closed list of the units met in goal tables is
 * "known"; other short unit words are tolerated ({@code 5架次}) so that a value is not lost to text because of
 * an unusual unit, and {@link Quantitative#knownUnit()} lets a check point at them.
 */
public final class Units {

    /** Percent, the unit of rates (完成率, 满意度, …). */
    public static final String PERCENT = "%";

    private static final Set<String> KNOWN = Set.of(
            // ratios
            "%", "‰",
            // people and things counted
            "人", "人次", "万人", "万人次", "名", "位", "户", "家", "所", "个", "项", "件", "套", "台", "辆", "座", "处",
            "条", "份", "册", "本", "部", "张", "篇", "期", "批", "次", "场", "起", "宗", "株", "棵", "头", "只", "架次",
            "艘", "间", "栋", "支", "队", "组", "个百分点", "百分点",
            // money
            "元", "万元", "亿元", "千元", "元/人", "万元/人", "元/人/月", "元/人·月", "元/次", "元/平方米", "元/吨",
            "万元/个", "万元/公里", "元/亩",
            // time
            "秒", "分钟", "小时", "天", "日", "个工作日", "工作日", "周", "个月", "月", "季度", "年",
            // length, area, volume, mass
            "米", "千米", "公里", "km", "m", "平方米", "㎡", "m²", "平方公里", "公顷", "亩", "万亩", "立方米", "m³",
            "万立方米", "吨", "万吨", "千克", "公斤", "kg",
            // scores
            "分");

    /**
     * Characters that make a word something other than a unit: approximations ({@code 100人左右}), ranges and
     * time words ({@code 12月底}), conjunctions. Such text stays qualitative.
     */
    private static final String NOT_IN_UNITS = "左右约余多前后内外底末初至到或和及等每共近超";

    private static final int MAX_UNKNOWN_UNIT_LENGTH = 4;

    /**
     * Money per something, optionally per period: {@code 元/人·年}, {@code 万元/人/年}, {@code 元/平方米·月}. Longer
     * than an unknown unit may be, but unambiguous: a money unit, a slash, a short noun, a period.
     */
    private static final java.util.regex.Pattern MONEY_RATE = java.util.regex.Pattern.compile(
            "(元|千元|万元|亿元)/\\p{IsHan}{1,3}([·/](年|季度|月|周|日|天|次))?");

    private Units() {
    }

    /** Whether {@code unit} (folded form, e.g. {@code %} not {@code ％}) is on the known list. */
    public static boolean isKnown(String unit) {
        return KNOWN.contains(unit);
    }

    /** The known units, unmodifiable. */
    public static Set<String> known() {
        return KNOWN;
    }

    /**
     * Whether {@code unit} can stand after a number: empty, known, or a short word of letters (with
     * {@code /}, {@code ·}, {@code ²}, {@code ³} inside) that is not made of time or approximation words.
     */
    static boolean isAcceptable(String unit) {
        if (unit.isEmpty() || isKnown(unit)) {
            return true;
        }
        if (MONEY_RATE.matcher(unit).matches()) {
            return unit.codePoints().noneMatch(cp -> NOT_IN_UNITS.indexOf(cp) >= 0);
        }
        int length = unit.codePointCount(0, unit.length());
        if (length > MAX_UNKNOWN_UNIT_LENGTH || !Character.isLetter(unit.codePointAt(0))) {
            return false;
        }
        return unit.codePoints().allMatch(cp -> (Character.isLetter(cp) || cp == '/' || cp == '·' || cp == '²'
                || cp == '³') && NOT_IN_UNITS.indexOf(cp) < 0);
    }
}

package org.jixiao.checks.domain.rules;

import org.jixiao.checks.domain.RuleConfig;

/**
 * The unit families and name classes the unit, value and direction rules share, compiled once per
 * configuration: money (元, 万元), rate units (%, ‰), area and length units, bare magnitudes (万, 亿), names of
 * rates (…率, 满意度, 占比), counts (…数量, 人数), areas (…面积), lengths, durations (…时间) and of measures that
 * carry no unit (指数, 系数).
 */
final class UnitFamilies {

    final Keywords money;
    final Keywords rate;
    final Keywords rateExtra;
    final Keywords time;
    final Keywords area;
    final Keywords length;
    final Keywords magnitudes;
    final Keywords numberPrefixes;
    final Keywords rateNameSuffixes;
    final Keywords rateNameExceptions;
    final Keywords countNameSuffixes;
    final Keywords areaNameSuffixes;
    final Keywords lengthNameSuffixes;
    final Keywords durationNameSuffixes;
    final Keywords unitlessNames;
    final Keywords moneyNameSuffixes;
    final Keywords costRatioWords;
    final Keywords timeWords;

    UnitFamilies(RuleConfig config) {
        this.money = Keywords.of(config.keywords("unit.family.money"));
        this.rate = Keywords.of(config.keywords("unit.family.rate"));
        this.rateExtra = Keywords.of(config.keywords("unit.rateNameAlsoAllows"));
        this.time = Keywords.of(config.keywords("unit.family.time"));
        this.area = Keywords.of(config.keywords("unit.family.area"));
        this.length = Keywords.of(config.keywords("unit.family.length"));
        this.magnitudes = Keywords.of(config.keywords("unit.magnitudes"));
        this.numberPrefixes = Keywords.of(config.keywords("unit.numberPrefixes"));
        this.rateNameSuffixes = Keywords.of(config.keywords("unit.rateNameSuffixes"));
        this.rateNameExceptions = Keywords.of(config.keywords("unit.rateNameExceptions"));
        this.countNameSuffixes = Keywords.of(config.keywords("unit.countNameSuffixes"));
        this.areaNameSuffixes = Keywords.of(config.keywords("unit.areaNameSuffixes"));
        this.lengthNameSuffixes = Keywords.of(config.keywords("unit.lengthNameSuffixes"));
        this.durationNameSuffixes = Keywords.of(config.keywords("unit.durationNameSuffixes"));
        this.unitlessNames = Keywords.of(config.keywords("unit.unitlessNames"));
        this.moneyNameSuffixes = Keywords.of(config.keywords("unit.moneyNameSuffixes"));
        this.costRatioWords = Keywords.of(config.keywords("unit.costRatioWords"));
        this.timeWords = Keywords.of(config.keywords("deadline.timeWords"));
    }

    /** A name that measures a rate (合格率, 满意度, 占比), not a frequency or power (频率, 功率). Compacted input. */
    boolean isRateName(String name) {
        return rateNameSuffixes.suffixOf(name) != null && !rateNameExceptions.occursIn(name);
    }

    /** A name that counts things (人员数量, 培训人数) and is no index (指数). Compacted input. */
    boolean isCountName(String name) {
        return countNameSuffixes.suffixOf(name) != null && !unitlessNames.occursIn(name);
    }

    boolean isMoney(String unit) {
        return money.isOneOf(unit) || Categories.perUnitMoney(unit, money) != null;
    }

    /** A rate unit or another unit a rate may be given in (满意度 90分). */
    boolean fitsRate(String unit) {
        return rate.isOneOf(unit) || rateExtra.isOneOf(unit);
    }

    /** {@code unit} without a leading magnitude: 万平方米 → 平方米, 万株 → 株; the unit itself otherwise. */
    String withoutMagnitude(String unit) {
        for (String magnitude : magnitudes.words()) {
            if (unit.length() > magnitude.length() && unit.startsWith(magnitude)) {
                return unit.substring(magnitude.length());
            }
        }
        return unit;
    }

    /** Whether the compacted name ends in parentheses holding a unit: 宣传进小区数量（个）, 培训人次(人次). */
    boolean declaresUnit(String name) {
        int n = name.length();
        if (n < 3 || name.charAt(n - 1) != ')' && name.charAt(n - 1) != '）') {
            return false;
        }
        int open = Math.max(name.lastIndexOf('('), name.lastIndexOf('（'));
        if (open < 0 || open >= n - 2) {
            return false;
        }
        String unit = name.substring(open + 1, n - 1);
        return org.jixiao.indicators.domain.Units.isKnown(unit) || money.isOneOf(unit) || area.isOneOf(unit)
                || length.isOneOf(unit) || rate.isOneOf(unit) || time.isOneOf(unit);
    }

    /**
     * Whether a text value is a bare number, perhaps after a word such as 各/共/约 and a comparator, perhaps with a
     * magnitude ({@code 各600}, {@code 约1.5万}): a measurement whose unit was left out. Compacted input.
     */
    boolean isBareNumberText(String text) {
        int i = 0;
        String prefix = numberPrefixes.find(text);
        if (prefix != null && text.startsWith(prefix)) {
            i = prefix.length();
        }
        if (i < text.length() && "≥≤><=".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int digits = 0;
        while (i < text.length() && (RuleText.isDigit(text.charAt(i)) || text.charAt(i) == '.' || text.charAt(i) == ',')) {
            if (RuleText.isDigit(text.charAt(i))) {
                digits++;
            }
            i++;
        }
        if (digits == 0 || prefix == null && i == text.length()) {
            return false; // a plain number is read as a measurement, not as text
        }
        return i == text.length() || magnitudes.isOneOf(text.substring(i));
    }
}

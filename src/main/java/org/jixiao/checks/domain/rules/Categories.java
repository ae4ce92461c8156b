package org.jixiao.checks.domain.rules;

import java.util.List;

import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;

/** What the rules need to know about an indicator's place in the tree and about money units. */
final class Categories {

    private Categories() {
    }

    /** The 一级 of a row: as labelled, else the parent of its 二级; null when neither is known. */
    static Level1Category level1(Indicator indicator) {
        Level1Category written = indicator.level1().category();
        if (written != null) {
            return written;
        }
        Level2Category second = indicator.level2().category();
        return second == null ? null : second.parent();
    }

    static Level2Category level2(Indicator indicator) {
        return indicator.level2().category();
    }

    /** 成本指标 measured in money: 产出 → 成本指标 (legacy) or 成本 → 经济成本指标 (2021 layout). */
    static boolean isMoneyCost(Indicator indicator) {
        Level2Category c = indicator.level2().category();
        return c == Level2Category.OUTPUT_COST || c == Level2Category.ECONOMIC_COST;
    }

    static boolean isTimeliness(Indicator indicator) {
        return indicator.level2().category() == Level2Category.TIMELINESS;
    }

    static boolean isQuantity(Indicator indicator) {
        return indicator.level2().category() == Level2Category.QUANTITY;
    }

    /** The 二级 label to name in a message: the standard one when known, else as written. */
    static String level2Label(Indicator indicator) {
        Level2Category c = indicator.level2().category();
        return c != null ? c.label() : RuleText.shown(indicator.level2().original());
    }

    /**
     * Parses a category requirement such as {@code OUTPUT_COST|COST}: names of {@link Level1Category} or
     * {@link Level2Category}.
     */
    static List<Enum<?>> parseAlternatives(String spec) {
        return java.util.Arrays.stream(spec.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                .<Enum<?>>map(Categories::category).toList();
    }

    private static Enum<?> category(String name) {
        for (Level1Category c : Level1Category.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        for (Level2Category c : Level2Category.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalStateException("unknown indicator category in rule configuration: " + name);
    }

    /**
     * The power of ten that turns an amount in {@code moneyUnit} into 元 (元 0, 千元 3, 万元 4, 十万元 5, 百万元 6,
     * 千万元 7, 亿元 8), or -1 when the unit is not money. Amounts are shifted, never divided.
     */
    static int yuanShift(String moneyUnit) {
        return switch (moneyUnit) {
            case "元" -> 0;
            case "千元" -> 3;
            case "万元" -> 4;
            case "十万元" -> 5;
            case "百万元" -> 6;
            case "千万元" -> 7;
            case "亿元" -> 8;
            default -> -1;
        };
    }

    /** The money part of a per-unit price ({@code 万元/人} → 万元), or null when {@code unit} is no such price. */
    static String perUnitMoney(String unit, Keywords moneyUnits) {
        int slash = unit.indexOf('/');
        if (slash <= 0 || slash == unit.length() - 1) {
            return null;
        }
        String money = unit.substring(0, slash);
        return moneyUnits.isOneOf(money) ? money : null;
    }

    /** What a per-unit price is per ({@code 万元/人} → 人), or null. */
    static String perUnitDenominator(String unit) {
        int slash = unit.indexOf('/');
        if (slash <= 0 || slash == unit.length() - 1) {
            return null;
        }
        String per = unit.substring(slash + 1);
        // a yearly unit cost (元/人·年) is per head for the budget year: the year is the table's own period
        for (String year : new String[] {"·年", "/年"}) {
            if (per.endsWith(year) && per.length() > year.length()) {
                return per.substring(0, per.length() - year.length());
            }
        }
        return per;
    }
}

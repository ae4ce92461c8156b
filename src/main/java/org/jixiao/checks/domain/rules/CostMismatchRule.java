package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;
import java.util.List;
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
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.shared.Amount;

/**
 * 成本与预算不符: the money cost indicators disagree with the project's 预算数 beyond rounding (rules.md §5.2: the
 * cost target is set from the 预算支出标准 and must match the money granted).
 *
 * <p>Each money cost row is read as an amount: a total ({@code 280万元}, {@code ≤300万元}) as written; a unit cost
 * ({@code 2.86万元/人}, {@code 1500元/人·年}) times the one quantity indicator counted in its unit
 * ({@code 6人}, {@code 1.2万盏} for 元/盏). Then —
 * <ul>
 * <li>one cost row: a plain or = amount must equal the budget; an upper bound (≤) is right when it equals the
 * budget, a finding below it (the money granted cannot be spent within the target) or above it (the target is
 * not tied to the budget); an exact unit cost times a floor ({@code 800元/对} × {@code ≥1000对}) is the least
 * the project costs and a finding only above the budget;</li>
 * <li>several cost rows (parts of the cost): a finding when one part alone exceeds the budget, or when no part is
 * the whole and the parts together exceed it ({@code 1.2万元/人 × ≥40人 + ≤30万元} = 78 > 68).</li>
 * </ul>
 *
 * <p>Conservative by design: no finding without a budget, for ≥ (the direction rule's case), for a total whose
 * name or description marks it as a unit price (单价, 人均, 标准 …), for a unit cost per person and month or day
 * (the number of months is not in the table), or when a unit cost cannot be paired with exactly one quantity.
 * The tolerance is the larger of the configured share of the budget and half a unit of the last decimal
 * written (scaled by the quantity). Money is compared in 元 and only shifted by powers of ten, never divided.
 */
public final class CostMismatchRule implements TableRule {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final int WAN = 4;

    private final Severity severity;
    private final Keywords moneyUnits;
    private final Keywords unitCostWords;
    private final Keywords magnitudes;
    private final BigDecimal relativeTolerance;

    public CostMismatchRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.moneyUnits = Keywords.of(config.keywords("unit.family.money"));
        this.unitCostWords = Keywords.of(config.keywords("cost.unitCostWords"));
        this.magnitudes = Keywords.of(config.keywords("unit.magnitudes"));
        this.relativeTolerance = config.number("cost.relativeTolerance");
    }

    @Override
    public RuleId id() {
        return RuleId.COST_MISMATCH;
    }

    /** How an amount bounds the cost: as written, at most, or at least. */
    private enum Bound { EXACT, AT_MOST, AT_LEAST }

    /**
     * One money cost row read as an amount in 元; {@code paired} is the quantity row of a unit cost, or -1;
     * {@code bound} is null for a capped unit cost times a floor, a planned amount that only counts in a sum.
     */
    private record Cost(int row, BigDecimal yuan, BigDecimal tolerance, Bound bound, int paired) {
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        if (table.project() == null) {
            return;
        }
        Amount budget = table.project().funding().budget();
        if (budget == null || budget.yuan().signum() <= 0) {
            return;
        }
        List<Indicator> indicators = table.indicators();
        int moneyRows = 0;
        int only = -1;
        for (int row = 0; row < indicators.size(); row++) {
            if (moneyCost(indicators.get(row)) != null) {
                moneyRows++;
                only = row;
            }
        }
        if (moneyRows == 0) {
            return;
        }
        BigDecimal budgetYuan = budget.yuan();
        BigDecimal tolerance = budgetYuan.multiply(relativeTolerance);
        if (moneyRows == 1) {
            Cost cost = read(indicators, only);
            if (cost != null) {
                checkOne(table, cost, budgetYuan, tolerance, out);
            }
            return;
        }
        checkParts(table, indicators, budgetYuan, tolerance, out);
    }

    private void checkOne(CheckedTable table, Cost cost, BigDecimal budgetYuan, BigDecimal tolerance,
                          Consumer<Finding> out) {
        BigDecimal difference = cost.yuan.subtract(budgetYuan);
        if (cost.bound == null || difference.abs().compareTo(tolerance.max(cost.tolerance)) <= 0
                || cost.bound == Bound.AT_LEAST && difference.signum() < 0) {
            return; // a capped unit cost times a floor bounds nothing on its own
        }
        String what = describe(table, cost) + "，";
        String budgetText = "预算数" + wan(budgetYuan) + "万元";
        String gap = (difference.signum() > 0 ? "高出" : "少了") + wan(difference.abs()) + "万元";
        String message;
        String advice;
        if (cost.bound == Bound.AT_MOST && difference.signum() < 0) {
            message = what + "上限低于" + budgetText + "（" + gap + "），按此目标预算资金用不完。";
            advice = "将成本目标与预算数对齐（合计“≤" + RuleText.plain(budgetYuan.movePointLeft(WAN)) + "万元”），或核减预算。";
        } else if (cost.bound == Bound.AT_MOST) {
            message = what + "上限高于" + budgetText + "（" + gap + "），成本目标没有与预算挂钩。";
            advice = "改为不超过预算数（合计“≤" + RuleText.plain(budgetYuan.movePointLeft(WAN)) + "万元”），或按成本测算填写。";
        } else if (cost.bound == Bound.AT_LEAST) {
            message = what + "数量是下限，至少需要" + wan(cost.yuan) + "万元，超过" + budgetText + "（" + gap + "）。";
            advice = "核对单位成本或数量目标：按此测算预算不足以完成数量目标。";
        } else {
            message = what + "与" + budgetText + "不一致（" + gap + "）。";
            advice = cost.paired >= 0 ? "核对单位成本或数量，使二者之积与预算数一致（允许单位成本四舍五入的误差）。"
                    : "按预算测算核对成本指标，使其与预算数一致；若成本只覆盖部分支出，在指标描述中写明口径。";
        }
        out.accept(finding(table, cost.row, message, advice));
    }

    private void checkParts(CheckedTable table, List<Indicator> indicators, BigDecimal budgetYuan, BigDecimal tolerance,
                            Consumer<Finding> out) {
        BigDecimal sum = BigDecimal.ZERO;
        int last = -1;
        boolean whole = false;
        StringBuilder parts = new StringBuilder();
        for (int row = 0; row < indicators.size(); row++) {
            Cost cost = read(indicators, row);
            if (cost == null) {
                continue;
            }
            BigDecimal difference = cost.yuan.subtract(budgetYuan);
            BigDecimal allowed = tolerance.max(cost.tolerance);
            if (difference.compareTo(allowed.negate()) >= 0) {
                whole = true; // this row alone is (at least) the whole budget: the others are its parts
                if (difference.compareTo(allowed) > 0 && cost.bound != null) {
                    out.accept(finding(table, row, describe(table, cost) + "，超过项目预算数" + wan(budgetYuan) + "万元。",
                            "核对成本测算：分项成本不应超过预算数；若单位有误（元/万元），改正单位。"));
                }
            }
            sum = sum.add(cost.yuan);
            last = row;
            parts.append(parts.isEmpty() ? "" : " + ").append(RuleText.shown(indicators.get(row).name())).append(' ')
                    .append(wan(cost.yuan));
        }
        if (!whole && last >= 0 && sum.subtract(budgetYuan).compareTo(tolerance) > 0) {
            out.accept(finding(table, last,
                    "各项成本指标合计（" + parts + "）为" + wan(sum) + "万元，超过预算数" + wan(budgetYuan) + "万元。",
                    "核对各项成本测算，使合计不超过预算数；若某项是其他项的一部分，在指标描述中写明。"));
        }
    }

    /** A money value: comparator, number and unit ({@code ≤}, 2.86, {@code 万元/人}). */
    private record Money(Comparator comparator, BigDecimal number, String unit) {
    }

    /** The value of a money cost row (total or per-unit money), or null when the row is no such row. */
    private Money moneyCost(Indicator indicator) {
        if (!Categories.isMoneyCost(indicator)) {
            return null;
        }
        Money money;
        if (indicator.value() instanceof Quantitative q) {
            money = new Money(q.comparator(), q.number(), q.unit());
        } else {
            return null;
        }
        if (money == null || money.number.signum() < 0) {
            return null;
        }
        String unit = money.unit;
        if (moneyUnits.isOneOf(unit) && Categories.yuanShift(unit) >= 0
                || Categories.perUnitMoney(unit, moneyUnits) != null) {
            return money;
        }
        return null;
    }


    /** The amount a money cost row stands for, or null when it cannot be read safely. */
    private Cost read(List<Indicator> indicators, int row) {
        Indicator indicator = indicators.get(row);
        Money q = moneyCost(indicator);
        if (q == null || isFloor(q.comparator())) {
            return null;
        }
        boolean cap = q.comparator() == Comparator.LE || q.comparator() == Comparator.LT;
        int shift = Categories.yuanShift(q.unit());
        if (shift >= 0) {
            if (looksLikeUnitCost(indicator)) {
                return null;
            }
            return new Cost(row, q.number().movePointRight(shift), rounding(q.number(), shift),
                    cap ? Bound.AT_MOST : Bound.EXACT, -1);
        }
        String money = Categories.perUnitMoney(q.unit(), moneyUnits);
        String per = perWhat(Categories.perUnitDenominator(q.unit()));
        shift = money == null ? -1 : Categories.yuanShift(money);
        if (shift < 0 || per == null) {
            return null;
        }
        int match = -1;
        int scale = 0;
        for (int r = 0; r < indicators.size(); r++) {
            Indicator other = indicators.get(r);
            if (r == row || !Categories.isQuantity(other) || !(other.value() instanceof Quantitative n)) {
                continue;
            }
            int s = countShift(n.unit(), per);
            if (s >= 0) {
                if (match >= 0) {
                    return null; // two quantities in the unit: which one the unit cost is per is unclear
                }
                match = r;
                scale = s;
            }
        }
        if (match < 0) {
            return null;
        }
        Quantitative quantity = (Quantitative) indicators.get(match).value();
        Comparator c = quantity.comparator();
        if (c == Comparator.LE || c == Comparator.LT || quantity.number().signum() <= 0) {
            return null;
        }
        BigDecimal count = quantity.number().movePointRight(scale);
        BigDecimal yuan = q.number().multiply(count).movePointRight(shift);
        BigDecimal tolerance = rounding(q.number(), shift).multiply(count)
                .add(rounding(quantity.number(), scale).multiply(q.number().movePointRight(shift)));
        boolean floor = isFloor(c);
        if (floor && cap) {
            return new Cost(row, yuan, tolerance, null, match); // planned amount: counts in a sum only
        }
        return new Cost(row, yuan, tolerance, floor ? Bound.AT_LEAST : cap ? Bound.AT_MOST : Bound.EXACT, match);
    }

    /** What a unit cost is per, with a yearly period dropped ({@code 人·年} → 人); null for 人·月, 人/天 and the like. */
    private static String perWhat(String denominator) {
        if (denominator == null) {
            return null;
        }
        String per = denominator;
        for (String year : new String[] {"·年", "/年", "*年"}) {
            if (per.length() > year.length() && per.endsWith(year)) {
                per = per.substring(0, per.length() - year.length());
                break;
            }
        }
        return per.indexOf('/') >= 0 || per.indexOf('·') >= 0 || per.equals("年") ? null : per;
    }

    /** The power of ten a quantity in {@code unit} counts of {@code per} ({@code 万盏} of 盏: 4), or -1. */
    private int countShift(String unit, String per) {
        if (unit.equals(per)) {
            return 0;
        }
        if (unit.length() > per.length() && unit.endsWith(per)) {
            String magnitude = unit.substring(0, unit.length() - per.length());
            if (magnitudes.isOneOf(magnitude)) {
                return switch (magnitude) {
                    case "十" -> 1;
                    case "百" -> 2;
                    case "千" -> 3;
                    case "万" -> 4;
                    case "十万" -> 5;
                    case "百万" -> 6;
                    case "千万" -> 7;
                    case "亿" -> 8;
                    default -> -1;
                };
            }
        }
        return -1;
    }

    private boolean looksLikeUnitCost(Indicator indicator) {
        return unitCostWords.occursIn(RuleText.compact(indicator.name()))
                || unitCostWords.occursIn(RuleText.compact(indicator.description()));
    }

    /** The row and, for a unit cost, the product: 成本指标“所需成本”“3万元/人”乘以数量指标“人员数量”“6人”得18.00万元. */
    private static String describe(CheckedTable table, Cost cost) {
        Indicator indicator = table.indicators().get(cost.row);
        String text = "成本指标“" + RuleText.shown(indicator.name()) + "”“" + indicator.value().format().strip() + "”";
        if (cost.paired < 0) {
            return text;
        }
        Indicator quantity = table.indicators().get(cost.paired);
        return text + "乘以数量指标“" + RuleText.shown(quantity.name()) + "”“" + quantity.value().format().strip()
                + "”得" + wan(cost.yuan) + "万元";
    }

    private static boolean isFloor(Comparator comparator) {
        return comparator == Comparator.GE || comparator == Comparator.GT;
    }

    /**
     * Half a unit of the last decimal written, shifted: 73.2万元 → 500元, 2.86万元 → 50元. A whole number is taken
     * as exact ({@code 3万元/人} means 3, not 2.5–3.5); its rounding is covered by the relative tolerance.
     */
    private static BigDecimal rounding(BigDecimal number, int shift) {
        if (number.scale() <= 0) {
            return BigDecimal.ZERO;
        }
        return HALF.movePointLeft(number.scale()).movePointRight(shift);
    }

    /** An amount in 元 shown in 万元 as the budget column prints it (two decimals, more when needed). */
    private static String wan(BigDecimal yuan) {
        return RuleText.wan(yuan.movePointLeft(WAN));
    }

    private Finding finding(CheckedTable table, int row, String message, String suggestion) {
        return new Finding(id(), severity, Location.row(table.projectCode(), row, "value"), message, suggestion);
    }
}

package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import org.jixiao.indicators.domain.Direction;
import org.jixiao.indicators.domain.DirectionRules;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.Quantitative;

/**
 * 比较符方向错误: the comparator points against what is measured (rules.md §2.4: ≥ scores 正向, ≤ 反向).
 *
 * <ul>
 * <li>the name's head keyword says 越高越好 (成功率, 满意度 …) and the value caps it: {@code 发放成功率 ≤95%};</li>
 * <li>the name's head keyword says 越低越好 (故障时间, 发生率, 成本 …) and the value sets a floor:
 * {@code 修复时间 ≥2小时};</li>
 * <li>no keyword, but the row is an effect that can only be good (质量, 效益, 可持续影响, 满意度) and a high
 * percentage is capped: {@code 建立新站持续发展情况 ≤95%};</li>
 * <li>an output quantity (数量指标) counted in things is capped: {@code 新建消防车库数量 ≤4座}.</li>
 * </ul>
 *
 * <p>Name direction follows {@link DirectionRules} (built from the configured lists; the head keyword, i.e. the
 * one ending last, wins). Left alone: names whose direction depends on context (占比, 增长率, 控制率 …), rows
 * whose description says a cap is meant (控制在, 不超过 …), bad things named with a verb that turns them into
 * work done (减少经济损失 ≥100万元, 整治隐患 ≥100处), rates capped in a cost row (预算执行率 ≤100%), and a bare
 * value without comparator.
 */
public final class ComparatorDirectionRule implements TableRule {

    private final Severity severity;
    private final DirectionRules directionRules;
    private final Keywords higher;
    private final Keywords lower;
    private final Keywords neutral;
    private final Keywords capIntent;
    private final Keywords reducingVerbs;
    private final Keywords higherTails;
    private final Keywords lowerTails;
    private final Keywords nonCountUnits;
    private final UnitFamilies units;
    private final Set<Level2Category> goodCategories;
    private final BigDecimal categoryCapMinPercent;

    public ComparatorDirectionRule(RuleConfig config) {
        this.severity = config.severity(id());
        // validates the lists (no blanks, no keyword in both) and documents the semantics the matcher follows
        this.directionRules = new DirectionRules(config.keywords("direction.higherIsBetter"),
                config.keywords("direction.lowerIsBetter"));
        this.higher = Keywords.of(directionRules.higherIsBetter());
        this.lower = Keywords.of(directionRules.lowerIsBetter());
        this.neutral = Keywords.of(config.keywords("direction.contextDependent"));
        this.capIntent = Keywords.of(config.keywords("direction.capIntent"));
        this.reducingVerbs = Keywords.of(config.keywords("direction.reducingVerbs"));
        this.higherTails = Keywords.of(config.keywords("direction.higherTails"));
        this.lowerTails = Keywords.of(config.keywords("direction.lowerTails"));
        List<String> nonCount = new ArrayList<>(config.keywords("unit.family.money"));
        nonCount.addAll(config.keywords("unit.family.time"));
        nonCount.addAll(config.keywords("unit.family.rate"));
        this.nonCountUnits = Keywords.of(nonCount);
        this.units = new UnitFamilies(config);
        Set<Level2Category> good = EnumSet.noneOf(Level2Category.class);
        for (String name : config.keywords("direction.goodCategories")) {
            good.add(Level2Category.valueOf(name));
        }
        this.goodCategories = good;
        this.categoryCapMinPercent = config.number("direction.categoryCapMinPercent");
    }

    @Override
    public RuleId id() {
        return RuleId.COMPARATOR_DIRECTION;
    }

    /** The rules this check reads names by (from the configuration). */
    public DirectionRules directionRules() {
        return directionRules;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (!(indicator.value() instanceof Quantitative q)) {
                continue;
            }
            Comparator comparator = q.comparator();
            boolean capped = comparator == Comparator.LE || comparator == Comparator.LT;
            boolean floored = comparator == Comparator.GE || comparator == Comparator.GT;
            if (!capped && !floored) {
                continue;
            }
            String name = RuleText.compact(indicator.name());
            long up = higher.lastMatch(name);
            long down = lower.lastMatch(name);
            Direction byName = pick(up, down);
            // the exceptions are read only when a finding is at hand: most rows agree with their name
            if (byName == Direction.HIGHER_IS_BETTER) {
                // a rate capped in a cost row (预算执行率 ≤100%) is a spending cap, and a "rate" given in days
                // (及时率 ≤30天) measures a duration: neither is a direction error (the latter is a unit error)
                if (capped && tailAllowed(name, Keywords.end(up), higherTails) && !Categories.isMoneyCost(indicator)
                        && (q.unit().isEmpty() || units.fitsRate(q.unit())) && !neutral.occursIn(name)) {
                    out.accept(finding(table, row, indicator, q, "是越高越好的指标", "≥", "或确认目标确为上限。"));
                }
            } else if (byName == Direction.LOWER_IS_BETTER) {
                // 减少经济损失 ≥100万元, 整治安全隐患 ≥100处: the verb turns the bad thing into work done
                if (floored && tailAllowed(name, Keywords.end(down), lowerTails) && !reducingVerbs.occursIn(name)
                        && !neutral.occursIn(name)) {
                    out.accept(finding(table, row, indicator, q, "是越低越好的指标", "≤", "或确认目标确为下限。"));
                }
            } else if (capped && !neutral.occursIn(name) && !reducingVerbs.occursIn(name)
                    && !capIntent.occursIn(RuleText.compact(indicator.description()))) {
                checkCappedWithoutKeyword(table, row, indicator, q, out);
            }
        }
    }

    private void checkCappedWithoutKeyword(CheckedTable table, int row, Indicator indicator, Quantitative q,
                                           Consumer<Finding> out) {
        Level2Category category = indicator.level2().category();
        if (category == null) {
            return;
        }
        if (goodCategories.contains(category) && q.isPercent() && q.number().compareTo(categoryCapMinPercent) >= 0) {
            out.accept(finding(table, row, indicator, q, "属于" + category.label() + "，衡量的是越高越好的效果",
                    "≥", "或确认目标确为上限。"));
        } else if (category == Level2Category.QUANTITY && !q.unit().isEmpty() && !nonCountUnits.isOneOf(q.unit())
                && Categories.perUnitDenominator(q.unit()) == null) {
            out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                    "“" + RuleText.shown(indicator.name()) + "”是产出数量指标，指标值却写成“" + q.format().strip()
                            + "”（" + RuleText.words(q.comparator()) + "），把计划产出写成了上限。",
                    "改为“≥" + RuleText.plain(q.number()) + q.unit() + "”或直接写计划数量“" + RuleText.plain(q.number())
                            + q.unit() + "”；若确需控制数量，在指标描述中写明“控制在…以内”。"));
        }
    }

    private Finding finding(CheckedTable table, int row, Indicator indicator, Quantitative q, String what,
                            String symbol, String orElse) {
        return new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                "“" + RuleText.shown(indicator.name()) + "”" + what + "，指标值却写成“" + q.format().strip() + "”（"
                        + RuleText.words(q.comparator()) + "）。",
                "改为“" + symbol + RuleText.plain(q.number()) + q.unit() + "”，" + orElse);
    }

    /** The direction of the head keyword, as {@link DirectionRules#match} decides it; null without a keyword. */
    static Direction pick(long up, long down) {
        if (up < 0 && down < 0) {
            return null;
        }
        if (down < 0) {
            return Direction.HIGHER_IS_BETTER;
        }
        if (up < 0) {
            return Direction.LOWER_IS_BETTER;
        }
        int upEnd = Keywords.end(up);
        int downEnd = Keywords.end(down);
        if (upEnd != downEnd) {
            return upEnd > downEnd ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        }
        return Keywords.length(up) >= Keywords.length(down) ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
    }

    /**
     * Whether what follows the head keyword still names the same measure: nothing, or a short tail such as
     * 次数 / 率 (事故发生次数) — but not 处理数量 (投诉处理数量 counts work done, which goes up).
     */
    private static boolean tailAllowed(String name, int end, Keywords tails) {
        return end == name.length() || tails.isOneOf(name.substring(end));
    }
}

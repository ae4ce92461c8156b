package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;
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

/**
 * 指标值不合理: a value that cannot be met or means nothing —
 * <ul>
 * <li>a bounded rate (合格率, 满意度, 占比 …) above 100% ({@code 120%}, {@code ≥120%}) or ">100%";</li>
 * <li>a bounded rate "≥100%": it can only be met at exactly 100%, so it should read "100%" (reported one
 * severity lower than the configured one: a wording fault, not an impossible target);</li>
 * <li>a money cost of 0 ({@code 0万元}, {@code ≤0元});</li>
 * <li>a negative quantity, cost or bounded rate.</li>
 * </ul>
 * Names that may exceed 100% (增长率, 提高, 回报率 …) are configuration ({@code implausible.mayExceed100}).
 */
public final class ImplausibleValueRule implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Severity severity;
    private final Severity wordingSeverity;
    private final UnitFamilies units;
    private final Keywords mayExceed;

    public ImplausibleValueRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.wordingSeverity = Severities.lower(severity);
        this.units = new UnitFamilies(config);
        this.mayExceed = Keywords.of(config.keywords("implausible.mayExceed100"));
    }

    @Override
    public RuleId id() {
        return RuleId.IMPLAUSIBLE_VALUE;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (!(indicator.value() instanceof Quantitative q)) {
                continue;
            }
            BigDecimal number = q.number();
            Comparator comparator = q.comparator();
            boolean cost = Categories.isMoneyCost(indicator) && units.isMoney(q.unit());
            if (cost && number.signum() == 0 && comparator != Comparator.GE && comparator != Comparator.GT) {
                report(table, row, indicator, q, severity, "是成本指标，指标值却为0",
                        "填写测算的所需金额，应与预算数相符。", out);
                continue;
            }
            if (!q.isPercent() && !cost && !Categories.isQuantity(indicator)) {
                continue;
            }
            if (number.signum() >= 0 && (!q.isPercent() || number.compareTo(HUNDRED) < 0)) {
                continue; // the common case (≥95%, 99人, ≤20万元): nothing to read in the name
            }
            String name = RuleText.compact(indicator.name());
            boolean boundedRate = q.isPercent() && units.isRateName(name) && !mayExceed.occursIn(name);
            if (number.signum() < 0 && (cost || boundedRate || Categories.isQuantity(indicator) && !q.isPercent())) {
                report(table, row, indicator, q, severity, "的指标值为负数",
                        "数量、金额和比率不能为负；若要表达减少，在名称中写明“减少…”并填正数。", out);
                continue;
            }
            if (!boundedRate) {
                continue;
            }
            int vsHundred = number.compareTo(HUNDRED);
            if (vsHundred > 0 && comparator != Comparator.LE && comparator != Comparator.LT) {
                report(table, row, indicator, q, severity, "是不超过100%的比率，指标值却为“" + q.format().strip() + "”",
                        "比率最高为100%，按实际可达到的水平填写，如“≥95%”或“100%”。", out);
            } else if (vsHundred == 0 && comparator == Comparator.GT) {
                report(table, row, indicator, q, severity, "是不超过100%的比率，指标值“" + q.format().strip() + "”无法达到",
                        "改为“100%”或“=100%”。", out);
            } else if (vsHundred == 0 && comparator == Comparator.GE) {
                report(table, row, indicator, q, wordingSeverity, "是不超过100%的比率，“" + q.format().strip()
                                + "”只有等于100%才能达到",
                        "应写为“=100%”或“100%”；若目标允许低于100%，写实际的下限，如“≥95%”。", out);
            }
        }
    }

    private void report(CheckedTable table, int row, Indicator indicator, Quantitative q, Severity level, String what,
                        String advice, Consumer<Finding> out) {
        String message = "“" + RuleText.shown(indicator.name()) + "”" + what;
        if (!what.contains(q.format().strip())) {
            message += "（“" + q.format().strip() + "”）";
        }
        out.accept(new Finding(id(), level, Location.row(table.projectCode(), row, "value"), message + "。", advice));
    }
}

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
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.SpendingPlan;

/**
 * 支出计划有误: the 资金支出计划 of a project table, a cumulative plan by month —
 * <ul>
 * <li>decreases ({@code 6月底 60%, 10月底 50%}): impossible for cumulative spending, reported at the configured
 * severity (ERROR by default: the plan cannot be monitored against);</li>
 * <li>ends below 100% ({@code …10月底 80%} and nothing after, or {@code 12月底 90%}): the money granted for the year
 * is not planned to be spent; one step milder (WARNING), since the plan is readable and may be deliberate;</li>
 * <li>is empty: two steps milder (INFO), the table is incomplete rather than wrong.</li>
 * </ul>
 * Reaching 100% before December ({@code 10月底 100%}) is fine.
 */
public final class SpendingPlanInvalidRule implements TableRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Severity severity;
    private final Severity incomplete;
    private final Severity empty;

    public SpendingPlanInvalidRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.incomplete = Severities.lower(severity);
        this.empty = Severities.lower(incomplete);
    }

    @Override
    public RuleId id() {
        return RuleId.SPENDING_PLAN_INVALID;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        if (table.project() == null) {
            return;
        }
        SpendingPlan plan = table.project().plan();
        Location where = Location.table(table.projectCode(), "spendingPlan");
        if (plan.isEmpty()) {
            out.accept(new Finding(id(), empty, where, "未填写资金支出计划。",
                    "按季度或月份填写累计支出进度，如3月底30%、6月底60%、10月底80%、12月底100%。"));
            return;
        }
        List<Checkpoint> points = plan.checkpoints();
        for (int i = 1; i < points.size(); i++) {
            Checkpoint before = points.get(i - 1);
            Checkpoint after = points.get(i);
            if (after.cumulativePercent().compareTo(before.cumulativePercent()) < 0) {
                out.accept(new Finding(id(), severity, where,
                        "资金支出计划是累计进度，" + before.month() + "月底" + percent(before) + "之后" + after.month()
                                + "月底却为" + percent(after) + "，出现下降。",
                        "按累计口径填写：每个时点的比例不低于前一时点，12月底达到100%。"));
                break;
            }
        }
        Checkpoint last = points.get(points.size() - 1);
        if (last.cumulativePercent().compareTo(HUNDRED) < 0) {
            out.accept(new Finding(id(), incomplete, where,
                    "资金支出计划到" + last.month() + "月底累计只有" + percent(last) + "，年底前未达到100%。",
                    "补全至12月底累计100%；确需跨年度支出的，在资金用途中说明原因。"));
        }
    }

    private static String percent(Checkpoint point) {
        return RuleText.plain(point.cumulativePercent()) + "%";
    }
}

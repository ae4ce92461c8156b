package org.jixiao.checks.domain.rules;

import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.projects.domain.Funding;
import org.jixiao.shared.Amount;

/**
 * 预算数不一致: 财政资金 + 其他资金 ≠ 预算数, compared exactly in 元 (money has two decimals in 元, so there is
 * no rounding to allow for). A part left blank counts as zero ({@code 财政资金 = 预算数}, 其他资金 blank, is
 * right); a table that gives no part, or no 预算数, declares no split and is not checked here.
 *
 * <p>Department tables carry no funding in the data model, so there is no unit-level total to compare with the
 * projects; the check is per project table only.
 */
public final class BudgetInconsistentRule implements TableRule {

    private final Severity severity;

    public BudgetInconsistentRule(RuleConfig config) {
        this.severity = config.severity(id());
    }

    @Override
    public RuleId id() {
        return RuleId.BUDGET_INCONSISTENT;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        if (table.project() == null) {
            return;
        }
        Funding funding = table.project().funding();
        Amount budget = funding.budget();
        if (budget == null || funding.fiscal() == null && funding.other() == null) {
            return;
        }
        Amount sum = funding.sumOfParts();
        if (sum.compareTo(budget) == 0) {
            return;
        }
        String parts = "财政资金" + wan(funding.fiscal()) + "万元与其他资金" + wan(funding.other()) + "万元之和（"
                + sum.toWan().toPlainString() + "万元）";
        out.accept(new Finding(id(), severity, Location.table(table.projectCode(), "budgetWan"),
                "预算数" + budget.toWan().toPlainString() + "万元不等于" + parts + "。",
                "核对预算规模：预算数应等于财政资金与其他资金之和，按批复的资金来源改正其中有误的一项。"));
    }

    private static String wan(Amount amount) {
        return amount == null ? "0" : amount.toWan().toPlainString();
    }
}

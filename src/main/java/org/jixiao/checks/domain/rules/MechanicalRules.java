package org.jixiao.checks.domain.rules;

import java.util.List;

import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;

/**
 * The mechanical rules, built for one {@link RuleConfig} (each compiles its keyword lists and patterns once).
 * Build them again when the configuration changes; the engine skips the rules the configuration switches off.
 */
public final class MechanicalRules {

    private MechanicalRules() {
    }

    public static List<TableRule> tableRules(RuleConfig config) {
        return List.of(
                new ComparatorDirectionRule(config),
                new DeadlineOutsideYearRule(config),
                new CostMismatchRule(config),
                new BudgetInconsistentRule(config),
                new MissingCategoryRule(config),
                new UnitMissingRule(config),
                new UnitWrongRule(config),
                new ImplausibleValueRule(config),
                new FormatErrorRule(config),
                new MissingBasisRule(config),
                new SpendingPlanInvalidRule(config),
                new DuplicateIndicatorRule(config));
    }

    /**
     * None yet: the one cross-table check asked for (department total against the projects' budgets) has no data
     * to run on, since a department table carries no funding.
     */
    public static List<UnitRule> unitRules(RuleConfig config) {
        return List.of();
    }
}

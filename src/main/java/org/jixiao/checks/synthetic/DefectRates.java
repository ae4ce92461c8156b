package org.jixiao.checks.synthetic;

/**
 * How often the generator writes each kind of defect the goal checks look for. Rates are probabilities in
 * [0, 1]; the unit each applies to (an eligible row, a table, a unit) is named beside it.
 *
 * @param wrongComparator        per 正向 percentage row (成功率, 合格率, 满意度 …): {@code ≤95%} where {@code ≥95%}
 *                               is meant (seed 001: 发放成功率 ≤95%, 持续发展情况 ≤95%)
 * @param sloganBenefit          per table: its 经济效益/可持续影响 row repeats a slogan as its value (seed 001: 7 of 9
 *                               project tables, e.g. 促进地方经济发展，提高人民生活水平)
 * @param pseudoQuantified       per 效益 row: a percentage put on something that cannot be counted (seed 001:
 *                               公共服务水平提升情况 ≥95%, 保障职工的正常办公条件 100%)
 * @param deadlineYearOff        per table with a deadline row: the row names the year before the budget year (seed
 *                               001: 预计2023年12月底前完成 in 2024 tables)
 * @param descriptionCopiesName  per row: 指标描述 is the 指标名称 again (seed 001: 所需成本 / 所需成本)
 * @param valueCopiesDescription per qualitative row outside the slogans: the value repeats the description
 * @param vagueValue             per 效益 row: 明显提升, 有所改善 and the like
 * @param missingUnit            per count row: the number without its unit ({@code 99} for {@code 99人})
 * @param missingBasis           per row: 指标值确定依据 left empty
 * @param costMismatch           per table: the 成本 row's amount differs from 预算数
 * @param budgetInconsistent     per table: 财政资金 + 其他资金 differs from 预算数
 * @param planDefect             per table: a spending plan that goes down or stops short of 100%
 * @param missingCategory        per table: no 满意度 rows, or no 效益 rows
 * @param misclassified          per table: one row filed under the wrong 二级 (a 满意度 row under 社会效益 …)
 * @param duplicateRow           per table: one row written twice
 * @param boilerplate            per project table: copies its unit's stock rows (工作完成率 ≥95%, the unit's
 *                               经济效益 slogan, 满意度 ≥90%) and stock goals instead of its own (seed 001: 4 of 9)
 */
public record DefectRates(double wrongComparator, double sloganBenefit, double pseudoQuantified,
                          double deadlineYearOff, double descriptionCopiesName, double valueCopiesDescription,
                          double vagueValue, double missingUnit, double missingBasis, double costMismatch,
                          double budgetInconsistent, double planDefect, double missingCategory, double misclassified,
                          double duplicateRow, double boilerplate) {

    public DefectRates {
        for (double rate : new double[] {wrongComparator, sloganBenefit, pseudoQuantified, deadlineYearOff,
                descriptionCopiesName, valueCopiesDescription, vagueValue, missingUnit, missingBasis, costMismatch,
                budgetInconsistent, planDefect, missingCategory, misclassified, duplicateRow, boilerplate}) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("a rate is a probability in [0, 1]: " + rate);
            }
        }
    }

    /**
     * Rates measured on seed 001 (巨鹿县消防救援大队 2024, nine project tables, 63 rows) where it shows the defect,
     * and small rates for defects it happens not to show but finance bureaus report (rules.md §10).
     */
    public static DefectRates likeSeed001() {
        return new DefectRates(0.05, 0.5, 0.06, 0.2, 0.05, 0.03, 0.05, 0.02, 0.01, 0.03, 0.01, 0.02, 0.02, 0.1,
                0.01, 0.45);
    }

    /** Clean tables: every rate zero. */
    public static DefectRates none() {
        return new DefectRates(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}

package org.jixiao.scoring.domain;

/** Which 反向 (≤/<) formula a policy uses when the actual value is worse than the target (rules.md §2.4). */
public enum ReverseFormula {
    /**
     * fasp2 {@code selfreverseindex} [I]: {@code (1 − (实际值 − 指标值)/指标值) × 分值} while the actual is below
     * twice the target, 0 from twice the target on.
     */
    LINEAR_TO_DOUBLE("（1 −（实际值 − 指标值）/ 指标值）× 分值；实际值 ≥ 2 × 指标值 得0分（rules.md §2.4，fasp2）"),
    /** S9 填表说明 [L]: {@code 指标值 / 实际值 × 分值}. */
    RATIO("指标值 / 实际值 × 分值（rules.md §2.4，S9 填表说明）");

    private final String formula;

    ReverseFormula(String formula) {
        this.formula = formula;
    }

    /** The formula in Chinese, with its source. */
    public String formula() {
        return formula;
    }
}

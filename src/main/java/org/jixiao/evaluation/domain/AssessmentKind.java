package org.jixiao.evaluation.domain;

/**
 * How an indicator is assessed, derived from its target (指标值): a measurement against a number with its unit, a
 * completion date against a deadline, a band judged for a 定性 value; or not at all (不适用, chosen by the user).
 */
public enum AssessmentKind {
    /** 定量: 实际完成值 is a number in the target's unit. */
    MEASURED("定量"),
    /** 时限: 实际完成值 is the completion date; on time scores full, late is judged in a band. */
    DEADLINE("时限"),
    /** 定性: 实际完成值 is one of the three bands, with a score inside the band. */
    JUDGED("定性"),
    /** 不适用: not scored; the total is re-based to 100. */
    NOT_APPLICABLE("不适用");

    private final String label;

    AssessmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jixiao.rectification.domain;

/** 问题来源: where a problem was found. */
public enum ProblemSource {
    /** 审核检查发现（已复核保留）: a check finding kept on a submitted goal table. */
    CHECK_FINDING("审核检查发现"),
    /** 监控红灯: a red lamp of 运行监控. */
    RED_LAMP("监控红灯"),
    /** 自评未达目标: an indicator below its target in the self-evaluation. */
    BELOW_TARGET("自评指标未达目标"),
    /** 自评得分偏低: a low score per 一级/二级指标. */
    LOW_SCORE("自评得分偏低"),
    /** 财政审核意见: the finance bureau's review opinion. */
    BUREAU_OPINION("财政审核意见"),
    /** 审计发现: an audit finding entered by hand. */
    AUDIT("审计发现");

    private final String label;

    ProblemSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

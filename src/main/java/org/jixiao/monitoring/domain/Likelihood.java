package org.jixiao.monitoring.domain;

/** 完成目标可能性 (rules.md §6.3 complete_rate; options from the 136号 附表, UNCONFIRMED). */
public enum Likelihood {
    CERTAIN("确定能"), POSSIBLE("有可能"), IMPOSSIBLE("完全不可能");

    private final String label;

    Likelihood(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.jixiao.monitoring.domain;

/** Qualitative progress of an indicator so far (rules.md §6.4, fasp2 定性指标灯 [I, S20]). */
public enum IndicatorProgress {
    ACHIEVED("达成年度指标"),
    PARTLY_ACHIEVED("部分达成年度指标并具有一定效果"),
    NOT_ACHIEVED("未达成年度指标且效果较差");

    private final String label;

    IndicatorProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

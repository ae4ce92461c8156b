package org.jixiao.indicators.domain;

/**
 * 一级指标: the top level of the indicator tree (rules.md §5.1): 产出, 效益, 满意度, and 成本 as a first level
 * in the 财预〔2021〕101号 layout (rules.md §5.2).
 */
public enum Level1Category {
    /** 产出指标. */
    OUTPUT("产出指标"),
    /** 效益指标. */
    BENEFIT("效益指标"),
    /** 满意度指标. */
    SATISFACTION("满意度指标"),
    /** 成本指标 as a 一级 (2021 layout); the legacy layout files 成本 as a 二级 under 产出. */
    COST("成本指标");

    private final String label;

    Level1Category(String label) {
        this.label = label;
    }

    /** The standard Chinese label. */
    public String label() {
        return label;
    }
}

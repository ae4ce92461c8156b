package org.jixiao.indicators.domain;

import java.util.Arrays;
import java.util.List;

/**
 * 二级指标, each under its {@link Level1Category} (rules.md §5.1, §5.2). Both layouts are present: the legacy
 * 产出 → 成本指标 ({@link #OUTPUT_COST}, still used by local forms) and the 2021 成本 → 经济/社会/生态环境成本.
 */
public enum Level2Category {
    /** 数量指标. */
    QUANTITY(Level1Category.OUTPUT, "数量指标"),
    /** 质量指标. */
    QUALITY(Level1Category.OUTPUT, "质量指标"),
    /** 时效指标. */
    TIMELINESS(Level1Category.OUTPUT, "时效指标"),
    /** 成本指标 under 产出 (legacy layout). */
    OUTPUT_COST(Level1Category.OUTPUT, "成本指标"),
    /** 经济效益指标. */
    ECONOMIC_BENEFIT(Level1Category.BENEFIT, "经济效益指标"),
    /** 社会效益指标. */
    SOCIAL_BENEFIT(Level1Category.BENEFIT, "社会效益指标"),
    /** 生态效益指标 (older templates: 环境效益指标). */
    ECOLOGICAL_BENEFIT(Level1Category.BENEFIT, "生态效益指标"),
    /** 可持续影响指标. */
    SUSTAINABLE_IMPACT(Level1Category.BENEFIT, "可持续影响指标"),
    /** 服务对象满意度指标 (older templates: 社会公众或服务对象满意度指标). */
    SERVICE_SATISFACTION(Level1Category.SATISFACTION, "服务对象满意度指标"),
    /** 经济成本指标. */
    ECONOMIC_COST(Level1Category.COST, "经济成本指标"),
    /** 社会成本指标. */
    SOCIAL_COST(Level1Category.COST, "社会成本指标"),
    /** 生态环境成本指标. */
    ECOLOGICAL_COST(Level1Category.COST, "生态环境成本指标");

    private final Level1Category parent;
    private final String label;

    Level2Category(Level1Category parent, String label) {
        this.parent = parent;
        this.label = label;
    }

    /** The 一级 this 二级 belongs under. */
    public Level1Category parent() {
        return parent;
    }

    /** The standard Chinese label. */
    public String label() {
        return label;
    }

    /** The 二级 categories under {@code parent}, in declaration order. */
    public static List<Level2Category> childrenOf(Level1Category parent) {
        return Arrays.stream(values()).filter(c -> c.parent == parent).toList();
    }
}

package org.jixiao.checks.domain;

/** The rules of the goal checks, each with its Chinese title. One rule class per id. */
public enum RuleId {
    NOT_QUANTIFIED("指标未量化"),
    PSEUDO_QUANTIFIED("伪量化"),
    VALUE_COPIES_DESC("指标值照抄描述"),
    DESC_COPIES_NAME("描述照抄指标名称"),
    COMPARATOR_DIRECTION("比较符方向错误"),
    DEADLINE_OUTSIDE_YEAR("时限超出预算年度"),
    COST_MISMATCH("成本与预算不符"),
    BUDGET_INCONSISTENT("预算数不一致"),
    MISSING_CATEGORY("缺少必备指标类别"),
    MISCLASSIFIED("指标归类错误"),
    UNIT_MISSING("缺少计量单位"),
    UNIT_WRONG("计量单位不当"),
    IMPLAUSIBLE_VALUE("指标值不合理"),
    FORMAT_ERROR("指标值格式错误"),
    MISSING_BASIS("缺少指标值确定依据"),
    SPENDING_PLAN_INVALID("支出计划有误"),
    DUPLICATE_INDICATOR("重复指标"),
    BOILERPLATE("套话指标跨项目照搬"),
    GOAL_NOT_COVERED("绩效目标无指标衡量"),
    IRRELEVANT_INDICATOR("指标与项目无关");

    private final String title;

    RuleId(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}

package org.jixiao.checks.domain.rules;

import org.jixiao.indicators.domain.Level2Category;

/** Examples of measurable values per 二级指标, for the suggestions of the semantic rules. */
final class SemanticExamples {

    private SemanticExamples() {
    }

    /** A suggestion of how a value of {@code category} is made measurable; {@code year} is the table's year. */
    static String measurable(Level2Category category, int year) {
        if (category == null) {
            return "改为可计量的指标（数值加计量单位，如“≥200人次”），或给出可核验的定性标准（如“验收合格”“符合《××规范》”）。";
        }
        return switch (category) {
            case QUANTITY -> "改为具体数量，如“培训人数 ≥200人次”“新建设施 ≥4座”。";
            case QUALITY -> "改为可核验的质量标准，如“验收合格率 ≥95%”或“符合《××技术规范》”。";
            case TIMELINESS -> "写明完成时限，如“" + year + "年12月底前完成”。";
            case OUTPUT_COST, ECONOMIC_COST -> "填写成本金额上限，如“≤50万元”，并与预算数一致。";
            case ECONOMIC_BENEFIT -> "改为可计量的经济效益，如“带动就业人数 ≥N人”“减少经济损失 ≥N万元”，或给出可核验的定性标准。";
            case SOCIAL_BENEFIT -> "改为可计量的社会效益，如“受益人数 ≥N人”“事故起数同比下降 ≥N%”，或可核验的定性标准（如“全年无重大安全事故”）。";
            case ECOLOGICAL_BENEFIT -> "改为可计量的生态效益，如“新增绿化面积 ≥N平方米”“空气质量优良天数比例 ≥N%”。";
            case SUSTAINABLE_IMPACT -> "改为可核验的长效指标，如“设施设计使用年限 ≥N年”“建立长效管护制度（是/否）”。";
            case SERVICE_SATISFACTION -> "改为问卷调查得出的比率，如“服务对象满意度 ≥90%”，并写明调查方式。";
            case SOCIAL_COST, ECOLOGICAL_COST -> "写明可核验的约束，如“因项目实施引发的投诉 ≤N起”“不新增污染物排放（是/否）”。";
        };
    }
}

package org.jixiao.goals.web;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The REST representation of a goal table (绩效目标表). Money in 万元, percentages as numbers 0–100. On reads
 * each indicator also carries its normalised categories and the typed parse of its value; on writes those are
 * ignored. {@code version} must be sent back on PUT (optimistic locking).
 */
@Schema(name = "GoalTable", description = "绩效目标表")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GoalTableDocument(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "读取时的版本号，PUT 时必须原样提交") Long version,
        @Schema(description = "PROJECT 项目绩效目标表 / DEPARTMENT 部门整体绩效目标", example = "PROJECT") String kind,
        @Schema(example = "2024") Integer fiscalYear,
        @Schema(example = "807001") String unitCode,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, example = "巨鹿县消防救援大队本级") String unitName,
        @Schema(example = "13052924P00584012429T") String projectCode,
        @Schema(example = "高危执勤补贴经费") String projectName,
        @Schema(description = "预算数（万元）", example = "73.20") BigDecimal budgetWan,
        @Schema(description = "其中：财政资金（万元）", example = "73.20") BigDecimal fiscalWan,
        @Schema(description = "其他资金（万元）") BigDecimal otherWan,
        @Schema(description = "资金用途") String purpose,
        @Schema(description = "资金支出计划：月底累计支出百分比") List<PlanPoint> spendingPlan,
        @Schema(description = "绩效目标") List<String> goals,
        List<IndicatorDocument> indicators,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "保存时发现的提示，如未识别的指标类别")
        List<Notice> notices) {

    public record PlanPoint(@Schema(example = "3") Integer month, @Schema(example = "30") BigDecimal percent) {
    }

    @Schema(name = "Indicator", description = "三级指标")
    public record IndicatorDocument(
            @Schema(description = "一级指标（原文）", example = "产出指标") String level1,
            @Schema(description = "二级指标（原文）", example = "数量指标") String level2,
            @Schema(description = "三级指标", example = "人员数量") String name,
            @Schema(description = "绩效指标描述") String description,
            @Schema(description = "指标值", example = "≥95%") String value,
            @Schema(description = "指标值确定依据") String basis,
            @Schema(description = "分值") BigDecimal weight,
            @Schema(description = "计算公式/计算方法") String formula,
            @Schema(description = "数据来源") String dataSource,
            @Schema(description = "评（扣）分标准") String scoringStandard,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "一级指标的标准类别，未识别时为 null")
            String level1Category,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "二级指标的标准类别，未识别时为 null")
            String level2Category,
            @Schema(accessMode = Schema.AccessMode.READ_ONLY, description = "指标值的解析结果")
            ParsedValueDocument parsedValue) {
    }

    public record Notice(String field, String message) {
    }
}

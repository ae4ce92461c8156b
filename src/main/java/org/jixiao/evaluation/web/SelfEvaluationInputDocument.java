package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What {@code PUT /api/v1/self-evaluations/{id}} and {@code POST /api/v1/scoring} read (for the OpenAPI document;
 * the body is read field by field so that every type error is reported at once). A GET document may be sent back
 * as it is: the other fields are ignored.
 */
@Schema(name = "SelfEvaluationInput", description = "项目自评表的填报内容；金额单位为万元")
record SelfEvaluationInputDocument(
        @Schema(description = "读取时的版本号（保存时必填）") Long version,
        @Schema(description = "仅 POST /api/v1/scoring：按该项目目标表计分") Long goalTableId,
        @Schema(description = "仅 POST /api/v1/scoring 不带 goalTableId 时：财政区划编码（6 或 9 位）") String regionCode,
        @Schema(description = "仅 POST /api/v1/scoring 不带 goalTableId 时：预算年度") Integer fiscalYear,
        @Schema(description = "仅 POST /api/v1/scoring 不带 goalTableId 时：项目名称") String projectName,
        @Schema(description = "全年预算数（万元）") BigDecimal budgetWan,
        @Schema(description = "全年执行数（万元）") BigDecimal executedWan,
        @Schema(description = "预算执行率偏低的原因") String executionReason,
        @Schema(description = "按目标表指标顺序，每个指标一行") List<Row> indicators) {

    record Row(
            @Schema(description = "实际完成值：定量指标填数值（可带单位），时限指标填完成日期，定性指标填三档之一；不适用时填理由") String actual,
            @Schema(description = "完成档次（逾期完成的时限指标；或定性指标的实际完成值为文字说明时）：达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差") String band,
            @Schema(description = "在档次区间内评定的得分") BigDecimal score,
            @Schema(description = "不适用") Boolean notApplicable,
            @Schema(description = "偏差原因分析及改进措施") String deviationReason,
            @Schema(description = "复核按偏离度调减的分值") BigDecimal deduction,
            @Schema(description = "调减理由") String deductionReason,
            @Schema(description = "仅自带指标计分时：一级指标") String level1,
            @Schema(description = "仅自带指标计分时：二级指标") String level2,
            @Schema(description = "仅自带指标计分时：三级指标名称") String name,
            @Schema(description = "仅自带指标计分时：指标值，如 ≥95%") String target,
            @Schema(description = "仅自带指标计分时：分值") BigDecimal weight) {
    }
}

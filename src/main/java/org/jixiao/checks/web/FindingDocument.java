package org.jixiao.checks.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.checks.domain.Finding;
import org.jixiao.goals.domain.Indicator;

/** A finding as the API reports it. */
@Schema(name = "Finding", description = "审核发现")
record FindingDocument(
        @Schema(description = "规则编号", example = "COMPARATOR_DIRECTION") String rule,
        @Schema(description = "规则名称", example = "比较符方向错误") String ruleTitle,
        @Schema(description = "ERROR 错误 / WARNING 警告 / INFO 提示") String severity,
        @Schema(description = "指标行号（从 0 起，表级问题为 null）") Integer indicator,
        @Schema(description = "三级指标名称") String indicatorName,
        @Schema(description = "字段，如 value、description、budgetWan、spendingPlan") String field,
        String message,
        String suggestion) {

    static FindingDocument of(Finding f, List<Indicator> rows) {
        Integer row = f.location().row();
        String name = row != null && row >= 0 && row < rows.size() ? rows.get(row).name() : null;
        return new FindingDocument(f.rule().name(), f.rule().title(), f.severity().name(), row, name,
                f.location().field(), f.message(), f.suggestion());
    }

    /** The API answer: the configuration version and the findings. */
    record Findings(String configVersion, List<FindingDocument> findings) {
    }
}

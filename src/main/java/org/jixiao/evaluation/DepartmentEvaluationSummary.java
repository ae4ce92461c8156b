package org.jixiao.evaluation;

import java.math.BigDecimal;

import org.jixiao.scoring.domain.Grade;

/**
 * The 部门整体支出绩效自评 of a unit-year in a list: {@code total} and {@code grade} null while it is incomplete.
 */
public record DepartmentEvaluationSummary(long id, String templateId, int templateVersion, String templateName,
                                          BigDecimal total, Grade grade, long version) {
}

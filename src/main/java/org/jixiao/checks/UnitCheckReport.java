package org.jixiao.checks;

import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;

/** 审核报告 of a unit and year: counts by rule and severity, and every table's result. */
public record UnitCheckReport(String unitCode, String unitName, int year, String configVersion,
                              List<TableCheck> tables, Map<RuleId, Map<Severity, Long>> countsByRule,
                              Map<Severity, Long> totals) {
}

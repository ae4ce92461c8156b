package org.jixiao.checks.synthetic;

import java.util.List;

import org.jixiao.goals.domain.GoalTableInput;

/**
 * One generated 预算单位 and its goal tables for the year: the department table first (when the unit has one),
 * then its project tables, every field as text the way a unit types it.
 *
 * @param departmentCode the 主管部门 the unit belongs to
 */
public record SyntheticUnit(String code, String name, String departmentCode, List<GoalTableInput> tables) {

    public SyntheticUnit {
        tables = List.copyOf(tables);
    }

    /** The number of indicator rows over all tables. */
    public int indicatorCount() {
        return tables.stream().mapToInt(t -> t.indicators().size()).sum();
    }
}

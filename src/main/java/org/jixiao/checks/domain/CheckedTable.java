package org.jixiao.checks.domain;

import java.util.List;
import java.util.Objects;

import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.FiscalYear;

/**
 * A goal table as the rules see it: its kind, year and unit, the project's declared fields (null for a
 * department table) and the goal items and indicator rows.
 */
public record CheckedTable(GoalTableKind kind, FiscalYear year, String unitCode, ProjectContent project,
                           GoalTableContent content) {

    public CheckedTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(content, "content");
    }

    /** The project code findings carry, or null for a department table. */
    public String projectCode() {
        return project == null ? null : project.code().value();
    }

    public List<Indicator> indicators() {
        return content.indicators();
    }
}

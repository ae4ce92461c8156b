package org.jixiao.goals;

import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.projects.ProjectView;
import org.jixiao.shared.FiscalYear;

/**
 * A goal table with everything its official layout shows: unit, project fields (null for a department table),
 * goal items and indicator rows.
 */
public record GoalTableView(GoalTableId id, long version, GoalTableKind kind, FiscalYear year, String unitCode,
                            String unitName, ProjectView project, GoalTableContent content) {

    /** The title printed above the table: the project name, or 部门整体绩效目标. */
    public String title() {
        return project == null ? kind.label() : project.content().name();
    }
}

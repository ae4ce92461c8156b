package org.jixiao.goals.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;

/**
 * 绩效目标表 of a project or of a department as a whole: goal text items (绩效目标) and indicator rows in a
 * stable order. {@code version} is the optimistic-locking version read with the table.
 */
public record GoalTable(GoalTableId id, GoalTableKind kind, String unitCode, FiscalYear year, ProjectId projectId,
                        GoalTableContent content, long version) {

    public GoalTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(content, "content");
        if ((kind == GoalTableKind.PROJECT) != (projectId != null)) {
            throw new IllegalArgumentException("a project table has a project, a department table has none");
        }
    }

    public Optional<ProjectId> project() {
        return Optional.ofNullable(projectId);
    }

    public List<Indicator> indicators() {
        return content.indicators();
    }

    public List<String> goals() {
        return content.goals();
    }
}

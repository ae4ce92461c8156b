package org.jixiao.goals.domain;

import java.util.Objects;

import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.FiscalYear;

/** A goal table input that passed every check: typed, ready to store. {@code project} is null for a department. */
public record ParsedGoalTable(GoalTableKind kind, FiscalYear year, String unitCode, ProjectContent project,
                              GoalTableContent content, Long version) {

    public ParsedGoalTable {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(content, "content");
        if ((kind == GoalTableKind.PROJECT) != (project != null)) {
            throw new IllegalArgumentException("a project table has project fields, a department table has none");
        }
    }
}

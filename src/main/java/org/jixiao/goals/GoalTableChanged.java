package org.jixiao.goals;

import java.util.Objects;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.projects.domain.ProjectContent;

/**
 * A goal table was created or saved: published by {@link GoalTableManagement} inside the writing transaction, so a
 * synchronous listener (the audit trail) that fails makes the write fail too. Carries the table before (null on
 * create) and after, each with its project's fields (null for a department table), so listeners need not read
 * anything back.
 */
public record GoalTableChanged(GoalTableId id, String unitCode, State before, State after) {

    public GoalTableChanged {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(after, "after");
    }

    /** Whether the table was just created. */
    public boolean created() {
        return before == null;
    }

    /**
     * A goal table as saved, with the fields of its project (项目名称, 预算数, …).
     *
     * @param project null for a department table
     */
    public record State(GoalTable table, ProjectContent project) {

        public State {
            Objects.requireNonNull(table, "table");
        }
    }
}

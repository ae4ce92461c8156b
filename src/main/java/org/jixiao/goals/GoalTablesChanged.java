package org.jixiao.goals;

import java.util.List;
import java.util.Objects;

/**
 * Many goal tables were created or saved at once by {@link GoalTableManagement#saveAll} (an import): published
 * inside the writing transaction, once per chunk, instead of one {@link GoalTableChanged} per table, so that a
 * listener can write its records in batches. Each element says what {@link GoalTableChanged} would have said.
 */
public record GoalTablesChanged(List<GoalTableChanged> changes) {

    public GoalTablesChanged {
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    }
}

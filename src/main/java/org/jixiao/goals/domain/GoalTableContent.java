package org.jixiao.goals.domain;

import java.util.List;

/** The editable body of a goal table: goal text items and indicator rows, each list in its stored order. */
public record GoalTableContent(List<String> goals, List<Indicator> indicators) {

    public static final GoalTableContent EMPTY = new GoalTableContent(List.of(), List.of());

    public GoalTableContent {
        goals = List.copyOf(goals);
        indicators = List.copyOf(indicators);
    }
}

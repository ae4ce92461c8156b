package org.jixiao.goals;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.shared.Amount;

/**
 * One line of a unit-year's list of goal tables. {@code budget} is null for a department table or an unknown budget;
 * {@code locked}: 已送审或已批复, read-only until withdrawn, returned or adjusted.
 */
public record GoalTableSummary(GoalTableId id, GoalTableKind kind, String projectCode, String projectName, Amount budget,
                               int indicatorCount, long version, boolean locked) {
}

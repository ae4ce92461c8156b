package org.jixiao.projects.domain;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 资金支出计划: cumulative spending checkpoints by month (seed 001: 3月底 30%, 6月底 60%, 10月底 80%, 12月底 100%),
 * kept in month order. A plan that decreases is stored as written (a check reports it); two checkpoints for the
 * same month cannot be stored meaningfully and are refused.
 */
public record SpendingPlan(List<Checkpoint> checkpoints) {

    public static final SpendingPlan EMPTY = new SpendingPlan(List.of());

    public SpendingPlan {
        checkpoints = checkpoints.stream().sorted().toList();
        Set<Integer> months = new HashSet<>();
        for (Checkpoint c : checkpoints) {
            if (!months.add(c.month())) {
                throw new IllegalArgumentException("two checkpoints for month " + c.month());
            }
        }
    }

    /** The planned cumulative percentage at the end of {@code month}, if the plan names that month. */
    public Optional<BigDecimal> percentAt(int month) {
        return checkpoints.stream().filter(c -> c.month() == month).map(Checkpoint::cumulativePercent).findFirst();
    }

    /** Whether every checkpoint is at least the one before (a cumulative plan cannot go down). */
    public boolean isNonDecreasing() {
        for (int i = 1; i < checkpoints.size(); i++) {
            if (checkpoints.get(i).cumulativePercent().compareTo(checkpoints.get(i - 1).cumulativePercent()) < 0) {
                return false;
            }
        }
        return true;
    }

    public boolean isEmpty() {
        return checkpoints.isEmpty();
    }
}

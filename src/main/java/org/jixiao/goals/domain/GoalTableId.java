package org.jixiao.goals.domain;

/** Identity of a goal table. */
public record GoalTableId(long value) {

    public GoalTableId {
        if (value <= 0) {
            throw new IllegalArgumentException("a goal table id is positive: " + value);
        }
    }
}

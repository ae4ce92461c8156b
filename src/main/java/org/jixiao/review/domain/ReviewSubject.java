package org.jixiao.review.domain;

import java.util.Objects;

/**
 * 审核对象: the record under review, by kind and id, so that the workflow never depends on the subject's module
 * (goals, later monitoring and evaluation refer to it, not the other way round).
 */
public record ReviewSubject(SubjectKind kind, long id) {

    public ReviewSubject {
        Objects.requireNonNull(kind, "kind");
        if (id <= 0) {
            throw new IllegalArgumentException("a review subject id is positive: " + id);
        }
    }

    public static ReviewSubject goalTable(long id) {
        return new ReviewSubject(SubjectKind.GOAL_TABLE, id);
    }
}

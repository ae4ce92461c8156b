package org.jixiao.review;

import java.time.Instant;

import org.jixiao.review.domain.SubjectKind;

/**
 * One line of a user's 待办 list: a subject (goal table, self-evaluation, …) waiting for the user's decision, or
 * (for a 填报人) one of the unit returned to 草稿.
 *
 * @param link the subject's page
 */
public record ReviewTodo(SubjectKind kind, long subjectId, String title, String link, String unitCode,
                         String unitName, int fiscalYear, String status, long version, Instant since) {

    /** The goal table's id, or 0 for another kind of subject. */
    public long goalTableId() {
        return kind == SubjectKind.GOAL_TABLE ? subjectId : 0;
    }
}

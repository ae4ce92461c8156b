package org.jixiao.review;

import java.time.Instant;

/**
 * One line of a user's 待办 list: a goal table waiting for the user's decision, or (for a 填报人) a table of the
 * unit returned to 草稿.
 */
public record ReviewTodo(long goalTableId, String title, String unitCode, String unitName, int fiscalYear,
                         String status, long version, Instant since) {
}

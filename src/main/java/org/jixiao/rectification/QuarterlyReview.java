package org.jixiao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.rectification.domain.ProblemStatus;

/**
 * 季度复盘: the meeting record of one quarter, with the problems open at the time and the deadlines it changed.
 *
 * @param items one per problem open when the meeting was recorded; {@code newDeadline} set when it was changed
 */
public record QuarterlyReview(long id, String unitCode, int year, int quarter, LocalDate heldOn, String decisions,
                              String recordedBy, Instant recordedAt, List<Item> items) {

    /** One problem reviewed. */
    public record Item(long problemId, String title, ProblemStatus status, LocalDate oldDeadline,
                       LocalDate newDeadline) {

        public boolean deadlineChanged() {
            return newDeadline != null && !newDeadline.equals(oldDeadline);
        }
    }
}

package org.jixiao.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jixiao.review.domain.Outcome;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewSubject;
import org.junit.jupiter.api.Test;

/** Each review event as the audit trail records it. */
class ReviewRecordTests {

    private static final ReviewSubject TABLE = ReviewSubject.goalTable(7);
    private static final Instant AT = Instant.parse("2024-03-05T08:00:00Z");

    @Test
    void submittedNamesTheSteps() {
        ReviewRecord record = ReviewRecord.of(new ReviewEvent.Submitted(TABLE, 1, 1, 3, "填报人", AT,
                List.of("业务初审", "财务复核", "财政审核")));
        assertThat(record).isEqualTo(new ReviewRecord(AuditAction.SUBMIT, "送审，审核流程：业务初审 → 财务复核 → 财政审核",
                List.of()));
    }

    @Test
    void withdrawn() {
        assertThat(ReviewRecord.of(new ReviewEvent.Withdrawn(TABLE, 2, 5, 3, "填报人", AT)))
                .isEqualTo(new ReviewRecord(AuditAction.WITHDRAW, "撤回送审（第2轮）", List.of()));
    }

    @Test
    void returnedCarriesTheReasonAndTheOpinionsPerRow() {
        ReviewRecord record = ReviewRecord.of(new ReviewEvent.Decided(TABLE, 1, 2, 4, "业务初审", AT, 0, "业务初审",
                Outcome.RETURNED, "指标值不可衡量", List.of(ReviewOpinion.general("请细化"), ReviewOpinion.onRow(2, "改为≥95%")),
                false));
        assertThat(record).isEqualTo(new ReviewRecord(AuditAction.RETURN, "业务初审退回：指标值不可衡量", List.of(
                new FieldChange("审核意见", null, "请细化"),
                new FieldChange("指标第3行·审核意见", null, "改为≥95%"))));
    }

    @Test
    void approvedAtTheLastStepSaysSo() {
        ReviewRecord record = ReviewRecord.of(new ReviewEvent.Decided(TABLE, 1, 4, 5, "财政审核", AT, 2, "财政审核",
                Outcome.APPROVED, "", List.of(), true));
        assertThat(record).isEqualTo(new ReviewRecord(AuditAction.APPROVE, "财政审核通过，已批复", List.of()));
    }

    @Test
    void adjustedStartsANewRoundWithItsReason() {
        assertThat(ReviewRecord.of(new ReviewEvent.Adjusted(TABLE, 2, 5, 3, "填报人", AT, "预算调减")))
                .isEqualTo(new ReviewRecord(AuditAction.ADJUST, "调整，开始第2轮：预算调减", List.of()));
    }
}

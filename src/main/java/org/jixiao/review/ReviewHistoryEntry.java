package org.jixiao.review;

import java.time.Instant;
import java.util.List;

import org.jixiao.review.domain.ReviewOpinion;

/**
 * One line of a subject's review history as the unit and the reviewers read it.
 *
 * @param action 送审, 撤回, 通过, 退回 or 调整
 * @param step   the step decided (通过/退回); empty otherwise
 * @param reason the 退回 or 调整 reason; empty otherwise
 */
public record ReviewHistoryEntry(int round, long version, Instant at, long actorId, String actorName, String action,
                                 String step, String reason, List<ReviewOpinion> opinions, boolean finalStep) {
}

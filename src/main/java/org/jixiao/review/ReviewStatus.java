package org.jixiao.review;

import java.util.List;
import java.util.Set;

import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.SubjectKind;

/**
 * Where a subject stands in review, for one reader: the status label (草稿, 已送审（待业务初审）, 待财务复核 …,
 * 已批复), the case version to send back with the next action, the actions this reader may take now, the
 * history of every round and the approved contents kept by 调整.
 *
 * @param currentStep the step waiting for a decision; null unless pending
 * @param steps       the step names of the chain the case follows (the configured one before the first 送审)
 * @param link        the subject's page
 * @param rows        how many rows an opinion may name
 */
public record ReviewStatus(SubjectKind kind, long subjectId, ReviewState state, String statusLabel,
                           String currentStep, List<String> steps, int stepIndex, int round, long version,
                           boolean returned, Set<ReviewAction> actions, List<ReviewHistoryEntry> history,
                           List<ReviewSnapshot> snapshots, String link, int rows) {

    public boolean can(ReviewAction action) {
        return actions.contains(action);
    }

    public boolean can(String action) {
        return ReviewAction.ofPath(action).map(actions::contains).orElse(false);
    }

    /** Submitted and approved subjects are read-only; only 草稿 may be edited. */
    public boolean editable() {
        return state == ReviewState.DRAFT;
    }
}

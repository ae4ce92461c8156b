package org.jixiao.review;

import java.util.List;
import java.util.Optional;

import org.jixiao.orgs.OrgScope;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;

/**
 * 审核对象提供者: what the review workflow needs to know about the subjects of one {@link SubjectKind}. The module
 * that owns the subjects implements it and registers it as a Spring bean (one per kind); the review module
 * depends on none of them. Every method except {@link #lock}/{@link #unlock} takes the caller's data scope.
 * All calls run inside the review transaction, so a failure rolls the review step back. See docs/review.md.
 */
public interface ReviewSubjectProvider {

    /** The kind served; at most one provider per kind. */
    SubjectKind kind();

    /**
     * The subject within the scope, or empty when it does not exist or lies outside the scope (the review answers
     * 404 then, so its existence does not leak).
     */
    Optional<ReviewSubjectInfo> find(long id, OrgScope scope);

    /** 送审: make the subject read-only (it stays so while pending and after approval). */
    void lock(long id);

    /** 撤回, 退回, 调整: make the subject editable again. */
    void unlock(long id);

    /**
     * The subject's content as a JSON document, kept by 调整 as the approved version of the round that ends
     * (for a goal table its REST document).
     */
    String snapshot(long id, OrgScope scope);

    /** What refuses 送审 now (ERROR findings, missing required input); empty when it may be submitted. */
    default List<BlockingFinding> blockingFindings(long id, OrgScope scope) {
        return List.of();
    }

    /**
     * The ids of the unit-year's subjects of this kind within the scope, for a list page's 审核状态 column
     * ({@code /review/{path}/units/{unit}/years/{year}/states}); empty if the kind has no such list.
     */
    default List<Long> listed(String unitCode, FiscalYear year, OrgScope scope) {
        return List.of();
    }
}

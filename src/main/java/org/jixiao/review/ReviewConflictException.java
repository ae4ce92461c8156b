package org.jixiao.review;

import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.VersionConflictException;

/**
 * 审核冲突: the case changed after the user read it (another reviewer decided first, or the page was stale). Nothing
 * was written. The message is Chinese and is shown as it is.
 */
public class ReviewConflictException extends VersionConflictException {

    private final SubjectKind kind;

    public ReviewConflictException(long goalTableId, long expectedVersion, long currentVersion) {
        this(SubjectKind.GOAL_TABLE, goalTableId, expectedVersion, currentVersion);
    }

    public ReviewConflictException(SubjectKind kind, long subjectId, long expectedVersion, long currentVersion) {
        super("review of " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + subjectId, expectedVersion,
                currentVersion);
        this.kind = kind;
    }

    @Override
    public String getMessage() {
        return "该" + kind.noun() + "的审核状态已被他人更新（您看到的是第 " + expectedVersion() + " 版，当前为第 "
                + currentVersion() + " 版），本次操作未生效。请刷新页面，查看最新状态后再操作。";
    }
}

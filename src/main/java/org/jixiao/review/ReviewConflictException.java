package org.jixiao.review;

import org.jixiao.shared.VersionConflictException;

/**
 * 审核冲突: the case changed after the user read it (another reviewer decided first, or the page was stale). Nothing
 * was written. The message is Chinese and is shown as it is.
 */
public class ReviewConflictException extends VersionConflictException {

    public ReviewConflictException(long subjectId, long expectedVersion, long currentVersion) {
        super("review of goal table " + subjectId, expectedVersion, currentVersion);
    }

    @Override
    public String getMessage() {
        return "该目标表的审核状态已被他人更新（您看到的是第 " + expectedVersion() + " 版，当前为第 " + currentVersion()
                + " 版），本次操作未生效。请刷新页面，查看最新状态后再操作。";
    }
}

package org.jixiao.rectification;

import org.jixiao.rectification.domain.ProblemSource;

/**
 * A 监控红灯 (red lamp of 运行监控 or of a 双监控 return) or a 财政审核意见 (an opinion of a 退回 review) offered for
 * "创建问题": the pick lists of {@link RectificationCandidates}. Choosing one pre-fills the 登记问题 form with these
 * fields; the user may edit them before saving.
 *
 * @param key          identifies the candidate in the pre-fill link ({@code ?candidate=…}); recomputed on use
 * @param kind         what it is, in Chinese: 预算执行, 指标, 退回理由, 审核意见
 * @param context      where it comes from, e.g. "运行监控 1–12月" or "目标表 财政审核 退回（2025-03-02）"
 * @param sourceRef    the 出处 stored with the problem; with {@code goalTableId} it tells whether the candidate is
 *                     registered already
 * @param registeredAs the problem registered from it (same goal table and 出处 in the unit-year), null if none
 */
public record SourceCandidate(String key, ProblemSource source, String kind, String context, Long goalTableId,
                              Long evaluationId, String projectCode, String projectName, String indicatorName,
                              String title, String description, String sourceRef, Long registeredAs) {

    public boolean registered() {
        return registeredAs != null;
    }

    SourceCandidate registeredAs(Long problemId) {
        return new SourceCandidate(key, source, kind, context, goalTableId, evaluationId, projectCode, projectName,
                indicatorName, title, description, sourceRef, problemId);
    }
}

package org.jixiao.audit.domain;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;

/**
 * What the audit trail records of a review event: the action, a one-line summary (with the 退回/调整 reason) and the
 * review opinions as lines ({@code 审核意见}, {@code 指标第3行·审核意见}).
 */
public record ReviewRecord(AuditAction action, String summary, List<FieldChange> changes) {

    public ReviewRecord {
        changes = List.copyOf(changes);
    }

    public static ReviewRecord of(ReviewEvent event) {
        String round = event.round() > 1 ? "（第" + event.round() + "轮）" : "";
        if (event instanceof ReviewEvent.Submitted s) {
            return new ReviewRecord(AuditAction.SUBMIT,
                    "送审" + round + (s.steps().isEmpty() ? "" : "，审核流程：" + String.join(" → ", s.steps())), List.of());
        }
        if (event instanceof ReviewEvent.Withdrawn) {
            return new ReviewRecord(AuditAction.WITHDRAW, "撤回送审" + round, List.of());
        }
        if (event instanceof ReviewEvent.Decided d) {
            List<FieldChange> opinions = new ArrayList<>();
            for (ReviewOpinion opinion : d.opinions()) {
                String field = opinion.row() == null ? "审核意见" : "指标第" + (opinion.row() + 1) + "行·审核意见";
                opinions.add(new FieldChange(field, null, opinion.text()));
            }
            String summary = d.approved()
                    ? d.step() + "通过" + round + (d.finalStep() ? "，已批复" : "")
                    : d.step() + "退回" + round + (d.reason().isBlank() ? "" : "：" + d.reason().strip());
            return new ReviewRecord(d.approved() ? AuditAction.APPROVE : AuditAction.RETURN, summary, opinions);
        }
        ReviewEvent.Adjusted a = (ReviewEvent.Adjusted) event;
        return new ReviewRecord(AuditAction.ADJUST,
                "调整，开始第" + a.round() + "轮" + (a.reason().isBlank() ? "" : "：" + a.reason().strip()), List.of());
    }
}

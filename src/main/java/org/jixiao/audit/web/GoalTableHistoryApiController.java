package org.jixiao.audit.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.audit.AuditEntry;
import org.jixiao.audit.AuditQueries;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.orgs.OrgScope;
import org.jixiao.platform.ApiController;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.shared.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /api/v1/goal-tables/{id}/history}: the audit trail of one goal table. */
@ApiController("/api/v1")
@Tag(name = "修改记录", description = "目标表的创建、修改与审核记录（只增不改）")
class GoalTableHistoryApiController {

    private final AuditQueries audit;

    GoalTableHistoryApiController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/goal-tables/{id}/history")
    @Operation(summary = "一张目标表的修改记录", description = "按时间先后排列；每条含操作人、时间、地址、摘要和字段级的修改前后")
    List<HistoryDocument> history(@PathVariable long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("目标表 " + id + " 不存在");
        }
        return audit.historyOf(ReviewSubject.goalTable(id), scope).stream().map(HistoryDocument::of).toList();
    }

    /** One event. */
    record HistoryDocument(long id, String action, String actionLabel, Long actorId, String actorUsername,
                           String actorName, Instant occurredAt, String remoteAddress, String summary,
                           List<FieldChange> changes) {
        static HistoryDocument of(AuditEntry e) {
            return new HistoryDocument(e.id(), e.action().name(), e.action().label(), e.actorId(), e.actorUsername(),
                    e.actorName(), e.occurredAt(), e.remoteAddress(), e.summary(), e.changes());
        }
    }
}

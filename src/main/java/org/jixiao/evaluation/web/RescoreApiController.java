package org.jixiao.evaluation.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.Rescore;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** REST API of 复核分: the finance bureau's re-scored values beside a self-evaluation's own scores. */
@ApiController("/api/v1")
@Tag(name = "绩效自评", description = "项目支出绩效自评表：实际完成值、得分、计算说明、总分与等级")
class RescoreApiController {

    private final EvaluationRescoring rescoring;

    RescoreApiController(EvaluationRescoring rescoring) {
        this.rescoring = rescoring;
    }

    @GetMapping("/self-evaluations/{id}/rescores")
    @Operation(summary = "自评表的复核分", description = "total 总分复核、indicators 各指标现行复核分、history 全部记录（只增不改）")
    SelfEvaluationDocument.RescoringDocument list(@PathVariable long id, OrgScope scope) {
        return SelfEvaluationDocument.RescoringDocument.of(rescoring.of(EvidenceApiController.id(id), scope));
    }

    @PostMapping("/self-evaluations/{id}/rescores")
    @Operation(summary = "录入复核分", description = "财政局审核权限（review:bureau），自评表已送审或已批复时；请求体 {indicator, score, reason}："
            + "indicator 为指标行（从 0 起），省略为总分；score 0 至该项分值（总分 0 至 100），最多两位小数；reason 必填。返回 201")
    ResponseEntity<SelfEvaluationDocument.RescoreDocument> record(@PathVariable long id,
                                                                  @RequestBody RescoreRequest body, Actor actor,
                                                                  OrgScope scope) {
        RescoreRequest request = body == null ? new RescoreRequest(null, null, null) : body;
        Rescore recorded = rescoring.record(EvidenceApiController.id(id), request.indicator(), request.score(),
                request.reason(), actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/self-evaluations/" + id + "/rescores"))
                .body(SelfEvaluationDocument.RescoreDocument.of(recorded));
    }

    @Schema(name = "RescoreRequest")
    record RescoreRequest(@Schema(description = "指标行，从 0 起；省略为总分") Integer indicator,
                          @Schema(description = "复核分", example = "8.5") String score,
                          @Schema(description = "复核理由") String reason) {
    }
}

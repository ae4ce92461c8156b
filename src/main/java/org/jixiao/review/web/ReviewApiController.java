package org.jixiao.review.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.jixiao.review.ReviewAction;
import org.jixiao.review.ReviewConflictException;
import org.jixiao.review.ReviewHistoryEntry;
import org.jixiao.review.ReviewService;
import org.jixiao.review.ReviewSnapshot;
import org.jixiao.review.ReviewStatus;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewRefusedException;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * REST API of the review of every subject kind ({@code goal-tables}, {@code self-evaluations}, …): its status and
 * history, and the five actions. A kind without a registered provider, or a subject outside the caller's scope,
 * answers 404.
 */
@ApiController("/api/v1")
@Tag(name = "审核流程", description = "目标表、自评表等的送审、撤回、通过、退回与调整")
class ReviewApiController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReviewService review;

    ReviewApiController(ReviewService review) {
        this.review = review;
    }

    @GetMapping("/{subjectPath}/{id}/review")
    @Operation(summary = "审核状态与审核记录", description = "subjectPath：goal-tables 目标表、self-evaluations 自评表；"
            + "actions 为当前用户此刻可执行的操作；version 须在下一次操作时原样提交")
    ReviewDocument get(@PathVariable String subjectPath, @PathVariable long id, Actor actor, OrgScope scope) {
        return ReviewDocument.of(review.status(subject(subjectPath, id), actor, scope));
    }

    @PostMapping("/{subjectPath}/{id}/review/{action}")
    @Operation(summary = "审核操作", description = "action：submit 送审、withdraw 撤回、approve 通过、return 退回（须填 reason）、"
            + "adjust 调整（须填 reason）。请求体 {version, reason, opinions: [{row, text}]}，row 为指标行序号（从 0 起，省略表示整表）。"
            + "他人已先操作时返回 409，无权限 403，状态不允许 409，输入有误 400")
    ReviewDocument act(@PathVariable String subjectPath, @PathVariable long id, @PathVariable String action,
                       @RequestBody ActionRequest body, Actor actor, OrgScope scope) {
        ReviewSubject subject = subject(subjectPath, id);
        ReviewAction what = ReviewAction.ofPath(action)
                .orElseThrow(() -> new NotFoundException("没有审核操作“" + action + "”（可用：submit、withdraw、approve、return、adjust）"));
        if (body == null || body.version() == null) {
            throw new ValidationException(List.of(Violation.of("version.required", "version")));
        }
        return ReviewDocument.of(review.perform(subject, what, body.version(), body.reason(), opinions(body), actor,
                scope));
    }

    /** The subject named by the path; an unknown kind or a non-positive id is "not found". */
    static ReviewSubject subject(String subjectPath, long id) {
        SubjectKind kind = SubjectKind.ofPath(subjectPath)
                .orElseThrow(() -> new NotFoundException("没有“" + subjectPath + "”这类审核对象"));
        if (id <= 0) {
            throw new NotFoundException(kind.noun() + " " + id + " 不存在");
        }
        return new ReviewSubject(kind, id);
    }

    private static List<ReviewOpinion> opinions(ActionRequest body) {
        List<ReviewOpinion> opinions = new ArrayList<>();
        if (body.opinions() == null) {
            return opinions;
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < body.opinions().size(); i++) {
            OpinionDocument opinion = body.opinions().get(i);
            if (opinion == null || opinion.text() == null || opinion.text().isBlank()) {
                continue;
            }
            if (opinion.row() != null && opinion.row() < 0) {
                violations.add(Violation.of("review.opinion.row-unknown", "opinions[" + i + "].row", opinion.row() + 1));
                continue;
            }
            opinions.add(new ReviewOpinion(opinion.row(), opinion.text()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return opinions;
    }

    @ExceptionHandler(ReviewRefusedException.class)
    ProblemDetail refused(ReviewRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("不能执行该审核操作");
        problem.setType(URI.create("https://jixiao.org/problems/review-refused"));
        problem.setProperty("code", e.key());
        return problem;
    }

    @ExceptionHandler(ReviewConflictException.class)
    ProblemDetail conflict(ReviewConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("审核状态已变化");
        problem.setType(URI.create("https://jixiao.org/problems/version-conflict"));
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    /** The body of an action. */
    @Schema(name = "ReviewActionRequest")
    record ActionRequest(@Schema(description = "读取审核状态时的 version", example = "1") Long version,
                         @Schema(description = "退回、调整的理由") String reason,
                         List<OpinionDocument> opinions) {
    }

    @Schema(name = "ReviewOpinion", description = "审核意见：整表或某一指标行")
    record OpinionDocument(@Schema(description = "指标行序号，从 0 起；省略为整表") Integer row,
                           @Schema(example = "指标值请量化") String text) {
    }

    @Schema(name = "Review", description = "审核状态（goalTableId 仅目标表有）")
    record ReviewDocument(@JsonInclude(JsonInclude.Include.NON_NULL) Long goalTableId, String subjectKind,
                          long subjectId, String state, String status, String currentStep, List<String> steps,
                          int stepIndex, int round, long version, List<String> actions, List<HistoryDocument> history,
                          List<SnapshotDocument> snapshots) {

        static ReviewDocument of(ReviewStatus s) {
            return new ReviewDocument(s.kind() == SubjectKind.GOAL_TABLE ? s.subjectId() : null,
                    s.kind().path(), s.subjectId(), s.state().name(), s.statusLabel(), s.currentStep(), s.steps(),
                    s.stepIndex(), s.round(), s.version(), s.actions().stream().map(ReviewAction::path).toList(),
                    s.history().stream().map(HistoryDocument::of).toList(),
                    s.snapshots().stream().map(SnapshotDocument::of).toList());
        }
    }

    record HistoryDocument(int round, long version, Instant at, long actorId, String actor, String action,
                           String step, String reason, List<OpinionDocument> opinions, boolean finalStep) {
        static HistoryDocument of(ReviewHistoryEntry e) {
            return new HistoryDocument(e.round(), e.version(), e.at(), e.actorId(), e.actorName(), e.action(),
                    e.step(), e.reason(), e.opinions().stream().map(o -> new OpinionDocument(o.row(), o.text())).toList(),
                    e.finalStep());
        }
    }

    record SnapshotDocument(int round, String reason, String actor, Instant at, JsonNode content) {
        static SnapshotDocument of(ReviewSnapshot s) {
            return new SnapshotDocument(s.round(), s.reason(), s.actorName(), s.at(), JSON.readTree(s.content()));
        }
    }
}

package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.evaluation.EvaluationEvidence;
import org.jixiao.evaluation.EvaluationManagement;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationJsonReader;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ApiController;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/** REST API of project self-evaluations (绩效自评) and of scoring a posted self-evaluation without saving it. */
@ApiController("/api/v1")
@Tag(name = "绩效自评", description = "项目支出绩效自评表：实际完成值、得分、计算说明、总分与等级")
class EvaluationApiController {

    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final LabelNormalizer labels;
    private final org.jixiao.evaluation.DepartmentEvaluationQueries departments;
    private final DepartmentDocuments departmentDocuments;
    private final EvaluationRescoring rescoring;
    private final EvaluationEvidence evidence;
    private final ReviewService review;

    EvaluationApiController(EvaluationQueries queries, EvaluationManagement management, LabelNormalizer labels,
                            org.jixiao.evaluation.DepartmentEvaluationQueries departments,
                            DepartmentDocuments departmentDocuments, EvaluationRescoring rescoring,
                            EvaluationEvidence evidence, ReviewService review) {
        this.queries = queries;
        this.management = management;
        this.labels = labels;
        this.departments = departments;
        this.departmentDocuments = departmentDocuments;
        this.rescoring = rescoring;
        this.evidence = evidence;
        this.review = review;
    }

    /** The stored document with its review status, read-only flag, 复核分 and evidence files. */
    private SelfEvaluationDocument document(SelfEvaluationView view, Actor actor, OrgScope scope) {
        long id = view.id().value();
        return SelfEvaluationDocument.of(view).with(
                review.status(new ReviewSubject(SubjectKind.SELF_EVALUATION, id), actor, scope).statusLabel(),
                queries.isLocked(view.id()),
                rescoring.of(view.id(), scope), evidence.list(view.id(), actor, scope), view,
                queries.monitored(view, scope));
    }

    @GetMapping("/units/{unitCode}/years/{year}/self-evaluations")
    @Operation(summary = "一个单位一个年度的项目自评", description = "每个项目一行（kind PROJECT）：自评表 id（未开始为 null）、总分、等级；"
            + "已开始部门整体支出绩效自评时最后一行 kind DEPARTMENT（id 为 /api/v1/department-evaluations/{id}）")
    List<SummaryDocument> list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        if (!scope.contains(unitCode)) {
            throw new NotFoundException("单位 " + unitCode + " 不存在");
        }
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        List<SummaryDocument> lines = new ArrayList<>(queries.list(unitCode, FiscalYear.of(year), scope).stream()
                .map(SummaryDocument::of).toList());
        departments.summary(unitCode, FiscalYear.of(year), scope).map(SummaryDocument::of).ifPresent(lines::add);
        return lines;
    }

    @GetMapping("/self-evaluations/{id}")
    @Operation(summary = "读取一张项目自评表", description = "指标值、分值、实际完成值、得分与计算说明；reviewStatus 审核状态，"
            + "locked 送审后只读，rescoring 财政复核分（total 总分、indicators 各指标、history 全部记录），evidence 佐证材料；"
            + "monitoring 运行监控记录（有执行记录或预算调整时）：全年累计支出 executedWan、调整后预算 budgetWan（万元），"
            + "executedDiffers/budgetDiffers 表示与填报数不同")
    SelfEvaluationDocument get(@PathVariable long id, OrgScope scope, Actor actor) {
        SelfEvaluationView view = queries.find(id(id), scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return document(view, actor, scope);
    }

    @PutMapping("/self-evaluations/{id}")
    @Operation(summary = "保存一张项目自评表", description = "必须提交读取时的 version；他人已修改时返回 409；无法读取或超出区间的值返回 400 并列出全部问题，均不保存")
    SelfEvaluationDocument put(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = SelfEvaluationInputDocument.class))) @RequestBody JsonNode body,
                               OrgScope scope, Actor actor) {
        EvaluationId evaluationId = id(id);
        queries.find(evaluationId, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        SelfEvaluationJsonReader reader = new SelfEvaluationJsonReader();
        SelfEvaluationInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(reader.violations());
            all.addAll(EvaluationManagement.violations(queries.preview(evaluationId, input, scope).scored().blocking()));
            throw new ValidationException(all);
        }
        management.save(evaluationId, input, scope);
        return document(queries.find(evaluationId, scope).orElseThrow(() -> notFound(id)), actor, scope);
    }

    @PostMapping("/self-evaluations")
    @Operation(summary = "开始一个项目的自评", description = "请求体 {\"goalTableId\": …}；每张项目目标表一张自评表；返回 201 和新表。"
            + "运行监控有该项目当年执行记录时，全年执行数取记录合计，全年预算数取预算调整后的预算数；否则全年预算数取项目预算数，全年执行数留空")
    ResponseEntity<SelfEvaluationDocument> start(@RequestBody JsonNode body, OrgScope scope, Actor actor) {
        GoalTableId table = goalTableId(body);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        EvaluationId created = management.start(table, scope);
        return ResponseEntity.created(URI.create("/api/v1/self-evaluations/" + created.value()))
                .body(document(queries.find(created, scope).orElseThrow(), actor, scope));
    }

    @PostMapping("/scoring")
    @Operation(summary = "计算一张项目自评表的得分（不保存）",
            description = "请求体同保存自评表，另加 goalTableId：按该目标表的指标值和分值计分；或不带 goalTableId 而提交 regionCode、fiscalYear、projectName，"
                    + "并在 indicators 每行给出 level1、level2、name、target（指标值）和可选的 weight（分值）。按单位（或该财政区划）当年的评分政策计分，"
                    + "返回各行得分、计算说明、总分与等级；不保存任何内容")
    Object score(@io.swagger.v3.oas.annotations.parameters.RequestBody(content =
            @Content(schema = @Schema(implementation = SelfEvaluationInputDocument.class))) @RequestBody JsonNode body,
                                 OrgScope scope, Actor actor) {
        if (DepartmentDocuments.isDepartment(body)) { // 部门整体支出绩效自评: templateId, fiscalYear, regionCode or unitCode, leaves
            Permissions.require(actor, Permission.GOAL_TABLE_READ);
            return departmentDocuments.score(body, scope);
        }
        boolean standalone = body != null && body.isObject() && !body.has("goalTableId") && body.has("regionCode");
        GoalTableId table = standalone ? null : goalTableId(body);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        SelfEvaluationJsonReader reader = new SelfEvaluationJsonReader();
        SelfEvaluationInput input = reader.read(body);
        if (!standalone) {
            if (!reader.violations().isEmpty()) {
                throw new ValidationException(reader.violations());
            }
            return SelfEvaluationDocument.of(queries.score(table, input, scope));
        }
        List<Indicator> indicators = reader.readIndicators(body, labels);
        String region = body.path("regionCode").isString() ? body.get("regionCode").asString() : "";
        JsonNode yearNode = body.get("fiscalYear");
        List<Violation> problems = new ArrayList<>(reader.violations());
        if (!region.matches("\\d{6}(\\d{3})?")) {
            problems.add(Violation.of("evaluation.regionCode", "regionCode"));
        }
        if (yearNode == null || !yearNode.isIntegralNumber() || !FiscalYear.isValid(yearNode.intValue())) {
            problems.add(Violation.of("evaluation.fiscalYear", "fiscalYear"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String projectName = body.path("projectName").isString() ? body.get("projectName").asString() : "";
        EvaluationQueries.Standalone scored = queries.score(new RegionCode(region), FiscalYear.of(yearNode.intValue()),
                projectName, indicators, input);
        return SelfEvaluationDocument.standalone(region, yearNode.intValue(), projectName, scored.policyName(),
                scored.scored());
    }

    private static GoalTableId goalTableId(JsonNode body) {
        JsonNode node = body == null ? null : body.get("goalTableId");
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
            throw new ValidationException(List.of(Violation.of("evaluation.goalTableId", "goalTableId")));
        }
        return new GoalTableId(node.longValue());
    }

    private static EvaluationId id(long id) {
        if (id <= 0) {
            throw notFound(id);
        }
        return new EvaluationId(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("自评表 " + id + " 不存在");
    }

    /** One project of the list ({@code kind} PROJECT), or the unit-year's 部门整体支出绩效自评 ({@code kind} DEPARTMENT). */
    record SummaryDocument(String kind, Long id, Long goalTableId, String projectCode, String projectName,
                           BigDecimal total, String grade, long version, String templateId) {
        static SummaryDocument of(SelfEvaluationSummary s) {
            return new SummaryDocument("PROJECT", s.id() == null ? null : s.id().value(), s.goalTableId().value(),
                    s.projectCode(), s.projectName(), s.total(), s.grade() == null ? null : s.grade().label(),
                    s.version(), null);
        }

        static SummaryDocument of(org.jixiao.evaluation.DepartmentEvaluationSummary s) {
            return new SummaryDocument("DEPARTMENT", s.id(), null, null, "部门整体支出绩效自评", s.total(),
                    s.grade() == null ? null : s.grade().label(), s.version(), s.templateId());
        }
    }
}

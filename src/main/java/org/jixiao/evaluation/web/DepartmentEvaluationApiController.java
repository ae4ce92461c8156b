package org.jixiao.evaluation.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.evaluation.DepartmentEvaluationManagement;
import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentEvaluationView;
import org.jixiao.evaluation.DepartmentInputJsonReader;
import org.jixiao.evaluation.EvaluationManagement;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.Rescore;
import org.jixiao.evaluation.domain.DepartmentInput;
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

/** REST API of 部门整体支出绩效自评: read, start and save; scores computed on every read. */
@ApiController("/api/v1")
@Tag(name = "部门整体支出绩效自评", description = "按本地区模板逐项填写，得分、计算说明、总分与等级由评分规则计算")
class DepartmentEvaluationApiController {

    private final DepartmentEvaluationQueries queries;
    private final DepartmentEvaluationManagement management;
    private final EvaluationRescoring rescoring;
    private final ReviewService review;

    DepartmentEvaluationApiController(DepartmentEvaluationQueries queries, DepartmentEvaluationManagement management,
                                      EvaluationRescoring rescoring, ReviewService review) {
        this.queries = queries;
        this.management = management;
        this.rescoring = rescoring;
        this.review = review;
    }

    /** The stored evaluation with its review status, read-only flag, 复核分 and 运行监控's 年度平均执行率. */
    private DepartmentEvaluationDocument document(DepartmentEvaluationView view, Actor actor, OrgScope scope) {
        long id = view.id();
        return DepartmentEvaluationDocument.of(view).with(
                review.status(new ReviewSubject(SubjectKind.DEPARTMENT_EVALUATION, id), actor, scope).statusLabel(),
                queries.isLocked(id), rescoring.ofDepartment(id, scope), view.template().template().leaves(),
                queries.monitoredAverageRate(view.unitCode(), view.year(), scope).orElse(null));
    }

    @GetMapping("/department-evaluations/{id}/rescores")
    @Operation(summary = "部门整体支出绩效自评的复核分", description = "total 总分复核、leaves 各三级指标现行复核分（leaf 为指标编号）、history 全部记录（只增不改）")
    DepartmentEvaluationDocument.RescoringDocument rescores(@PathVariable long id, OrgScope scope, Actor actor) {
        DepartmentEvaluationView view = queries.find(id, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return DepartmentEvaluationDocument.RescoringDocument.of(rescoring.ofDepartment(id, scope),
                view.template().template().leaves());
    }

    @PostMapping("/department-evaluations/{id}/rescores")
    @Operation(summary = "录入部门整体支出绩效自评的复核分", description = "财政局审核权限（review:bureau），已送审或已批复时；请求体 {leaf, score, reason}："
            + "leaf 为三级指标编号（如 1.1.3），省略为总分；score 0 至该项分值（总分 0 至 100），最多两位小数；reason 必填。返回 201")
    ResponseEntity<DepartmentEvaluationDocument.RescoreDocument> rescore(@PathVariable long id,
                                                                         @RequestBody(required = false) JsonNode body,
                                                                         OrgScope scope, Actor actor) {
        DepartmentEvaluationView view = queries.find(id, scope).orElseThrow(() -> notFound(id));
        Rescore recorded = rescoring.recordDepartment(id, text(body, "leaf"), text(body, "score"),
                text(body, "reason"), actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/department-evaluations/" + id + "/rescores"))
                .body(DepartmentEvaluationDocument.RescoreDocument.of(recorded, view.template().template().leaves()));
    }

    /** A field as text (a number given as a JSON number too); null when absent. */
    private static String text(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asString() : node.toString();
    }

    @GetMapping("/department-evaluations/{id}")
    @Operation(summary = "读取一张部门整体支出绩效自评表", description = "模板指标树（分值、指标解释、评分标准、填写项）、填写内容、各指标得分与计算说明、总分与等级；"
            + "reviewStatus 审核状态，locked 送审后只读，rescoring 财政复核分，monitoredAverageRate 运行监控的本单位年度平均执行率（有执行记录时）")
    DepartmentEvaluationDocument get(@PathVariable long id, OrgScope scope, Actor actor) {
        DepartmentEvaluationView view = queries.find(id, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return document(view, actor, scope);
    }

    @GetMapping("/units/{unitCode}/years/{year}/department-evaluation")
    @Operation(summary = "一个单位一个年度的部门整体支出绩效自评", description = "尚未开始时返回 404")
    DepartmentEvaluationDocument ofUnit(@PathVariable String unitCode, @PathVariable int year, OrgScope scope,
                                        Actor actor) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        DepartmentEvaluationView view = queries.find(unitCode, FiscalYear.of(year), scope)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 没有 " + year + " 年度的部门整体支出绩效自评"));
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return document(view, actor, scope);
    }

    @PutMapping("/department-evaluations/{id}")
    @Operation(summary = "保存一张部门整体支出绩效自评表",
            description = "请求体 {\"version\": 读取时的版本, \"leaves\": {\"2.6.7\": {\"numerator\": \"662.96\", \"denominator\": \"707.89\"}, …}}，"
                    + "各指标的填写项见读取结果中 nodes[].fields；他人已修改时返回 409；无法识别或超出范围的值返回 400 并列出全部问题，均不保存")
    DepartmentEvaluationDocument put(@PathVariable long id, @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        queries.find(id, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        DepartmentInputJsonReader reader = new DepartmentInputJsonReader();
        DepartmentInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(reader.violations());
            all.addAll(EvaluationManagement.violations(queries.preview(id, input, scope).blocking()));
            throw new ValidationException(all);
        }
        management.save(id, input, scope);
        return document(queries.find(id, scope).orElseThrow(() -> notFound(id)), actor, scope);
    }

    @PostMapping("/department-evaluations")
    @Operation(summary = "开始一个单位一个年度的部门整体支出绩效自评",
            description = "请求体 {\"unitCode\": …, \"fiscalYear\": 2024, \"templateId\": 可选}；不给 templateId 时用本财政区划当年适用的模板；返回 201 和新表")
    ResponseEntity<DepartmentEvaluationDocument> start(@RequestBody JsonNode body, OrgScope scope, Actor actor) {
        JsonNode unit = body == null ? null : body.get("unitCode");
        JsonNode year = body == null ? null : body.get("fiscalYear");
        if (unit == null || !unit.isString() || year == null || !year.isIntegralNumber()
                || !FiscalYear.isValid(year.intValue())) {
            throw new ValidationException(List.of(Violation.of("department.unitCode", "unitCode")));
        }
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        String template = body.path("templateId").isString() ? body.get("templateId").asString() : null;
        long created = management.start(unit.asString(), FiscalYear.of(year.intValue()), template, scope);
        return ResponseEntity.created(URI.create("/api/v1/department-evaluations/" + created))
                .body(document(queries.find(created, scope).orElseThrow(), actor, scope));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("部门整体支出绩效自评 " + id + " 不存在");
    }
}

package org.jixiao.goals.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.goals.GoalTableJsonReader;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ApiController;
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

/** REST API of goal tables: {@code /api/v1/goal-tables} and a unit-year's list. */
@ApiController("/api/v1")
@Tag(name = "绩效目标表", description = "项目绩效目标表与部门整体绩效目标")
class GoalTableApiController {

    private final GoalTableQueries queries;
    private final GoalTableManagement management;
    private final GoalTableDocuments documents;

    GoalTableApiController(GoalTableQueries queries, GoalTableManagement management, GoalTableDocuments documents) {
        this.queries = queries;
        this.management = management;
        this.documents = documents;
    }

    @GetMapping("/units/{unitCode}/years/{year}/goal-tables")
    @Operation(summary = "一个单位一个年度的全部目标表", description = "部门整体目标在前，项目按录入顺序")
    List<GoalTableSummaryDocument> list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        if (!scope.contains(unitCode)) {
            throw new NotFoundException("单位 " + unitCode + " 不存在");
        }
        return queries.list(unitCode, FiscalYear.of(year), scope).stream().map(GoalTableSummaryDocument::of).toList();
    }

    @GetMapping("/goal-tables/{id}")
    @Operation(summary = "读取一张目标表")
    GoalTableDocument get(@PathVariable long id, OrgScope scope) {
        return documents.toDocument(queries.find(id(id), scope).orElseThrow(() -> notFound(id)));
    }

    @PutMapping("/goal-tables/{id}")
    @Operation(summary = "保存一张目标表", description = "必须提交读取时的 version；他人已修改时返回 409，输入有误时返回 400 并列出全部问题，均不保存")
    GoalTableDocument put(@PathVariable long id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = GoalTableDocument.class))) @RequestBody JsonNode body,
                          OrgScope scope, Actor actor) {
        GoalTableId tableId = id(id);
        queries.find(tableId, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        management.update(tableId, read(body), scope);
        return documents.toDocument(queries.find(tableId, scope).orElseThrow(() -> notFound(id)));
    }

    @PostMapping("/goal-tables")
    @Operation(summary = "新建一张目标表", description = "项目表同时建立项目；返回 201 和新表")
    ResponseEntity<GoalTableDocument> post(@io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = GoalTableDocument.class))) @RequestBody JsonNode body,
            OrgScope scope, Actor actor) {
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        GoalTableId created = management.create(read(body), scope);
        GoalTableDocument document = documents.toDocument(queries.find(created, scope).orElseThrow());
        return ResponseEntity.created(URI.create("/api/v1/goal-tables/" + created.value())).body(document);
    }

    /** Reads the document; JSON type errors are reported together with the parser's own violations. */
    private GoalTableInput read(JsonNode body) {
        GoalTableJsonReader reader = new GoalTableJsonReader();
        GoalTableInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(reader.violations());
            try {
                management.validate(input);
            } catch (ValidationException e) {
                all.addAll(e.violations());
            }
            throw new ValidationException(all);
        }
        return input;
    }

    private static GoalTableId id(long id) {
        if (id <= 0) {
            throw notFound(id);
        }
        return new GoalTableId(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("目标表 " + id + " 不存在");
    }

    /** One line of the list. */
    record GoalTableSummaryDocument(long id, String kind, String projectCode, String projectName,
                                    java.math.BigDecimal budgetWan, int indicatorCount, long version) {
        static GoalTableSummaryDocument of(GoalTableSummary s) {
            return new GoalTableSummaryDocument(s.id().value(), s.kind().name(), s.projectCode(), s.projectName(),
                    s.budget() == null ? null : s.budget().toWan(), s.indicatorCount(), s.version());
        }
    }
}

package org.jixiao.monitoring.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.MonitoringReturnJsonReader;
import org.jixiao.monitoring.MonitoringReturnList;
import org.jixiao.monitoring.MonitoringReturnManagement;
import org.jixiao.monitoring.MonitoringReturnQueries;
import org.jixiao.monitoring.MonitoringReturnView;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ApiController;
import org.jixiao.platform.ViolationMessages;
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

/** REST API of 双监控 returns (绩效运行监控表). */
@ApiController("/api/v1")
@Tag(name = "双监控", description = "项目绩效运行监控表：每个项目、每个监控期一张，指标完成值、全年预计、完成可能性、偏差原因与纠偏措施，预算执行数与全年预计执行数")
class MonitoringReturnApiController {

    private final MonitoringReturnQueries queries;
    private final MonitoringReturnManagement management;
    private final ViolationMessages messages;

    MonitoringReturnApiController(MonitoringReturnQueries queries, MonitoringReturnManagement management,
                                  ViolationMessages messages) {
        this.queries = queries;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring-returns")
    @Operation(summary = "一个单位一个年度的双监控表", description = "每个项目目标表一行，每个监控期一格：监控表 id（未开始为 null）、是否可编辑（DRAFT）或已锁定（SUBMITTED）、审核状态、版本")
    List<LineDocument> list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        FiscalYear fiscalYear = unitYear(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        MonitoringReturnList list = queries.list(unitCode, fiscalYear, scope);
        List<LineDocument> lines = new ArrayList<>();
        for (MonitoringReturnList.Line line : list.lines()) {
            List<CellDocument> cells = new ArrayList<>();
            for (int i = 0; i < line.cells().size(); i++) {
                MonitoringReturnList.Cell c = line.cells().get(i);
                MonitoringReturnList.Period p = list.periods().get(i);
                cells.add(new CellDocument(c.cutOffMonth(), p.label(), p.due().map(Object::toString).orElse(null),
                        c.started() ? c.id().value() : null, c.started() ? c.status().name() : null,
                        c.started() ? c.reviewStatus() : "未开始", c.version()));
            }
            lines.add(new LineDocument(line.goalTableId().value(), line.projectCode(), line.projectName(),
                    line.goalTableStatus(), cells));
        }
        return lines;
    }

    /** A project goal table of the list with its returns by period. */
    record LineDocument(long goalTableId, String projectCode, String projectName, String goalTableStatus,
                        List<CellDocument> returns) {
    }

    /** A period's return ({@code id} null when not started). */
    record CellDocument(int cutOffMonth, String period, String due, Long id, String status, String statusLabel,
                        long version) {
    }

    @PostMapping("/units/{unitCode}/years/{year}/monitoring-returns")
    @Operation(summary = "开始填报一张双监控表", description = "请求体 {\"goalTableId\": …, \"cutOffMonth\": 7}：该单位该年度的项目目标表（批复前后均可）和本地区本年度配置的监控期；返回 201 和新表")
    ResponseEntity<MonitoringReturnDocument> create(@PathVariable String unitCode, @PathVariable int year,
                                                    @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        FiscalYear fiscalYear = unitYear(unitCode, year, scope);
        List<Violation> problems = new ArrayList<>();
        JsonNode table = body == null ? null : body.get("goalTableId");
        if (table == null || !table.isIntegralNumber() || !table.canConvertToLong() || table.longValue() <= 0) {
            problems.add(Violation.of("monitoring.return.goalTableId", "goalTableId"));
        }
        JsonNode month = body == null ? null : body.get("cutOffMonth");
        if (month == null || !month.isIntegralNumber() || !month.canConvertToInt() || month.intValue() < 1
                || month.intValue() > 12) {
            problems.add(Violation.of("monitoring.return.cutOffMonth", "cutOffMonth"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        GoalTableId tableId = new GoalTableId(table.longValue());
        boolean inUnitYear = queries.list(unitCode, fiscalYear, scope).lines().stream()
                .anyMatch(l -> l.goalTableId().equals(tableId));
        if (!inUnitYear) {
            throw new NotFoundException("目标表 " + tableId.value() + " 不是 " + unitCode + " " + year + " 年度的项目目标表");
        }
        MonitoringReturnId created = management.create(tableId, month.intValue(), actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/monitoring-returns/" + created.value()))
                .body(document(created, scope));
    }

    @GetMapping("/monitoring-returns/{id}")
    @Operation(summary = "读取一张双监控表", description = "指标的年度指标值、完成值、全年预计、完成可能性、偏差原因与纠偏措施，各行及预算执行的预警灯，以及送审前仍须补充的内容（violations）")
    MonitoringReturnDocument get(@PathVariable long id, OrgScope scope, Actor actor) {
        MonitoringReturnId returnId = id(id);
        MonitoringReturnDocument document = document(returnId, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return document;
    }

    @PutMapping("/monitoring-returns/{id}")
    @Operation(summary = "保存一张双监控表（草稿）", description = "必须提交读取时的 version；他人已修改时返回 409，已送审或已批复时返回 409；无法保存的输入返回 400 并列出全部问题，均不保存。"
            + "尚缺的内容（如亮黄灯、红灯而未填偏差原因）可保存为草稿，列在返回的 violations 中，送审时拒绝。送审、撤回、通过、退回、调整经审核流程：GET|POST /api/v1/monitoring-returns/{id}/review[/{action}]")
    MonitoringReturnDocument put(@PathVariable long id, @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        MonitoringReturnId returnId = id(id);
        queries.find(returnId, scope).orElseThrow(() -> notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        MonitoringReturnJsonReader reader = new MonitoringReturnJsonReader();
        MonitoringReturnInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(reader.violations());
            queries.preview(returnId, input, scope).violations().stream()
                    .filter(v -> !MonitoringReturnInput.INCOMPLETE.contains(v.code())).forEach(all::add);
            throw new ValidationException(all);
        }
        management.save(returnId, input, actor, scope);
        return document(returnId, scope);
    }

    private MonitoringReturnDocument document(MonitoringReturnId id, OrgScope scope) {
        MonitoringReturnView view = queries.find(id, scope).orElseThrow(() -> notFound(id.value()));
        return MonitoringReturnDocument.of(view, messages);
    }

    private static FiscalYear unitYear(String unitCode, int year, OrgScope scope) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        if (!scope.contains(unitCode)) {
            throw new NotFoundException("单位 " + unitCode + " 不存在");
        }
        return FiscalYear.of(year);
    }

    private static MonitoringReturnId id(long id) {
        if (id <= 0) {
            throw notFound(id);
        }
        return new MonitoringReturnId(id);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("监控表 " + id + " 不存在");
    }
}

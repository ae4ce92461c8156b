package org.jixiao.rectification.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ApiController;
import org.jixiao.rectification.NewProblem;
import org.jixiao.rectification.ProblemFilter;
import org.jixiao.rectification.ProblemView;
import org.jixiao.rectification.RectificationManagement;
import org.jixiao.rectification.RectificationQueries;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/** REST API of 整改: a unit-year's problems with source, owner, deadline, status and history; register one. */
@ApiController("/api/v1")
@Tag(name = "问题整改", description = "整改问题清单：来源、措施、责任人、时限、状态、处理记录")
class RectificationApiController {

    private final OrgQueries orgs;
    private final RectificationQueries queries;
    private final RectificationManagement management;

    RectificationApiController(OrgQueries orgs, RectificationQueries queries, RectificationManagement management) {
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
    }

    @GetMapping("/units/{unitCode}/years/{year}/rectifications")
    @Operation(summary = "一个单位一个年度的整改问题", description = "每个问题：来源、涉及项目与指标、整改措施、责任人、时限、状态、是否逾期、佐证材料（不含内容）和处理记录")
    List<ProblemDocument> list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return queries.list(unitCode, FiscalYear.of(year), ProblemFilter.none(), scope).stream()
                .map(ProblemDocument::of).toList();
    }

    @GetMapping("/rectifications/{id}")
    @Operation(summary = "读取一个整改问题")
    ProblemDocument get(@PathVariable long id, OrgScope scope, Actor actor) {
        ProblemView p = id <= 0 ? null : queries.find(new ProblemId(id), scope).orElse(null);
        if (p == null) {
            throw new NotFoundException("整改问题 " + id + " 不存在");
        }
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return ProblemDocument.of(p);
    }

    @PostMapping("/units/{unitCode}/years/{year}/rectifications")
    @Operation(summary = "登记一个整改问题", description = "请求体：source（CHECK_FINDING、RED_LAMP、BELOW_TARGET、LOW_SCORE、BUREAU_OPINION、AUDIT）、title 必填；"
            + "description、sourceRef、projectName、indicatorName、goalTableId、evaluationId、measures（字符串数组）、ownerUserId（本单位用户）、deadline（yyyy-MM-dd）可选。"
            + "有误时返回 400 并列出全部问题，不保存；返回 201 和新问题")
    ResponseEntity<ProblemDocument> create(@PathVariable String unitCode, @PathVariable int year,
                                           @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        OrgView unit = unit(unitCode, year, scope);
        List<Violation> v = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new ValidationException(List.of(Violation.of("rectification.text.required", "title")));
        }
        ProblemSource source = null;
        String sourceText = text(body, "source", v);
        if (sourceText == null) {
            v.add(Violation.of("rectification.source.required", "source"));
        } else {
            try {
                source = ProblemSource.valueOf(sourceText);
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("rectification.source.required", "source"));
            }
        }
        String title = text(body, "title", v);
        String description = text(body, "description", v);
        String sourceRef = text(body, "sourceRef", v);
        String projectName = text(body, "projectName", v);
        String indicatorName = text(body, "indicatorName", v);
        Long goalTableId = id(body, "goalTableId", v);
        Long evaluationId = id(body, "evaluationId", v);
        Long owner = id(body, "ownerUserId", v);
        LocalDate deadline = null;
        String deadlineText = text(body, "deadline", v);
        if (deadlineText != null) {
            deadline = ProblemForm.parseDate(deadlineText, "deadline", v);
        }
        List<String> measures = measures(body, v);
        if (!v.isEmpty()) {
            // report the service's own checks too, so that every problem is listed at once
            try {
                management.validate(new NewProblem(unit.code(), year, source, sourceRef, goalTableId, evaluationId,
                        projectName, indicatorName, title, description, measures, owner, deadline), actor, scope);
            } catch (ValidationException e) {
                e.violations().stream().filter(x -> v.stream().noneMatch(y -> y.path().equals(x.path()))).forEach(v::add);
            }
            throw new ValidationException(v);
        }
        ProblemId id = management.create(new NewProblem(unit.code(), year, source, sourceRef, goalTableId, evaluationId,
                projectName, indicatorName, title, description, measures, owner, deadline), actor, scope);
        return ResponseEntity.created(URI.create("/api/v1/rectifications/" + id.value()))
                .body(ProblemDocument.of(queries.find(id, scope).orElseThrow()));
    }

    @PostMapping("/rectifications/{id}/{action:start|notes|submit|verify|reject}")
    @Operation(summary = "整改问题的一步操作", description = "start 开始整改、notes 记录进展、submit 提交验证、verify 验证销号、reject 退回；"
            + "请求体 {\"version\": 读取时的版本, \"note\": \"说明\"}（notes 不需 version）。状态或权限不允许时 400/403，版本过期 409，均不保存")
    ProblemDocument act(@PathVariable long id, @PathVariable String action, @RequestBody JsonNode body, OrgScope scope,
                        Actor actor) {
        ProblemView p = id <= 0 ? null : queries.find(new ProblemId(id), scope).orElse(null);
        if (p == null) {
            throw new NotFoundException("整改问题 " + id + " 不存在");
        }
        List<Violation> v = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new ValidationException(List.of(Violation.of("version.required", "version")));
        }
        String note = text(body, "note", v);
        Long version = null;
        JsonNode vn = body.get("version");
        if (!action.equals("notes")) {
            if (vn == null || !vn.isIntegralNumber() || !vn.canConvertToLong() || vn.longValue() < 0) {
                v.add(Violation.of("version.required", "version"));
            } else {
                version = vn.longValue();
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        switch (action) {
            case "start" -> management.start(p.id(), version, actor, scope);
            case "notes" -> management.note(p.id(), note, actor, scope);
            case "submit" -> management.submit(p.id(), version, note, actor, scope);
            case "verify" -> management.verify(p.id(), version, note, actor, scope);
            default -> management.reject(p.id(), version, note, actor, scope);
        }
        return ProblemDocument.of(queries.find(p.id(), scope).orElseThrow());
    }

    @org.springframework.web.bind.annotation.PutMapping("/rectifications/{id}/assignment")
    @Operation(summary = "指定责任人、时限和整改措施", description = "请求体 {\"version\", \"ownerUserId\", \"deadline\": \"yyyy-MM-dd\", \"measures\": [..]}")
    ProblemDocument assign(@PathVariable long id, @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        ProblemView p = id <= 0 ? null : queries.find(new ProblemId(id), scope).orElse(null);
        if (p == null) {
            throw new NotFoundException("整改问题 " + id + " 不存在");
        }
        if (body == null || !body.isObject()) {
            throw new ValidationException(List.of(Violation.of("version.required", "version")));
        }
        List<Violation> v = new ArrayList<>();
        JsonNode vn = body.get("version");
        if (vn == null || !vn.isIntegralNumber() || !vn.canConvertToLong() || vn.longValue() < 0) {
            v.add(Violation.of("version.required", "version"));
        }
        Long owner = id(body, "ownerUserId", v);
        String deadlineText = text(body, "deadline", v);
        LocalDate deadline = deadlineText == null ? null : ProblemForm.parseDate(deadlineText, "deadline", v);
        List<String> measures = measures(body, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        management.assign(p.id(), vn.longValue(), owner, deadline, measures, actor, scope);
        return ProblemDocument.of(queries.find(p.id(), scope).orElseThrow());
    }

    @PostMapping(path = "/rectifications/{id}/evidence", consumes = "multipart/form-data")
    @Operation(summary = "上传佐证材料", description = "multipart 字段 file：PDF、PNG、JPEG、.docx、.xlsx（按内容判断），有大小上限；返回问题（含 SHA-256）")
    ResponseEntity<ProblemDocument> evidence(@PathVariable long id,
                                             @org.springframework.web.bind.annotation.RequestParam(name = "file", required = false)
                                             org.springframework.web.multipart.MultipartFile file,
                                             OrgScope scope, Actor actor) {
        ProblemView p = id <= 0 ? null : queries.find(new ProblemId(id), scope).orElse(null);
        if (p == null) {
            throw new NotFoundException("整改问题 " + id + " 不存在");
        }
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.getBytes();
        } catch (java.io.IOException e) {
            content = new byte[0];
        }
        management.addEvidence(p.id(), file == null ? "" : file.getOriginalFilename(), content, actor, scope);
        return ResponseEntity.status(201).body(ProblemDocument.of(queries.find(p.id(), scope).orElseThrow()));
    }

    private static List<String> measures(JsonNode body, List<Violation> v) {
        List<String> measures = new ArrayList<>();
        JsonNode m = body.get("measures");
        if (m != null && !m.isNull()) {
            if (!m.isArray()) {
                v.add(Violation.of("rectification.measures.type", "measures"));
            } else {
                for (int i = 0; i < m.size(); i++) {
                    if (m.get(i).isString()) {
                        measures.add(m.get(i).asString());
                    } else {
                        v.add(Violation.of("rectification.measures.type", "measures[" + i + "]"));
                    }
                }
            }
        }
        return measures;
    }

    private OrgView unit(String unitCode, int year, OrgScope scope) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
    }

    private static String text(JsonNode body, String field, List<Violation> v) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isString()) {
            v.add(Violation.of("rectification.type.text", field));
            return null;
        }
        return n.asString();
    }

    private static Long id(JsonNode body, String field, List<Violation> v) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong() || n.longValue() <= 0) {
            v.add(Violation.of("rectification.type.id", field));
            return null;
        }
        return n.longValue();
    }

    /** One problem as the API shows it. */
    record ProblemDocument(long id, String unitCode, int fiscalYear, String source, String sourceLabel,
                           String sourceRef, Long goalTableId, Long evaluationId, String projectName,
                           String indicatorName, String title, String description, List<String> measures,
                           Long ownerUserId, String ownerName, LocalDate deadline, String status, String statusLabel,
                           boolean overdue, List<EvidenceDocument> evidence, List<HistoryDocument> history,
                           long version) {

        static ProblemDocument of(ProblemView p) {
            return new ProblemDocument(p.id().value(), p.unitCode(), p.year(), p.source().name(), p.source().label(),
                    p.sourceRef(), p.goalTableId(), p.evaluationId(), p.projectName(), p.indicatorName(), p.title(),
                    p.description(), p.measures(), p.owner() == null ? null : p.owner().id(),
                    p.owner() == null ? null : p.owner().name(), p.deadline(), p.status().name(), p.status().label(),
                    p.overdue(),
                    p.evidence().stream().map(e -> new EvidenceDocument(e.id(), e.fileName(), e.contentType(),
                            e.sizeBytes(), e.sha256(), e.uploadedBy(), e.uploadedAt())).toList(),
                    p.history().stream().map(h -> new HistoryDocument(h.at(), h.actorName(), h.action().name(),
                            h.action().label(), h.from() == null ? null : h.from().name(),
                            h.to() == null ? null : h.to().name(), h.detail())).toList(),
                    p.version());
        }
    }

    record EvidenceDocument(long id, String fileName, String contentType, long sizeBytes, String sha256,
                            String uploadedBy, Instant uploadedAt) {
    }

    record HistoryDocument(Instant at, String actor, String action, String actionLabel, String fromStatus,
                           String toStatus, String detail) {
    }
}

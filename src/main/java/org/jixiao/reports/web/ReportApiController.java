package org.jixiao.reports.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.exchange.ExportedFile;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.platform.ApiController;
import org.jixiao.reports.ReportConsistency;
import org.jixiao.reports.ReportData;
import org.jixiao.reports.ReportFiles;
import org.jixiao.reports.ReportGeneration;
import org.jixiao.reports.ReportManagement;
import org.jixiao.reports.domain.BasicsField;
import org.jixiao.reports.domain.ConsistencyCheck;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.StatedFigures;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/**
 * The report API: the 部门整体支出绩效自评报告 (.docx, .pdf), the self-evaluation tables (.xlsx, and per project
 * .xlsx/.docx/.pdf), every generation kept and downloadable again, the basics and narratives a unit enters, and the
 * consistency check of a report's stated figures. Another unit answers 404.
 */
@ApiController("/api/v1")
@Tag(name = "自评报告", description = "部门整体支出绩效自评报告、自评表、报告基本信息、数据一致性核对")
class ReportApiController {

    private final ReportFiles files;
    private final ReportManagement management;
    private final ReportConsistency consistency;
    private final org.jixiao.reports.ReportAssembler assembler;

    ReportApiController(ReportFiles files, ReportManagement management, ReportConsistency consistency,
                        org.jixiao.reports.ReportAssembler assembler) {
        this.files = files;
        this.management = management;
        this.consistency = consistency;
        this.assembler = assembler;
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/self-evaluation.docx")
    @Operation(summary = "部门整体支出绩效自评报告（Word）", description = "按本地区报告提纲，数据于生成时读取；每次生成都保存一份，可在 generations 中再次下载")
    ResponseEntity<byte[]> reportDocx(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return download(files.report(unitCode, year, ReportFiles.Format.DOCX, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/self-evaluation.pdf")
    @Operation(summary = "部门整体支出绩效自评报告（PDF）", description = "A4，内嵌中文字体；图表在服务器端绘制")
    ResponseEntity<byte[]> reportPdf(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return download(files.report(unitCode, year, ReportFiles.Format.PDF, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/self-evaluation-tables.xlsx")
    @Operation(summary = "绩效自评表（Excel）", description = "项目自评汇总、部门整体自评表（未录入时注明）、每个项目一张项目支出绩效自评表")
    ResponseEntity<byte[]> tables(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return download(files.tables(unitCode, year, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/projects/{goalTableId}.{extension}")
    @Operation(summary = "一个项目的项目支出绩效自评表", description = "extension 为 xlsx、docx 或 pdf")
    ResponseEntity<byte[]> project(@PathVariable String unitCode, @PathVariable int year, @PathVariable long goalTableId,
                                   @PathVariable String extension, OrgScope scope, Actor actor) {
        ReportFiles.Format format = switch (extension) {
            case "xlsx" -> ReportFiles.Format.XLSX;
            case "docx" -> ReportFiles.Format.DOCX;
            case "pdf" -> ReportFiles.Format.PDF;
            default -> throw new NotFoundException("没有 ." + extension + " 格式");
        };
        return download(files.project(unitCode, year, goalTableId, format, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/generations")
    @Operation(summary = "已生成的报告文件", description = "每次生成的文件、大小、SHA-256、数据读取时间和生成人，最新的在前")
    List<Map<String, Object>> generations(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportGeneration g : files.generations(unitCode, year, scope, actor)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", g.id());
            m.put("kind", g.kind().name());
            m.put("label", g.kind().label());
            m.put("filename", g.filename());
            m.put("contentType", g.contentType());
            m.put("size", g.size());
            m.put("sha256", g.sha256());
            m.put("outlineId", g.outlineId());
            m.put("dataAsOf", g.dataAsOf().toString());
            m.put("generatedBy", g.generatedBy());
            m.put("href", "/api/v1/report-generations/" + g.id());
            out.add(m);
        }
        return out;
    }

    @GetMapping("/report-generations/{id}")
    @Operation(summary = "再次下载一份已生成的文件", description = "与当时交付的字节完全相同")
    ResponseEntity<byte[]> generation(@PathVariable long id, OrgScope scope, Actor actor) {
        return download(files.download(id, scope, actor).orElseThrow(() -> new NotFoundException("没有这份文件：" + id)));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/basics")
    @Operation(summary = "报告基本信息", description = "机构设置、人员编制/实有、主要职能、收支决算、结转结余、预算调整、三公经费（元）；version 用于乐观锁")
    Map<String, Object> basics(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        return basicsDocument(management.basics(unitCode, year, scope, actor));
    }

    @PutMapping("/units/{unitCode}/years/{year}/reports/basics")
    @Operation(summary = "保存报告基本信息", description = "整份保存；金额单位为元，最多两位小数；400 列出全部错误，409 表示已被他人修改")
    Map<String, Object> saveBasics(@PathVariable String unitCode, @PathVariable int year, @RequestBody JsonNode body,
                                   OrgScope scope, Actor actor) {
        Map<String, String> typed = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (BasicsField field : BasicsField.values()) {
            JsonNode v = body.get(field.key());
            if (v == null || v.isNull()) {
                continue;
            }
            if (v.isNumber()) {
                typed.put(field.key(), v.decimalValue().toPlainString());
            } else if (v.isString()) {
                typed.put(field.key(), v.asString());
            } else {
                violations.add(Violation.of(field.kind() == BasicsField.Kind.MONEY ? "reports.money.notNumber"
                        : field.kind() == BasicsField.Kind.COUNT ? "reports.count.invalid" : "reports.text.tooLong",
                        field.key(), field.shortLabel(), field.maxLength(), 0));
            }
        }
        Long version = version(body, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return basicsDocument(management.saveBasics(unitCode, year, typed, version, scope, actor));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/narratives")
    @Operation(summary = "报告的叙述部分", description = "每个部分：单位撰写的内容，或系统根据数据生成的草稿（draft=true，草稿，请修改）")
    List<Map<String, Object>> narratives(@PathVariable String unitCode, @PathVariable int year, OrgScope scope,
                                         Actor actor) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        org.jixiao.orgs.Permissions.require(actor, org.jixiao.orgs.domain.Permission.GOAL_TABLE_READ);
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportData.Narrative n : data.narratives().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", n.key());
            m.put("title", n.title());
            m.put("hint", n.hint());
            m.put("text", n.text());
            m.put("draft", n.draft());
            m.put("version", n.version());
            out.add(m);
        }
        return out;
    }

    @PutMapping("/units/{unitCode}/years/{year}/reports/narratives/{section}")
    @Operation(summary = "保存一个叙述部分", description = "{\"version\": 0, \"text\": \"…\"}；保存后报告使用单位撰写的内容，不再是草稿")
    ResponseEntity<Void> saveNarrative(@PathVariable String unitCode, @PathVariable int year, @PathVariable String section,
                                       @RequestBody JsonNode body, OrgScope scope, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        Long version = version(body, violations);
        JsonNode text = body.get("text");
        if (text != null && !text.isNull() && !text.isString()) {
            violations.add(Violation.of("reports.section.empty", "text"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        management.saveNarrative(unitCode, year, section, text == null || text.isNull() ? "" : text.asString(), version,
                scope, actor);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/units/{unitCode}/years/{year}/reports/narratives/{section}")
    @Operation(summary = "恢复一个叙述部分为系统草稿", description = "删除单位撰写的内容（须给出读取时的 version），报告重新使用根据数据生成的草稿")
    ResponseEntity<Void> resetNarrative(@PathVariable String unitCode, @PathVariable int year, @PathVariable String section,
                                        @org.springframework.web.bind.annotation.RequestParam(required = false) Long version,
                                        OrgScope scope, Actor actor) {
        management.resetNarrative(unitCode, year, section, version, scope, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/units/{unitCode}/years/{year}/reports/consistency")
    @Operation(summary = "数据一致性核对", description = "输入手写报告中的数字（总分、各部分得分、预算执行率、金额、项目得分），返回与其自身合计及与数据不符之处；不保存任何内容。"
            + "{\"total\": \"98.8\", \"parts\": [{\"name\": \"部门决策\", \"score\": \"35\"}, {\"name\": \"部门目标\", \"parent\": \"部门决策\", \"score\": \"12\"}],"
            + " \"executionRate\": \"100\", \"money\": {\"expenseTotal\": \"49208800\"}, \"projects\": [{\"name\": \"…\", \"total\": \"96.5\"}]}")
    Map<String, Object> consistency(@PathVariable String unitCode, @PathVariable int year, @RequestBody JsonNode body,
                                    OrgScope scope, Actor actor) {
        StringBuilder parts = new StringBuilder();
        JsonNode partNodes = body.get("parts");
        if (partNodes != null && partNodes.isArray()) {
            for (JsonNode p : partNodes) {
                String parent = text(p.get("parent"));
                parts.append(parent.isEmpty() ? "" : parent + "/").append(text(p.get("name")).replace("/", "／"))
                        .append(' ').append(text(p.get("score"))).append('\n');
            }
        }
        StringBuilder projects = new StringBuilder();
        JsonNode projectNodes = body.get("projects");
        if (projectNodes != null && projectNodes.isArray()) {
            for (JsonNode p : projectNodes) {
                projects.append(text(p.get("name"))).append(' ').append(text(p.get("total"))).append('\n');
            }
        }
        Map<String, String> money = new HashMap<>();
        JsonNode moneyNode = body.get("money");
        if (moneyNode != null && moneyNode.isObject()) {
            for (BasicsField f : BasicsField.values()) {
                if (moneyNode.has(f.key())) {
                    money.put(f.key(), text(moneyNode.get(f.key())));
                }
            }
        }
        StatedFigures stated = StatedFigures.parse(text(body.get("total")), parts.toString(), text(body.get("executionRate")),
                money, projects.toString());
        ReportConsistency.Result result = consistency.check(unitCode, year, stated, scope, actor);
        List<Map<String, Object>> differences = new ArrayList<>();
        for (ConsistencyCheck.Difference d : result.differences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().name());
            m.put("label", d.kind().label());
            m.put("subject", d.subject());
            m.put("stated", d.stated());
            m.put("expected", d.expected());
            m.put("difference", d.difference());
            m.put("message", d.message());
            differences.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dataAsOf", result.data().dataAsOf().toString());
        out.put("consistent", result.differences().stream().noneMatch(d -> d.kind() != ConsistencyCheck.Kind.NOT_IN_DATA));
        out.put("differences", differences);
        return out;
    }

    /** The server lacks a Chinese font: say so (the message names the fix) instead of a bare 500. */
    @ExceptionHandler(PdfFontUnavailableException.class)
    ProblemDetail noFont(PdfFontUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("暂时无法生成 PDF");
        problem.setType(URI.create("https://jixiao.org/problems/pdf-font"));
        return problem;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isNumber() ? node.decimalValue().toPlainString() : node.isString() ? node.asString() : node.toString();
    }

    private static Long version(JsonNode body, List<Violation> violations) {
        JsonNode v = body.get("version");
        if (v == null || v.isNull()) {
            violations.add(Violation.of("version.required", "version"));
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.longValue() < 0) {
            violations.add(Violation.of("version.invalid", "version"));
            return null;
        }
        return v.longValue();
    }

    static Map<String, Object> basicsDocument(ReportBasics basics) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", basics.version());
        for (BasicsField f : BasicsField.values()) {
            Object v = basics.values().get(f);
            m.put(f.key(), v instanceof org.jixiao.shared.Amount a ? a.yuan() : v);
        }
        Map<String, BigDecimal> derived = new LinkedHashMap<>();
        derived.put("adjustmentRatePercent", basics.adjustmentRatePercent().orElse(null));
        derived.put("executionRatePercent", basics.executionRatePercent().orElse(null));
        derived.put("threePublicRatePercent", basics.threePublicRatePercent().orElse(null));
        m.put("derived", derived);
        return m;
    }

    static ResponseEntity<byte[]> download(ExportedFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .contentLength(file.content().length)
                .body(file.content());
    }

}

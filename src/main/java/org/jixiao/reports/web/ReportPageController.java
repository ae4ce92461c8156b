package org.jixiao.reports.web;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.exchange.ExportedFile;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.reports.ReportAssembler;
import org.jixiao.reports.ReportConsistency;
import org.jixiao.reports.ReportData;
import org.jixiao.reports.ReportFiles;
import org.jixiao.reports.ReportGeneration;
import org.jixiao.reports.ReportManagement;
import org.jixiao.reports.domain.BasicsField;
import org.jixiao.reports.domain.StatedFigures;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 自评报告: the unit-year's report page (generate, kept versions, 报告基本信息, the narrative sections with
 * their drafts) and the consistency check of a hand-written report's figures.
 */
@Controller
class ReportPageController {

    private final ReportAssembler assembler;
    private final ReportManagement management;
    private final ReportFiles files;
    private final ReportConsistency consistency;
    private final ViolationMessages messages;

    ReportPageController(ReportAssembler assembler, ReportManagement management, ReportFiles files,
                         ReportConsistency consistency, ViolationMessages messages) {
        this.assembler = assembler;
        this.management = management;
        this.files = files;
        this.consistency = consistency;
        this.messages = messages;
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports")
    String page(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        Map<String, String> basics = new LinkedHashMap<>();
        for (BasicsField f : BasicsField.values()) {
            basics.put(f.key(), data.basics().display(f));
        }
        return render(model, data, scope, actor, basics, data.basics().version(), Map.of(), null, null);
    }

    @PostMapping("/units/{unitCode}/years/{year}/reports/basics")
    String saveBasics(@PathVariable String unitCode, @PathVariable int year, @RequestParam MultiValueMap<String, String> form,
                      OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Map<String, String> typed = new LinkedHashMap<>();
        for (BasicsField f : BasicsField.values()) {
            typed.put(f.key(), form.getFirst(f.key()) == null ? "" : form.getFirst(f.key()));
        }
        Long version = parseVersion(form.getFirst("version"));
        try {
            management.saveBasics(unitCode, year, typed, version, scope, actor);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "报告基本信息共 " + e.violations().size() + " 处输入有误，请按提示修改。本次修改尚未保存。");
            return render(model, data, scope, actor, typed, version == null ? 0 : version, messages.byPath(e.violations()), null, null);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", "保存失败：报告基本信息已被他人修改（您打开的是第 " + e.expectedVersion() + " 版，当前为第 "
                    + e.currentVersion() + " 版）。下方仍保留您的输入；请刷新页面查看最新内容后重新填写。");
            return render(model, data, scope, actor, typed, version == null ? 0 : version, Map.of(), null, null);
        }
        redirect.addFlashAttribute("saved", "报告基本信息已保存。");
        return "redirect:/units/" + data.unit().code() + "/years/" + year + "/reports#basics";
    }

    @PostMapping("/units/{unitCode}/years/{year}/reports/narratives/{section}")
    String saveNarrative(@PathVariable String unitCode, @PathVariable int year, @PathVariable String section,
                         @RequestParam(required = false) String text, @RequestParam(required = false) String version,
                         @RequestParam(required = false) String action, OrgScope scope, Actor actor, Model model,
                         HttpServletResponse response, RedirectAttributes redirect) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Long v = parseVersion(version);
        try {
            if ("reset".equals(action)) {
                management.resetNarrative(unitCode, year, section, v, scope, actor);
                redirect.addFlashAttribute("saved", "已恢复为系统草稿。");
            } else {
                management.saveNarrative(unitCode, year, section, text, v, scope, actor);
                redirect.addFlashAttribute("saved", "已保存，报告将使用您撰写的内容。");
            }
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "未保存：" + String.join("；", messages.byPath(e.violations()).values()));
            return render(model, data, scope, actor, basicsOf(data), data.basics().version(), Map.of(), section, text);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", "保存失败：这一部分已被他人修改。下方仍保留您的输入；请复制后刷新页面重新保存。");
            return render(model, data, scope, actor, basicsOf(data), data.basics().version(), Map.of(), section, text);
        }
        return "redirect:/units/" + data.unit().code() + "/years/" + year + "/reports#narrative-" + section;
    }

    @PostMapping("/units/{unitCode}/years/{year}/reports/generate")
    String generate(@PathVariable String unitCode, @PathVariable int year, @RequestParam String kind, OrgScope scope,
                    Actor actor, RedirectAttributes redirect) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        try {
            ExportedFile file = switch (kind) {
                case "REPORT_DOCX" -> files.report(unitCode, year, ReportFiles.Format.DOCX, scope, actor);
                case "REPORT_PDF" -> files.report(unitCode, year, ReportFiles.Format.PDF, scope, actor);
                case "TABLES_XLSX" -> files.tables(unitCode, year, scope, actor);
                default -> throw new NotFoundException("没有这种报告：" + kind);
            };
            redirect.addFlashAttribute("saved", "已生成“" + file.filename() + "”，见下方“已生成的版本”。");
        } catch (PdfFontUnavailableException e) {
            redirect.addFlashAttribute("failed", e.getMessage());
        }
        return "redirect:/units/" + data.unit().code() + "/years/" + year + "/reports#generations";
    }

    @GetMapping("/reports/generations/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id, OrgScope scope, Actor actor) {
        return ReportApiController.download(files.download(id, scope, actor)
                .orElseThrow(() -> new NotFoundException("没有这份文件：" + id)));
    }

    @GetMapping("/units/{unitCode}/years/{year}/reports/consistency")
    String consistencyForm(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        model.addAttribute("data", data);
        model.addAttribute("form", new HashMap<String, String>());
        model.addAttribute("moneyFields", moneyFields());
        return "reports/consistency";
    }

    @PostMapping("/units/{unitCode}/years/{year}/reports/consistency")
    String consistencyCheck(@PathVariable String unitCode, @PathVariable int year,
                            @RequestParam MultiValueMap<String, String> form, OrgScope scope, Actor actor, Model model,
                            HttpServletResponse response) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Map<String, String> typed = new HashMap<>();
        form.forEach((k, v) -> typed.put(k, v.isEmpty() ? "" : v.get(0)));
        model.addAttribute("data", data);
        model.addAttribute("form", typed);
        model.addAttribute("moneyFields", moneyFields());
        try {
            StatedFigures stated = StatedFigures.parse(typed.get("total"), typed.get("parts"), typed.get("executionRate"),
                    typed, typed.get("projects"));
            ReportConsistency.Result result = consistency.check(unitCode, year, stated, scope, actor);
            model.addAttribute("differences", result.differences());
            model.addAttribute("checkedAt", result.data().dataAsOf());
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", messages.byPath(e.violations()));
        }
        return "reports/consistency";
    }

    private String render(Model model, ReportData data, OrgScope scope, Actor actor, Map<String, String> basics, long basicsVersion,
                          Map<String, String> errors, String typedSection, String typedText) {
        model.addAttribute("data", data);
        model.addAttribute("unit", data.unit());
        model.addAttribute("year", data.year().value());
        model.addAttribute("fields", BasicsField.values());
        model.addAttribute("basics", basics);
        model.addAttribute("basicsVersion", basicsVersion);
        model.addAttribute("errors", errors);
        model.addAttribute("typedSection", typedSection);
        model.addAttribute("typedText", typedText);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        List<ReportGeneration> generations = files.generations(data.unit().code(), data.year().value(), scope, actor);
        model.addAttribute("generations", generations);
        return "reports/index";
    }

    private static Map<String, String> basicsOf(ReportData data) {
        Map<String, String> basics = new LinkedHashMap<>();
        for (BasicsField f : BasicsField.values()) {
            basics.put(f.key(), data.basics().display(f));
        }
        return basics;
    }

    private static List<BasicsField> moneyFields() {
        return java.util.Arrays.stream(BasicsField.values()).filter(f -> f.kind() == BasicsField.Kind.MONEY).toList();
    }

    private static Long parseVersion(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.valueOf(text.strip());
    }
}

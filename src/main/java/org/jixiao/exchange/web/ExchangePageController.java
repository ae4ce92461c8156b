package org.jixiao.exchange.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.exchange.GoalTableImports;
import org.jixiao.exchange.ImportException;
import org.jixiao.exchange.ImportPreview;
import org.jixiao.exchange.ImportResult;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pages of 导入导出: a unit-year's downloads, the upload form, the preview (tables to create or replace, every
 * problem at its sheet/row/column, 确认导入 only without errors) and the result.
 */
@Controller
class ExchangePageController {

    private final GoalTableImports imports;
    private final GoalTableQueries tables;
    private final OrgQueries orgs;
    private final ImportPageModel importPage;
    private final java.time.Clock clock;

    ExchangePageController(GoalTableImports imports, GoalTableQueries tables, OrgQueries orgs, ImportPageModel importPage,
                           java.time.Clock clock) {
        this.clock = clock;
        this.imports = imports;
        this.tables = tables;
        this.orgs = orgs;
        this.importPage = importPage;
    }

    @GetMapping("/exchange/units/{unitCode}/years/{year}")
    String unitYear(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = orgs.find(unitCode, scope).orElseThrow(() -> new NotFoundException("单位“" + unitCode + "”不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        List<GoalTableSummary> list = tables.list(unit.code(), FiscalYear.of(year), scope);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("tables", list);
        return "exchange/unit-year";
    }

    @GetMapping("/exchange/imports/new")
    String form(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
                Actor actor, OrgScope scope, Model model) {
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        if (unitCode != null && !unitCode.isBlank() && !scope.contains(unitCode.strip())) {
            throw new NotFoundException("单位“" + unitCode + "”不存在");
        }
        model.addAllAttributes(importPage.of(unitCode, year, null, scope));
        return ImportPageModel.VIEW;
    }

    @PostMapping("/exchange/imports")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                  @RequestParam(required = false) String unitCode, @RequestParam(required = false) String year,
                  Actor actor, OrgScope scope, Model model, HttpServletResponse response) {
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        String target = unitCode == null || unitCode.isBlank() ? null : unitCode.strip();
        Integer targetYear = null;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("\\d{4}") || !FiscalYear.isValid(Integer.parseInt(year.strip()))) {
                response.setStatus(400);
                model.addAllAttributes(importPage.of(unitCode, year, "年度应为 2000–2100 之间的四位年份，或留空按文件中的预算年度导入。", scope));
                return ImportPageModel.VIEW;
            }
            targetYear = Integer.parseInt(year.strip());
        }
        try {
            ImportPreview preview = ImportApiController.read(imports, file, target, targetYear, actor, scope);
            return "redirect:/exchange/imports/" + preview.id();
        } catch (ImportException e) {
            response.setStatus(e.status());
            model.addAllAttributes(importPage.of(unitCode, year, e.detail(), scope));
            return ImportPageModel.VIEW;
        }
    }

    @GetMapping("/exchange/imports/{id}")
    String preview(@PathVariable String id, Actor actor, Model model) {
        if (imports.result(id, actor).isPresent()) {
            return "redirect:/exchange/imports/" + id + "/result";
        }
        ImportPreview preview = imports.find(id, actor).orElseThrow(() -> notFound());
        model.addAttribute("preview", preview);
        model.addAttribute("expires", expires(preview));
        return "exchange/preview";
    }

    @PostMapping("/exchange/imports/{id}/commit")
    String commit(@PathVariable String id, Actor actor, OrgScope scope, Model model, HttpServletResponse response) {
        try {
            imports.commit(id, actor, scope);
            return "redirect:/exchange/imports/" + id + "/result";
        } catch (ImportException e) {
            if (imports.result(id, actor).isPresent()) {
                return "redirect:/exchange/imports/" + id + "/result";
            }
            ImportPreview preview = imports.find(id, actor).orElseThrow(() -> notFound());
            response.setStatus(e.status());
            model.addAttribute("preview", preview);
            model.addAttribute("expires", expires(preview));
            model.addAttribute("alert", e.detail());
            return "exchange/preview";
        }
    }

    @GetMapping("/exchange/imports/{id}/result")
    String result(@PathVariable String id, Actor actor, Model model) {
        ImportResult result = imports.result(id, actor).orElseThrow(() -> notFound());
        model.addAttribute("result", result);
        return "exchange/result";
    }

    private String expires(ImportPreview preview) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(preview.expiresAt().atZone(clock.getZone()));
    }

    private NotFoundException notFound() {
        return new NotFoundException(imports.notFound().detail());
    }
}

package org.jixiao.evaluation.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentTemplateDesigner;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 模板设计: the department templates in force for a unit-year with 复制并修改, and the edit form of a unit's
 * own design (names, 分值 of the 三级指标, 评分标准, rule parameters), saved as a new version after validation.
 */
@Controller
class DepartmentTemplatePageController {

    private final OrgQueries orgs;
    private final DepartmentEvaluationQueries evaluations;
    private final DepartmentTemplateDesigner designer;
    private final ViolationMessages messages;

    DepartmentTemplatePageController(OrgQueries orgs, DepartmentEvaluationQueries evaluations,
                                     DepartmentTemplateDesigner designer, ViolationMessages messages) {
        this.orgs = orgs;
        this.evaluations = evaluations;
        this.designer = designer;
        this.messages = messages;
    }

    @GetMapping("/units/{unitCode}/years/{year}/department-templates")
    String list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("inForce", evaluations.templatesInForce(unit.code(), FiscalYear.of(year)));
        model.addAttribute("designs", designer.designsOf(unit.code(), scope));
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        return "evaluation/department-templates";
    }

    @PostMapping("/units/{unitCode}/years/{year}/department-templates")
    String copy(@PathVariable String unitCode, @PathVariable int year, @RequestParam String baseId, OrgScope scope,
                Actor actor, RedirectAttributes redirect) {
        OrgView unit = unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        try {
            return "redirect:/department-templates/" + designer.copy(unit.code(), FiscalYear.of(year), baseId, scope);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("alert", messages.message(e.violations().get(0)));
            return "redirect:/units/" + unit.code() + "/years/" + year + "/department-templates";
        }
    }

    @GetMapping("/department-templates/{templateId}")
    String show(@PathVariable String templateId, OrgScope scope, Actor actor, Model model) {
        DepartmentTemplateDesigner.Design design = find(templateId, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return page(model, design, actor, Map.of(), Map.of());
    }

    @PostMapping("/department-templates/{templateId}")
    String save(@PathVariable String templateId, @RequestParam MultiValueMap<String, String> params, OrgScope scope,
                Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        DepartmentTemplateDesigner.Design design = find(templateId, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        DepartmentTemplateDesigner.Edit edit = edit(params);
        String versionText = params.getFirst("version");
        int version = versionText != null && versionText.matches("\\d{1,9}") ? Integer.parseInt(versionText) : -1;
        Map<String, String> typed = params.toSingleValueMap();
        try {
            int saved = designer.save(templateId, version, edit, scope);
            redirect.addFlashAttribute("saved", "已保存为第 " + saved + " 版。此后开始的部门整体支出绩效自评默认使用本模板；已开始的自评仍按原版本计分。");
            return "redirect:/department-templates/" + templateId;
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + e.violations().size() + " 处有误，请按提示修改。本次修改尚未保存。");
            return page(model, design, actor, messages.byPath(e.violations()), typed);
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", "保存失败：该模板已被他人修改（当前为第 " + e.currentVersion() + " 版）。您的修改尚未保存。");
            return page(model, design, actor, Map.of(), typed);
        }
    }

    static DepartmentTemplateDesigner.Edit edit(MultiValueMap<String, String> params) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> weights = new HashMap<>();
        Map<String, String> criteria = new HashMap<>();
        Map<String, Map<String, String>> parameters = new HashMap<>();
        params.forEach((key, values) -> {
            String value = values.isEmpty() ? "" : values.get(0);
            if (key.startsWith("name:")) {
                names.put(key.substring(5), value);
            } else if (key.startsWith("weight:")) {
                weights.put(key.substring(7), value);
            } else if (key.startsWith("criteria:")) {
                criteria.put(key.substring(9), value);
            } else if (key.startsWith("param:")) {
                String rest = key.substring(6);
                int colon = rest.indexOf(':');
                if (colon > 0) {
                    parameters.computeIfAbsent(rest.substring(0, colon), k -> new HashMap<>())
                            .put(rest.substring(colon + 1), value);
                }
            }
        });
        return new DepartmentTemplateDesigner.Edit(params.getFirst("name"), names, weights, criteria, parameters);
    }

    private String page(Model model, DepartmentTemplateDesigner.Design design, Actor actor, Map<String, String> errors,
                        Map<String, String> typed) {
        List<Line> lines = new java.util.ArrayList<>();
        for (TemplateNode root : design.entry().template().roots()) {
            lines(root, 1, lines);
        }
        model.addAttribute("design", design);
        model.addAttribute("template", design.entry().template());
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        return "evaluation/department-template";
    }

    private static void lines(TemplateNode node, int depth, List<Line> out) {
        out.add(new Line(node, depth));
        node.children().forEach(c -> lines(c, depth + 1, out));
    }

    /** A node of the tree with its depth (1 = 一级). */
    record Line(TemplateNode node, int depth) {
    }

    private OrgView unit(String unitCode, int year, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return unit;
    }

    private DepartmentTemplateDesigner.Design find(String templateId, OrgScope scope) {
        return designer.find(templateId, scope).orElseThrow(() -> new NotFoundException("模板 " + templateId + " 不存在"));
    }
}

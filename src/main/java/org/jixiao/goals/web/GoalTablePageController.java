package org.jixiao.goals.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.OrgView;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages: units → fiscal years → goal tables of a unit-year → one goal table → its edit form. */
@Controller
class GoalTablePageController {

    private final OrgQueries orgs;
    private final GoalTableQueries queries;
    private final GoalTableManagement management;
    private final ViolationMessages messages;
    private final GoalTablePages pages;

    GoalTablePageController(OrgQueries orgs, GoalTableQueries queries, GoalTableManagement management,
                            ViolationMessages messages, GoalTablePages pages) {
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.pages = pages;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/units";
    }

    @GetMapping("/units")
    String units(OrgScope scope, Model model) {
        List<UnitLine> units = orgs.budgetUnits(scope).stream()
                .map(u -> new UnitLine(u, queries.years(u.code(), scope)))
                .toList();
        model.addAttribute("units", units);
        return "goals/units";
    }

    @GetMapping("/units/{unitCode}")
    String unit(@PathVariable String unitCode, OrgScope scope) {
        OrgView unit = unitOrThrow(unitCode, scope);
        List<Integer> years = queries.years(unit.code(), scope);
        if (years.isEmpty()) {
            return "redirect:/units";
        }
        return "redirect:/units/" + unit.code() + "/years/" + years.get(0);
    }

    @GetMapping("/units/{unitCode}/years/{year}")
    String unitYear(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = unitOrThrow(unitCode, scope);
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        List<GoalTableSummary> tables = queries.list(unit.code(), FiscalYear.of(year), scope);
        Amount total = tables.stream().map(GoalTableSummary::budget).filter(b -> b != null)
                .reduce(Amount.ZERO, Amount::plus);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", queries.years(unit.code(), scope));
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        model.addAttribute("tables", tables);
        model.addAttribute("projectCount", tables.stream().filter(t -> t.projectCode() != null).count());
        model.addAttribute("total", total);
        return "goals/unit-year";
    }

    @GetMapping("/goal-tables/{id}")
    String show(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        GoalTableView view = find(id, scope);
        model.addAttribute("page", pages.page(view));
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        return "goals/goal-table";
    }

    @GetMapping("/goal-tables/{id}/edit")
    String edit(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        GoalTableView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        return editPage(model, view, GoalTableForm.of(view), Map.of());
    }

    @PostMapping("/goal-tables/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") GoalTableForm form, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        GoalTableView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        try {
            management.update(view.id(), form.toInput(), scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + e.violations().size() + " 处输入有误，请按提示修改后再保存。本次修改尚未保存。");
            return editPage(model, view, form, messages.byPath(e.violations()));
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("alert", "保存失败：该目标表已被他人修改（您打开的是第 " + e.expectedVersion()
                    + " 版，当前为第 " + e.currentVersion() + " 版）。您的修改尚未保存，下方仍保留您的输入；请先在新窗口查看最新内容，再重新打开编辑。");
            return editPage(model, view, form, Map.of());
        }
        redirect.addFlashAttribute("saved", "已保存。");
        return "redirect:/goal-tables/" + id;
    }

    /** htmx: add, remove or move a row of the form and send the form back. Nothing is saved. */
    @PostMapping("/goal-tables/{id}/rows")
    String rows(@PathVariable long id, @ModelAttribute("form") GoalTableForm form, @RequestParam String list,
                @RequestParam String op, @RequestParam(defaultValue = "-1") int index, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response) {
        GoalTableView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        form.applyRowOperation(list, op, index);
        // rows moved: whoever shows something per row (the live checks) refreshes
        response.setHeader("HX-Trigger", "rows-changed");
        editPage(model, view, form, Map.of());
        return "goals/goal-table-edit :: form-body";
    }

    private String editPage(Model model, GoalTableView view, GoalTableForm form, Map<String, String> errors) {
        model.addAttribute("table", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", pages.labelChoices());
        return "goals/goal-table-edit";
    }

    private GoalTableView find(long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("目标表 " + id + " 不存在");
        }
        return queries.find(new GoalTableId(id), scope).orElseThrow(() -> new NotFoundException("目标表 " + id + " 不存在"));
    }

    private OrgView unitOrThrow(String unitCode, OrgScope scope) {
        return orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
    }

    record UnitLine(OrgView unit, List<Integer> years) {
    }
}

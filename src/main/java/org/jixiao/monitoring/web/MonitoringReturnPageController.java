package org.jixiao.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.MonitoringReturnList;
import org.jixiao.monitoring.MonitoringReturnManagement;
import org.jixiao.monitoring.MonitoringReturnNotice;
import org.jixiao.monitoring.MonitoringReturnQueries;
import org.jixiao.monitoring.MonitoringReturnView;
import org.jixiao.monitoring.domain.DeviationCategory;
import org.jixiao.monitoring.domain.IndicatorProgress;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 双监控填报: a unit-year's project goal tables with their returns per period, the return form of one
 * project and period (targets beside the values, a lamp per row, messages at the fields; the lamps are recomputed as
 * the user types — htmx posts the form to {@code /preview}, nothing is saved until 保存) with the review panel
 * (送审/撤回/通过/退回/调整, served by {@code review}), and the 待办 reminders shown on the home page and the unit-year
 * page.
 */
@Controller
class MonitoringReturnPageController {

    private final OrgQueries orgs;
    private final MonitoringReturnQueries queries;
    private final MonitoringReturnManagement management;
    private final ViolationMessages messages;
    private final Clock clock;

    MonitoringReturnPageController(OrgQueries orgs, MonitoringReturnQueries queries,
                                   MonitoringReturnManagement management, ViolationMessages messages, Clock clock) {
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring-returns")
    String list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        MonitoringReturnList list = queries.list(unit.code(), FiscalYear.of(year), scope);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("list", list);
        model.addAttribute("notices", queries.notices(unit.code(), FiscalYear.of(year), scope, today()));
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        return "monitoring/returns";
    }

    @PostMapping("/monitoring-returns")
    String start(@RequestParam long goalTableId, @RequestParam int cutOffMonth, OrgScope scope, Actor actor) {
        if (goalTableId <= 0) {
            throw new NotFoundException("目标表 " + goalTableId + " 不存在");
        }
        GoalTableId table = new GoalTableId(goalTableId);
        MonitoringReturnId existing = queries.findByGoalTable(table, cutOffMonth, scope).orElse(null);
        if (existing != null) {
            return "redirect:/monitoring-returns/" + existing.value();
        }
        return "redirect:/monitoring-returns/" + management.create(table, cutOffMonth, actor, scope).value();
    }

    @GetMapping("/monitoring-returns/{id}")
    String show(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        MonitoringReturnView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return page(model, view, MonitoringReturnForm.of(view.input()), actor, Map.of());
    }

    @PostMapping("/monitoring-returns/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") MonitoringReturnForm form, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        MonitoringReturnId returnId = find(id, scope).id();
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        MonitoringReturnInput input = form.toInput();
        List<Violation> open;
        try {
            open = management.save(returnId, input, actor, scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + e.violations().size() + " 处输入有误，请按提示修改后再保存。本次修改尚未保存。");
            return page(model, queries.preview(returnId, input, scope), form, actor, messages.byPath(e.violations()));
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("alert", "保存失败：该监控表已被他人修改（您打开的是第 " + e.expectedVersion() + " 版，当前为第 "
                    + e.currentVersion() + " 版）。您的修改尚未保存，下方仍保留您的输入；请在新窗口查看最新内容后重新填写。");
            return page(model, queries.preview(returnId, input, scope), form, actor, Map.of());
        } catch (RecordLockedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", e.getMessage());
            return page(model, find(id, scope), form, actor, Map.of());
        }
        redirect.addFlashAttribute("saved", open.isEmpty() ? "已保存，内容完整，可以送审。"
                : "已保存为草稿。送审前还需补充 " + open.size() + " 处（见橙色提示）。");
        return "redirect:/monitoring-returns/" + id;
    }

    /** htmx: the form read as typed; answers, out of band, every row's lamp and message and the money's lamp. */
    @PostMapping("/monitoring-returns/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute("form") MonitoringReturnForm form, OrgScope scope,
                   Actor actor, Model model) {
        MonitoringReturnId returnId = find(id, scope).id();
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        page(model, queries.preview(returnId, form.toInput(), scope), form, actor, Map.of());
        return "monitoring/return-form :: live";
    }

    /** htmx fragment: the 待办 reminders of one unit-year, or (without parameters) of every unit in the scope. */
    @GetMapping("/monitoring-returns/notices")
    String notices(@RequestParam(required = false) String unitCode, @RequestParam(required = false) Integer year,
                   OrgScope scope, Actor actor, Model model) {
        List<MonitoringReturnNotice> notices;
        if (!actor.can(Permission.GOAL_TABLE_READ)) {
            notices = List.of();
        } else if (unitCode != null && year != null && FiscalYear.isValid(year)) {
            notices = queries.notices(unitCode, FiscalYear.of(year), scope, today());
        } else {
            notices = queries.notices(scope, today());
        }
        model.addAttribute("notices", notices);
        return "monitoring/return-notices :: notices";
    }

    private String page(Model model, MonitoringReturnView view, MonitoringReturnForm form, Actor actor,
                        Map<String, String> errors) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("open", open(view.violations()));
        Map<Integer, List<String>> rowNotes = new LinkedHashMap<>();
        for (MonitoringReturnView.Row row : view.rows()) {
            String prefix = "indicators[" + row.index() + "]";
            rowNotes.put(row.index(), view.violations().stream().filter(v -> v.path().startsWith(prefix + "."))
                    .map(messages::message).toList());
        }
        model.addAttribute("rowNotes", rowNotes);
        model.addAttribute("moneyNotes", view.violations().stream()
                .filter(v -> !v.path().startsWith("indicators[")).map(messages::message).toList());
        model.addAttribute("likelihoods", Likelihood.values());
        model.addAttribute("progresses", IndicatorProgress.values());
        model.addAttribute("categories", DeviationCategory.values());
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT) && view.editable());
        return "monitoring/return-form";
    }

    /** Every violation still open, by field path, in Chinese (shown in orange until 送审). */
    private Map<String, String> open(List<Violation> violations) {
        Map<String, String> open = new LinkedHashMap<>();
        for (Violation v : violations) {
            open.merge(v.path(), messages.message(v), (a, b) -> a + "；" + b);
        }
        return open;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private MonitoringReturnView find(long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("监控表 " + id + " 不存在");
        }
        return queries.find(new MonitoringReturnId(id), scope)
                .orElseThrow(() -> new NotFoundException("监控表 " + id + " 不存在"));
    }
}

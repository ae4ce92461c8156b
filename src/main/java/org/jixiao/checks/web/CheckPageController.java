package org.jixiao.checks.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jixiao.checks.CheckBatches;
import org.jixiao.checks.CheckManagement;
import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.OrgView;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages and htmx fragments of the goal checks. */
@Controller
class CheckPageController {

    private final CheckQueries checks;
    private final CheckManagement management;
    private final CheckBatches batches;
    private final OrgQueries orgs;
    private final ViolationMessages messages;

    CheckPageController(CheckQueries checks, CheckManagement management, CheckBatches batches, OrgQueries orgs,
                        ViolationMessages messages) {
        this.checks = checks;
        this.management = management;
        this.batches = batches;
        this.orgs = orgs;
        this.messages = messages;
    }

    /** htmx, from the edit page: the findings of the form as typed, beside their rows. Nothing is saved. */
    @PostMapping("/checks/preview/{id}")
    String preview(@PathVariable long id, @ModelAttribute("form") GoalTableForm form, OrgScope scope, Model model) {
        checks.check(tableId(id), scope); // outside the scope: 404 before the form is read
        try {
            List<Finding> findings = checks.preview(form.toInput(), tableId(id), scope);
            model.addAttribute("findings", findings);
            model.addAttribute("rowCount", form.getIndicators().size());
        } catch (ValidationException e) {
            model.addAttribute("unreadable", e.violations().size());
            model.addAttribute("findings", List.of());
            model.addAttribute("rowCount", 0);
        }
        model.addAttribute("configVersion", checks.configVersion());
        return "checks/fragments :: live-panel";
    }

    /** htmx, from the table page: the findings of the saved table, with 已复核，保留. */
    @GetMapping("/checks/tables/{id}")
    String tableFindings(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        model.addAttribute("check", checks.check(tableId(id), scope));
        model.addAttribute("canKeep", mayKeep(actor));
        return "checks/fragments :: table-findings";
    }

    @PostMapping("/checks/tables/{id}/keep")
    String keep(@PathVariable long id, @RequestParam RuleId rule, @RequestParam(required = false) Integer row,
                @RequestParam(required = false) String field, @RequestParam(required = false) String reason,
                OrgScope scope, Actor actor, Model model) {
        checks.check(tableId(id), scope); // outside the scope: 404 before any permission or input is looked at
        if (!mayKeep(actor)) {
            Permissions.require(actor, Permission.CHECKS_MANAGE);
        }
        try {
            management.keep(tableId(id), rule, row, blankToNull(field), reason, scope);
        } catch (ValidationException e) {
            model.addAttribute("keepError", messages.byPath(e.violations()).values().iterator().next());
            model.addAttribute("keepRule", rule.name());
            model.addAttribute("keepRow", row);
        }
        return tableFindings(id, scope, actor, model);
    }

    @GetMapping("/checks/units/{unitCode}/years/{year}")
    String report(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Model model) {
        model.addAttribute("report", checks.report(unitCode, fiscalYear(year), scope));
        model.addAttribute("rules", RuleId.values());
        return "checks/report";
    }

    @GetMapping("/checks")
    String batchForm(OrgScope scope, Model model) {
        Map<String, String> regions = new TreeMap<>();
        for (OrgView org : orgs.all(scope)) {
            regions.putIfAbsent(org.regionCode(), org.regionName());
        }
        model.addAttribute("regions", regions);
        model.addAttribute("units", orgs.budgetUnits(scope));
        return "checks/batch";
    }

    @PostMapping("/checks/batches")
    String startBatch(@RequestParam String scope, @RequestParam int year, OrgScope orgScope, Actor actor) {
        Permissions.require(actor, Permission.CHECKS_MANAGE);
        CheckBatches.Job job = batches.start(scope, fiscalYear(year), orgScope, actor.userId());
        return "redirect:/checks/batches/" + job.id();
    }

    @GetMapping("/checks/batches/{jobId}")
    String batch(@PathVariable String jobId, Actor actor, Model model) {
        model.addAttribute("job", batches.find(jobId, actor.userId()).orElseThrow(() -> new NotFoundException("没有这个批量检查任务")));
        return "checks/batch-progress";
    }

    @GetMapping("/checks/batches/{jobId}/progress")
    String batchProgress(@PathVariable String jobId, Actor actor, Model model) {
        model.addAttribute("job", batches.find(jobId, actor.userId()).orElseThrow(() -> new NotFoundException("没有这个批量检查任务")));
        return "checks/batch-progress :: progress";
    }

    /** 已复核，保留 is a reviewer's decision: any review step or the checks manager, never the drafter alone. */
    private static boolean mayKeep(Actor actor) {
        return actor.can(Permission.CHECKS_MANAGE) || actor.can(Permission.REVIEW_BUSINESS)
                || actor.can(Permission.REVIEW_FINANCE) || actor.can(Permission.REVIEW_PERFORMANCE)
                || actor.can(Permission.REVIEW_BUREAU);
    }

    private static GoalTableId tableId(long id) {
        if (id <= 0) {
            throw new NotFoundException("目标表 " + id + " 不存在");
        }
        return new GoalTableId(id);
    }

    private static FiscalYear fiscalYear(int year) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return FiscalYear.of(year);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

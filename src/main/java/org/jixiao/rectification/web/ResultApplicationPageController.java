package org.jixiao.rectification.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.rectification.ResultApplication;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 结果应用: drafting next year's goal tables from last year's, with results, open problems and suggestions. */
@Controller
class ResultApplicationPageController {

    private final ResultApplication application;
    private final ViolationMessages messages;

    ResultApplicationPageController(ResultApplication application, ViolationMessages messages) {
        this.application = application;
        this.messages = messages;
    }

    @GetMapping("/units/{unitCode}/years/{year}/result-application")
    String show(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        FiscalYear from = year(year);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return page(model, unitCode, from, scope, actor);
    }

    @PostMapping("/units/{unitCode}/years/{year}/result-application/copy")
    String copy(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor,
                RedirectAttributes redirect) {
        FiscalYear from = year(year);
        application.draft(unitCode, from, scope); // scope first: another unit is not found before not permitted
        List<GoalTableId> created = application.copyForward(unitCode, from, actor, scope);
        redirect.addFlashAttribute("saved", created.isEmpty() ? "各目标表均已复制到 " + (year + 1) + " 年度，未新建。"
                : "已为 " + (year + 1) + " 年度新建 " + created.size() + " 张目标表（草稿），请按建议修改。");
        return "redirect:/units/" + unitCode + "/years/" + year + "/result-application";
    }

    @PostMapping("/units/{unitCode}/years/{year}/result-application/decisions")
    String decide(@PathVariable String unitCode, @PathVariable int year, @RequestParam long goalTableId,
                  @RequestParam String suggestion, @RequestParam(defaultValue = "false") boolean accepted,
                  @RequestParam(defaultValue = "") String reason, OrgScope scope, Actor actor, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        FiscalYear from = year(year);
        application.draft(unitCode, from, scope);
        try {
            application.decide(unitCode, from, goalTableId, suggestion, accepted, reason, actor, scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "未记录：" + String.join("；", e.violations().stream().map(messages::message).toList()));
            model.addAttribute("failedKey", goalTableId + "/" + suggestion);
            return page(model, unitCode, from, scope, actor);
        }
        redirect.addFlashAttribute("saved", accepted ? "已记录：采纳建议。" : "已记录：不采纳建议。");
        return "redirect:/units/" + unitCode + "/years/" + year + "/result-application";
    }

    private String page(Model model, String unitCode, FiscalYear from, OrgScope scope, Actor actor) {
        model.addAttribute("d", application.draft(unitCode, from, scope));
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        model.addAttribute("time", TimeFormat.INSTANCE);
        model.asMap().putIfAbsent("failedKey", "");
        return "rectification/application";
    }

    private static FiscalYear year(int year) {
        if (!FiscalYear.isValid(year) || !FiscalYear.isValid(year + 1)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return FiscalYear.of(year);
    }

    /** A refusal not caught by the handler (e.g. a stale pick list): a Chinese page with every reason, status 400. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ValidationException.class)
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
    String refused(ValidationException e, Model model) {
        model.addAttribute("status", 400);
        model.addAttribute("title", "无法完成");
        model.addAttribute("message", String.join("；", e.violations().stream().map(messages::message).toList()));
        return "error";
    }
}

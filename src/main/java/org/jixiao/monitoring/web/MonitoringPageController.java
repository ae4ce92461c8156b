package org.jixiao.monitoring.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.monitoring.ExecutionInput;
import org.jixiao.monitoring.ExecutionRecordManagement;
import org.jixiao.monitoring.ExecutionSource;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.monitoring.domain.Rates;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The unit-year 运行监控 page: the red projects (预警) first, then every project with its plan-vs-actual chart
 * (ECharts, from the WebJar; the data travels in a {@code data-chart} attribute, no inline script) and the figures
 * beside it; a form to enter one month's spending or a budget adjustment, with messages at the fields.
 */
@Controller
class MonitoringPageController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MonitoringQueries queries;
    private final ExecutionRecordManagement management;
    private final ViolationMessages messages;

    MonitoringPageController(MonitoringQueries queries, ExecutionRecordManagement management,
                             ViolationMessages messages) {
        this.queries = queries;
        this.management = management;
        this.messages = messages;
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring")
    String page(@PathVariable String unitCode, @PathVariable int year,
                @RequestParam(required = false) Integer month, OrgScope scope, Actor actor, Model model) {
        Optional<Integer> through = Optional.ofNullable(month).filter(m -> m >= 1 && m <= 12);
        MonitoringTable table = queries.unitYear(unitCode, year(year), through, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        fill(model, table, actor);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new EntryForm("", "", "", "", "", "", "", "", ""));
        }
        model.addAttribute("errors", Map.of());
        return "monitoring/unit-year";
    }

    /** One month's spending ({@code kind=record}) or a budget adjustment ({@code kind=adjustment}). */
    @PostMapping("/units/{unitCode}/years/{year}/monitoring")
    String enter(@PathVariable String unitCode, @PathVariable int year, EntryForm form, OrgScope scope, Actor actor,
                 Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FiscalYear fiscalYear = year(year);
        boolean adjustment = "adjustment".equals(form.kind());
        ExecutionInput input = adjustment
                ? new ExecutionInput(List.of(), List.of(new ExecutionInput.Adjustment(form.projectCode(), form.date(),
                        form.newBudgetYuan(), form.deltaYuan(), form.reason())))
                : new ExecutionInput(List.of(new ExecutionInput.Spending(form.projectCode(), form.date(), form.month(),
                        form.amountYuan(), form.note())), List.of());
        try {
            ExecutionRecordManagement.Written written = management.record(unitCode, fiscalYear, input,
                    ExecutionSource.MANUAL, actor, scope);
            redirect.addFlashAttribute("saved", adjustment ? "已保存预算调整。"
                    : "已保存实际支出 " + written.total().yuan().toPlainString() + " 元。");
            return "redirect:/units/" + unitCode + "/years/" + year + "/monitoring";
        } catch (ValidationException e) {
            MonitoringTable table = queries.unitYear(unitCode, fiscalYear, Optional.empty(), scope);
            fill(model, table, actor);
            model.addAttribute("form", form);
            model.addAttribute("errors", fieldErrors(e.violations()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "monitoring/unit-year";
        }
    }

    /** The form's fields, all text as typed. */
    record EntryForm(String kind, String projectCode, String month, String date, String amountYuan, String note,
                     String newBudgetYuan, String deltaYuan, String reason) {
    }

    private Map<String, String> fieldErrors(List<Violation> violations) {
        List<Violation> fields = new ArrayList<>();
        for (Violation v : violations) {
            String path = v.path().replaceFirst("^(records|adjustments)\\[\\d+]\\.", "");
            fields.add(new Violation(v.code(), path, v.args()));
        }
        return messages.byPath(fields);
    }

    private void fill(Model model, MonitoringTable table, Actor actor) {
        model.addAttribute("unit", table.unit());
        model.addAttribute("year", table.year().value());
        model.addAttribute("table", table);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        Map<Long, String> charts = new LinkedHashMap<>();
        for (ProjectMonitoring p : table.projects()) {
            charts.put(p.id().value(), chart(p));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("pct", new Percent());
    }

    /** Display of exact fractions on the page: the one rounding point. */
    static final class Percent {
        public String of(BigDecimal fraction) {
            return fraction == null ? "—" : Rates.percent(fraction);
        }
    }

    /** The chart's data: per month 1–12 the cumulative rate, the plan at its checkpoints, 序时进度 (percent, 2 decimals). */
    private static String chart(ProjectMonitoring p) {
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> plan = new ArrayList<>();
        List<BigDecimal> time = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            actual.add(p.months().stream().filter(f -> f.month() == month).findFirst()
                    .map(f -> Rates.percentDisplay(f.rate())).orElse(null));
            plan.add(p.plan().percentAt(m).orElse(null));
            time.add(Rates.percentDisplay(BigDecimal.valueOf(m).divide(BigDecimal.valueOf(12), Rates.EXACT)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("title", p.name());
        data.put("actual", actual);
        data.put("plan", plan);
        data.put("time", time);
        return JSON.writeValueAsString(data);
    }

    private static FiscalYear year(int year) {
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return FiscalYear.of(year);
    }
}

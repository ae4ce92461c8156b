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
import org.jixiao.monitoring.TreasuryImports;
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
import org.springframework.web.multipart.MultipartFile;
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
    private final TreasuryImports imports;
    private final java.time.Clock clock;

    MonitoringPageController(MonitoringQueries queries, ExecutionRecordManagement management,
                             ViolationMessages messages, TreasuryImports imports, java.time.Clock clock) {
        this.clock = clock;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.imports = imports;
    }

    @GetMapping("/units/{unitCode}/years/{year}/monitoring")
    String page(@PathVariable String unitCode, @PathVariable int year,
                @RequestParam(required = false) Integer month, OrgScope scope, Actor actor, Model model) {
        Optional<Integer> through = Optional.ofNullable(month).filter(m -> m >= 1 && m <= 12);
        MonitoringTable table = queries.unitYear(unitCode, year(year), through, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        fill(model, table, actor);
        model.addAttribute("form", EntryForm.EMPTY);
        model.addAttribute("adjustmentForm", EntryForm.EMPTY);
        model.addAttribute("errors", Map.of());
        model.addAttribute("adjustmentErrors", Map.of());
        return "monitoring/unit-year";
    }

    /**
     * htmx fragment for the home page and the 待办 list: 红灯预警 — the red projects of the user's units (at most 20,
     * lowest execution first), each linking to its unit dashboard.
     */
    @GetMapping("/monitoring/red-notices")
    String redNotices(OrgScope scope, Actor actor, Model model) {
        model.addAttribute("red", actor.can(Permission.GOAL_TABLE_READ)
                ? queries.redLampNotices(scope, java.time.LocalDate.now(clock), 20)
                : null);
        return "monitoring/red-notices :: red";
    }

    /** 运行监控总览: the units of the user's scope (the finance bureau: its 财政区划) ranked by execution. */
    @GetMapping("/monitoring")
    String overview(@RequestParam(required = false) Integer year, OrgScope scope, Actor actor, Model model) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        int y = year != null && FiscalYear.isValid(year) ? year
                : queries.latestYear(scope).orElse(java.time.Year.now(clock).getValue());
        List<MonitoringTable> tables = MonitoringTable.ranked(queries.overview(FiscalYear.of(y), scope));
        model.addAttribute("year", y);
        model.addAttribute("tables", tables);
        model.addAttribute("pct", new Percent());
        int[] lamps = new int[3];
        for (MonitoringTable t : tables) {
            lamps[0] += t.lampCounts().get(org.jixiao.monitoring.domain.Lamp.RED);
            lamps[1] += t.lampCounts().get(org.jixiao.monitoring.domain.Lamp.YELLOW);
            lamps[2] += t.lampCounts().get(org.jixiao.monitoring.domain.Lamp.GREEN);
        }
        model.addAttribute("lamps", lamps);
        return "monitoring/overview";
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
            model.addAttribute("form", adjustment ? EntryForm.EMPTY : form);
            model.addAttribute("adjustmentForm", adjustment ? form : EntryForm.EMPTY);
            model.addAttribute("errors", adjustment ? Map.of() : fieldErrors(e.violations()));
            model.addAttribute("adjustmentErrors", adjustment ? fieldErrors(e.violations()) : Map.of());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "monitoring/unit-year";
        }
    }

    /** A treasury payment export uploaded: the preview (problems by row, or totals and 确认导入). */
    @PostMapping("/units/{unitCode}/years/{year}/monitoring/treasury")
    String upload(@PathVariable String unitCode, @PathVariable int year,
                  @RequestParam(name = "file", required = false) MultipartFile file, OrgScope scope, Actor actor,
                  Model model, HttpServletResponse response) throws java.io.IOException {
        FiscalYear fiscalYear = year(year);
        TreasuryImports.Preview preview = imports.preview(unitCode, fiscalYear,
                file == null ? "" : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(), actor,
                scope);
        MonitoringTable table = queries.unitYear(unitCode, fiscalYear, Optional.empty(), scope);
        model.addAttribute("unit", table.unit());
        model.addAttribute("year", year);
        model.addAttribute("preview", preview);
        model.addAttribute("problems", problems(preview.problems()));
        Map<String, String> names = new LinkedHashMap<>();
        table.projects().forEach(p -> names.put(p.code(), p.name()));
        model.addAttribute("names", names);
        if (!preview.ok()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return "monitoring/treasury-preview";
    }

    @PostMapping("/units/{unitCode}/years/{year}/monitoring/treasury/{id}/commit")
    String commit(@PathVariable String unitCode, @PathVariable int year, @PathVariable String id, OrgScope scope,
                  Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        FiscalYear fiscalYear = year(year);
        try {
            ExecutionRecordManagement.Written written = imports.commit(id, unitCode, fiscalYear, actor, scope);
            redirect.addFlashAttribute("saved", "已导入国库支付明细 " + written.records() + " 笔，合计 "
                    + written.total().yuan().toPlainString() + " 元。");
            return "redirect:/units/" + unitCode + "/years/" + year + "/monitoring";
        } catch (ValidationException e) {
            MonitoringTable table = queries.unitYear(unitCode, fiscalYear, Optional.empty(), scope);
            model.addAttribute("unit", table.unit());
            model.addAttribute("year", year);
            model.addAttribute("preview", new TreasuryImports.Preview(null, "", 0, org.jixiao.shared.Amount.ZERO,
                    Map.of(), e.violations()));
            model.addAttribute("problems", problems(e.violations()));
            model.addAttribute("names", Map.of());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "monitoring/treasury-preview";
        }
    }

    private static final Map<String, String> FIELD_LABELS = Map.of("projectCode", "项目编码", "date", "支付日期",
            "month", "月份", "amountYuan", "支付金额", "note", "摘要");

    /** "第 12 行 支付金额：…" for row problems, the message alone for the file's. */
    private List<String> problems(List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        for (Violation v : violations) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^rows\\[(\\d+)]\\.(.*)$").matcher(v.path());
            String message = messages.message(v);
            lines.add(m.matches() ? "第 " + m.group(1) + " 行 " + FIELD_LABELS.getOrDefault(m.group(2), m.group(2))
                    + "：" + message : message);
        }
        return lines;
    }

    /** The form's fields, all text as typed. */
    record EntryForm(String kind, String projectCode, String month, String date, String amountYuan, String note,
                     String newBudgetYuan, String deltaYuan, String reason) {
        static final EntryForm EMPTY = new EntryForm("", "", "", "", "", "", "", "", "");
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
        Map<Long, String> monthRows = new LinkedHashMap<>();
        for (ProjectMonitoring p : table.projects()) {
            charts.put(p.id().value(), chart(p));
            monthRows.put(p.id().value(), monthRows(p));
        }
        model.addAttribute("charts", charts);
        model.addAttribute("monthRows", monthRows);
        model.addAttribute("pct", new Percent());
    }

    /** Display of exact fractions on the page: the one rounding point. */
    static final class Percent {
        public String of(BigDecimal fraction) {
            return fraction == null ? "—" : Rates.percent(fraction);
        }
    }

    /**
     * The rows of a project's month table as HTML, built here rather than by the template: a unit of 90 projects has
     * over 1,000 such rows, and evaluating seven expressions per row (number formats, percentages) was most of the
     * page's time in the load test (docs/benchmarks.md §5.1). Only numbers and fixed text go in, so nothing needs
     * escaping.
     */
    static String monthRows(ProjectMonitoring p) {
        StringBuilder html = new StringBuilder(p.months().size() * 260);
        for (ProjectMonitoring.MonthFigures m : p.months()) {
            html.append("<tr><td>").append(m.month()).append("月</td>")
                    .append("<td class=\"text-end\">").append(yuan(m.spent().yuan())).append("</td>")
                    .append("<td class=\"text-end\">").append(yuan(m.cumulative().yuan())).append("</td>")
                    .append("<td class=\"text-end\">").append(yuan(m.budget().yuan())).append("</td>")
                    .append("<td class=\"text-end jx-rate\">").append(Rates.percent(m.rate())).append("</td>")
                    .append("<td class=\"text-end\">").append(Rates.percent(m.timeProgress())).append("</td>")
                    .append("<td class=\"text-end\">").append(m.planned() == null ? "" : Rates.percent(m.planned()))
                    .append("</td></tr>\n");
        }
        return html.toString();
    }

    /** 元 with thousands separators and two decimals (the amounts have scale 2: no rounding). */
    private static String yuan(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
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

package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.evaluation.DepartmentEvaluationManagement;
import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentEvaluationView;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.domain.DepartmentField;
import org.jixiao.evaluation.domain.DepartmentFields;
import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.QualitativeBand;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.scoring.domain.TemplateNode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
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
 * Pages of 部门整体支出绩效自评: the template tree (一级/二级/三级, 分值, 指标解释, 评分标准) with the inputs each rule
 * needs, scores and explanations recomputed as the user types (htmx posts the form to {@code /preview}, nothing is
 * saved until 保存), total and grade. Form fields are named {@code v:<leaf code>:<field>}.
 */
@Controller
class DepartmentEvaluationPageController {

    static final String PREFIX = "v:";
    /** Empty goal indicator lines offered below the entered ones. */
    static final int SPARE_ITEM_LINES = 2;

    private final OrgQueries orgs;
    private final DepartmentEvaluationQueries queries;
    private final DepartmentEvaluationManagement management;
    private final ViolationMessages messages;
    private final java.time.Clock clock;
    private final EvaluationRescoring rescoring;
    private final ReviewService review;

    DepartmentEvaluationPageController(OrgQueries orgs, DepartmentEvaluationQueries queries,
                                       DepartmentEvaluationManagement management, ViolationMessages messages,
                                       java.time.Clock clock, EvaluationRescoring rescoring, ReviewService review) {
        this.rescoring = rescoring;
        this.review = review;
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.clock = clock;
    }

    /** From the list of units: the unit's latest department self-evaluation, else this year's list to start one. */
    @GetMapping("/units/{unitCode}/department-evaluation")
    String latest(@PathVariable String unitCode, OrgScope scope, Actor actor) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        int year = queries.latestYear(unit.code(), scope).map(FiscalYear::value)
                .orElse(java.time.LocalDate.now(clock).getYear());
        return "redirect:/units/" + unit.code() + "/years/" + year + "/department-evaluation";
    }

    /** From the unit-year page: the form when started, else the list of self-evaluations where it is started. */
    @GetMapping("/units/{unitCode}/years/{year}/department-evaluation")
    String open(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return queries.find(unit.code(), FiscalYear.of(year), scope)
                .map(v -> "redirect:/department-evaluations/" + v.id())
                .orElse("redirect:/units/" + unit.code() + "/years/" + year + "/self-evaluations#department");
    }

    @PostMapping("/units/{unitCode}/years/{year}/department-evaluation")
    String start(@PathVariable String unitCode, @PathVariable int year, @RequestParam(required = false) String templateId,
                 OrgScope scope, Actor actor, RedirectAttributes redirect) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        var existing = queries.find(unit.code(), FiscalYear.of(year), scope);
        if (existing.isPresent()) {
            return "redirect:/department-evaluations/" + existing.get().id();
        }
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        try {
            return "redirect:/department-evaluations/" + management.start(unit.code(), FiscalYear.of(year), templateId,
                    scope);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("departmentAlert", messages.message(e.violations().get(0)));
            return "redirect:/units/" + unit.code() + "/years/" + year + "/self-evaluations";
        }
    }

    @GetMapping("/department-evaluations/{id}")
    String show(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        DepartmentEvaluationView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        if (!queries.isLocked(id)) { // 运行监控's 年度平均执行率 in empty AVERAGE_EXECUTION leaves, scored, saved by 保存
            DepartmentInput prefilled = queries.prefilled(view, scope);
            if (!prefilled.equals(view.input())) {
                view = queries.preview(id, prefilled, scope);
            }
        }
        return page(model, view, actor, Map.of());
    }

    @PostMapping("/department-evaluations/{id}")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        DepartmentInput input = input(params);
        try {
            management.save(id, input, scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + e.violations().size() + " 处输入有误，请按提示修改后再保存。本次修改尚未保存。");
            return page(model, queries.preview(id, input, scope), actor, messages.byPath(e.violations()));
        } catch (RecordLockedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", "保存失败：" + e.getMessage() + "。本次修改尚未保存。");
            return page(model, queries.preview(id, input, scope), actor, Map.of());
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("alert", "保存失败：该自评表已被他人修改（您打开的是第 " + e.expectedVersion() + " 版，当前为第 "
                    + e.currentVersion() + " 版）。您的修改尚未保存，下方仍保留您的输入；请在新窗口查看最新内容后重新填写。");
            return page(model, queries.preview(id, input, scope), actor, Map.of());
        }
        redirect.addFlashAttribute("saved", "已保存。");
        return "redirect:/department-evaluations/" + id;
    }

    /** 复核分 by the finance bureau; refused input is shown at its fields, nothing recorded. */
    @PostMapping("/department-evaluations/{id}/rescores")
    String rescore(@PathVariable long id, @RequestParam(required = false) String leaf,
                   @RequestParam(required = false) String score, @RequestParam(required = false) String reason,
                   OrgScope scope, Actor actor, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        DepartmentEvaluationView view = find(id, scope);
        try {
            rescoring.recordDepartment(id, leaf, score, reason, actor, scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rescoreErrors", messages.byPath(e.violations()));
            model.addAttribute("rescoreForm", Map.of("leaf", leaf == null ? "" : leaf,
                    "score", score == null ? "" : score, "reason", reason == null ? "" : reason));
            return page(model, view, actor, Map.of());
        }
        redirect.addFlashAttribute("rescoreMessage", "已录入复核分。");
        return "redirect:/department-evaluations/" + id + "#rescoring";
    }

    /** htmx: the form scored as typed; answers the totals and, out of band, every node's score and explanation. */
    @PostMapping("/department-evaluations/{id}/preview")
    String preview(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, OrgScope scope,
                   Actor actor, Model model) {
        find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        live(model, queries.preview(id, input(params), scope), Map.of());
        return "evaluation/department-form :: live";
    }

    /** The typed fields ({@code v:2.6.7:numerator}) and the version read. */
    static DepartmentInput input(MultiValueMap<String, String> params) {
        Map<String, Map<String, String>> leaves = new LinkedHashMap<>();
        params.forEach((name, values) -> {
            if (!name.startsWith(PREFIX) || values.isEmpty()) {
                return;
            }
            String rest = name.substring(PREFIX.length());
            int colon = rest.indexOf(':');
            if (colon <= 0) {
                return;
            }
            leaves.computeIfAbsent(rest.substring(0, colon), k -> new LinkedHashMap<>())
                    .put(rest.substring(colon + 1), values.get(0));
        });
        Long version = null;
        String v = params.getFirst("version");
        if (v != null && v.strip().matches("\\d{1,18}")) {
            version = Long.parseLong(v.strip());
        }
        return new DepartmentInput(version, leaves);
    }

    /** What the htmx fragment {@code live} needs (scores, explanations, messages): no monitoring, review or 复核分. */
    private void live(Model model, DepartmentEvaluationView view, Map<String, String> errors) {
        List<Row> rows = new ArrayList<>();
        for (TemplateNode root : view.template().template().roots()) {
            rows(root, 1, view, errors, rows, List.of(), null);
        }
        model.addAttribute("view", view);
        model.addAttribute("s", view.score());
        model.addAttribute("rows", rows);
    }

    private String page(Model model, DepartmentEvaluationView view, Actor actor, Map<String, String> errors) {
        DepartmentScore score = view.score();
        OrgScope own = OrgScope.of(List.of(view.unitCode()));
        java.math.BigDecimal monitored = queries.monitoredAverageRate(view.unitCode(), view.year(), own).orElse(null);
        String prefill = monitored == null ? null : DepartmentEvaluationQueries.percentText(monitored);
        List<String> averageLeaves = DepartmentEvaluationQueries.averageExecutionLeaves(view.template());
        List<Row> rows = new ArrayList<>();
        for (TemplateNode root : view.template().template().roots()) {
            rows(root, 1, view, errors, rows, averageLeaves, prefill);
        }
        model.addAttribute("monitoredAverage", prefill);
        model.addAttribute("averageLeaves", averageLeaves);
        boolean locked = view.id() != null && queries.isLocked(view.id());
        model.addAttribute("locked", locked);
        ReviewState state = view.id() == null ? ReviewState.DRAFT
                : review.state(new ReviewSubject(SubjectKind.DEPARTMENT_EVALUATION, view.id()));
        model.addAttribute("rescoring", rescoring.ofDepartment(view.id(), own));
        model.addAttribute("canRescore", actor.can(Permission.REVIEW_BUREAU) && state != ReviewState.DRAFT);
        model.addAttribute("leaves", view.template().template().leaves());
        model.addAttribute("time", EvaluationTimeFormat.INSTANCE);
        if (!model.containsAttribute("rescoreErrors")) {
            model.addAttribute("rescoreErrors", Map.of());
        }
        model.addAttribute("view", view);
        model.addAttribute("s", score);
        model.addAttribute("rows", rows);
        model.addAttribute("bands", QualitativeBand.values());
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT) && !locked);
        model.addAttribute("templatesInForce", queries.templatesInForce(view.unitCode(), view.year()));
        return "evaluation/department-form";
    }

    private static void rows(TemplateNode node, int depth, DepartmentEvaluationView view, Map<String, String> errors,
                             List<Row> out, List<String> averageLeaves, String prefill) {
        DepartmentScore.Node scored = view.score().node(node.code());
        List<FieldRow> fields = new ArrayList<>();
        List<ScoringViolation> notes = List.of();
        if (node.isLeaf()) {
            Map<String, String> typed = view.input().fields(node.code());
            int lines = 0;
            for (String key : typed.keySet()) {
                Matcher m = java.util.regex.Pattern.compile("items\\[(\\d+)]\\.").matcher(key);
                if (m.find()) {
                    lines = Math.max(lines, Integer.parseInt(m.group(1)) + 1);
                }
            }
            // 部门预算资金支出率: nothing typed yet → the 年度平均执行率 from 运行监控 (saved with the form)
            boolean prefilled = prefill != null && averageLeaves.contains(node.code())
                    && typed.getOrDefault("average", "").isBlank() && typed.getOrDefault("monthly", "").isBlank();
            for (DepartmentField f : DepartmentFields.of(node, lines + SPARE_ITEM_LINES)) {
                String path = node.code() + "." + f.key();
                String value = prefilled && f.key().equals("average") ? prefill : typed.getOrDefault(f.key(), "");
                fields.add(new FieldRow(PREFIX + node.code() + ":" + f.key(), f, value, errors.get(path)));
            }
            notes = view.violations().stream()
                    .filter(v -> v.path().equals(node.code()) || v.path().startsWith(node.code() + "."))
                    .toList();
        }
        out.add(new Row(node, depth, anchor(node.code()), scored, fields, notes));
        for (TemplateNode child : node.children()) {
            rows(child, depth + 1, view, errors, out, averageLeaves, prefill);
        }
    }

    /** An id-safe form of a node code: {@code 2.6.7} → {@code n2-6-7}. */
    static String anchor(String code) {
        return "n" + code.replaceAll("[^A-Za-z0-9]", "-");
    }

    private DepartmentEvaluationView find(long id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> new NotFoundException("部门整体支出绩效自评 " + id + " 不存在"));
    }

    /** One line of the table: a group (一级/二级) or a leaf with its fields and problems. */
    record Row(TemplateNode node, int depth, String anchor, DepartmentScore.Node scored, List<FieldRow> fields,
               List<ScoringViolation> notes) {

        /** Fields not on a goal indicator line. */
        public List<FieldRow> plainFields() {
            return fields.stream().filter(f -> f.field().group().isEmpty() && !f.field().key().equals("basis")).toList();
        }

        /** The 评分依据 field, shown last. */
        public List<FieldRow> basisFields() {
            return fields.stream().filter(f -> f.field().key().equals("basis")).toList();
        }

        /** Goal indicator lines (完成情况), each a list of fields. */
        public List<List<FieldRow>> lines() {
            Map<String, List<FieldRow>> byGroup = new LinkedHashMap<>();
            fields.stream().filter(f -> !f.field().group().isEmpty())
                    .forEach(f -> byGroup.computeIfAbsent(f.field().group(), k -> new ArrayList<>()).add(f));
            return List.copyOf(byGroup.values());
        }
    }

    /** A field with its HTML name (also its id), the text typed and the message of a refused save. */
    record FieldRow(String name, DepartmentField field, String value, String error) {
    }
}

package org.jixiao.evaluation.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.evaluation.EvaluationEvidence;
import org.jixiao.evaluation.EvaluationManagement;
import org.jixiao.evaluation.EvaluationRescoring;
import org.jixiao.evaluation.EvidenceFile;
import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.EvidenceType;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.domain.GoalTableId;
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
import org.jixiao.scoring.domain.QualitativeBand;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of 绩效自评: a unit-year's projects with total and grade, and the self-evaluation form of one project, whose
 * scores are recomputed as the user types (htmx posts the form to {@code /preview}, nothing is saved until 保存).
 */
@Controller
class EvaluationPageController {

    private final OrgQueries orgs;
    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final ViolationMessages messages;
    private final org.jixiao.evaluation.DepartmentEvaluationQueries departments;
    private final EvaluationEvidence evidence;
    private final EvaluationRescoring rescoring;
    private final ReviewService review;
    private final GoalTableQueries goals;

    EvaluationPageController(OrgQueries orgs, EvaluationQueries queries, EvaluationManagement management,
                             ViolationMessages messages, org.jixiao.evaluation.DepartmentEvaluationQueries departments,
                             EvaluationEvidence evidence, EvaluationRescoring rescoring, ReviewService review,
                             GoalTableQueries goals) {
        this.goals = goals;
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
        this.departments = departments;
        this.evidence = evidence;
        this.rescoring = rescoring;
        this.review = review;
    }

    @GetMapping("/units/{unitCode}/years/{year}/self-evaluations")
    String list(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        List<SelfEvaluationSummary> lines = queries.list(unit.code(), FiscalYear.of(year), scope);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("lines", lines);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT));
        model.addAttribute("department", departments.summary(unit.code(), FiscalYear.of(year), scope).orElse(null));
        model.addAttribute("departmentTemplates", departments.templatesInForce(unit.code(), FiscalYear.of(year)));
        model.addAttribute("tableStates", review.statusLabels(SubjectKind.GOAL_TABLE,
                lines.stream().map(l -> l.goalTableId().value()).toList()));
        model.addAttribute("evaluationStates", review.statusLabels(SubjectKind.SELF_EVALUATION,
                lines.stream().filter(SelfEvaluationSummary::started).map(l -> l.id().value()).toList()));
        model.addAttribute("average", lines.stream().map(SelfEvaluationSummary::total).filter(Objects::nonNull)
                .reduce(BigDecimal::add)
                .map(sum -> sum.divide(BigDecimal.valueOf(lines.stream().filter(l -> l.total() != null).count()), 2,
                        java.math.RoundingMode.HALF_UP))
                .orElse(null));
        return "evaluation/list";
    }

    @PostMapping("/self-evaluations")
    String start(@RequestParam long goalTableId, OrgScope scope, Actor actor, RedirectAttributes redirect) {
        if (goalTableId <= 0) {
            throw new NotFoundException("目标表 " + goalTableId + " 不存在");
        }
        GoalTableId table = new GoalTableId(goalTableId);
        EvaluationId existing = queries.findByGoalTable(table, scope).orElse(null);
        if (existing != null) {
            return "redirect:/self-evaluations/" + existing.value();
        }
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        try {
            return "redirect:/self-evaluations/" + management.start(table, scope).value();
        } catch (ValidationException e) {
            var goalTable = goals.find(table, scope)
                    .orElseThrow(() -> new NotFoundException("目标表 " + goalTableId + " 不存在"));
            redirect.addFlashAttribute("startError", String.join("；", messages.byPath(e.violations()).values()));
            return "redirect:/units/" + goalTable.unitCode() + "/years/" + goalTable.year().value()
                    + "/self-evaluations";
        }
    }

    @GetMapping("/self-evaluations/{id}")
    String show(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        SelfEvaluationView view = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return page(model, view, SelfEvaluationForm.of(view.input()), actor, Map.of());
    }

    @PostMapping("/self-evaluations/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") SelfEvaluationForm form, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        EvaluationId evaluationId = find(id, scope).id();
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        try {
            management.save(evaluationId, form.toInput(), scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + e.violations().size() + " 处输入有误，请按提示修改后再保存。本次修改尚未保存。");
            return page(model, queries.preview(evaluationId, form.toInput(), scope), form, actor,
                    messages.byPath(e.violations()));
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("conflict", true);
            model.addAttribute("alert", "保存失败：该自评表已被他人修改（您打开的是第 " + e.expectedVersion() + " 版，当前为第 "
                    + e.currentVersion() + " 版）。您的修改尚未保存，下方仍保留您的输入；请在新窗口查看最新内容后重新填写。");
            return page(model, queries.preview(evaluationId, form.toInput(), scope), form, actor, Map.of());
        }
        redirect.addFlashAttribute("saved", "已保存。");
        return "redirect:/self-evaluations/" + id;
    }

    /** htmx: the form scored as typed; answers the totals and, out of band, every row's score and explanation. */
    @PostMapping("/self-evaluations/{id}/preview")
    String preview(@PathVariable long id, @ModelAttribute("form") SelfEvaluationForm form, OrgScope scope, Actor actor,
                   Model model) {
        EvaluationId evaluationId = find(id, scope).id();
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        page(model, queries.preview(evaluationId, form.toInput(), scope), form, actor, Map.of());
        return "evaluation/form :: live";
    }

    private String page(Model model, SelfEvaluationView view, SelfEvaluationForm form, Actor actor,
                        Map<String, String> errors) {
        ScoredSelfEvaluation scored = view.scored();
        model.addAttribute("view", view);
        model.addAttribute("s", scored);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("notes", notesByRow(scored));
        model.addAttribute("executionNotes", scored.violations().stream()
                .filter(v -> v.path().startsWith("execution")).toList());
        model.addAttribute("tableNotes", scored.violations().stream()
                .filter(v -> v.path().equals("indicators")).map(ScoringViolation::message).toList());
        model.addAttribute("bands", QualitativeBand.values());
        model.addAttribute("monitored", view.id() == null ? null
                : queries.monitored(view, OrgScope.of(List.of(view.table().unitCode()))).orElse(null));
        boolean locked = view.id() != null && queries.isLocked(view.id());
        model.addAttribute("locked", locked);
        model.addAttribute("canEdit", actor.can(Permission.GOAL_TABLE_EDIT) && !locked);
        if (view.id() != null) {
            long id = view.id().value();
            ReviewState state = review.state(new ReviewSubject(SubjectKind.SELF_EVALUATION, id));
            model.addAttribute("evidenceByRow", evidence.list(view.id(), actor, OrgScope.of(List.of(view.table().unitCode())))
                    .stream().collect(java.util.stream.Collectors.groupingBy(EvidenceFile::indicator)));
            model.addAttribute("evidenceAccept", EvidenceType.allExtensions().stream().map(e -> "." + e)
                    .collect(java.util.stream.Collectors.joining(",")));
            model.addAttribute("evidenceMaxMb", evidence.maxSize() / (1024 * 1024));
            model.addAttribute("time", EvaluationTimeFormat.INSTANCE);
            model.addAttribute("rescoring", rescoring.of(view.id(), OrgScope.of(List.of(view.table().unitCode()))));
            model.addAttribute("canRescore", actor.can(Permission.REVIEW_BUREAU) && state != ReviewState.DRAFT);
            if (!model.containsAttribute("rescoreErrors")) {
                model.addAttribute("rescoreErrors", Map.of());
            }
        }
        return "evaluation/form";
    }

    /** 佐证材料: upload a file for one indicator; refused uploads write nothing and come back as a message. */
    @PostMapping("/self-evaluations/{id}/evidence")
    String upload(@PathVariable long id, @RequestParam(required = false) String indicator,
                  @RequestParam(name = "file", required = false) MultipartFile file, OrgScope scope, Actor actor,
                  RedirectAttributes redirect) throws java.io.IOException {
        EvaluationId evaluationId = find(id, scope).id();
        int row;
        try {
            row = indicator == null || indicator.isBlank() ? -1 : Integer.parseInt(indicator.strip());
        } catch (NumberFormatException e) {
            row = -1;
        }
        try {
            EvidenceFile stored = evidence.upload(evaluationId, row, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), actor, scope);
            redirect.addFlashAttribute("evidenceMessage", "已上传“" + stored.fileName() + "”（第 " + (row + 1) + " 行指标）。");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("evidenceError", "上传未成功："
                    + String.join("；", messages.byPath(e.violations()).values()));
        } catch (RecordLockedException e) {
            redirect.addFlashAttribute("evidenceError", "上传未成功：" + e.getMessage());
        }
        return "redirect:/self-evaluations/" + id + "#evidence";
    }

    @GetMapping("/self-evaluations/{id}/evidence/{fileId}")
    org.springframework.http.ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
                                                             OrgScope scope, Actor actor) {
        return EvidenceApiController.file(evidence.download(find(id, scope).id(), fileId, actor, scope));
    }

    @PostMapping("/self-evaluations/{id}/evidence/{fileId}/delete")
    String deleteEvidence(@PathVariable long id, @PathVariable long fileId, OrgScope scope, Actor actor,
                          RedirectAttributes redirect) {
        EvaluationId evaluationId = find(id, scope).id();
        try {
            evidence.delete(evaluationId, fileId, actor, scope);
            redirect.addFlashAttribute("evidenceMessage", "已删除佐证材料。");
        } catch (RecordLockedException e) {
            redirect.addFlashAttribute("evidenceError", "删除未成功：" + e.getMessage());
        }
        return "redirect:/self-evaluations/" + id + "#evidence";
    }

    /** 复核分 by the finance bureau; refused input is shown at its fields, nothing recorded. */
    @PostMapping("/self-evaluations/{id}/rescores")
    String rescore(@PathVariable long id, @RequestParam(required = false) String indicator,
                   @RequestParam(required = false) String score, @RequestParam(required = false) String reason,
                   OrgScope scope, Actor actor, Model model, HttpServletResponse response,
                   RedirectAttributes redirect) {
        SelfEvaluationView view = find(id, scope);
        Integer row = null;
        if (indicator != null && !indicator.isBlank()) {
            try {
                row = Integer.valueOf(indicator.strip());
            } catch (NumberFormatException e) {
                row = -1;
            }
        }
        try {
            rescoring.record(view.id(), row, score, reason, actor, scope);
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("rescoreErrors", messages.byPath(e.violations()));
            model.addAttribute("rescoreForm", Map.of("indicator", indicator == null ? "" : indicator,
                    "score", score == null ? "" : score, "reason", reason == null ? "" : reason));
            return page(model, view, SelfEvaluationForm.of(view.input()), actor, Map.of());
        }
        redirect.addFlashAttribute("rescoreMessage", "已录入复核分。");
        return "redirect:/self-evaluations/" + id + "#rescoring";
    }

    /** Every violation of a row (refused, or still required before submission), by row index. */
    private static Map<Integer, List<ScoringViolation>> notesByRow(ScoredSelfEvaluation scored) {
        Map<Integer, List<ScoringViolation>> notes = new LinkedHashMap<>();
        for (ScoredSelfEvaluation.RowResult row : scored.rows()) {
            String prefix = "indicators[" + row.index() + "]";
            notes.put(row.index(), scored.violations().stream()
                    .filter(v -> v.path().equals(prefix) || v.path().startsWith(prefix + "."))
                    .toList());
        }
        return notes;
    }

    private SelfEvaluationView find(long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("自评表 " + id + " 不存在");
        }
        return queries.find(new EvaluationId(id), scope)
                .orElseThrow(() -> new NotFoundException("自评表 " + id + " 不存在"));
    }
}

package org.jixiao.rectification.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.rectification.NewProblem;
import org.jixiao.rectification.ProblemFilter;
import org.jixiao.rectification.ProblemView;
import org.jixiao.rectification.RectificationManagement;
import org.jixiao.rectification.RectificationQueries;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * Pages of 整改: the overview across the units in scope with the user's own 待办, a unit-year's list (filters, 登记问题
 * by hand or from a self-evaluation indicator that lost points), and one problem with its measures, notes,
 * evidence, history and the actions the user's role allows.
 */
@Controller
class RectificationPageController {

    private final OrgQueries orgs;
    private final RectificationQueries queries;
    private final RectificationManagement management;
    private final ViolationMessages messages;
    private final org.jixiao.rectification.RectificationCandidates candidates;

    RectificationPageController(OrgQueries orgs, RectificationQueries queries, RectificationManagement management,
                                ViolationMessages messages, org.jixiao.rectification.RectificationCandidates candidates) {
        this.candidates = candidates;
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
        this.messages = messages;
    }

    /** 整改总览: every budget unit in scope with its counts (the finance bureau's view) and the user's 待办. */
    @GetMapping("/rectifications")
    String overview(@RequestParam(required = false) Integer year, OrgScope scope, Actor actor, Model model) {
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        int y = year != null && FiscalYear.isValid(year) ? year : queries.defaultYear(scope);
        model.addAttribute("year", y);
        model.addAttribute("units", queries.acrossUnits(FiscalYear.of(y), scope));
        model.addAttribute("todo", queries.todo(actor, scope));
        model.addAttribute("statuses", ProblemStatus.values());
        return "rectification/overview";
    }

    @GetMapping("/units/{unitCode}/years/{year}/rectifications")
    String list(@PathVariable String unitCode, @PathVariable int year, @RequestParam(required = false) String source,
                @RequestParam(required = false) String status, @RequestParam(required = false) String owner,
                @RequestParam(required = false) String overdue, @RequestParam(required = false) String candidate,
                OrgScope scope, Actor actor, Model model) {
        OrgView unit = unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        ProblemFilter filter = new ProblemFilter(parse(ProblemSource.class, source), parse(ProblemStatus.class, status),
                ProblemForm.parseOwner(owner, new ArrayList<>()), "true".equals(overdue) || "on".equals(overdue));
        ProblemForm form = new ProblemForm();
        if (candidate != null && !candidate.isBlank() && RectificationManagement.mayRaise(actor)) {
            var picked = candidates.find(candidate, unit.code(), FiscalYear.of(year), actor, scope);
            if (picked.isPresent()) {
                form = ProblemForm.of(picked.get());
                model.addAttribute("prefilled", picked.get());
            } else {
                model.addAttribute("alert", "所选的监控红灯、审核意见或得分偏低的指标类别已不存在（数据可能已变化），请重新选择。");
            }
        }
        return listPage(model, unit, year, filter, form, Map.of(), scope, actor);
    }

    @PostMapping("/units/{unitCode}/years/{year}/rectifications")
    String create(@PathVariable String unitCode, @PathVariable int year, @ModelAttribute("form") ProblemForm form,
                  OrgScope scope, Actor actor, Model model, HttpServletResponse response) {
        OrgView unit = unit(unitCode, year, scope);
        List<Violation> v = new ArrayList<>();
        ProblemSource source = form.source(v);
        Long owner = form.owner(v);
        LocalDate deadline = form.deadlineDate(v);
        Long goalTableId = form.goalTable(v);
        Long evaluationId = form.evaluation(v);
        try {
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            ProblemId id = management.create(new NewProblem(unit.code(), year, source, form.getSourceRef(), goalTableId,
                    evaluationId,
                    form.getProjectName(), form.getIndicatorName(), form.getTitle(), form.getDescription(),
                    form.measureList(), owner, deadline), actor, scope);
            return "redirect:/rectifications/" + id.value();
        } catch (ValidationException e) {
            List<Violation> all = new ArrayList<>(v);
            e.violations().stream().filter(x -> !v.contains(x)).forEach(all::add);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + all.size() + " 处输入有误，问题尚未登记。");
            return listPage(model, unit, year, ProblemFilter.none(), form, messages.byPath(all), scope, actor);
        }
    }

    /** 季度复盘: the meetings of a unit-year and the form recording the next one. */
    @GetMapping("/units/{unitCode}/years/{year}/rectifications/reviews")
    String reviews(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return reviewsPage(model, unit, year, Map.of(), Map.of(), scope, actor);
    }

    @PostMapping("/units/{unitCode}/years/{year}/rectifications/reviews")
    String recordReview(@PathVariable String unitCode, @PathVariable int year,
                        @RequestParam Map<String, String> params, OrgScope scope, Actor actor, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        OrgView unit = unit(unitCode, year, scope);
        List<Violation> v = new ArrayList<>();
        int quarter = 0;
        try {
            quarter = Integer.parseInt(params.getOrDefault("quarter", "").strip());
        } catch (NumberFormatException e) {
            v.add(Violation.of("rectification.quarter", "quarter"));
        }
        if (v.isEmpty() && (quarter < 1 || quarter > 4)) {
            v.add(Violation.of("rectification.quarter", "quarter"));
        }
        LocalDate heldOn = ProblemForm.parseDate(params.get("heldOn"), "heldOn", v);
        String decisions = params.get("decisions");
        Map<Long, LocalDate> deadlines = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey().startsWith("deadline_") && e.getValue() != null && !e.getValue().isBlank()) {
                try {
                    long problem = Long.parseLong(e.getKey().substring("deadline_".length()));
                    LocalDate date = ProblemForm.parseDate(e.getValue(), e.getKey(), v);
                    if (date != null) {
                        deadlines.put(problem, date);
                    }
                } catch (NumberFormatException ignored) {
                    // not a field of the form
                }
            }
        }
        if (!v.isEmpty() && (decisions == null || decisions.isBlank())) {
            v.add(Violation.of("rectification.text.required", "decisions")); // reported with the rest at once
        }
        try {
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            management.recordReview(unit.code(), year, quarter, heldOn, params.get("decisions"), deadlines, actor, scope);
        } catch (ValidationException e) {
            List<Violation> all = new ArrayList<>(v);
            e.violations().stream().filter(x -> !v.contains(x)).forEach(all::add);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "共 " + all.size() + " 处输入有误，复盘记录尚未保存：" + String.join("；",
                    all.stream().map(messages::message).toList()));
            return reviewsPage(model, unit, year, messages.byPath(all), params, scope, actor);
        }
        redirect.addFlashAttribute("saved", "已记录第 " + quarter + " 季度复盘。");
        return "redirect:/units/" + unit.code() + "/years/" + year + "/rectifications/reviews";
    }

    private String reviewsPage(Model model, OrgView unit, int year, Map<String, String> errors,
                               Map<String, String> typed, OrgScope scope, Actor actor) {
        FiscalYear fy = FiscalYear.of(year);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("reviews", queries.reviews(unit.code(), fy, scope));
        model.addAttribute("open", queries.list(unit.code(), fy, new ProblemFilter(null, null, null, false), scope)
                .stream().filter(p -> p.status().isOpen()).toList());
        model.addAttribute("mayRecord", actor.can(Permission.GOAL_TABLE_EDIT) || RectificationManagement.mayVerify(actor));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "rectification/reviews";
    }

    /** 从审核发现登记: the findings reviewers kept on the unit-year's goal tables (runs the checks, so its own page). */
    @GetMapping("/units/{unitCode}/years/{year}/rectifications/findings")
    String findings(@PathVariable String unitCode, @PathVariable int year, OrgScope scope, Actor actor, Model model) {
        OrgView unit = unit(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        List<org.jixiao.rectification.FindingCandidate> findings = queries.keptFindings(unit.code(), FiscalYear.of(year),
                scope);
        model.addAttribute("findings", findings);
        Map<String, Long> registered = candidates.registered(unit.code(), FiscalYear.of(year), scope);
        List<Long> registeredFindings = new ArrayList<>();
        for (org.jixiao.rectification.FindingCandidate f : findings) { // 出处 as createFromFinding stores it
            registeredFindings.add(registered.get(org.jixiao.rectification.RectificationCandidates.key(f.goalTableId(),
                    "审核规则 " + f.rule() + (f.row() == null ? "" : " 第 " + (f.row() + 1) + " 行"))));
        }
        model.addAttribute("registeredFindings", registeredFindings);
        model.addAttribute("mayRaise", RectificationManagement.mayRaise(actor));
        return "rectification/findings";
    }

    @PostMapping("/rectifications/from-finding")
    String fromFinding(@RequestParam long goalTableId, @RequestParam String rule,
                       @RequestParam(required = false) Integer row, @RequestParam(defaultValue = "") String field,
                       OrgScope scope, Actor actor, RedirectAttributes redirect) {
        ProblemId id = management.createFromFinding(goalTableId, rule, row, field.isEmpty() ? null : field, actor, scope);
        redirect.addFlashAttribute("saved", "已从审核发现登记问题，请指定责任人、时限和整改措施。");
        return "redirect:/rectifications/" + id.value();
    }

    /** 从自评指标登记问题: the button beside an indicator that lost points. */
    @PostMapping("/rectifications/from-evaluation")
    String fromEvaluation(@RequestParam long evaluationId, @RequestParam int index, OrgScope scope, Actor actor,
                          RedirectAttributes redirect) {
        ProblemId id = management.createFromEvaluation(evaluationId, index, actor, scope);
        redirect.addFlashAttribute("saved", "已从自评指标登记问题，请指定责任人、时限和整改措施。");
        return "redirect:/rectifications/" + id.value();
    }

    @GetMapping("/rectifications/{id}")
    String show(@PathVariable long id, OrgScope scope, Actor actor, Model model) {
        ProblemView p = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return problemPage(model, p, actor, scope, Map.of());
    }

    @PostMapping("/rectifications/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long version, @ModelAttribute("form") ProblemForm form,
                  OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已保存责任人、时限和整改措施。", p -> {
            List<Violation> v = new ArrayList<>();
            Long owner = form.owner(v);
            LocalDate deadline = form.deadlineDate(v);
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            management.assign(p, version, owner, deadline, form.measureList(), actor, scope);
        });
    }

    @PostMapping("/rectifications/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, OrgScope scope, Actor actor, Model model,
                 HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已开始整改。",
                p -> management.start(p, version, actor, scope));
    }

    @PostMapping("/rectifications/{id}/notes")
    String note(@PathVariable long id, @RequestParam(defaultValue = "") String note, OrgScope scope, Actor actor,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已记录进展。",
                p -> management.note(p, note, actor, scope));
    }

    @PostMapping("/rectifications/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                    OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已上传佐证材料。", p -> {
            byte[] content;
            try {
                content = file == null ? new byte[0] : file.getBytes();
            } catch (IOException e) {
                content = new byte[0];
            }
            management.addEvidence(p, file == null ? "" : file.getOriginalFilename(), content, actor, scope);
        });
    }

    @GetMapping("/rectifications/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId, OrgScope scope, Actor actor) {
        ProblemView p = find(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        RectificationQueries.EvidenceFile file = queries.evidence(p.id(), evidenceId, scope)
                .orElseThrow(() -> new NotFoundException("佐证材料 " + evidenceId + " 不存在"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + file.sha256())
                .body(file.content());
    }

    @PostMapping("/rectifications/{id}/submit")
    String submit(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
                  OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已提交验证。",
                p -> management.submit(p, version, note, actor, scope));
    }

    @PostMapping("/rectifications/{id}/verify")
    String verify(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
                  OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已验证销号。",
                p -> management.verify(p, version, note, actor, scope));
    }

    @PostMapping("/rectifications/{id}/reject")
    String reject(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String note,
                  OrgScope scope, Actor actor, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已退回整改。",
                p -> management.reject(p, version, note, actor, scope));
    }

    @PostMapping("/rectifications/{id}/deadline")
    String deadline(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String deadline,
                    @RequestParam(defaultValue = "") String reason, OrgScope scope, Actor actor, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        return act(id, scope, actor, model, response, redirect, "已调整时限。", p -> {
            List<Violation> v = new ArrayList<>();
            LocalDate date = ProblemForm.parseDate(deadline, "deadline", v);
            if (!v.isEmpty()) {
                throw new ValidationException(v);
            }
            management.changeDeadline(p, version, date, reason, actor, scope);
        });
    }

    private interface Action {
        void run(ProblemId id);
    }

    private String act(long id, OrgScope scope, Actor actor, Model model, HttpServletResponse response,
                       RedirectAttributes redirect, String done, Action action) {
        ProblemView p = find(id, scope);
        try {
            action.run(p.id());
        } catch (ValidationException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("alert", "操作未完成：" + String.join("；", e.violations().stream()
                    .map(messages::message).toList()));
            return problemPage(model, find(id, scope), actor, scope, messages.byPath(e.violations()));
        } catch (VersionConflictException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("alert", "操作未完成：该问题已被他人修改（您看到的是第 " + e.expectedVersion() + " 版，当前为第 "
                    + e.currentVersion() + " 版）。下方已显示最新内容，请确认后重试。");
            return problemPage(model, find(id, scope), actor, scope, Map.of());
        }
        redirect.addFlashAttribute("saved", done);
        return "redirect:/rectifications/" + id;
    }

    private String listPage(Model model, OrgView unit, int year, ProblemFilter filter, ProblemForm form,
                            Map<String, String> errors, OrgScope scope, Actor actor) {
        FiscalYear fy = FiscalYear.of(year);
        model.addAttribute("unit", unit);
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        model.addAttribute("problems", queries.list(unit.code(), fy, filter, scope));
        model.addAttribute("owners", queries.owners(unit.code(), scope));
        model.addAttribute("sources", ProblemSource.values());
        model.addAttribute("statuses", ProblemStatus.values());
        boolean mayRaise = RectificationManagement.mayRaise(actor);
        model.addAttribute("mayRaise", mayRaise);
        List<org.jixiao.rectification.Candidate> evaluationPicks = mayRaise ? queries.candidates(unit.code(), fy, scope)
                : List.of();
        model.addAttribute("candidates", evaluationPicks);
        model.addAttribute("redLamps", mayRaise ? candidates.redLamps(unit.code(), fy, scope) : List.of());
        model.addAttribute("opinions", mayRaise ? candidates.opinions(unit.code(), fy, actor, scope) : List.of());
        model.addAttribute("lowScores", mayRaise ? candidates.lowScores(unit.code(), fy, scope) : List.of());
        Map<String, Long> registered = mayRaise ? candidates.registered(unit.code(), fy, scope) : Map.of();
        Map<String, Long> registeredIndicators = new java.util.HashMap<>();
        if (mayRaise) { // the self-evaluation picks: 出处 "自评表 N 第 i 行" as createFromEvaluation stores it
            for (org.jixiao.rectification.Candidate c : evaluationPicks) {
                Long id = registered.get(org.jixiao.rectification.RectificationCandidates.key(c.goalTableId(),
                        "自评表 " + c.evaluationId() + " 第 " + (c.index() + 1) + " 行"));
                if (id != null) {
                    registeredIndicators.put(c.evaluationId() + "-" + c.index(), id);
                }
            }
        }
        model.addAttribute("registeredIndicators", registeredIndicators);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "rectification/list";
    }

    private String problemPage(Model model, ProblemView p, Actor actor, OrgScope scope, Map<String, String> errors) {
        model.addAttribute("p", p);
        model.addAttribute("measuresText", String.join("\n", p.measures()));
        model.addAttribute("unit", orgs.find(p.unitCode(), scope).orElse(null));
        model.addAttribute("owners", queries.owners(p.unitCode(), scope));
        model.addAttribute("errors", errors);
        model.addAttribute("time", TimeFormat.INSTANCE);
        boolean closed = p.status() == ProblemStatus.CLOSED;
        boolean isOwner = p.owner() != null && p.owner().id() == actor.userId();
        model.addAttribute("mayAssign", !closed && actor.can(Permission.GOAL_TABLE_EDIT));
        model.addAttribute("mayWork", !closed && RectificationManagement.mayWork(actor, p));
        model.addAttribute("mayVerify", p.status() == ProblemStatus.AWAITING_VERIFICATION
                && RectificationManagement.mayVerify(actor) && !isOwner);
        model.addAttribute("ownerMayNotVerify", p.status() == ProblemStatus.AWAITING_VERIFICATION
                && RectificationManagement.mayVerify(actor) && isOwner);
        model.addAttribute("mayChangeDeadline", !closed
                && (actor.can(Permission.GOAL_TABLE_EDIT) || RectificationManagement.mayVerify(actor)));
        model.addAttribute("maxEvidenceMb", management.maxEvidenceBytes() / (1024 * 1024));
        return "rectification/problem";
    }

    private ProblemView find(long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("整改问题 " + id + " 不存在");
        }
        return queries.find(new ProblemId(id), scope).orElseThrow(() -> new NotFoundException("整改问题 " + id + " 不存在"));
    }

    private OrgView unit(String unitCode, int year, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        if (!FiscalYear.isValid(year)) {
            throw new NotFoundException("没有 " + year + " 年度");
        }
        return unit;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
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

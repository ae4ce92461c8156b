package org.jixiao.rectification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.rectification.domain.Evidence;
import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.rectification.domain.Transition;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of rectification problems, each in one transaction with its history entry. Out of scope is not found; a
 * missing permission is forbidden; a state or input the rules refuse is a {@link ValidationException} with every
 * reason; a change based on an old version is a {@link VersionConflictException}. Nothing is written in any of
 * these cases.
 *
 * <p>Who may do what: 登记 — a 填报人 of the unit ({@code goal-table:edit}) or any reviewer (e.g. the finance
 * bureau entering its 审核意见); 指定责任人/时限/措施 — a 填报人; 开始整改, 记录进展, 上传佐证, 提交验证 — the owner or a
 * 填报人; 验证销号/退回 — a reviewer who is not the owner (不相容职务分离); 调整时限 — a 填报人 or a reviewer, with a
 * reason (e.g. decided at the 季度复盘).
 */
@Service
@Transactional
public class RectificationManagement {

    static final int MAX_MEASURES = 20;
    static final int MAX_LONG_TEXT = 4000;

    private final Problems problems;
    private final ReviewMeetings meetings;
    private final OrgQueries orgs;
    private final UserQueries users;
    private final EvaluationQueries evaluations;
    private final org.jixiao.checks.CheckQueries checks;
    private final org.jixiao.goals.GoalTableQueries goals;
    private final Clock clock;
    private final long maxEvidenceBytes;

    RectificationManagement(Problems problems, ReviewMeetings meetings, OrgQueries orgs, UserQueries users, EvaluationQueries evaluations,
                            org.jixiao.checks.CheckQueries checks, org.jixiao.goals.GoalTableQueries goals, Clock clock,
                            @Value("${jixiao.rectification.max-evidence-bytes:10485760}") long maxEvidenceBytes) {
        this.problems = problems;
        this.meetings = meetings;
        this.orgs = orgs;
        this.users = users;
        this.evaluations = evaluations;
        this.checks = checks;
        this.goals = goals;
        this.clock = clock;
        this.maxEvidenceBytes = maxEvidenceBytes;
    }

    public long maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    /** Whether the actor may register problems. */
    public static boolean mayRaise(Actor actor) {
        return actor.can(Permission.GOAL_TABLE_EDIT) || mayVerify(actor);
    }

    /** Whether the actor holds a review permission (验证人). */
    public static boolean mayVerify(Actor actor) {
        return actor.can(Permission.REVIEW_BUSINESS) || actor.can(Permission.REVIEW_FINANCE)
                || actor.can(Permission.REVIEW_PERFORMANCE) || actor.can(Permission.REVIEW_BUREAU);
    }

    /** Whether the actor may work on the problem (start, notes, evidence, submit). */
    public static boolean mayWork(Actor actor, ProblemView p) {
        return actor.can(Permission.GOAL_TABLE_EDIT) || (p.owner() != null && p.owner().id() == actor.userId());
    }

    /**
     * 登记问题. When owner, deadline and measures are all given the problem is still 待整改: 开始整改 is its own step.
     *
     * @throws NotFoundException   when the unit is not a budget unit in the scope
     * @throws ValidationException with every violation of the input
     */
    public ProblemId create(NewProblem input, Actor actor, OrgScope scope) {
        OrgView unit = unit(input.unitCode(), scope);
        List<String> measures = validate(input, actor, scope);
        Instant now = clock.instant();
        ProblemRow row = new ProblemRow(null, unit.code(), input.year(), input.source(), blankToNull(input.sourceRef()),
                input.goalTableId(), input.evaluationId(), blankToNull(input.projectName()),
                blankToNull(input.indicatorName()), input.title().strip(), blankToNull(input.description()),
                ProblemStatus.OPEN, input.ownerUserId(), input.deadline(), measures, 0, 0, now);
        ProblemId id = problems.insert(row, now);
        problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.CREATED, null,
                ProblemStatus.OPEN, input.source().label() + "：" + input.title().strip());
        if (input.ownerUserId() != null || input.deadline() != null) {
            problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.ASSIGNED, null, null,
                    assignment(unit.code(), input.ownerUserId(), input.deadline()));
        }
        return id;
    }

    /**
     * Checks a problem to register without saving it.
     *
     * @return the measures as they would be stored
     * @throws ValidationException with every violation
     */
    public List<String> validate(NewProblem input, Actor actor, OrgScope scope) {
        OrgView unit = unit(input.unitCode(), scope);
        if (!mayRaise(actor)) {
            throw forbidden();
        }
        List<Violation> v = new ArrayList<>();
        if (!FiscalYear.isValid(input.year())) {
            v.add(Violation.of("rectification.year", "year"));
        }
        if (input.source() == null) {
            v.add(Violation.of("rectification.source.required", "source"));
        }
        text(input.title(), "title", true, TextLimits.MAX_FIELD_LENGTH, v);
        text(input.description(), "description", false, MAX_LONG_TEXT, v);
        text(input.sourceRef(), "sourceRef", false, 200, v);
        text(input.projectName(), "projectName", false, TextLimits.MAX_FIELD_LENGTH, v);
        text(input.indicatorName(), "indicatorName", false, 2000, v);
        List<String> measures = measures(input.measures(), v);
        owner(unit.code(), input.ownerUserId(), v);
        deadline(input.deadline(), v);
        links(unit.code(), input, scope, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return measures;
    }

    /**
     * 登记 from an indicator of a self-evaluation that lost points: the project, indicator, target, actual and score
     * are taken over; the source is 自评指标未达目标 for a measured indicator, else 自评得分偏低.
     *
     * @throws NotFoundException   when the self-evaluation or the indicator does not exist in the scope
     * @throws ValidationException when the indicator did not lose points
     */
    public ProblemId createFromEvaluation(long evaluationId, int index, Actor actor, OrgScope scope) {
        SelfEvaluationView view = evaluationId <= 0 ? null
                : evaluations.find(new EvaluationId(evaluationId), scope).orElse(null);
        if (view == null) {
            throw new NotFoundException("自评表 " + evaluationId + " 不存在");
        }
        Candidate c = RectificationQueries.candidates(view).stream().filter(x -> x.index() == index).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("rectification.candidate", "index"))));
        String title = "“" + c.name() + "”" + (c.belowTarget() ? "未达到年度指标值" : "自评得分偏低");
        String description = "项目“" + c.projectName() + "”" + c.level1() + "/" + c.level2() + "指标“" + c.name()
                + "”：指标值 " + c.target() + "，实际完成值 " + (c.actual() == null ? "—" : c.actual()) + "，得分 "
                + c.score().toPlainString() + "（分值 " + c.weight().toPlainString() + "）。";
        return create(new NewProblem(view.table().unitCode(), view.table().year().value(),
                c.belowTarget() ? ProblemSource.BELOW_TARGET : ProblemSource.LOW_SCORE,
                "自评表 " + evaluationId + " 第 " + (index + 1) + " 行", c.goalTableId(), evaluationId, c.projectName(),
                c.name(), title, description, List.of(), null, null), actor, scope);
    }

    /**
     * 登记 from a goal-check finding a reviewer kept (已复核，保留) on a goal table: source 审核检查发现, the table,
     * project and indicator linked, the finding's message as the title, the reviewer's reason in the description.
     *
     * @throws NotFoundException   when the table does not exist in the scope
     * @throws ValidationException when there is no such kept finding (any more)
     */
    public ProblemId createFromFinding(long goalTableId, String rule, Integer row, String field, Actor actor,
                                       OrgScope scope) {
        if (goalTableId <= 0) {
            throw new NotFoundException("目标表 " + goalTableId + " 不存在");
        }
        org.jixiao.checks.TableCheck check = checks.check(new org.jixiao.goals.domain.GoalTableId(goalTableId), scope);
        FindingCandidate c = check.kept().stream().map(k -> RectificationQueries.candidate(check.table(), k))
                .filter(k -> k.rule().equals(rule) && Objects.equals(k.row(), row) && Objects.equals(k.field(), field))
                .findFirst()
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("rectification.finding", "rule"))));
        String title = c.message().length() > TextLimits.MAX_FIELD_LENGTH
                ? c.message().substring(0, TextLimits.MAX_FIELD_LENGTH - 1) + "…" : c.message();
        String description = "审核规则“" + c.ruleTitle() + "”的发现，已复核保留：" + c.keptReason();
        return create(new NewProblem(check.table().unitCode(), check.table().year().value(),
                ProblemSource.CHECK_FINDING, "审核规则 " + c.rule() + (row == null ? "" : " 第 " + (row + 1) + " 行"),
                goalTableId, null, check.table().project() == null ? null : check.table().title(), c.indicatorName(),
                title, description.length() > MAX_LONG_TEXT ? description.substring(0, MAX_LONG_TEXT) : description,
                List.of(), null, null), actor, scope);
    }

    /** 指定责任人、时限和整改措施 (any state but 已销号). */
    public void assign(ProblemId id, long version, Long ownerUserId, LocalDate deadline, List<String> measures,
                       Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        if (!actor.can(Permission.GOAL_TABLE_EDIT)) {
            throw forbidden();
        }
        Transition.requireNotClosed(p.facts());
        List<Violation> v = new ArrayList<>();
        List<String> cleaned = measures(measures, v);
        owner(p.unitCode(), ownerUserId, v);
        deadline(deadline, v);
        if (p.status() != ProblemStatus.OPEN) {
            if (ownerUserId == null) {
                v.add(Violation.of("rectification.owner.required", "ownerUserId"));
            }
            if (deadline == null) {
                v.add(Violation.of("rectification.deadline.required", "deadline"));
            }
            if (cleaned.isEmpty()) {
                v.add(Violation.of("rectification.measures.required", "measures"));
            }
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Instant now = clock.instant();
        problems.update(p.assigned(ownerUserId, deadline, cleaned), version, now);
        if (!Objects.equals(ownerUserId, p.ownerUserId()) || !Objects.equals(deadline, p.deadline())) {
            problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.ASSIGNED, null, null,
                    assignment(p.unitCode(), ownerUserId, deadline));
        }
        if (!cleaned.equals(p.measures())) {
            problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.MEASURES_CHANGED, null, null,
                    cleaned.size() + " 项措施");
        }
    }

    /** 开始整改: 待整改 → 整改中. */
    public void start(ProblemId id, long version, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        requireWorker(actor, p);
        transition(p, version, Transition.start(p.facts()), ProblemAction.STARTED, null, actor);
    }

    /** 记录进展 (any state but 已销号). Notes are appended and do not need a version. */
    public void note(ProblemId id, String text, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        requireWorker(actor, p);
        Transition.requireNotClosed(p.facts());
        List<Violation> v = new ArrayList<>();
        text(text, "note", true, MAX_LONG_TEXT, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        problems.addEvent(id, clock.instant(), actor.userId(), actor.displayName(), ProblemAction.NOTE, null, null,
                text.strip());
    }

    /**
     * 上传佐证材料: checked by content (type, size), hashed and stored.
     *
     * @return the evidence id
     */
    public long addEvidence(ProblemId id, String fileName, byte[] content, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        requireWorker(actor, p);
        Transition.requireNotClosed(p.facts());
        Evidence e = Evidence.accept(fileName, content, maxEvidenceBytes);
        Instant now = clock.instant();
        long evidenceId = problems.addEvidence(id, e.fileName(), e.kind().contentType(), e.content(), e.sha256(),
                actor.userId(), actor.displayName(), now);
        problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.EVIDENCE_ADDED, null, null,
                e.fileName() + "（SHA-256 " + e.sha256().substring(0, 16) + "…）");
        return evidenceId;
    }

    /** 提交验证: 整改中 → 待验证, with a note of what was done. */
    public void submit(ProblemId id, long version, String note, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        requireWorker(actor, p);
        longText(note);
        transition(p, version, Transition.submit(p.facts(), note), ProblemAction.SUBMITTED, note, actor);
    }

    /** 验证销号: 待验证 → 已销号, by a reviewer who is not the owner. */
    public void verify(ProblemId id, long version, String note, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        longText(note);
        transition(p, version, Transition.verify(p.facts(), actor.userId(), mayVerify(actor)),
                ProblemAction.VERIFIED, note, actor);
    }

    /** 验证退回: 待验证 → 整改中, with a reason. */
    public void reject(ProblemId id, long version, String reason, Actor actor, OrgScope scope) {
        ProblemRow p = load(id, scope);
        longText(reason);
        transition(p, version, Transition.reject(p.facts(), actor.userId(), mayVerify(actor), reason),
                ProblemAction.REJECTED, reason, actor);
    }

    /** 调整时限 with a reason; the old and new deadline are written to the history. */
    public void changeDeadline(ProblemId id, long version, LocalDate deadline, String reason, Actor actor,
                               OrgScope scope) {
        ProblemRow p = load(id, scope);
        if (!actor.can(Permission.GOAL_TABLE_EDIT) && !mayVerify(actor)) {
            throw forbidden();
        }
        Transition.requireNotClosed(p.facts());
        List<Violation> v = new ArrayList<>();
        if (deadline == null) {
            v.add(Violation.of("rectification.deadline.required", "deadline"));
        }
        deadline(deadline, v);
        text(reason, "reason", true, MAX_LONG_TEXT, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Instant now = clock.instant();
        problems.update(p.assigned(p.ownerUserId(), deadline, p.measures()), version, now);
        problems.addEvent(id, now, actor.userId(), actor.displayName(), ProblemAction.DEADLINE_CHANGED, null, null,
                (p.deadline() == null ? "（无）" : p.deadline().toString()) + " → " + deadline + "：" + reason.strip());
    }

    /**
     * 季度复盘: records the meeting of one quarter with every problem of the unit-year still open, and changes the
     * deadlines decided there (each change is also written to the problem's history, naming the meeting).
     *
     * @param newDeadlines by problem id; only open problems of this unit-year may appear
     * @return the meeting id
     * @throws ValidationException with every violation (quarter, date, text, unknown or closed problems, a quarter
     *                             already recorded)
     */
    public long recordReview(String unitCode, int year, int quarter, LocalDate heldOn, String decisions,
                             java.util.Map<Long, LocalDate> newDeadlines, Actor actor, OrgScope scope) {
        OrgView unit = unit(unitCode, scope);
        if (!actor.can(Permission.GOAL_TABLE_EDIT) && !mayVerify(actor)) {
            throw forbidden();
        }
        List<Violation> v = new ArrayList<>();
        if (!FiscalYear.isValid(year)) {
            v.add(Violation.of("rectification.year", "year"));
        }
        if (quarter < 1 || quarter > 4) {
            v.add(Violation.of("rectification.quarter", "quarter"));
        }
        if (heldOn == null) {
            v.add(Violation.of("rectification.heldOn", "heldOn"));
        } else {
            deadline(heldOn, v);
        }
        text(decisions, "decisions", true, MAX_LONG_TEXT, v);
        List<ProblemRow> open = problems.findByUnitAndYear(unit.code(), year).stream()
                .filter(p -> p.status().isOpen()).toList();
        for (java.util.Map.Entry<Long, LocalDate> e : newDeadlines.entrySet()) {
            if (open.stream().noneMatch(p -> p.id().value() == e.getKey())) {
                v.add(Violation.of("rectification.review.problem", "deadline[" + e.getKey() + "]"));
            }
            deadline(e.getValue(), v);
        }
        if (v.isEmpty() && meetings.exists(unit.code(), year, quarter)) {
            v.add(Violation.of("rectification.meeting.exists", "quarter"));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        Instant now = clock.instant();
        List<ReviewMeetings.Item> items = new ArrayList<>();
        String meeting = year + "年第" + quarter + "季度复盘（" + heldOn + "）";
        for (ProblemRow p : open) {
            LocalDate changed = newDeadlines.get(p.id().value());
            if (changed != null && !changed.equals(p.deadline())) {
                problems.update(p.assigned(p.ownerUserId(), changed, p.measures()), p.version(), now);
                problems.addEvent(p.id(), now, actor.userId(), actor.displayName(), ProblemAction.DEADLINE_CHANGED,
                        null, null, (p.deadline() == null ? "（无）" : p.deadline().toString()) + " → " + changed + "："
                                + meeting + "决定");
                items.add(new ReviewMeetings.Item(p.id().value(), p.status().name(), p.deadline(), changed));
            } else {
                items.add(new ReviewMeetings.Item(p.id().value(), p.status().name(), p.deadline(), null));
            }
        }
        try {
            return meetings.insert(unit.code(), year, quarter, heldOn, decisions.strip(), actor.userId(),
                    actor.displayName(), now, items);
        } catch (org.springframework.dao.DuplicateKeyException e) { // recorded by someone else a moment ago
            throw new ValidationException(List.of(Violation.of("rectification.meeting.exists", "quarter")));
        }
    }

    private void transition(ProblemRow p, long version, ProblemStatus to, ProblemAction action, String detail,
                            Actor actor) {
        Instant now = clock.instant();
        problems.update(p.with(to), version, now);
        problems.addEvent(p.id(), now, actor.userId(), actor.displayName(), action, p.status(), to,
                detail == null || detail.isBlank() ? null : detail.strip());
    }

    private ProblemRow load(ProblemId id, OrgScope scope) {
        return problems.find(id).filter(p -> scope.contains(p.unitCode()))
                .orElseThrow(() -> new NotFoundException("整改问题 " + id.value() + " 不存在"));
    }

    private OrgView unit(String code, OrgScope scope) {
        return orgs.find(code == null ? "" : code, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + code + " 不存在"));
    }

    private static void requireWorker(Actor actor, ProblemRow p) {
        if (!actor.can(Permission.GOAL_TABLE_EDIT) && !Objects.equals(p.ownerUserId(), actor.userId())) {
            throw forbidden();
        }
    }

    private static ForbiddenException forbidden() {
        return new ForbiddenException("您没有执行此整改操作的权限。");
    }

    private void owner(String unitCode, Long ownerUserId, List<Violation> v) {
        if (ownerUserId != null && users.membersOf(unitCode, OrgScope.unrestricted()).stream()
                .noneMatch(m -> m.id() == ownerUserId)) {
            v.add(Violation.of("rectification.owner.member", "ownerUserId"));
        }
    }

    private String assignment(String unitCode, Long ownerUserId, LocalDate deadline) {
        String owner = ownerUserId == null ? "（未指定）" : users.membersOf(unitCode, OrgScope.unrestricted()).stream()
                .filter(m -> m.id() == ownerUserId).map(UserQueries.Member::displayName).findFirst()
                .orElse("用户 " + ownerUserId);
        return "责任人 " + owner + "，时限 " + (deadline == null ? "（未定）" : deadline.toString());
    }

    /** A linked goal table or self-evaluation must be one of the unit-year's, within the scope. */
    private void links(String unitCode, NewProblem input, OrgScope scope, List<Violation> v) {
        if (input.goalTableId() != null && (input.goalTableId() <= 0 || goals
                .findTable(new org.jixiao.goals.domain.GoalTableId(input.goalTableId()), scope)
                .filter(t -> t.unitCode().equals(unitCode) && t.year().value() == input.year()).isEmpty())) {
            v.add(Violation.of("rectification.link.goalTable", "goalTableId"));
        }
        if (input.evaluationId() != null && (input.evaluationId() <= 0 || evaluations
                .find(new EvaluationId(input.evaluationId()), scope)
                .filter(e -> e.table().unitCode().equals(unitCode) && e.table().year().value() == input.year())
                .isEmpty())) {
            v.add(Violation.of("rectification.link.evaluation", "evaluationId"));
        }
    }

    private static void deadline(LocalDate deadline, List<Violation> v) {
        if (deadline != null && !FiscalYear.isValid(deadline.getYear())) {
            v.add(Violation.of("rectification.deadline.range", "deadline"));
        }
    }

    private static List<String> measures(List<String> measures, List<Violation> v) {
        List<String> cleaned = new ArrayList<>();
        if (measures == null) {
            return cleaned;
        }
        for (int i = 0; i < measures.size(); i++) {
            String m = measures.get(i);
            if (m == null || m.isBlank()) {
                continue;
            }
            if (m.strip().length() > MAX_LONG_TEXT) {
                v.add(Violation.of("rectification.text.long", "measures[" + i + "]", MAX_LONG_TEXT));
            }
            cleaned.add(m.strip());
        }
        if (cleaned.size() > MAX_MEASURES) {
            v.add(Violation.of("rectification.measures.many", "measures", MAX_MEASURES));
        }
        return cleaned;
    }

    private static void longText(String text) {
        List<Violation> v = new ArrayList<>();
        text(text, "note", false, MAX_LONG_TEXT, v);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private static void text(String text, String path, boolean required, int max, List<Violation> v) {
        if (text == null || text.isBlank()) {
            if (required) {
                v.add(Violation.of("rectification.text.required", path));
            }
        } else if (text.strip().length() > max) {
            v.add(Violation.of("rectification.text.long", path, max));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

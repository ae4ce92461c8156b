package org.jixiao.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.ReviewCase;
import org.jixiao.review.domain.ReviewChain;
import org.jixiao.review.domain.ReviewChains;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewRefusedException;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.ReviewStep;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.review.domain.Transition;
import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核: 送审, 撤回, 通过, 退回 and 调整 of goal tables, persisted. Every call names the acting user and that user's data
 * scope: a table outside the scope is "not found", a missing permission is refused with a Chinese reason
 * ({@link ForbiddenException}), a state that does not allow the action is a {@link ReviewRefusedException}, and a
 * case changed since the caller read it ({@code expectedVersion}) is a {@link ReviewConflictException} — also when
 * two reviewers decide at the same moment: the case row is written {@code where id = ? and version = ?}, so only
 * the first write counts. Each transition locks or unlocks the goal table, appends one event row and publishes
 * the domain {@link ReviewEvent} in the same transaction.
 */
@Service
@Transactional
public class ReviewService {

    /** Longest reason or opinion, in characters. */
    public static final int MAX_TEXT = 1000;

    private final ReviewCases cases;
    private final GoalTableQueries goals;
    private final GoalTableManagement goalManagement;
    private final CheckQueries checks;
    private final OrgQueries orgs;
    private final ReviewChains chains;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewCases cases, GoalTableQueries goals, GoalTableManagement goalManagement, CheckQueries checks,
                  OrgQueries orgs, ReviewChains chains, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.goals = goals;
        this.goalManagement = goalManagement;
        this.checks = checks;
        this.orgs = orgs;
        this.chains = chains;
        this.events = events;
        this.clock = clock;
    }

    /** The review status of a goal table as {@code actor} sees it (with the actions allowed to them now). */
    @Transactional(readOnly = true)
    public ReviewStatus status(long goalTableId, Actor actor, OrgScope scope) {
        GoalTableView table = table(goalTableId, scope);
        Optional<ReviewCases.Stored> stored = cases.find(ReviewSubject.goalTable(goalTableId));
        return status(table, stored, actor);
    }

    /** 送审: refused while the checks report an ERROR for the table. */
    public ReviewStatus submit(long goalTableId, long expectedVersion, Actor actor, OrgScope scope) {
        return act(goalTableId, expectedVersion, actor, scope, ReviewAction.SUBMIT, (ctx) -> {
            List<BlockingFinding> blocking = checks.check(ctx.table.id(), scope).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).map(ReviewService::blocking).toList();
            return ctx.reviewCase.submit(chainFor(ctx.table), actor, blocking, ctx.now);
        });
    }

    /** 撤回 by the submitter before the first decision. */
    public ReviewStatus withdraw(long goalTableId, long expectedVersion, Actor actor, OrgScope scope) {
        return act(goalTableId, expectedVersion, actor, scope, ReviewAction.WITHDRAW,
                ctx -> ctx.reviewCase.withdraw(actor, ctx.now));
    }

    /** 通过 at the current step, with opinions (may be empty). */
    public ReviewStatus approve(long goalTableId, long expectedVersion, List<ReviewOpinion> opinions, Actor actor,
                                OrgScope scope) {
        return act(goalTableId, expectedVersion, actor, scope, ReviewAction.APPROVE, ctx -> {
            checkOpinions(opinions, ctx.table);
            return ctx.reviewCase.approve(actor, opinions, ctx.now);
        });
    }

    /** 退回 at the current step with a reason: back to 草稿, editable again. */
    public ReviewStatus returnToDraft(long goalTableId, long expectedVersion, String reason,
                                      List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return act(goalTableId, expectedVersion, actor, scope, ReviewAction.RETURN, ctx -> {
            checkText(reason, "reason");
            checkOpinions(opinions, ctx.table);
            return ctx.reviewCase.returnToDraft(actor, reason, opinions, ctx.now);
        });
    }

    /**
     * 调整 an approved table with a reason: its approved content is kept as a snapshot of the round, and it becomes
     * an editable 草稿 of the next round that has to pass review again.
     */
    public ReviewStatus adjust(long goalTableId, long expectedVersion, String reason, Actor actor, OrgScope scope) {
        return act(goalTableId, expectedVersion, actor, scope, ReviewAction.ADJUST, ctx -> {
            checkText(reason, "reason");
            return ctx.reviewCase.adjust(actor, reason, ctx.now);
        });
    }

    /** Performs one action by its API name (submit, withdraw, approve, return, adjust). */
    public ReviewStatus perform(long goalTableId, ReviewAction action, long expectedVersion, String reason,
                                List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return switch (action) {
            case SUBMIT -> submit(goalTableId, expectedVersion, actor, scope);
            case WITHDRAW -> withdraw(goalTableId, expectedVersion, actor, scope);
            case APPROVE -> approve(goalTableId, expectedVersion, opinions, actor, scope);
            case RETURN -> returnToDraft(goalTableId, expectedVersion, reason, opinions, actor, scope);
            case ADJUST -> adjust(goalTableId, expectedVersion, reason, actor, scope);
        };
    }

    /**
     * 待办: goal tables waiting at a step whose permission {@code actor} holds, within the scope, and — for whoever
     * may submit — tables of the scope returned to 草稿. Oldest first.
     */
    @Transactional(readOnly = true)
    public List<ReviewTodo> todo(Actor actor, OrgScope scope) {
        List<ReviewTodo> todo = new ArrayList<>();
        for (ReviewCases.CaseLine line : todoLines(actor, scope)) {
            goals.find(new GoalTableId(line.subjectId()), scope).ifPresent(table -> todo.add(new ReviewTodo(
                    line.subjectId(), table.title(), table.unitCode(), table.unitName(), line.fiscalYear(),
                    line.statusLabel(), line.version(), line.updatedAt())));
        }
        todo.sort(Comparator.comparing(ReviewTodo::since));
        return todo;
    }

    /** Counts for the navigation and the home page. */
    @Transactional(readOnly = true)
    public ReviewCounts counts(Actor actor, OrgScope scope) {
        Map<ReviewState, Long> byState = cases.countByState(scope);
        return new ReviewCounts(todoLines(actor, scope).size(), byState.getOrDefault(ReviewState.PENDING, 0L),
                byState.getOrDefault(ReviewState.APPROVED, 0L), byState.getOrDefault(ReviewState.DRAFT, 0L));
    }

    /** The status labels of goal tables (草稿 for a table never submitted), for lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> statusLabels(List<Long> goalTableIds) {
        Map<Long, ReviewCases.CaseLine> lines = cases.bySubjects(SubjectKind.GOAL_TABLE, goalTableIds);
        Map<Long, String> labels = new java.util.HashMap<>();
        for (Long id : goalTableIds) {
            ReviewCases.CaseLine line = lines.get(id);
            labels.put(id, line == null ? ReviewState.DRAFT.label() : line.statusLabel());
        }
        return labels;
    }

    private List<ReviewCases.CaseLine> todoLines(Actor actor, OrgScope scope) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (actor.can(permission)) {
                held.add(permission);
            }
        }
        held.remove(Permission.GOAL_TABLE_READ);
        List<ReviewCases.CaseLine> lines = new ArrayList<>(cases.awaiting(held, actor.userId(), scope));
        if (actor.can(Permission.GOAL_TABLE_SUBMIT)) {
            lines.addAll(cases.returned(scope));
        }
        return lines;
    }

    /** What one action needs: the table, the stored case (or a fresh draft) and the time. */
    private record Context(GoalTableView table, ReviewCase reviewCase, Instant now) {
    }

    private ReviewStatus act(long goalTableId, long expectedVersion, Actor actor, OrgScope scope, ReviewAction action,
                             Function<Context, Transition> transition) {
        GoalTableView table = table(goalTableId, scope);
        ReviewSubject subject = ReviewSubject.goalTable(goalTableId);
        Instant now = clock.instant();
        Optional<ReviewCases.Stored> stored = cases.find(subject);
        ReviewCase current = stored.map(ReviewCases.Stored::reviewCase).orElseGet(() -> ReviewCase.open(subject));
        if (current.version() != expectedVersion) {
            throw new ReviewConflictException(goalTableId, expectedVersion, current.version());
        }
        Transition result;
        try {
            result = transition.apply(new Context(table, current, now));
        } catch (ReviewRefusedException e) {
            if (e.key().equals("review.permission") || e.key().equals("review.withdraw.not-submitter")
                    || e.key().equals("review.decide.own-submission")) {
                throw new ForbiddenException(e.getMessage() + "。");
            }
            throw e;
        }
        long caseId;
        if (stored.isPresent()) {
            caseId = stored.get().id();
        } else {
            try {
                caseId = cases.insert(subject, table.unitCode(), table.year(), now);
            } catch (DuplicateKeyException e) {
                throw new ReviewConflictException(goalTableId, expectedVersion, expectedVersion + 1);
            }
        }
        boolean written;
        try {
            written = cases.update(caseId, expectedVersion, result.reviewCase(), action == ReviewAction.RETURN, now);
        } catch (ConcurrencyFailureException e) {
            // a database that gives up waiting for the other writer's row lock (H2): the same conflict; the
            // transaction may be unusable now, so do not read the current version
            throw new ReviewConflictException(goalTableId, expectedVersion, expectedVersion + 1);
        }
        if (!written) {
            throw new ReviewConflictException(goalTableId, expectedVersion,
                    cases.currentVersion(caseId).orElse(expectedVersion + 1));
        }
        cases.append(caseId, result.event());
        switch (action) {
            case SUBMIT -> goalManagement.lock(table.id());
            case WITHDRAW, RETURN -> goalManagement.unlock(table.id());
            case ADJUST -> {
                String content = goals.snapshot(table.id(), scope).orElseThrow();
                cases.insertSnapshot(caseId, current.round(), ((ReviewEvent.Adjusted) result.event()).reason(),
                        content, actor.userId(), actor.displayName(), now);
                goalManagement.unlock(table.id());
            }
            case APPROVE -> {
                // stays read-only; after the last step it is 已批复
            }
        }
        events.publishEvent(result.event());
        return status(table, cases.find(subject), actor);
    }

    private ReviewStatus status(GoalTableView table, Optional<ReviewCases.Stored> stored, Actor actor) {
        ReviewCase reviewCase = stored.map(ReviewCases.Stored::reviewCase)
                .orElseGet(() -> ReviewCase.open(ReviewSubject.goalTable(table.id().value())));
        boolean returned = stored.map(ReviewCases.Stored::returned).orElse(false);
        ReviewChain chain = reviewCase.state() == ReviewState.DRAFT || reviewCase.chain() == null
                ? chainFor(table) : reviewCase.chain();
        Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
        boolean drafter = actor.can(reviewCase.subject().kind().submitPermission());
        switch (reviewCase.state()) {
            case DRAFT -> {
                if (drafter) {
                    actions.add(ReviewAction.SUBMIT);
                }
            }
            case PENDING -> {
                if (reviewCase.awaits(actor)) {
                    actions.add(ReviewAction.APPROVE);
                    actions.add(ReviewAction.RETURN);
                }
                if (drafter && reviewCase.stepIndex() == 0 && reviewCase.submitter().orElse(-1L) == actor.userId()) {
                    actions.add(ReviewAction.WITHDRAW);
                }
            }
            case APPROVED -> {
                if (drafter) {
                    actions.add(ReviewAction.ADJUST);
                }
            }
        }
        String label = reviewCase.state() == ReviewState.DRAFT && returned ? "已退回（草稿）" : reviewCase.statusLabel();
        List<ReviewHistoryEntry> history = reviewCase.history().stream().map(ReviewService::entry).toList();
        List<ReviewSnapshot> snapshots = stored.map(s -> cases.snapshots(s.id())).orElse(List.of());
        return new ReviewStatus(table.id().value(), reviewCase.state(), label,
                reviewCase.currentStep().map(ReviewStep::name).orElse(null),
                chain.steps().stream().map(ReviewStep::name).toList(), reviewCase.stepIndex(), reviewCase.round(),
                reviewCase.version(), returned, actions, history, snapshots);
    }

    private static ReviewHistoryEntry entry(ReviewEvent event) {
        if (event instanceof ReviewEvent.Decided d) {
            return new ReviewHistoryEntry(d.round(), d.version(), d.at(), d.actorId(), d.actorName(),
                    d.outcome().label(), d.step(), d.reason(), d.opinions(), d.finalStep());
        }
        if (event instanceof ReviewEvent.Adjusted a) {
            return new ReviewHistoryEntry(a.round(), a.version(), a.at(), a.actorId(), a.actorName(), "调整", "",
                    a.reason(), List.of(), false);
        }
        String action = event instanceof ReviewEvent.Submitted ? "送审" : "撤回";
        return new ReviewHistoryEntry(event.round(), event.version(), event.at(), event.actorId(), event.actorName(),
                action, "", "", List.of(), false);
    }

    private GoalTableView table(long goalTableId, OrgScope scope) {
        if (goalTableId <= 0) {
            throw new NotFoundException("目标表 " + goalTableId + " 不存在");
        }
        return goals.find(new GoalTableId(goalTableId), scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + goalTableId + " 不存在"));
    }

    /** The chain configured now for the table's 财政区划 and year. */
    private ReviewChain chainFor(GoalTableView table) {
        Optional<RegionCode> region = orgs.find(table.unitCode()).map(OrgView::regionCode).map(RegionCode::new);
        return region.map(r -> chains.forRegion(r, table.year()))
                .orElseGet(() -> chains.chains().stream().filter(c -> c.region() == null && c.year() == null)
                        .findFirst().orElseThrow());
    }

    private static BlockingFinding blocking(Finding finding) {
        String location = finding.location().row() == null ? ""
                : "第" + (finding.location().row() + 1) + "行";
        return new BlockingFinding(finding.rule().name(), location, finding.message());
    }

    private static void checkText(String text, String path) {
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new ValidationException(List.of(Violation.of("review.text.too-long", path, MAX_TEXT)));
        }
    }

    private static void checkOpinions(List<ReviewOpinion> opinions, GoalTableView table) {
        List<Violation> violations = new ArrayList<>();
        int rows = table.content().indicators().size();
        for (int i = 0; i < opinions.size(); i++) {
            ReviewOpinion opinion = opinions.get(i);
            if (opinion.text().codePointCount(0, opinion.text().length()) > MAX_TEXT) {
                violations.add(Violation.of("review.text.too-long", "opinions[" + i + "].text", MAX_TEXT));
            }
            if (opinion.row() != null && opinion.row() >= rows) {
                violations.add(Violation.of("review.opinion.row-unknown", "opinions[" + i + "].row",
                        opinion.row() + 1));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}

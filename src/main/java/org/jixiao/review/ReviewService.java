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
import org.jixiao.shared.FiscalYear;
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
 * 审核: 送审, 撤回, 通过, 退回 and 调整 of any reviewable subject (goal tables, self-evaluations, …), persisted. The
 * subject's own module tells the workflow what it needs through a {@link ReviewSubjectProvider} bean (unit, lock,
 * snapshot, blocking findings, title and link); this module depends on none of them. Every call names the acting
 * user and that user's data scope: a subject outside the scope is "not found", a missing permission is refused
 * with a Chinese reason ({@link ForbiddenException}), a state that does not allow the action is a
 * {@link ReviewRefusedException}, and a case changed since the caller read it ({@code expectedVersion}) is a
 * {@link ReviewConflictException} — also when two reviewers decide at the same moment: the case row is written
 * {@code where id = ? and version = ?}, so only the first write counts. Each transition locks or unlocks the
 * subject, appends one event row and publishes the domain {@link ReviewEvent} in the same transaction. The
 * methods taking a bare {@code long} id are those of goal tables.
 */
@Service
@Transactional
public class ReviewService {

    /** Longest reason or opinion, in characters. */
    public static final int MAX_TEXT = 1000;

    private final ReviewCases cases;
    private final ReviewSubjects subjects;
    private final OrgQueries orgs;
    private final ReviewChains chains;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(ReviewCases cases, ReviewSubjects subjects, OrgQueries orgs, ReviewChains chains,
                  ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.subjects = subjects;
        this.orgs = orgs;
        this.chains = chains;
        this.events = events;
        this.clock = clock;
    }

    /** The review status of a goal table as {@code actor} sees it (with the actions allowed to them now). */
    @Transactional(readOnly = true)
    public ReviewStatus status(long goalTableId, Actor actor, OrgScope scope) {
        return status(ReviewSubject.goalTable(goalTableId), actor, scope);
    }

    /** The review status of a subject as {@code actor} sees it (with the actions allowed to them now). */
    @Transactional(readOnly = true)
    public ReviewStatus status(ReviewSubject subject, Actor actor, OrgScope scope) {
        ReviewSubjectInfo info = info(subject, scope);
        return status(subject, info, cases.find(subject), actor);
    }

    /**
     * The state of a subject's case (草稿 when it never went through review). No scope: the caller has found the
     * subject within its scope already (e.g. a self-evaluation asking whether its goal table is 已批复).
     */
    @Transactional(readOnly = true)
    public ReviewState state(ReviewSubject subject) {
        return cases.find(subject).map(s -> s.reviewCase().state()).orElse(ReviewState.DRAFT);
    }

    /** Whether the subject may be edited: true unless submitted or approved (no case yet is 草稿). */
    @Transactional(readOnly = true)
    public boolean editable(ReviewSubject subject) {
        return cases.find(subject).map(s -> s.reviewCase().editable()).orElse(true);
    }

    public ReviewStatus submit(long goalTableId, long expectedVersion, Actor actor, OrgScope scope) {
        return submit(ReviewSubject.goalTable(goalTableId), expectedVersion, actor, scope);
    }

    /** 送审: refused while the subject has blocking findings (for goal tables: ERROR findings of the checks). */
    public ReviewStatus submit(ReviewSubject subject, long expectedVersion, Actor actor, OrgScope scope) {
        return act(subject, expectedVersion, actor, scope, ReviewAction.SUBMIT, ctx -> {
            List<BlockingFinding> blocking = subjects.blocking(subject.kind(), subject.id(), scope);
            return ctx.reviewCase.submit(chainFor(ctx.info), actor, blocking, ctx.now);
        });
    }

    public ReviewStatus withdraw(long goalTableId, long expectedVersion, Actor actor, OrgScope scope) {
        return withdraw(ReviewSubject.goalTable(goalTableId), expectedVersion, actor, scope);
    }

    /** 撤回 by the submitter before the first decision. */
    public ReviewStatus withdraw(ReviewSubject subject, long expectedVersion, Actor actor, OrgScope scope) {
        return act(subject, expectedVersion, actor, scope, ReviewAction.WITHDRAW,
                ctx -> ctx.reviewCase.withdraw(actor, ctx.now));
    }

    public ReviewStatus approve(long goalTableId, long expectedVersion, List<ReviewOpinion> opinions, Actor actor,
                                OrgScope scope) {
        return approve(ReviewSubject.goalTable(goalTableId), expectedVersion, opinions, actor, scope);
    }

    /** 通过 at the current step, with opinions (may be empty). */
    public ReviewStatus approve(ReviewSubject subject, long expectedVersion, List<ReviewOpinion> opinions,
                                Actor actor, OrgScope scope) {
        return act(subject, expectedVersion, actor, scope, ReviewAction.APPROVE, ctx -> {
            checkOpinions(opinions, ctx.info);
            return ctx.reviewCase.approve(actor, opinions, ctx.now);
        });
    }

    public ReviewStatus returnToDraft(long goalTableId, long expectedVersion, String reason,
                                      List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return returnToDraft(ReviewSubject.goalTable(goalTableId), expectedVersion, reason, opinions, actor, scope);
    }

    /** 退回 at the current step with a reason: back to 草稿, editable again. */
    public ReviewStatus returnToDraft(ReviewSubject subject, long expectedVersion, String reason,
                                      List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return act(subject, expectedVersion, actor, scope, ReviewAction.RETURN, ctx -> {
            checkText(reason, "reason");
            checkOpinions(opinions, ctx.info);
            return ctx.reviewCase.returnToDraft(actor, reason, opinions, ctx.now);
        });
    }

    public ReviewStatus adjust(long goalTableId, long expectedVersion, String reason, Actor actor, OrgScope scope) {
        return adjust(ReviewSubject.goalTable(goalTableId), expectedVersion, reason, actor, scope);
    }

    /**
     * 调整 an approved subject with a reason: its approved content is kept as a snapshot of the round, and it
     * becomes an editable 草稿 of the next round that has to pass review again.
     */
    public ReviewStatus adjust(ReviewSubject subject, long expectedVersion, String reason, Actor actor,
                               OrgScope scope) {
        return act(subject, expectedVersion, actor, scope, ReviewAction.ADJUST, ctx -> {
            checkText(reason, "reason");
            return ctx.reviewCase.adjust(actor, reason, ctx.now);
        });
    }

    /** Performs one action on a goal table by its API name (submit, withdraw, approve, return, adjust). */
    public ReviewStatus perform(long goalTableId, ReviewAction action, long expectedVersion, String reason,
                                List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return perform(ReviewSubject.goalTable(goalTableId), action, expectedVersion, reason, opinions, actor, scope);
    }

    /** Performs one action by its API name (submit, withdraw, approve, return, adjust). */
    public ReviewStatus perform(ReviewSubject subject, ReviewAction action, long expectedVersion, String reason,
                                List<ReviewOpinion> opinions, Actor actor, OrgScope scope) {
        return switch (action) {
            case SUBMIT -> submit(subject, expectedVersion, actor, scope);
            case WITHDRAW -> withdraw(subject, expectedVersion, actor, scope);
            case APPROVE -> approve(subject, expectedVersion, opinions, actor, scope);
            case RETURN -> returnToDraft(subject, expectedVersion, reason, opinions, actor, scope);
            case ADJUST -> adjust(subject, expectedVersion, reason, actor, scope);
        };
    }

    /**
     * 待办: subjects of every registered kind waiting at a step whose permission {@code actor} holds, within the
     * scope, and — for whoever may submit that kind — subjects of the scope returned to 草稿. Oldest first.
     */
    @Transactional(readOnly = true)
    public List<ReviewTodo> todo(Actor actor, OrgScope scope) {
        List<ReviewTodo> todo = new ArrayList<>();
        for (ReviewCases.CaseLine line : todoLines(actor, scope)) {
            subjects.provider(line.kind()).flatMap(p -> p.find(line.subjectId(), scope))
                    .ifPresent(info -> todo.add(new ReviewTodo(line.kind(), line.subjectId(), info.title(),
                            info.link(), info.unitCode(), info.unitName(), line.fiscalYear(), line.statusLabel(),
                            line.version(), line.updatedAt())));
        }
        todo.sort(Comparator.comparing(ReviewTodo::since));
        return todo;
    }

    /** Counts for the navigation and the home page (subjects of every kind). */
    @Transactional(readOnly = true)
    public ReviewCounts counts(Actor actor, OrgScope scope) {
        Map<ReviewState, Long> byState = cases.countByState(scope);
        return new ReviewCounts(todoLines(actor, scope).size(), byState.getOrDefault(ReviewState.PENDING, 0L),
                byState.getOrDefault(ReviewState.APPROVED, 0L), byState.getOrDefault(ReviewState.DRAFT, 0L));
    }

    /** The status labels of goal tables (草稿 for a table never submitted), for lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> statusLabels(List<Long> goalTableIds) {
        return statusLabels(SubjectKind.GOAL_TABLE, goalTableIds);
    }

    /** The status labels of subjects of one kind (草稿 for one never submitted), for lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> statusLabels(SubjectKind kind, List<Long> ids) {
        Map<Long, ReviewCases.CaseLine> lines = cases.bySubjects(kind, ids);
        Map<Long, String> labels = new java.util.LinkedHashMap<>();
        for (Long id : ids) {
            ReviewCases.CaseLine line = lines.get(id);
            labels.put(id, line == null ? ReviewState.DRAFT.label() : line.statusLabel());
        }
        return labels;
    }

    /** The status labels of a unit-year's subjects of one kind, as listed by its provider. */
    @Transactional(readOnly = true)
    public Map<Long, String> statusLabels(SubjectKind kind, String unitCode, FiscalYear year, OrgScope scope) {
        return statusLabels(kind, subjects.require(kind).listed(unitCode, year, scope));
    }

    private List<ReviewCases.CaseLine> todoLines(Actor actor, OrgScope scope) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (actor.can(permission)) {
                held.add(permission);
            }
        }
        held.remove(Permission.GOAL_TABLE_READ);
        List<ReviewCases.CaseLine> lines = new ArrayList<>();
        for (ReviewCases.CaseLine line : cases.awaiting(held, actor.userId(), scope)) {
            if (subjects.provider(line.kind()).isPresent()) {
                lines.add(line);
            }
        }
        for (ReviewCases.CaseLine line : cases.returned(scope)) {
            if (subjects.provider(line.kind()).isPresent() && actor.can(line.kind().submitPermission())) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** What one action needs: the subject, the stored case (or a fresh draft) and the time. */
    private record Context(ReviewSubjectInfo info, ReviewCase reviewCase, Instant now) {
    }

    private ReviewStatus act(ReviewSubject subject, long expectedVersion, Actor actor, OrgScope scope,
                             ReviewAction action, Function<Context, Transition> transition) {
        ReviewSubjectProvider provider = subjects.require(subject.kind());
        ReviewSubjectInfo info = info(subject, scope);
        Instant now = clock.instant();
        Optional<ReviewCases.Stored> stored = cases.find(subject);
        ReviewCase current = stored.map(ReviewCases.Stored::reviewCase).orElseGet(() -> ReviewCase.open(subject));
        if (current.version() != expectedVersion) {
            throw new ReviewConflictException(subject.kind(), subject.id(), expectedVersion, current.version());
        }
        Transition result;
        try {
            result = transition.apply(new Context(info, current, now));
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
                caseId = cases.insert(subject, info.unitCode(), info.year(), now);
            } catch (DuplicateKeyException e) {
                throw new ReviewConflictException(subject.kind(), subject.id(), expectedVersion, expectedVersion + 1);
            }
        }
        boolean written;
        try {
            written = cases.update(caseId, expectedVersion, result.reviewCase(), action == ReviewAction.RETURN, now);
        } catch (ConcurrencyFailureException e) {
            // a database that gives up waiting for the other writer's row lock (H2): the same conflict; the
            // transaction may be unusable now, so do not read the current version
            throw new ReviewConflictException(subject.kind(), subject.id(), expectedVersion, expectedVersion + 1);
        }
        if (!written) {
            throw new ReviewConflictException(subject.kind(), subject.id(), expectedVersion,
                    cases.currentVersion(caseId).orElse(expectedVersion + 1));
        }
        cases.append(caseId, result.event());
        switch (action) {
            case SUBMIT -> provider.lock(subject.id());
            case WITHDRAW, RETURN -> provider.unlock(subject.id());
            case ADJUST -> {
                String content = provider.snapshot(subject.id(), scope);
                cases.insertSnapshot(caseId, current.round(), ((ReviewEvent.Adjusted) result.event()).reason(),
                        content, actor.userId(), actor.displayName(), now);
                provider.unlock(subject.id());
            }
            case APPROVE -> {
                // stays read-only; after the last step it is 已批复
            }
        }
        events.publishEvent(result.event());
        return status(subject, info, cases.find(subject), actor);
    }

    private ReviewStatus status(ReviewSubject subject, ReviewSubjectInfo info, Optional<ReviewCases.Stored> stored,
                                Actor actor) {
        ReviewCase reviewCase = stored.map(ReviewCases.Stored::reviewCase).orElseGet(() -> ReviewCase.open(subject));
        boolean returned = stored.map(ReviewCases.Stored::returned).orElse(false);
        ReviewChain chain = reviewCase.state() == ReviewState.DRAFT || reviewCase.chain() == null
                ? chainFor(info) : reviewCase.chain();
        Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
        boolean drafter = actor.can(subject.kind().submitPermission());
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
        return new ReviewStatus(subject.kind(), subject.id(), reviewCase.state(), label,
                reviewCase.currentStep().map(ReviewStep::name).orElse(null),
                chain.steps().stream().map(ReviewStep::name).toList(), reviewCase.stepIndex(), reviewCase.round(),
                reviewCase.version(), returned, actions, history, snapshots, info.link(), info.rows());
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

    private ReviewSubjectInfo info(ReviewSubject subject, OrgScope scope) {
        return subjects.require(subject.kind()).find(subject.id(), scope)
                .orElseThrow(() -> new NotFoundException(subject.kind().noun() + " " + subject.id() + " 不存在"));
    }

    /** The chain configured now for the subject's 财政区划 and year. */
    private ReviewChain chainFor(ReviewSubjectInfo info) {
        Optional<RegionCode> region = orgs.find(info.unitCode()).map(OrgView::regionCode).map(RegionCode::new);
        return region.map(r -> chains.forRegion(r, info.year()))
                .orElseGet(() -> chains.chains().stream().filter(c -> c.region() == null && c.year() == null)
                        .findFirst().orElseThrow());
    }

    private static void checkText(String text, String path) {
        if (text != null && text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw new ValidationException(List.of(Violation.of("review.text.too-long", path, MAX_TEXT)));
        }
    }

    private static void checkOpinions(List<ReviewOpinion> opinions, ReviewSubjectInfo info) {
        List<Violation> violations = new ArrayList<>();
        int rows = info.rows();
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

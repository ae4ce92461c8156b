package org.jixiao.review.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.shared.VersionConflictException;

/**
 * 审核案卷: the review state of one subject, immutable. Every transition checks who acts and in which state,
 * and returns the new case with its event; a refusal throws {@link ReviewRefusedException} and changes
 * nothing. The caller supplies the time, so the workflow never reads a clock.
 *
 * <p>{@code version} grows by one on every transition: the persistence layer stores it as the optimistic lock,
 * so of two reviewers deciding the same step at once only the first write succeeds. {@code round} is the
 * 调整 round (1 for the original approval); {@code history} holds the events of all rounds, oldest first.
 *
 * @param chain       the chain of the last 送审; null until the first
 * @param stepIndex   while {@link ReviewState#PENDING}, the step waiting for a decision; otherwise 0
 * @param submitterId who submitted, while pending or approved; null in 草稿
 */
public record ReviewCase(ReviewSubject subject, ReviewState state, ReviewChain chain, int stepIndex, int round,
                         long version, Long submitterId, List<ReviewEvent> history) {

    /** Findings listed by name in a refusal; more are counted only, so the message stays readable. */
    private static final int FINDINGS_SHOWN = 3;

    public ReviewCase {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
        if (round < 1 || version < 0) {
            throw new IllegalArgumentException("round starts at 1 and version at 0: " + round + ", " + version);
        }
        if (state == ReviewState.PENDING) {
            if (chain == null || stepIndex < 0 || stepIndex >= chain.size()) {
                throw new IllegalArgumentException("a pending case waits at a step of its chain: " + stepIndex);
            }
        } else if (stepIndex != 0) {
            throw new IllegalArgumentException("only a pending case has a current step");
        }
        if (state == ReviewState.APPROVED && chain == null) {
            throw new IllegalArgumentException("an approved case has passed a chain");
        }
        if ((state == ReviewState.DRAFT) != (submitterId == null)) {
            throw new IllegalArgumentException("a submitter exists exactly while the case is not a draft");
        }
    }

    /** A new subject: 草稿, round 1, version 0, no history. */
    public static ReviewCase open(ReviewSubject subject) {
        return new ReviewCase(subject, ReviewState.DRAFT, null, 0, 1, 0, null, List.of());
    }

    /**
     * 送审: 草稿 → pending at the first step of {@code chain} (the chain configured now, which may differ from
     * the one of an earlier round).
     *
     * @param blocking the subject's ERROR findings of the check engine; any one refuses the submission
     */
    public Transition submit(ReviewChain chain, Actor actor, List<BlockingFinding> blocking, Instant at) {
        Objects.requireNonNull(chain, "chain");
        requireState(ReviewState.DRAFT, "送审");
        requirePermission(actor, subject.kind().submitPermission(), "送审");
        if (!blocking.isEmpty()) {
            throw new ReviewRefusedException("review.submit.blocking-findings", blockingMessage(blocking),
                    blocking.size());
        }
        ReviewEvent event = new ReviewEvent.Submitted(subject, round, version + 1, actor.userId(),
                actor.displayName(), at, chain.steps().stream().map(ReviewStep::name).toList());
        return next(ReviewState.PENDING, chain, 0, round, actor.userId(), event);
    }

    /** 撤回: pending at the first step and undecided → 草稿; only the submitter may. */
    public Transition withdraw(Actor actor, Instant at) {
        requireState(ReviewState.PENDING, "撤回");
        if (stepIndex > 0) {
            throw new ReviewRefusedException("review.withdraw.after-decision",
                    "“" + chain.step(0).name() + "”已作出决定，不能撤回", chain.step(0).name());
        }
        if (actor.userId() != submitterId) {
            throw new ReviewRefusedException("review.withdraw.not-submitter", "只有送审人本人可以撤回");
        }
        requirePermission(actor, subject.kind().submitPermission(), "撤回");
        ReviewEvent event = new ReviewEvent.Withdrawn(subject, round, version + 1, actor.userId(),
                actor.displayName(), at);
        return next(ReviewState.DRAFT, chain, 0, round, null, event);
    }

    /** 通过 at the current step: on to the next step, or 已批复 after the last. */
    public Transition approve(Actor actor, List<ReviewOpinion> opinions, Instant at) {
        ReviewStep step = requireDecidableBy(actor, Outcome.APPROVED);
        boolean last = stepIndex == chain.size() - 1;
        ReviewEvent event = new ReviewEvent.Decided(subject, round, version + 1, actor.userId(),
                actor.displayName(), at, stepIndex, step.name(), Outcome.APPROVED, "", opinions, last);
        return last ? next(ReviewState.APPROVED, chain, 0, round, submitterId, event)
                : next(ReviewState.PENDING, chain, stepIndex + 1, round, submitterId, event);
    }

    /** 退回 at the current step, with a reason: back to 草稿 in the same round. */
    public Transition returnToDraft(Actor actor, String reason, List<ReviewOpinion> opinions, Instant at) {
        ReviewStep step = requireDecidableBy(actor, Outcome.RETURNED);
        String why = requireReason(reason, "review.return.reason-required", "退回须填写理由");
        ReviewEvent event = new ReviewEvent.Decided(subject, round, version + 1, actor.userId(),
                actor.displayName(), at, stepIndex, step.name(), Outcome.RETURNED, why, opinions, false);
        return next(ReviewState.DRAFT, chain, 0, round, null, event);
    }

    /**
     * 调整: reopens an approved subject as 草稿 of round n+1, with a reason. The old round's events stay in the
     * history; the caller keeps the approved content as a version of its own.
     */
    public Transition adjust(Actor actor, String reason, Instant at) {
        requireState(ReviewState.APPROVED, "调整");
        requirePermission(actor, subject.kind().submitPermission(), "调整");
        String why = requireReason(reason, "review.adjust.reason-required", "调整须填写理由");
        ReviewEvent event = new ReviewEvent.Adjusted(subject, round + 1, version + 1, actor.userId(),
                actor.displayName(), at, why);
        return next(ReviewState.DRAFT, chain, 0, round + 1, null, event);
    }

    /**
     * Refuses to act on a case read before someone else changed it (the version the user's page was built
     * from against this one), so the second of two concurrent reviewers gets a clear message.
     */
    public ReviewCase requireVersion(long expected) {
        if (expected != version) {
            throw new VersionConflictException("审核 " + subject.kind().label() + " " + subject.id(), expected,
                    version);
        }
        return this;
    }

    /** The step waiting for a decision, while pending. */
    public Optional<ReviewStep> currentStep() {
        return state == ReviewState.PENDING ? Optional.of(chain.step(stepIndex)) : Optional.empty();
    }

    /** Whether {@code actor} could decide now; the 待办 list is the cases where this holds. */
    public boolean awaits(Actor actor) {
        return state == ReviewState.PENDING && actor.can(chain.step(stepIndex).permission())
                && (submitterId == null || submitterId != actor.userId());
    }

    /** Submitted and approved subjects are read-only; only 草稿 may be edited. */
    public boolean editable() {
        return state == ReviewState.DRAFT;
    }

    /** 草稿, 已送审 (pending at the first step), 待财务复核 …, 已批复. */
    public String statusLabel() {
        if (state != ReviewState.PENDING) {
            return state.label();
        }
        return stepIndex == 0 ? "已送审（待" + chain.step(0).name() + "）" : "待" + chain.step(stepIndex).name();
    }

    /** The events of one round, oldest first. */
    public List<ReviewEvent> history(int ofRound) {
        return history.stream().filter(e -> e.round() == ofRound).toList();
    }

    public Optional<Long> submitter() {
        return Optional.ofNullable(submitterId);
    }

    private ReviewStep requireDecidableBy(Actor actor, Outcome outcome) {
        requireState(ReviewState.PENDING, outcome.label());
        ReviewStep step = chain.step(stepIndex);
        requirePermission(actor, step.permission(), step.name());
        // 不相容职务分离: whoever submitted a subject may not also decide on it, even holding the step's role
        if (submitterId != null && actor.userId() == submitterId) {
            throw new ReviewRefusedException("review.decide.own-submission", "不能审核本人送审的" + subject.kind().label());
        }
        return step;
    }

    private void requireState(ReviewState expected, String action) {
        if (state != expected) {
            throw new ReviewRefusedException("review.state." + state.name().toLowerCase(Locale.ROOT),
                    statusLabel() + "状态下不能" + action, state, action);
        }
    }

    private static void requirePermission(Actor actor, Permission permission, String action) {
        if (!actor.can(permission)) {
            throw new ReviewRefusedException("review.permission", "没有“" + action + "”的权限（" + permission.code()
                    + "）", action, permission.code());
        }
    }

    private static String requireReason(String reason, String key, String message) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefusedException(key, message);
        }
        return reason.strip();
    }

    private static String blockingMessage(List<BlockingFinding> blocking) {
        StringBuilder text = new StringBuilder("有 ").append(blocking.size()).append(" 个错误须先修改，不能送审：");
        for (int i = 0; i < Math.min(FINDINGS_SHOWN, blocking.size()); i++) {
            BlockingFinding finding = blocking.get(i);
            text.append(i == 0 ? "" : "；");
            if (!finding.location().isEmpty()) {
                text.append(finding.location()).append(' ');
            }
            text.append(finding.message());
        }
        if (blocking.size() > FINDINGS_SHOWN) {
            text.append(" 等");
        }
        return text.toString();
    }

    private Transition next(ReviewState newState, ReviewChain newChain, int newStep, int newRound, Long submitter,
                            ReviewEvent event) {
        List<ReviewEvent> events = new ArrayList<>(history);
        events.add(event);
        return new Transition(new ReviewCase(subject, newState, newChain, newStep, newRound, version + 1,
                submitter, events), event);
    }
}

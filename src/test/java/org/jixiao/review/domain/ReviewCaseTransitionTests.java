package org.jixiao.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.review.domain.Fixtures.ADMIN;
import static org.jixiao.review.domain.Fixtures.BUREAU;
import static org.jixiao.review.domain.Fixtures.BUSINESS;
import static org.jixiao.review.domain.Fixtures.DRAFTER;
import static org.jixiao.review.domain.Fixtures.FINANCE;
import static org.jixiao.review.domain.Fixtures.NOBODY;
import static org.jixiao.review.domain.Fixtures.OTHER_DRAFTER;
import static org.jixiao.review.domain.Fixtures.PERFORMANCE;
import static org.jixiao.review.domain.Fixtures.REVIEWERS;
import static org.jixiao.review.domain.Fixtures.STANDARD;
import static org.jixiao.review.domain.Fixtures.approved;
import static org.jixiao.review.domain.Fixtures.at;
import static org.jixiao.review.domain.Fixtures.draft;
import static org.jixiao.review.domain.Fixtures.pendingAt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jixiao.orgs.domain.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every transition of the standard chain, allowed and refused, as tables: the starting case, the action, and
 * what must come of it.
 */
class ReviewCaseTransitionTests {

    private static final List<BlockingFinding> NONE = List.of();
    private static final List<BlockingFinding> ONE_ERROR =
            List.of(new BlockingFinding("MISSING_INDICATOR", "第2行", "缺少产出指标"));

    /** Starting case, action, expected state and step after it, expected event type. */
    static Stream<Arguments> allowed() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(row("送审 草稿 → 已送审", Fixtures::draft,
                c -> c.submit(STANDARD, DRAFTER, NONE, at(10)), ReviewState.PENDING, 0,
                ReviewEvent.Submitted.class));
        rows.add(row("送审 by another drafter of the unit", Fixtures::draft,
                c -> c.submit(STANDARD, OTHER_DRAFTER, NONE, at(10)), ReviewState.PENDING, 0,
                ReviewEvent.Submitted.class));
        rows.add(row("撤回 by the submitter before any decision", () -> pendingAt(0),
                c -> c.withdraw(DRAFTER, at(10)), ReviewState.DRAFT, 0, ReviewEvent.Withdrawn.class));
        for (int i = 0; i < STANDARD.size(); i++) {
            int step = i;
            Actor reviewer = REVIEWERS.get(i);
            boolean last = i == STANDARD.size() - 1;
            rows.add(row("通过 at " + STANDARD.step(i).name(), () -> pendingAt(step),
                    c -> c.approve(reviewer, List.of(), at(10)),
                    last ? ReviewState.APPROVED : ReviewState.PENDING, last ? 0 : i + 1,
                    ReviewEvent.Decided.class));
            rows.add(row("退回 at " + STANDARD.step(i).name(), () -> pendingAt(step),
                    c -> c.returnToDraft(reviewer, "指标值不合理", List.of(), at(10)), ReviewState.DRAFT, 0,
                    ReviewEvent.Decided.class));
            rows.add(row("通过 at " + STANDARD.step(i).name() + " by 系统管理员 (holds every permission)",
                    () -> pendingAt(step), c -> c.approve(ADMIN, List.of(), at(10)),
                    last ? ReviewState.APPROVED : ReviewState.PENDING, last ? 0 : i + 1,
                    ReviewEvent.Decided.class));
        }
        rows.add(row("调整 of 已批复", Fixtures::approved, c -> c.adjust(DRAFTER, "预算调减", at(10)),
                ReviewState.DRAFT, 0, ReviewEvent.Adjusted.class));
        rows.add(row("送审 again after 退回", () -> pendingAt(2).returnToDraft(PERFORMANCE, "补充", List.of(),
                at(5)).reviewCase(), c -> c.submit(STANDARD, DRAFTER, NONE, at(10)), ReviewState.PENDING, 0,
                ReviewEvent.Submitted.class));
        rows.add(row("送审 again after 撤回", () -> pendingAt(0).withdraw(DRAFTER, at(5)).reviewCase(),
                c -> c.submit(STANDARD, DRAFTER, NONE, at(10)), ReviewState.PENDING, 0,
                ReviewEvent.Submitted.class));
        rows.add(row("送审 after 调整", () -> approved().adjust(DRAFTER, "预算调减", at(9)).reviewCase(),
                c -> c.submit(STANDARD, DRAFTER, NONE, at(10)), ReviewState.PENDING, 0,
                ReviewEvent.Submitted.class));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allowed")
    void allowedTransition(String name, Supplier<ReviewCase> start, Function<ReviewCase, Transition> action,
                           ReviewState state, int step, Class<?> eventType) {
        ReviewCase before = start.get();
        Transition t = action.apply(before);

        assertThat(t.reviewCase().state()).isEqualTo(state);
        assertThat(t.reviewCase().stepIndex()).isEqualTo(step);
        assertThat(t.event()).isInstanceOf(eventType);
        assertThat(t.reviewCase().version()).isEqualTo(before.version() + 1);
        assertThat(t.event().version()).isEqualTo(t.reviewCase().version());
        assertThat(t.event().at()).isEqualTo(at(10));
        assertThat(t.event().subject()).isEqualTo(before.subject());
        assertThat(t.reviewCase().history()).hasSize(before.history().size() + 1).last().isEqualTo(t.event());
        assertThat(t.reviewCase().editable()).isEqualTo(state == ReviewState.DRAFT);
    }

    /** Starting case, action, expected message key. */
    static Stream<Arguments> refused() {
        List<Arguments> rows = new ArrayList<>();
        // 送审
        for (int i = 0; i < STANDARD.size(); i++) {
            int step = i;
            rows.add(refusal("送审 while pending at " + STANDARD.step(i).name(), () -> pendingAt(step),
                    c -> c.submit(STANDARD, DRAFTER, NONE, at(10)), "review.state.pending"));
        }
        rows.add(refusal("送审 of 已批复", Fixtures::approved, c -> c.submit(STANDARD, DRAFTER, NONE, at(10)),
                "review.state.approved"));
        for (Actor actor : List.of(BUSINESS, FINANCE, PERFORMANCE, BUREAU, NOBODY)) {
            rows.add(refusal("送审 by " + actor.displayName() + " without goal-table:submit", Fixtures::draft,
                    c -> c.submit(STANDARD, actor, NONE, at(10)), "review.permission"));
        }
        rows.add(refusal("送审 with an ERROR finding", Fixtures::draft,
                c -> c.submit(STANDARD, DRAFTER, ONE_ERROR, at(10)), "review.submit.blocking-findings"));
        // 撤回
        rows.add(refusal("撤回 of 草稿", Fixtures::draft, c -> c.withdraw(DRAFTER, at(10)), "review.state.draft"));
        rows.add(refusal("撤回 of 已批复", Fixtures::approved, c -> c.withdraw(DRAFTER, at(10)),
                "review.state.approved"));
        for (int i = 1; i < STANDARD.size(); i++) {
            int step = i;
            rows.add(refusal("撤回 after 业务初审 passed, pending at " + STANDARD.step(i).name(),
                    () -> pendingAt(step), c -> c.withdraw(DRAFTER, at(10)), "review.withdraw.after-decision"));
        }
        for (Actor actor : List.of(OTHER_DRAFTER, BUSINESS, ADMIN, NOBODY)) {
            rows.add(refusal("撤回 by " + actor.displayName() + ", not the submitter", () -> pendingAt(0),
                    c -> c.withdraw(actor, at(10)), "review.withdraw.not-submitter"));
        }
        rows.add(refusal("撤回 after 退回 (already a draft)",
                () -> pendingAt(0).returnToDraft(BUSINESS, "不全", List.of(), at(5)).reviewCase(),
                c -> c.withdraw(DRAFTER, at(10)), "review.state.draft"));
        // 通过 / 退回 in the wrong state
        rows.add(refusal("通过 of 草稿", Fixtures::draft, c -> c.approve(ADMIN, List.of(), at(10)),
                "review.state.draft"));
        rows.add(refusal("通过 of 已批复", Fixtures::approved, c -> c.approve(ADMIN, List.of(), at(10)),
                "review.state.approved"));
        rows.add(refusal("退回 of 草稿", Fixtures::draft, c -> c.returnToDraft(ADMIN, "x", List.of(), at(10)),
                "review.state.draft"));
        rows.add(refusal("退回 of 已批复", Fixtures::approved,
                c -> c.returnToDraft(ADMIN, "x", List.of(), at(10)), "review.state.approved"));
        // 通过 / 退回 without the step's permission
        List<Actor> everyone = List.of(DRAFTER, OTHER_DRAFTER, BUSINESS, FINANCE, PERFORMANCE, BUREAU, NOBODY);
        for (int i = 0; i < STANDARD.size(); i++) {
            int step = i;
            for (Actor actor : everyone) {
                if (actor.equals(REVIEWERS.get(i))) {
                    continue;
                }
                String where = STANDARD.step(i).name() + " by " + actor.displayName();
                rows.add(refusal("通过 at " + where, () -> pendingAt(step),
                        c -> c.approve(actor, List.of(), at(10)), "review.permission"));
                rows.add(refusal("退回 at " + where, () -> pendingAt(step),
                        c -> c.returnToDraft(actor, "理由", List.of(), at(10)), "review.permission"));
            }
            // 退回 without a reason
            for (String blank : new String[] {null, "", "   ", "\n\t"}) {
                rows.add(refusal("退回 at " + STANDARD.step(i).name() + " with reason [" + blank + "]",
                        () -> pendingAt(step), c -> c.returnToDraft(REVIEWERS.get(step), blank, List.of(), at(10)),
                        "review.return.reason-required"));
            }
        }
        // 调整
        rows.add(refusal("调整 of 草稿", Fixtures::draft, c -> c.adjust(DRAFTER, "理由", at(10)),
                "review.state.draft"));
        for (int i = 0; i < STANDARD.size(); i++) {
            int step = i;
            rows.add(refusal("调整 while pending at " + STANDARD.step(i).name(), () -> pendingAt(step),
                    c -> c.adjust(DRAFTER, "理由", at(10)), "review.state.pending"));
        }
        for (Actor actor : List.of(BUSINESS, FINANCE, PERFORMANCE, BUREAU, NOBODY)) {
            rows.add(refusal("调整 by " + actor.displayName() + " without goal-table:submit", Fixtures::approved,
                    c -> c.adjust(actor, "理由", at(10)), "review.permission"));
        }
        for (String blank : new String[] {null, "", "  "}) {
            rows.add(refusal("调整 with reason [" + blank + "]", Fixtures::approved,
                    c -> c.adjust(DRAFTER, blank, at(10)), "review.adjust.reason-required"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedTransition(String name, Supplier<ReviewCase> start, Function<ReviewCase, Transition> action,
                           String key) {
        ReviewCase before = start.get();
        ReviewCase copy = start.get();

        assertThatThrownBy(() -> action.apply(before))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).isNotBlank().containsPattern("\\p{IsHan}");
                });
        assertThat(before).isEqualTo(copy);
    }

    private static Arguments row(String name, Supplier<ReviewCase> start, Function<ReviewCase, Transition> action,
                                 ReviewState state, int step, Class<?> eventType) {
        return Arguments.of(name, start, action, state, step, eventType);
    }

    private static Arguments refusal(String name, Supplier<ReviewCase> start,
                                     Function<ReviewCase, Transition> action, String key) {
        return Arguments.of(name, start, action, key);
    }
}

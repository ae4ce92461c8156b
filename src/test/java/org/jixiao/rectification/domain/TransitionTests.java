package org.jixiao.rectification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.jixiao.shared.ValidationException;
import org.junit.jupiter.api.Test;

class TransitionTests {

    private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);

    private static Transition.Facts facts(ProblemStatus s, Long owner, LocalDate deadline, int measures, int evidence) {
        return new Transition.Facts(s, owner, deadline, measures, evidence);
    }

    private static ValidationException refused(Runnable r) {
        try {
            r.run();
        } catch (ValidationException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void startNeedsOwnerDeadlineAndMeasuresAllReportedAtOnce() {
        ValidationException e = refused(() -> Transition.start(facts(ProblemStatus.OPEN, null, null, 0, 0)));
        assertThat(e.violations()).extracting(v -> v.code()).containsExactly("rectification.owner.required",
                "rectification.deadline.required", "rectification.measures.required");
        assertThat(Transition.start(facts(ProblemStatus.OPEN, 7L, DEADLINE, 1, 0))).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(refused(() -> Transition.start(facts(ProblemStatus.IN_PROGRESS, 7L, DEADLINE, 1, 0))).violations())
                .extracting(v -> v.code()).containsExactly("rectification.status");
    }

    @Test
    void submitNeedsEvidenceAndANote() {
        assertThat(refused(() -> Transition.submit(facts(ProblemStatus.IN_PROGRESS, 7L, DEADLINE, 1, 0), " "))
                .violations()).extracting(v -> v.code())
                .containsExactly("rectification.evidence.required", "rectification.note.required");
        assertThat(Transition.submit(facts(ProblemStatus.IN_PROGRESS, 7L, DEADLINE, 1, 1), "已完成"))
                .isEqualTo(ProblemStatus.AWAITING_VERIFICATION);
    }

    @Test
    void theOwnerMayNotVerifyAndOnlyAReviewerMay() {
        Transition.Facts waiting = facts(ProblemStatus.AWAITING_VERIFICATION, 7L, DEADLINE, 1, 1);
        assertThat(refused(() -> Transition.verify(waiting, 7L, true)).violations()).extracting(v -> v.code())
                .containsExactly("rectification.verifier.owner");
        assertThat(refused(() -> Transition.verify(waiting, 8L, false)).violations()).extracting(v -> v.code())
                .containsExactly("rectification.verifier.role");
        assertThat(Transition.verify(waiting, 8L, true)).isEqualTo(ProblemStatus.CLOSED);
        assertThat(refused(() -> Transition.reject(waiting, 8L, true, "")).violations()).extracting(v -> v.code())
                .containsExactly("rectification.reason.required");
        assertThat(Transition.reject(waiting, 8L, true, "佐证不足")).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThatThrownBy(() -> Transition.verify(facts(ProblemStatus.IN_PROGRESS, 7L, DEADLINE, 1, 1), 8L, true))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aClosedProblemIsFrozen() {
        assertThatThrownBy(() -> Transition.requireNotClosed(facts(ProblemStatus.CLOSED, 7L, DEADLINE, 1, 1)))
                .isInstanceOf(ValidationException.class);
        Transition.requireNotClosed(facts(ProblemStatus.AWAITING_VERIFICATION, 7L, DEADLINE, 1, 1));
    }

    @Test
    void overdueIsOpenAndPastTheDeadlineDay() {
        assertThat(Transition.overdue(ProblemStatus.IN_PROGRESS, DEADLINE, DEADLINE)).isFalse();
        assertThat(Transition.overdue(ProblemStatus.IN_PROGRESS, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(Transition.overdue(ProblemStatus.AWAITING_VERIFICATION, DEADLINE, DEADLINE.plusDays(1))).isTrue();
        assertThat(Transition.overdue(ProblemStatus.CLOSED, DEADLINE, DEADLINE.plusDays(1))).isFalse();
        assertThat(Transition.overdue(ProblemStatus.OPEN, null, DEADLINE)).isFalse();
    }
}

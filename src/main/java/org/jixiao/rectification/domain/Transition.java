package org.jixiao.rectification.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * The rules of a problem's life, pure: which action is allowed in which state and by whom, and the state it leads
 * to. Each method answers the new status or throws one {@link ValidationException} with every reason at once.
 *
 * <ul>
 *   <li>开始整改 (待整改 → 整改中) needs an owner, a deadline and at least one measure;</li>
 *   <li>提交验证 (整改中 → 待验证) needs at least one piece of evidence and a closing note;</li>
 *   <li>验证销号 (待验证 → 已销号) and 验证退回 (待验证 → 整改中) need a reviewer who is not the owner, and
 *       退回 a reason;</li>
 *   <li>nothing changes a closed problem any more.</li>
 * </ul>
 */
public final class Transition {

    private Transition() {
    }

    /** The facts of a problem the rules look at. */
    public record Facts(ProblemStatus status, Long ownerUserId, LocalDate deadline, int measures, int evidence) {
    }

    public static ProblemStatus start(Facts p) {
        List<Violation> v = new ArrayList<>();
        requireStatus(p, ProblemStatus.OPEN, v);
        if (p.ownerUserId() == null) {
            v.add(Violation.of("rectification.owner.required", "ownerUserId"));
        }
        if (p.deadline() == null) {
            v.add(Violation.of("rectification.deadline.required", "deadline"));
        }
        if (p.measures() == 0) {
            v.add(Violation.of("rectification.measures.required", "measures"));
        }
        throwIfAny(v);
        return ProblemStatus.IN_PROGRESS;
    }

    public static ProblemStatus submit(Facts p, String note) {
        List<Violation> v = new ArrayList<>();
        requireStatus(p, ProblemStatus.IN_PROGRESS, v);
        if (p.evidence() == 0) {
            v.add(Violation.of("rectification.evidence.required", "evidence"));
        }
        if (note == null || note.isBlank()) {
            v.add(Violation.of("rectification.note.required", "note"));
        }
        throwIfAny(v);
        return ProblemStatus.AWAITING_VERIFICATION;
    }

    /**
     * @param verifierUserId the reviewer acting
     * @param mayVerify      whether the reviewer holds a review permission
     */
    public static ProblemStatus verify(Facts p, long verifierUserId, boolean mayVerify) {
        List<Violation> v = verifier(p, verifierUserId, mayVerify);
        throwIfAny(v);
        return ProblemStatus.CLOSED;
    }

    public static ProblemStatus reject(Facts p, long verifierUserId, boolean mayVerify, String reason) {
        List<Violation> v = verifier(p, verifierUserId, mayVerify);
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("rectification.reason.required", "note"));
        }
        throwIfAny(v);
        return ProblemStatus.IN_PROGRESS;
    }

    /** Measures, owner, deadline, notes and evidence may change until the problem is closed. */
    public static void requireNotClosed(Facts p) {
        if (p.status() == ProblemStatus.CLOSED) {
            throw new ValidationException(List.of(Violation.of("rectification.closed", "status")));
        }
    }

    /** 逾期: not closed and the deadline has passed ({@code today} after it). */
    public static boolean overdue(ProblemStatus status, LocalDate deadline, LocalDate today) {
        return status.isOpen() && deadline != null && today.isAfter(deadline);
    }

    private static List<Violation> verifier(Facts p, long verifierUserId, boolean mayVerify) {
        List<Violation> v = new ArrayList<>();
        requireStatus(p, ProblemStatus.AWAITING_VERIFICATION, v);
        if (!mayVerify) {
            v.add(Violation.of("rectification.verifier.role", "verifier"));
        }
        if (p.ownerUserId() != null && p.ownerUserId() == verifierUserId) {
            v.add(Violation.of("rectification.verifier.owner", "verifier"));
        }
        return v;
    }

    private static void requireStatus(Facts p, ProblemStatus expected, List<Violation> v) {
        if (p.status() != expected) {
            v.add(Violation.of("rectification.status", "status", p.status().label(), expected.label()));
        }
    }

    private static void throwIfAny(List<Violation> v) {
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }
}

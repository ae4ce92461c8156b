package org.jixiao.projects.domain;

import java.util.Optional;

import org.jixiao.shared.Amount;

/**
 * 预算规模: 预算数 and its split into 财政资金 and 其他资金. Each part may still be unknown (null) in a draft, and
 * the parts need not add up yet: an inconsistent split is a check finding (BUDGET_INCONSISTENT), not a refusal.
 * Negative money cannot be stored.
 */
public record Funding(Amount budget, Amount fiscal, Amount other) {

    public static final Funding NONE = new Funding(null, null, null);

    public Funding {
        requireNotNegative(budget, "budget");
        requireNotNegative(fiscal, "fiscal");
        requireNotNegative(other, "other");
    }

    private static void requireNotNegative(Amount amount, String what) {
        if (amount != null && amount.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative: " + amount);
        }
    }

    public Optional<Amount> budgetAmount() {
        return Optional.ofNullable(budget);
    }

    /** 财政资金 + 其他资金, counting an unknown part as zero. */
    public Amount sumOfParts() {
        Amount sum = Amount.ZERO;
        if (fiscal != null) {
            sum = sum.plus(fiscal);
        }
        if (other != null) {
            sum = sum.plus(other);
        }
        return sum;
    }
}

package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

import org.jixiao.indicators.domain.Comparator;

/**
 * One step of a tiered rule: when the measured value compares with {@code threshold} as {@code comparator}
 * says, the leaf earns {@code award}. Tiers are tried in the order written; the first that matches applies.
 * Examples: 结转结余率 ≤10% → 2分 (seed 002), 完成率 >150% → 一半分, 完成率 ≥60% → 完成率 × 分值.
 */
public record Tier(Comparator comparator, BigDecimal threshold, Award award) {

    public Tier {
        Objects.requireNonNull(comparator, "comparator");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(award, "award");
        if (comparator == Comparator.NONE) {
            throw new IllegalArgumentException("a tier needs a comparison");
        }
    }

    /** Whether {@code value} falls into this tier. */
    public boolean matches(BigDecimal value) {
        int c = value.compareTo(threshold);
        switch (comparator) {
            case GE:
                return c >= 0;
            case GT:
                return c > 0;
            case LE:
                return c <= 0;
            case LT:
                return c < 0;
            case EQ:
                return c == 0;
            default:
                return false;
        }
    }

    /** The condition in Chinese, values as percentages when {@code percent}. */
    String describe(String valueName, boolean percent) {
        return valueName + " " + comparator.symbol() + " "
                + (percent ? Scores.percent(threshold) : Scores.number(threshold));
    }

    /** What a tier gives. */
    public record Award(Kind kind, BigDecimal amount) {

        public enum Kind {
            /** Fixed points ({@code amount} 分). */
            POINTS,
            /** A share of the leaf's weight ({@code amount} × 分值, e.g. 0.5 = 一半分). */
            SHARE,
            /** The measured value times the weight (完成率 × 分值); {@code amount} unused. */
            PROPORTIONAL
        }

        public Award {
            Objects.requireNonNull(kind, "kind");
            amount = amount == null ? BigDecimal.ZERO : amount;
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("an award is not negative: " + amount);
            }
        }

        public static Award points(BigDecimal points) {
            return new Award(Kind.POINTS, points);
        }

        public static Award share(BigDecimal share) {
            return new Award(Kind.SHARE, share);
        }

        public static Award proportional() {
            return new Award(Kind.PROPORTIONAL, BigDecimal.ZERO);
        }

        /** The exact score for {@code weight} and the measured {@code value}. */
        BigDecimal apply(BigDecimal weight, BigDecimal value) {
            switch (kind) {
                case POINTS:
                    return amount;
                case SHARE:
                    return amount.multiply(weight);
                default:
                    return value.multiply(weight);
            }
        }

        String describe(boolean percent) {
            switch (kind) {
                case POINTS:
                    return "得" + Scores.number(amount) + "分";
                case SHARE:
                    return amount.compareTo(BigDecimal.ONE) == 0 ? "得满分"
                            : "得" + Scores.percent(amount) + "×分值";
                default:
                    return percent ? "得分 = 比率 × 分值" : "得分 = 数值 × 分值";
            }
        }
    }
}

package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Exact arithmetic of scores. Scores are shown with two decimals, rounded half-up exactly once, where a score
 * is produced (rules.md §2.4: fasp2 computes {@code round(actual/target × weight, 2)} per indicator); sums of
 * such scores are exact. Quotients that do not terminate are carried with 34 significant digits
 * ({@link MathContext#DECIMAL128}) until that rounding point, so they never change a shown figure.
 */
public final class Scores {

    /** Scale of every shown score. */
    public static final int SCALE = 2;
    public static final RoundingMode MODE = RoundingMode.HALF_UP;
    static final MathContext EXACT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    /** The one rounding point: two decimals, half-up. */
    public static BigDecimal round(BigDecimal exact) {
        return exact.setScale(SCALE, MODE);
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, EXACT);
    }

    static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    /** A plain number without trailing zeros beyond two decimals ({@code 10}, {@code 0.5}, {@code 0.9365…}). */
    static String number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > 6) {
            stripped = stripped.setScale(6, MODE).stripTrailingZeros();
            return stripped.toPlainString() + "…";
        }
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** A shown score, always two decimals ({@code 9.50}). */
    static String points(BigDecimal value) {
        return value.setScale(Math.max(SCALE, value.stripTrailingZeros().scale()), MODE).toPlainString();
    }

    /** A fraction as a percentage with up to two decimals ({@code 0.93653} → {@code 93.65%}); display only. */
    static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.multiply(HUNDRED).setScale(2, MODE).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }
}

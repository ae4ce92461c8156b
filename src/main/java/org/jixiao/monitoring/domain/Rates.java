package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.jixiao.shared.Amount;

/**
 * Exact arithmetic of rates. A rate is a fraction ({@code 0.35} = 35%). Rates, ratios and averages are kept
 * exact; a quotient that does not terminate (7/12) is carried with 34 significant digits
 * ({@link MathContext#DECIMAL128}), and every ratio is computed with a single division of exact products, so a
 * result that is exactly on a threshold (35% ÷ 7/12 = 60%) stays exactly on it. Lamps are decided on the exact
 * values. The one rounding point is display: {@link #percent} rounds half-up to two decimals of a percent; a
 * score made from a rate is rounded once by the scoring engine.
 */
public final class Rates {

    public static final MathContext EXACT = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Rates() {
    }

    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return dividend.divide(divisor, EXACT).stripTrailingZeros();
    }

    /** A fraction shown as a percentage, half-up to two decimals, trailing zeros dropped: {@code 0.583333…} → 58.33%. */
    public static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /** A fraction as a percentage number rounded half-up to two decimals ({@code 0.583333…} → 58.33); display only. */
    public static BigDecimal percentDisplay(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    /** Money in 万元 for explanations ({@code 350000.00} 元 → 35万元). */
    static String wan(Amount amount) {
        BigDecimal wan = amount.toWan().stripTrailingZeros();
        return (wan.scale() < 0 ? wan.setScale(0) : wan).toPlainString() + "万元";
    }
}

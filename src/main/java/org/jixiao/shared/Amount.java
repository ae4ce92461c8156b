package org.jixiao.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A sum of money in 元 with exactly two decimals (分). Tables show money in 万元; {@link #ofWan} and
 * {@link #toWan} convert without loss, {@link #toWanDisplay} rounds once, for display only.
 */
public record Amount(BigDecimal yuan) implements Comparable<Amount> {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    public static final Amount ZERO = new Amount(BigDecimal.ZERO);

    public Amount {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in 元 has at most two decimals: " + yuan);
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Amount ofYuan(BigDecimal yuan) {
        return new Amount(yuan);
    }

    /** @throws IllegalArgumentException when the 万元 figure is finer than one 分 */
    public static Amount ofWan(BigDecimal wan) {
        return new Amount(wan.multiply(TEN_THOUSAND));
    }

    /** Whether {@code wan} 万元 can be held exactly in 元 with two decimals. */
    public static boolean isExactInWan(BigDecimal wan) {
        return wan.multiply(TEN_THOUSAND).stripTrailingZeros().scale() <= 2;
    }

    /** The exact amount in 万元, with at least two decimals (73.20, 1.234567). */
    public BigDecimal toWan() {
        BigDecimal wan = yuan.divide(TEN_THOUSAND).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }

    /** 万元 rounded half-up to two decimals, as printed in the official tables. */
    public BigDecimal toWanDisplay() {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    public Amount plus(Amount other) {
        return new Amount(yuan.add(other.yuan));
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    @Override
    public int compareTo(Amount other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString() + "元";
    }
}

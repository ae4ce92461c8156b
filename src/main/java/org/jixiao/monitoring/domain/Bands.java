package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Three lamp bands on a ratio (fractions): below {@code redBelow} 红, from it below {@code yellowBelow} 黄, from
 * {@code yellowBelow} on 绿. Lower bounds are inclusive: exactly 60% is 黄, exactly 80% 绿 (rules.md §4.3:
 * "&lt;60 → red, 60–80 → yellow, ≥80 → green").
 */
public record Bands(BigDecimal redBelow, BigDecimal yellowBelow) {

    public Bands {
        Objects.requireNonNull(redBelow, "redBelow");
        Objects.requireNonNull(yellowBelow, "yellowBelow");
        if (redBelow.signum() < 0 || yellowBelow.compareTo(redBelow) < 0) {
            throw new IllegalArgumentException("bands need 0 ≤ redBelow ≤ yellowBelow: " + redBelow + ", " + yellowBelow);
        }
    }

    public Lamp lamp(BigDecimal ratio) {
        if (ratio.compareTo(redBelow) < 0) {
            return Lamp.RED;
        }
        return ratio.compareTo(yellowBelow) < 0 ? Lamp.YELLOW : Lamp.GREEN;
    }

    /** "低于60%红灯，60%（含）至80%黄灯，80%（含）以上绿灯". */
    public String describe() {
        return "低于" + Rates.percent(redBelow) + "红灯，" + Rates.percent(redBelow) + "（含）至"
                + Rates.percent(yellowBelow) + "黄灯，" + Rates.percent(yellowBelow) + "（含）以上绿灯";
    }
}

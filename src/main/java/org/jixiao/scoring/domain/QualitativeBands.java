package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The score range of each {@link QualitativeBand} as shares of the weight (rules.md §2.5: 达成 [80%, 100%],
 * 部分达成 [60%, 80%), 未达成 [0, 60%); lower bounds inclusive as fasp2 {@code selfqualscorecheck} does, the
 * upper bound inclusive only where it is the full weight).
 */
public record QualitativeBands(Map<QualitativeBand, Range> ranges) {

    /** {@code [from, to)}, or {@code [from, to]} when {@code to} is 1 (the full weight). */
    public record Range(BigDecimal from, BigDecimal to) {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.signum() < 0 || to.compareTo(BigDecimal.ONE) > 0 || from.compareTo(to) >= 0) {
                throw new IllegalArgumentException("a band range lies within [0, 1], from below to: " + from + "–" + to);
            }
        }

        boolean upperInclusive() {
            return to.compareTo(BigDecimal.ONE) == 0;
        }

        /** Whether {@code share} (score / weight) lies in the range. */
        boolean contains(BigDecimal share) {
            int upper = share.compareTo(to);
            return share.compareTo(from) >= 0 && (upper < 0 || (upper == 0 && upperInclusive()));
        }
    }

    public QualitativeBands {
        ranges = Map.copyOf(new EnumMap<>(ranges));
        for (QualitativeBand band : QualitativeBand.values()) {
            if (!ranges.containsKey(band)) {
                throw new IllegalArgumentException("qualitative band without range: " + band);
            }
        }
    }

    public Range range(QualitativeBand band) {
        return ranges.get(band);
    }

    /** The interval in points for {@code weight}, as the message shows it: "[8.00, 10.00]" or "[6.00, 8.00)". */
    public String interval(QualitativeBand band, BigDecimal weight) {
        Range range = range(band);
        return "[" + Scores.points(weight.multiply(range.from())) + ", " + Scores.points(weight.multiply(range.to()))
                + (range.upperInclusive() ? "]" : ")");
    }
}

package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * 复核分: the finance bureau's score beside the unit's own, for one indicator or for the total, with the reason.
 *
 * @param indicator     the indicator's 0-based row; null for the total
 * @param indicatorName the 三级指标 as it was named when re-scored; null for the total
 * @param unitScore     the unit's own score at that moment (null when it could not be scored yet)
 */
public record Rescore(long id, Integer indicator, String indicatorName, BigDecimal unitScore, BigDecimal score,
                      String reason, long actorId, String actorName, Instant at) {

    public boolean total() {
        return indicator == null;
    }
}

package org.jixiao.rectification;

import java.math.BigDecimal;

/**
 * An indicator of a self-evaluation that lost points (得分低于分值), offered for "create problem": the pick list of
 * {@link RectificationQueries#candidates}.
 *
 * @param index the indicator's row in the self-evaluation (and goal table)
 * @param belowTarget whether it is a measured indicator whose actual is below its target (else only a low score)
 */
public record Candidate(long evaluationId, long goalTableId, String projectName, int index, String level1,
                        String level2, String name, String target, String actual, BigDecimal weight,
                        BigDecimal score, boolean belowTarget) {

    public BigDecimal lost() {
        return weight.subtract(score);
    }
}

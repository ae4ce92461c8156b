package org.jixiao.rectification;

/**
 * A goal-check finding a reviewer kept (已复核，保留) on a goal table, offered for "create problem": the pick list of
 * {@link RectificationQueries#keptFindings}.
 *
 * @param row    the indicator row (0-based) the finding is about, null for the table
 * @param field  the field it is about
 */
public record FindingCandidate(long goalTableId, String tableTitle, String rule, String ruleTitle, Integer row,
                               String field, String indicatorName, String message, String keptReason) {
}

/**
 * 绩效自评: project self-evaluations (单位自评) of approved goal tables. For each indicator the 实际完成值 (typed
 * like the target), 偏差原因分析及改进措施 and, for 定性 indicators, the band and score; 全年预算数 and 全年执行数.
 * Scores are never stored: they are computed by the {@code scoring} engine from the goal table (targets, 分值) and
 * the actuals. Owns tables {@code eval_*}; publishes {@link org.jixiao.evaluation.EvaluationQueries} and
 * {@link org.jixiao.evaluation.EvaluationManagement}; loads the 2024 demo self-evaluations of seed 001.
 */
package org.jixiao.evaluation;

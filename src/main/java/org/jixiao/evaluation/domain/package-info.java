/**
 * Pure model of 绩效自评 (project self-evaluation): the input as typed ({@link
 * org.jixiao.evaluation.domain.SelfEvaluationInput}), how each indicator of a goal table is assessed against its
 * target ({@link org.jixiao.evaluation.domain.SelfEvaluationScorer}: numbers with units, completion dates, the
 * three 定性 bands), and the scored result. Scoring itself is the {@code scoring} engine's.
 */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.evaluation.domain;

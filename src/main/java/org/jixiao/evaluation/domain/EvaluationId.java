package org.jixiao.evaluation.domain;

/** Id of a project self-evaluation. */
public record EvaluationId(long value) {
}

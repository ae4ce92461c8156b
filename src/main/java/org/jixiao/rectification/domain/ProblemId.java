package org.jixiao.rectification.domain;

/** The id of a rectification problem. */
public record ProblemId(long value) {
}

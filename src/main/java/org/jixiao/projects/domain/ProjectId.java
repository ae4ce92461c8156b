package org.jixiao.projects.domain;

/** Identity of a budget project; other modules refer to projects by this id only. */
public record ProjectId(long value) {

    public ProjectId {
        if (value <= 0) {
            throw new IllegalArgumentException("a project id is positive: " + value);
        }
    }
}

package org.jixiao.projects.domain;

import java.util.Objects;

/** What a unit declares about a budget project: 项目编码, 项目名称, 预算规模, 资金用途, 资金支出计划. */
public record ProjectContent(ProjectCode code, String name, Funding funding, String purpose, SpendingPlan plan) {

    public ProjectContent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(funding, "funding");
        Objects.requireNonNull(plan, "plan");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a project needs a name");
        }
    }
}

package org.jixiao.review.domain;

import java.util.Objects;

import org.jixiao.orgs.domain.Permission;

/**
 * 审核环节: one step of a chain, e.g. 业务初审 decided by whoever holds {@link Permission#REVIEW_BUSINESS}.
 * Steps are checked by permission, not by role, so a bureau can give a step to another role.
 */
public record ReviewStep(String name, Permission permission) {

    public ReviewStep {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(permission, "permission");
        name = name.strip();
    }
}

package org.jixiao.orgs.domain;

import java.util.EnumSet;
import java.util.Set;

/** 角色: what a user does in the review chain, with the permissions it grants and its default data scope. */
public enum Role {
    /** 填报人: drafts and submits the tables of one unit. */
    DRAFTER("填报人", DataScope.OWN, EnumSet.of(Permission.GOAL_TABLE_READ, Permission.GOAL_TABLE_EDIT,
            Permission.GOAL_TABLE_SUBMIT)),
    /** 业务初审: the business department's first review (inside the unit or the 主管部门). */
    BUSINESS_REVIEWER("业务初审", DataScope.SUBTREE, EnumSet.of(Permission.GOAL_TABLE_READ, Permission.REVIEW_BUSINESS)),
    /** 财务复核: the finance department's second review. */
    FINANCE_REVIEWER("财务复核", DataScope.SUBTREE, EnumSet.of(Permission.GOAL_TABLE_READ, Permission.REVIEW_FINANCE)),
    /** 绩效终审: the performance team's final review. */
    PERFORMANCE_REVIEWER("绩效终审", DataScope.SUBTREE,
            EnumSet.of(Permission.GOAL_TABLE_READ, Permission.REVIEW_PERFORMANCE)),
    /** 财政审核: the finance bureau of the 财政区划. */
    BUREAU_REVIEWER("财政审核", DataScope.REGION, EnumSet.of(Permission.GOAL_TABLE_READ, Permission.REVIEW_BUREAU,
            Permission.CHECKS_MANAGE)),
    /** 系统管理员: users, roles and the review chain configuration. */
    ADMINISTRATOR("系统管理员", DataScope.REGION, EnumSet.allOf(Permission.class));

    private final String label;
    private final DataScope defaultScope;
    private final Set<Permission> permissions;

    Role(String label, DataScope defaultScope, Set<Permission> permissions) {
        this.label = label;
        this.defaultScope = defaultScope;
        this.permissions = Set.copyOf(permissions);
    }

    public String label() {
        return label;
    }

    public DataScope defaultScope() {
        return defaultScope;
    }

    public Set<Permission> permissions() {
        return permissions;
    }
}

package org.jixiao.orgs.domain;

/**
 * 权限: one permission string per action. Roles grant sets of them ({@link Role#permissions()}); code checks
 * permissions, never role names, so that a finance bureau can later grant an action to another role.
 */
public enum Permission {
    /** 查看目标表 (within the user's data scope). */
    GOAL_TABLE_READ("goal-table:read"),
    /** 填报、修改目标表 (drafts only). */
    GOAL_TABLE_EDIT("goal-table:edit"),
    /** 送审、撤回、发起调整. */
    GOAL_TABLE_SUBMIT("goal-table:submit"),
    /** 业务部门初审. */
    REVIEW_BUSINESS("review:business"),
    /** 财务部门复核. */
    REVIEW_FINANCE("review:finance"),
    /** 绩效专班终审. */
    REVIEW_PERFORMANCE("review:performance"),
    /** 财政局审核. */
    REVIEW_BUREAU("review:bureau"),
    /** 批量审核检查、规则配置. */
    CHECKS_MANAGE("checks:manage"),
    /** 用户、角色、审核流程配置. */
    USERS_MANAGE("users:manage");

    private final String code;

    Permission(String code) {
        this.code = code;
    }

    /** The permission string, e.g. {@code review:finance}. */
    public String code() {
        return code;
    }
}

package org.jixiao.review.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.orgs.domain.Permission;

/**
 * 审核对象类型: what kind of record goes through review. Each kind names its subject in Chinese, the path segment
 * of its pages and API ({@code /api/v1/{path}/{id}/review}) and the permission its drafters need to submit,
 * withdraw and adjust. The module that owns the subjects registers a {@code ReviewSubjectProvider} for its kind
 * (docs/review.md); a kind without a provider answers 404.
 */
public enum SubjectKind {
    /** 绩效目标表. */
    GOAL_TABLE("绩效目标表", "目标表", "goal-tables", Permission.GOAL_TABLE_SUBMIT),
    /** 项目支出绩效自评表. */
    SELF_EVALUATION("项目支出绩效自评表", "自评表", "self-evaluations", Permission.GOAL_TABLE_SUBMIT),
    /** 绩效运行监控表 (双监控), reserved for the monitoring module. */
    MONITORING_RETURN("绩效运行监控表", "监控表", "monitoring-returns", Permission.GOAL_TABLE_SUBMIT),
    /** 部门整体支出绩效自评 (provider in evaluation: DepartmentEvaluationReviewSubjects). */
    DEPARTMENT_EVALUATION("部门整体支出绩效自评", "部门自评", "department-evaluations", Permission.GOAL_TABLE_SUBMIT);

    private final String label;
    private final String noun;
    private final String path;
    private final Permission submitPermission;

    SubjectKind(String label, String noun, String path, Permission submitPermission) {
        this.label = label;
        this.noun = noun;
        this.path = path;
        this.submitPermission = Objects.requireNonNull(submitPermission);
    }

    /** The full name, e.g. 绩效目标表. */
    public String label() {
        return label;
    }

    /** The short name used in sentences, e.g. 目标表 in “该目标表的审核状态已被他人更新”. */
    public String noun() {
        return noun;
    }

    /** The path segment of the subject's pages and API, e.g. {@code goal-tables}. */
    public String path() {
        return path;
    }

    /** Needed to submit, withdraw and adjust a subject of this kind. */
    public Permission submitPermission() {
        return submitPermission;
    }

    public static Optional<SubjectKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst();
    }
}

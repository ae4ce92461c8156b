package org.jixiao.review.domain;

import java.util.Objects;

import org.jixiao.orgs.domain.Permission;

/**
 * What kind of record goes through review. Only goal tables exist yet; monitoring returns (监控表) and
 * self-evaluations (自评表) add a constant each, with the permission their drafters need to submit.
 */
public enum SubjectKind {
    /** 绩效目标表. */
    GOAL_TABLE("绩效目标表", Permission.GOAL_TABLE_SUBMIT);

    private final String label;
    private final Permission submitPermission;

    SubjectKind(String label, Permission submitPermission) {
        this.label = label;
        this.submitPermission = Objects.requireNonNull(submitPermission);
    }

    public String label() {
        return label;
    }

    /** Needed to submit, withdraw and adjust a subject of this kind. */
    public Permission submitPermission() {
        return submitPermission;
    }
}

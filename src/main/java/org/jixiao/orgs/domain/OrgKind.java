package org.jixiao.orgs.domain;

/** What an organization is in the budget hierarchy. */
public enum OrgKind {
    /** 财政局: reviews the units of its 财政区划. */
    FINANCE_BUREAU("财政局"),
    /** 主管部门: a department that supervises budget units. */
    DEPARTMENT("主管部门"),
    /** 预算单位: a unit with its own budget (e.g. 巨鹿县消防救援大队本级). */
    BUDGET_UNIT("预算单位");

    private final String label;

    OrgKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Which kinds may sit directly under this one. */
    public boolean mayContain(OrgKind child) {
        return switch (this) {
            case FINANCE_BUREAU -> child == DEPARTMENT || child == BUDGET_UNIT;
            case DEPARTMENT -> child == DEPARTMENT || child == BUDGET_UNIT;
            case BUDGET_UNIT -> child == BUDGET_UNIT;
        };
    }
}

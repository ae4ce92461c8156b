package org.jixiao.orgs.domain;

import java.util.Objects;

/**
 * 组织机构: a finance bureau, department or budget unit, placed in a 财政区划 and under a parent (null for a
 * root such as the finance bureau).
 */
public record Organization(OrgCode code, String name, OrgKind kind, RegionCode region, OrgCode parentCode) {

    public Organization {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an organization needs a name");
        }
        if (code.equals(parentCode)) {
            throw new IllegalArgumentException("an organization cannot be its own parent: " + code);
        }
    }

    public boolean isBudgetUnit() {
        return kind == OrgKind.BUDGET_UNIT;
    }
}

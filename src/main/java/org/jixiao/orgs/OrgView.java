package org.jixiao.orgs;

/** An organization as other modules and pages see it. */
public record OrgView(String code, String name, String kind, String kindLabel, String regionCode, String regionName,
                      String parentCode) {

    public boolean isBudgetUnit() {
        return "BUDGET_UNIT".equals(kind);
    }
}

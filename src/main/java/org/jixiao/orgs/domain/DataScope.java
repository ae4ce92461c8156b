package org.jixiao.orgs.domain;

/** 数据范围: which organizations' records a user may see, relative to the user's own organization. */
public enum DataScope {
    /** 本单位: the user's own organization only. */
    OWN("本单位"),
    /** 本部门及以下: the user's organization and everything under it in the tree. */
    SUBTREE("本部门及以下"),
    /** 本区划全部: every organization of the user's 财政区划. */
    REGION("本区划全部");

    private final String label;

    DataScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

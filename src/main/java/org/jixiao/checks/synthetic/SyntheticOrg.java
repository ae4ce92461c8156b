package org.jixiao.checks.synthetic;

/**
 * A generated organization: a 主管部门 ({@code parentCode} null) or a 预算单位 under one.
 */
public record SyntheticOrg(String code, String name, String parentCode) {
}

package org.jixiao.orgs;

import java.util.List;

import org.jixiao.orgs.domain.Role;

/**
 * 演示用户: one per role, bound to the demo organizations of 巨鹿县 (财政局 CZ130529, 主管部门 807, 预算单位 807001)
 * plus a 填报人 of a second unit (807002) for trying out data scopes, and a 填报人 and a 财政审核 of 广州市番禺区消防救援大队
 * (PY001, region 440113, seed 002) in a second 财政区划. Created only in demo mode; listed with their
 * passwords on the login page and in the README.
 */
public final class DemoAccounts {

    /** The password of every demo user: demo data is public, so is this. */
    public static final String PASSWORD = "demo1234";

    public static final String REGION = "130529";
    public static final String BUREAU = "CZ130529";
    public static final String DEPARTMENT = "807";
    public static final String UNIT = "807001";
    /** A second budget unit under 807, with no goal tables: its 填报人 must see nothing of 807001. */
    public static final String OTHER_UNIT = "807002";

    /** 广州市番禺区 (seed 002): its own 财政区划, finance bureau and the 消防救援大队 as a budget unit. */
    public static final String PANYU_REGION = "440113";
    public static final String PANYU_BUREAU = "CZ440113";
    public static final String PANYU_UNIT = "PY001";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("tianbao", "填报人（本级）", Role.DRAFTER, UNIT),
            new DemoAccount("yewu", "业务初审", Role.BUSINESS_REVIEWER, DEPARTMENT),
            new DemoAccount("caiwu", "财务复核", Role.FINANCE_REVIEWER, DEPARTMENT),
            new DemoAccount("jixiao", "绩效终审", Role.PERFORMANCE_REVIEWER, DEPARTMENT),
            new DemoAccount("caizheng", "财政审核", Role.BUREAU_REVIEWER, BUREAU),
            new DemoAccount("tianbao2", "填报人（城区中队）", Role.DRAFTER, OTHER_UNIT),
            new DemoAccount("panyu", "填报人（番禺区消防救援大队）", Role.DRAFTER, PANYU_UNIT),
            new DemoAccount("panyucz", "财政审核（番禺区财政局）", Role.BUREAU_REVIEWER, PANYU_BUREAU));

    private DemoAccounts() {
    }

    /** One demo user: signs in with {@link #PASSWORD}. */
    public record DemoAccount(String username, String displayName, Role role, String organizationCode) {

        public String password() {
            return PASSWORD;
        }
    }
}

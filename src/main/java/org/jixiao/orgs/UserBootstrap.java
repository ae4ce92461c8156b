package org.jixiao.orgs;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.domain.OrgCode;
import org.jixiao.orgs.domain.OrgKind;
import org.jixiao.orgs.domain.Organization;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.orgs.domain.Role;
import org.jixiao.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * First start: when no user exists, creates the administrator {@code admin} (系统管理员) in the region's 财政局
 * (or the first root organization, or none yet) with the password of {@code jixiao.admin.password}
 * ({@code JIXIAO_ADMIN_PASSWORD}) or else a random one written once to the log. In demo mode it first creates the
 * demo organizations and afterwards the {@link DemoAccounts}. Runs before the other modules' demo data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UserBootstrap implements ApplicationRunner {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);
    /** No 0/O, 1/l/I: the password is read off a log by a person. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserManagement users;
    private final OrgManagement orgManagement;
    private final OrgQueries orgs;
    private final String adminPassword;
    private final boolean demoMode;
    private final SecureRandom random = new SecureRandom();

    UserBootstrap(UserManagement users, OrgManagement orgManagement, OrgQueries orgs,
                  @Value("${jixiao.admin.password:}") String adminPassword,
                  @Value("${jixiao.demo.enabled:false}") boolean demoMode) {
        this.users = users;
        this.orgManagement = orgManagement;
        this.orgs = orgs;
        this.adminPassword = adminPassword;
        this.demoMode = demoMode;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode) {
            demoOrganizations();
        }
        if (!users.anyUser()) {
            createAdministrator();
        }
        if (demoMode) {
            demoUsers();
        }
    }

    private void createAdministrator() {
        boolean given = adminPassword != null && !adminPassword.isBlank();
        String password = given ? adminPassword : randomPassword();
        String organization = adminOrganization().orElse(null);
        try {
            users.create(new NewUser(ADMIN, "系统管理员", organization, EnumSet.of(Role.ADMINISTRATOR), null, password,
                    false));
        } catch (ValidationException e) {
            throw new IllegalStateException("JIXIAO_ADMIN_PASSWORD（jixiao.admin.password）至少 "
                    + UserManagement.MIN_PASSWORD_LENGTH + " 个字符、至多 " + UserManagement.MAX_PASSWORD_LENGTH
                    + " 个字符 / the administrator password must have 8 to 64 characters");
        }
        if (given) {
            log.info("首次启动：已创建系统管理员 admin，密码取自 JIXIAO_ADMIN_PASSWORD / First start: administrator 'admin' created with the password of JIXIAO_ADMIN_PASSWORD");
        } else {
            log.warn("首次启动：已创建系统管理员 admin，初始密码（只显示这一次，请登录后在“我的账户”修改）/ First start: administrator 'admin' created, initial password (shown only this once): {}", password);
        }
    }

    /** The 财政局 with the smallest code, else the first root organization. */
    private Optional<String> adminOrganization() {
        List<OrgView> all = orgs.all();
        return all.stream().filter(o -> OrgKind.FINANCE_BUREAU.name().equals(o.kind())).map(OrgView::code).findFirst()
                .or(() -> all.stream().filter(o -> o.parentCode() == null)
                        .min(Comparator.comparing(OrgView::code)).map(OrgView::code));
    }

    private void demoOrganizations() {
        RegionCode region = new RegionCode(DemoAccounts.REGION);
        orgManagement.ensureRegion(region, "河北省邢台市巨鹿县");
        OrgCode bureau = new OrgCode(DemoAccounts.BUREAU);
        OrgCode department = new OrgCode(DemoAccounts.DEPARTMENT);
        orgManagement.ensureOrganization(new Organization(bureau, "巨鹿县财政局", OrgKind.FINANCE_BUREAU, region, null));
        orgManagement.ensureOrganization(new Organization(department, "巨鹿县消防救援大队", OrgKind.DEPARTMENT, region,
                bureau));
        orgManagement.ensureOrganization(new Organization(new OrgCode(DemoAccounts.UNIT), "巨鹿县消防救援大队本级",
                OrgKind.BUDGET_UNIT, region, department));
        orgManagement.ensureOrganization(new Organization(new OrgCode(DemoAccounts.OTHER_UNIT),
                "巨鹿县消防救援大队城区中队", OrgKind.BUDGET_UNIT, region, department));
        RegionCode panyu = new RegionCode(DemoAccounts.PANYU_REGION);
        orgManagement.ensureRegion(panyu, "广东省广州市番禺区");
        OrgCode panyuBureau = new OrgCode(DemoAccounts.PANYU_BUREAU);
        orgManagement.ensureOrganization(new Organization(panyuBureau, "广州市番禺区财政局", OrgKind.FINANCE_BUREAU, panyu,
                null));
        orgManagement.ensureOrganization(new Organization(new OrgCode(DemoAccounts.PANYU_UNIT), "广州市番禺区消防救援大队",
                OrgKind.BUDGET_UNIT, panyu, panyuBureau));
    }

    private void demoUsers() {
        int created = 0;
        for (DemoAccounts.DemoAccount account : DemoAccounts.ALL) {
            if (users.exists(account.username())) {
                continue;
            }
            users.create(new NewUser(account.username(), account.displayName(), account.organizationCode(),
                    Set.of(account.role()), null, account.password(), true));
            created++;
        }
        if (created > 0) {
            log.info("演示模式：已创建演示用户 {} 个（密码均为 {}）", created, DemoAccounts.PASSWORD);
        }
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 18; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

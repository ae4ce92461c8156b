package org.jixiao.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 用户管理 over HTTP: the first-start administrator creates users (refusals at the field, in Chinese), disables,
 * unlocks and resets them; an administrator of one unit manages only the users of its scope; nobody else may.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_users-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true",
        "jixiao.admin.password=admin-secret-1"})
class UserAdminIntegrationTests {

    private static final Pattern NEW_PASSWORD = Pattern.compile("id=\"new-password-value\">([A-Za-z0-9]{12})<");

    @LocalServerPort
    int port;

    private WebSession admin() {
        return WebSession.login(port, "admin", "admin-secret-1");
    }

    private static long idOf(WebSession session, String username) {
        Matcher m = Pattern.compile("id=\"user-" + Pattern.quote(username) + "\"[\\s\\S]*?/admin/users/(\\d+)/")
                .matcher(session.get("/admin/users").body());
        assertThat(m.find()).as("row of " + username).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void theAdministratorCreatesAUserWhoCanThenSignIn() {
        WebSession admin = admin();
        String page = admin.get("/admin/users").body();
        assertThat(page).contains("用户管理", "tianbao", "caizheng", "巨鹿县消防救援大队本级", "新建用户");

        HttpResponse<String> refused = admin.postForm("/admin/users", WebSession.form("username", "1bad", "displayName", " ",
                "organizationCode", "NOWHERE", "password", "short"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("用户名须以字母开头", "请填写姓名", "请选择您管理范围内的单位", "请至少选择一个角色",
                "密码至少 8 个字符");
        assertThat(admin.get("/admin/users").body()).doesNotContain("1bad");

        HttpResponse<String> created = admin.postForm("/admin/users", WebSession.form("username", "lisi", "displayName", "李四",
                "organizationCode", "807001", "roles", "DRAFTER", "password", "lisi-pass-1"));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("已创建", "李四");
        WebSession lisi = WebSession.login(port, "lisi", "lisi-pass-1");
        assertThat(lisi.get("/account").body()).contains("李四", "填报人", "本单位");
        assertThat(lisi.get("/units").body()).contains("巨鹿县消防救援大队本级");

        HttpResponse<String> taken = admin.postForm("/admin/users", WebSession.form("username", "lisi", "displayName", "李四",
                "organizationCode", "807001", "roles", "DRAFTER", "password", "lisi-pass-1"));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("用户名“lisi”已被使用");
    }

    @Test
    void disablingStopsSignInAndTokensAndResettingReplacesThePassword() {
        WebSession admin = admin();
        admin.postForm("/admin/users", WebSession.form("username", "wangwu", "displayName", "王五",
                "organizationCode", "807001", "roles", "DRAFTER", "password", "wangwu-pass-1"));
        WebSession wangwu = WebSession.login(port, "wangwu", "wangwu-pass-1");
        String tokenPage = followRedirect(wangwu, wangwu.postForm("/account/tokens", WebSession.form("name", "对接")));
        Matcher secret = Pattern.compile("id=\"token-secret\">(jx_[A-Za-z0-9_-]+)<").matcher(tokenPage);
        assertThat(secret.find()).isTrue();
        assertThat(WebSession.bearer(port, secret.group(1)).get("/api/v1/units").statusCode()).isEqualTo(200);

        long id = idOf(admin, "wangwu");
        assertThat(followRedirect(admin, admin.postForm("/admin/users/" + id + "/enabled", WebSession.form("enabled", "false"))))
                .contains("账户已停用", "已停用");
        assertThat(WebSession.tryLogin(port, "wangwu", "wangwu-pass-1").headers().firstValue("Location").orElseThrow())
                .contains("/login?");
        assertThat(WebSession.bearer(port, secret.group(1)).get("/api/v1/units").statusCode()).isEqualTo(401);
        HttpResponse<String> ended = wangwu.get("/units");
        assertThat(ended.statusCode()).as("the open session ends at once").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?disabled");
        assertThat(wangwu.get("/account").statusCode()).as("and stays ended").isEqualTo(302);

        followRedirect(admin, admin.postForm("/admin/users/" + id + "/enabled", WebSession.form("enabled", "true")));
        String reset = followRedirect(admin, admin.postForm("/admin/users/" + id + "/password", ""));
        Matcher m = NEW_PASSWORD.matcher(reset);
        assertThat(m.find()).as("the new password is shown once").isTrue();
        assertThat(admin.get("/admin/users").body()).doesNotContain(m.group(1));
        assertThat(WebSession.tryLogin(port, "wangwu", "wangwu-pass-1").headers().firstValue("Location").orElseThrow())
                .contains("/login?error");
        WebSession.login(port, "wangwu", m.group(1));
        assertThat(WebSession.bearer(port, secret.group(1)).get("/api/v1/units").statusCode())
                .as("a reset revokes the tokens").isEqualTo(401);
    }

    @Test
    void aLockedAccountIsUnlockedAndTheAdministratorCannotDisableItself() {
        WebSession admin = admin();
        admin.postForm("/admin/users", WebSession.form("username", "zhaoliu", "displayName", "赵六",
                "organizationCode", "807001", "roles", "DRAFTER", "password", "zhaoliu-pass-1"));
        for (int i = 0; i < 5; i++) {
            WebSession.tryLogin(port, "zhaoliu", "wrong-" + i);
        }
        assertThat(WebSession.tryLogin(port, "zhaoliu", "zhaoliu-pass-1").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?locked");
        assertThat(admin.get("/admin/users").body()).contains("已锁定");
        admin.postForm("/admin/users/" + idOf(admin, "zhaoliu") + "/unlock", "");
        WebSession.login(port, "zhaoliu", "zhaoliu-pass-1");

        HttpResponse<String> self = admin.postForm("/admin/users/" + idOf(admin, "admin") + "/enabled",
                WebSession.form("enabled", "false"));
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("不能停用自己的账户");
        WebSession.login(port, "admin", "admin-secret-1");
    }

    @Test
    void anAdministratorOfOneUnitManagesOnlyItsUsersAndOthersMayNotManageAtAll() {
        WebSession admin = admin();
        admin.postForm("/admin/users", WebSession.form("username", "unitadmin", "displayName", "城区中队管理员",
                "organizationCode", "807002", "roles", "ADMINISTRATOR", "dataScope", "OWN", "password", "unitadmin-1"));
        long tianbao = idOf(admin, "tianbao");
        WebSession unitAdmin = WebSession.login(port, "unitadmin", "unitadmin-1");
        WebSession drafterFirst = WebSession.login(port, "tianbao");
        assertThat(drafterFirst.get("/admin/users").statusCode()).isEqualTo(403);
        String page = unitAdmin.get("/admin/users").body();
        assertThat(page).contains("tianbao2", "unitadmin").doesNotContain("id=\"user-tianbao\"", "caizheng");
        assertThat(unitAdmin.postForm("/admin/users/" + tianbao + "/password", "").statusCode()).isEqualTo(404);
        assertThat(unitAdmin.postForm("/admin/users/" + tianbao + "/enabled", WebSession.form("enabled", "false"))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> outside = unitAdmin.postForm("/admin/users", WebSession.form("username", "outsider",
                "displayName", "外单位", "organizationCode", "807001", "roles", "DRAFTER", "password", "outsider-1"));
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("请选择您管理范围内的单位");

        WebSession drafter = WebSession.login(port, "tianbao");
        assertThat(drafter.get("/admin/users").statusCode()).isEqualTo(403);
        assertThat(drafter.get("/units").body()).doesNotContain("用户管理");
        assertThat(drafter.postForm("/admin/users/" + tianbao + "/password", "").statusCode()).isEqualTo(403);
        WebSession.login(port, "tianbao");
    }

    private static String followRedirect(WebSession session, HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return session.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }
}

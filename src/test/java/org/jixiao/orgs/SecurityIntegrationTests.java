package org.jixiao.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in, lock-out, tokens, CSRF and headers of the whole application in demo mode, over HTTP. Each test uses its
 * own demo user where it changes something about it (password, lock), so the tests do not depend on their order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_security-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true",
        "jixiao.admin.password=admin-secret-1"})
class SecurityIntegrationTests {

    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\">(jx_[A-Za-z0-9_-]+)<");

    @LocalServerPort
    int port;

    @Test
    void pagesRedirectToTheLoginPageAndTheApiAnswers401InChinese() {
        WebSession nobody = WebSession.anonymous(port);
        HttpResponse<String> page = nobody.get("/units/807001/years/2024");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");

        HttpResponse<String> api = nobody.get("/api/v1/units/807001/years/2024/goal-tables");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"status\":401", "未登录或凭据无效", "Bearer").doesNotContain("807001\",\"kind");

        String login = nobody.get("/login").body();
        assertThat(login).contains("登录", "演示用户", "tianbao", "caizheng", "tianbao2", DemoAccounts.PASSWORD, "填报人", "财政审核");
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndTheRightOneSignsIn() {
        HttpResponse<String> wrong = WebSession.tryLogin(port, "yewu", "not-the-password");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(WebSession.anonymous(port).get("/login?error").body()).contains("用户名或密码错误");
        WebSession yewu = WebSession.login(port, "yewu");
        assertThat(yewu.get("/account").body()).contains("业务初审", "本部门及以下", "巨鹿县消防救援大队");
        // a signed-in user asking for the login page goes home
        assertThat(yewu.get("/login").headers().firstValue("Location").orElseThrow()).endsWith("/units");
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < 4; i++) {
            assertThat(WebSession.tryLogin(port, "jixiao", "wrong-" + i).headers().firstValue("Location").orElseThrow())
                    .endsWith("/login?error");
        }
        assertThat(WebSession.tryLogin(port, "jixiao", "wrong-5").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?locked");
        HttpResponse<String> right = WebSession.tryLogin(port, "jixiao", DemoAccounts.PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(WebSession.anonymous(port).get("/login?locked").body()).contains("连续 5 次登录失败，账户已锁定，请 15 分钟后再试");
        // HTTP Basic is a password sign-in too: refused while locked
        assertThat(WebSession.basic(port, "jixiao").get("/api/v1/units").statusCode()).isEqualTo(401);
    }

    @Test
    void successResetsTheCountOfFailures() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                WebSession.tryLogin(port, "caiwu", "wrong");
            }
            WebSession.login(port, "caiwu");
        }
    }

    @Test
    void aTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        WebSession tianbao = WebSession.login(port, "tianbao");
        HttpResponse<String> invalid = tianbao.postForm("/account/tokens", WebSession.form("name", " ", "expiresInDays", "0"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("请填写令牌名称（用途）", "有效天数应为 1–3650 之间的整数");

        HttpResponse<String> created = tianbao.postForm("/account/tokens", WebSession.form("name", "一体化对接", "expiresInDays", "30"));
        assertThat(created.statusCode()).isEqualTo(302);
        String page = tianbao.get("/account").body();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        String token = secret.group(1);
        assertThat(page).contains("一体化对接", "未使用", "有效");
        assertThat(tianbao.get("/account").body()).as("shown once").doesNotContain(token).contains("一体化对接");

        WebSession client = WebSession.bearer(port, token);
        HttpResponse<String> list = client.get("/api/v1/units/807001/years/2024/goal-tables");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("13052924P00584012429T");
        assertThat(list.headers().firstValue("Set-Cookie")).as("a token request makes no session").isEmpty();
        assertThat(tianbao.get("/account").body()).doesNotContain("未使用");
        // a bearer request needs no CSRF token: the header cannot come from another site
        HttpResponse<String> check = client.send(HttpRequest.newBuilder(client.uri("/api/v1/checks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"PROJECT\",\"fiscalYear\":2024,\"unitCode\":\"807001\","
                        + "\"projectCode\":\"T1\",\"projectName\":\"测试\",\"budgetWan\":1}")).build());
        assertThat(check.statusCode()).isEqualTo(200);

        long id = Long.parseLong(firstMatch(tianbao.get("/account").body(), "/account/tokens/(\\d+)/revoke"));
        assertThat(WebSession.login(port, "tianbao2").postForm("/account/tokens/" + id + "/revoke", "").statusCode())
                .as("another user's token").isEqualTo(404);
        assertThat(client.get("/api/v1/units").statusCode()).isEqualTo(200);
        assertThat(tianbao.postForm("/account/tokens/" + id + "/revoke", "").statusCode()).isEqualTo(302);
        HttpResponse<String> revoked = client.get("/api/v1/units");
        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.body()).contains("访问令牌无效、已撤销或已过期");
        assertThat(tianbao.get("/account").body()).contains("已撤销");
        assertThat(WebSession.bearer(port, "jx_madeup").get("/api/v1/units").statusCode()).isEqualTo(401);
    }

    @Test
    void httpBasicServesDemoUsersOnlyInDemoMode() {
        assertThat(WebSession.basic(port, "caizheng").get("/api/v1/units").body()).contains("807001", "807002");
        assertThat(WebSession.basic(port, "tianbao2").get("/api/v1/units").body()).contains("807002").doesNotContain("807001");
        assertThat(WebSession.basic(port, "caizheng", "wrong").get("/api/v1/units").statusCode()).isEqualTo(401);
        // the administrator is no demo user: no Basic, even with the right password
        HttpResponse<String> admin = WebSession.basic(port, "admin", "admin-secret-1").get("/api/v1/units");
        assertThat(admin.statusCode()).isEqualTo(401);
        WebSession.login(port, "admin", "admin-secret-1");
    }

    @Test
    void unsafeRequestsWithoutTheCsrfTokenAreRefused() {
        WebSession tianbao = WebSession.login(port, "tianbao");
        String id = firstMatch(tianbao.get("/units/807001/years/2024").body(), "href=\"/goal-tables/(\\d+)\"");
        WebSession forged = WebSession.anonymous(port);
        // the same session cookie, no token: what a forged cross-site form would send
        HttpResponse<String> page = tianbao.send(HttpRequest.newBuilder(tianbao.uri("/goal-tables/" + id + "/rows?list=goals&op=add"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-TOKEN", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("version=0")).build());
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("没有权限", "页面已过期").doesNotContain("Exception");
        HttpResponse<String> api = tianbao.send(HttpRequest.newBuilder(tianbao.uri("/api/v1/checks"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", "forged")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.body()).contains("CSRF");
        assertThat(forged.postForm("/logout", "").statusCode()).isEqualTo(403);
        // with the page's token the same request goes through
        assertThat(tianbao.postForm("/goal-tables/" + id + "/rows?list=goals&op=add", "version=0").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesAndApiCarryTheSecurityHeaders() {
        WebSession tianbao = WebSession.login(port, "tianbao");
        for (HttpResponse<String> response : new HttpResponse[]{tianbao.get("/units"), tianbao.get("/api/v1/units"),
                WebSession.anonymous(port).get("/login")}) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
        }
        // no inline script is left for the policy to block
        assertThat(tianbao.get("/exchange/imports/new").body()).doesNotContain("<script>");
    }

    @Test
    void aReviewerMayReadButNotEditAndTheAnswerSaysWhy() {
        WebSession caizheng = WebSession.basic(port, "caizheng");
        String id = firstMatch(caizheng.get("/api/v1/units/807001/years/2024/goal-tables").body(), "\"id\":(\\d+)");
        String doc = caizheng.get("/api/v1/goal-tables/" + id).body();
        HttpResponse<String> put = caizheng.send(HttpRequest.newBuilder(caizheng.uri("/api/v1/goal-tables/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(doc)).build());
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(put.body()).contains("没有执行此操作的权限", "goal-table:edit");
        WebSession page = WebSession.login(port, "caizheng");
        assertThat(page.get("/goal-tables/" + id).body()).doesNotContain("id=\"edit-link\"");
        assertThat(page.get("/goal-tables/" + id + "/edit").statusCode()).isEqualTo(403);
    }

    @Test
    void theOwnPasswordIsChangedWithTheCurrentOneAndErrorsAreShownAtTheirFields() {
        WebSession caizheng = WebSession.login(port, "tianbao2");
        HttpResponse<String> refused = caizheng.postForm("/account/password", WebSession.form("currentPassword", "wrong",
                "newPassword", "short", "confirmPassword", "other"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("当前密码不正确", "密码至少 8 个字符", "两次输入的新密码不一致");
        HttpResponse<String> changed = caizheng.postForm("/account/password", WebSession.form("currentPassword",
                DemoAccounts.PASSWORD, "newPassword", "neues-pass-2024", "confirmPassword", "neues-pass-2024"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(WebSession.tryLogin(port, "tianbao2", DemoAccounts.PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        WebSession again = WebSession.login(port, "tianbao2", "neues-pass-2024");
        again.postForm("/account/password", WebSession.form("currentPassword", "neues-pass-2024",
                "newPassword", DemoAccounts.PASSWORD, "confirmPassword", DemoAccounts.PASSWORD));
        WebSession.login(port, "tianbao2");
    }

    @Test
    void logoutEndsTheSession() {
        WebSession yewu = WebSession.login(port, "yewu");
        assertThat(yewu.postForm("/logout", "").headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(yewu.get("/units").statusCode()).isEqualTo(302);
    }

    private static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }
}

package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review over HTTP on the embedded default database with the demo data: the API ({@code /api/v1/goal-tables/{id}/review})
 * with HTTP Basic as the demo users, problem+json refusals in Chinese, and the pages (panel, form posts, 待办).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_review-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class ReviewHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    CheckQueries checks;

    @Test
    void theApiWalksTheChainWithAReturn() {
        long id = cleanTable(0);
        WebSession tianbao = WebSession.basic(port, "tianbao");
        JsonNode draft = json(tianbao.get(review(id)), 200);
        assertThat(draft.get("state").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("status").asString()).isEqualTo("草稿");
        assertThat(draft.get("actions").valueStream().map(JsonNode::asString).toList()).containsExactly("submit");
        assertThat(draft.get("steps").valueStream().map(JsonNode::asString).toList())
                .containsExactly("业务初审", "财务复核", "绩效终审", "财政审核");

        JsonNode submitted = json(post(tianbao, id, "submit", "{\"version\":0}"), 200);
        assertThat(submitted.get("status").asString()).isEqualTo("已送审（待业务初审）");
        assertThat(submitted.get("version").asLong()).isEqualTo(1);

        // the table is read-only now: PUT answers 409 problem+json
        String document = tianbao.get("/api/v1/goal-tables/" + id).body();
        HttpResponse<String> put = tianbao.send(HttpRequest.newBuilder(tianbao.uri("/api/v1/goal-tables/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(document)).build());
        assertProblem(put, 409, "已送审或已批复的目标表不能修改");

        WebSession yewu = WebSession.basic(port, "yewu");
        JsonNode approved = json(post(yewu, id, "approve",
                "{\"version\":1,\"opinions\":[{\"text\":\"同意\"},{\"row\":0,\"text\":\"第一行写得好\"}]}"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("待财务复核");

        WebSession caiwu = WebSession.basic(port, "caiwu");
        assertProblem(post(caiwu, id, "return", "{\"version\":2}"), 409, "退回须填写理由");
        JsonNode returned = json(post(caiwu, id, "return",
                "{\"version\":2,\"reason\":\"资金支出计划与用途不符\",\"opinions\":[{\"row\":1,\"text\":\"请量化\"}]}"), 200);
        assertThat(returned.get("state").asString()).isEqualTo("DRAFT");

        JsonNode seen = json(tianbao.get(review(id)), 200);
        assertThat(seen.get("status").asString()).isEqualTo("已退回（草稿）");
        JsonNode history = seen.get("history");
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(1).get("action").asString()).isEqualTo("通过");
        assertThat(history.get(1).get("step").asString()).isEqualTo("业务初审");
        assertThat(history.get(1).get("opinions").get(1).get("row").asInt()).isZero();
        assertThat(history.get(2).get("action").asString()).isEqualTo("退回");
        assertThat(history.get(2).get("actor").asString()).isEqualTo("财务复核");
        assertThat(history.get(2).get("reason").asString()).isEqualTo("资金支出计划与用途不符");
        assertThat(history.get(2).get("opinions").get(0).get("text").asString()).isEqualTo("请量化");

        // editable again
        HttpResponse<String> saved = tianbao.send(HttpRequest.newBuilder(tianbao.uri("/api/v1/goal-tables/" + id))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(document)).build());
        assertThat(saved.statusCode()).isEqualTo(200);
    }

    @Test
    void refusalsAreChineseProblems() {
        long id = cleanTable(1);
        WebSession tianbao = WebSession.basic(port, "tianbao");
        assertProblem(WebSession.basic(port, "tianbao2").get(review(id)), 404, "不存在");
        assertProblem(post(WebSession.basic(port, "tianbao2"), id, "submit", "{\"version\":0}"), 404, "不存在");
        assertProblem(post(tianbao, id, "publish", "{\"version\":0}"), 404, "没有审核操作");
        assertProblem(post(tianbao, id, "submit", "{}"), 400, "输入有误");
        assertProblem(post(WebSession.basic(port, "yewu"), id, "submit", "{\"version\":0}"), 403, "没有“送审”的权限");

        json(post(tianbao, id, "submit", "{\"version\":0}"), 200);
        assertProblem(post(WebSession.basic(port, "caiwu"), id, "approve", "{\"version\":1}"), 403,
                "没有“业务初审”的权限");
        assertProblem(post(WebSession.basic(port, "yewu"), id, "approve", "{\"version\":0}"), 409,
                "该目标表的审核状态已被他人更新");
        assertProblem(post(tianbao, id, "submit", "{\"version\":1}"), 409, "状态下不能送审");
    }

    @Test
    void thePagesShowThePanelTheButtonsAndTheTodoList() {
        long id = cleanTable(2);
        WebSession tianbao = WebSession.login(port, "tianbao");
        String page = tianbao.get("/goal-tables/" + id).body();
        assertThat(page).contains("/review/goal-tables/" + id + "/panel").contains("id=\"edit-link\"");
        String panel = tianbao.get("/review/goal-tables/" + id + "/panel").body();
        assertThat(panel).contains("id=\"review-status\"").contains("草稿").contains("id=\"review-submit\"")
                .doesNotContain("id=\"review-approve\"");

        HttpResponse<String> submit = tianbao.postForm("/review/goal-tables/" + id + "/submit",
                WebSession.form("version", "0"));
        assertThat(submit.statusCode()).isEqualTo(302);
        assertThat(submit.headers().firstValue("Location").orElse("")).endsWith("/goal-tables/" + id);
        String after = tianbao.get("/goal-tables/" + id).body();
        assertThat(after).contains("已送审").contains("id=\"locked-notice\"").doesNotContain("id=\"edit-link\"");
        assertThat(tianbao.get("/goal-tables/" + id + "/edit").statusCode()).isEqualTo(409);
        assertThat(tianbao.get("/review/goal-tables/" + id + "/panel").body()).contains("id=\"review-withdraw\"");

        WebSession yewu = WebSession.login(port, "yewu");
        String todo = yewu.get("/todo").body();
        assertThat(todo).contains("data-goal-table=\"" + id + "\"").contains("待业务初审");
        assertThat(yewu.get("/units").body()).contains("id=\"nav-todo-count\"").contains("id=\"home-todo\"");
        String yewuPanel = yewu.get("/review/goal-tables/" + id + "/panel").body();
        assertThat(yewuPanel).contains("id=\"review-approve\"").contains("id=\"review-return\"");

        HttpResponse<String> noReason = yewu.postForm("/review/goal-tables/" + id + "/return",
                WebSession.form("version", "1", "reason", ""));
        assertThat(noReason.statusCode()).isEqualTo(302);
        assertThat(yewu.get("/goal-tables/" + id).body()).contains("退回未成功：退回须填写理由");
        yewu.postForm("/review/goal-tables/" + id + "/return",
                WebSession.form("version", "1", "reason", "绩效目标不明确", "opinionRow", "0", "opinion", "请细化"));
        String tianbaoTodo = tianbao.get("/todo").body();
        assertThat(tianbaoTodo).contains("data-goal-table=\"" + id + "\"").contains("已退回");
        String history = tianbao.get("/review/goal-tables/" + id + "/panel").body();
        assertThat(history).contains("绩效目标不明确").contains("第 1 行：请细化");

        String states = yewu.get("/review/units/807001/years/2024/states").body();
        assertThat(states).contains("id=\"review-state-" + id + "\"").contains("已退回（草稿）")
                .contains("hx-swap-oob=\"true\"");
        assertThat(yewu.get("/units/807001/years/2024").body()).contains("/review/units/807001/years/2024/states")
                .contains("id=\"review-state-" + id + "\"");

        // the drafter of another unit sees nothing of it
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get("/review/goal-tables/" + id + "/panel").statusCode()).isEqualTo(404);
        assertThat(other.postForm("/review/goal-tables/" + id + "/submit", WebSession.form("version", "2"))
                .statusCode()).isEqualTo(404);
        assertThat(other.get("/todo").body()).doesNotContain("data-goal-table=\"" + id + "\"");
    }

    private String review(long id) {
        return "/api/v1/goal-tables/" + id + "/review";
    }

    private HttpResponse<String> post(WebSession session, long id, String action, String body) {
        return session.send(HttpRequest.newBuilder(session.uri(review(id) + "/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asString() + problem.path("detail").asString()).contains(detail);
    }

    private long cleanTable(int n) {
        List<Long> clean = new ArrayList<>();
        for (GoalTableSummary summary : goals.list("807001", FiscalYear.of(2024), OrgScope.unrestricted())) {
            if (summary.projectCode() != null
                    && checks.check(summary.id(), OrgScope.unrestricted()).count(Severity.ERROR) == 0) {
                clean.add(summary.id().value());
            }
        }
        return clean.get(n);
    }
}

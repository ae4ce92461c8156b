package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 部门整体支出绩效自评 in review over HTTP on the demo data (807001, 2024): 送审 refused while a leaf's input is
 * missing, read-only while submitted, 退回 unlocks, the chain to 已批复; the bureau's 复核分 with its reason; and the
 * 部门预算资金支出率 leaf prefilled with 运行监控's 年度平均执行率.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_deptreview-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DepartmentEvaluationReviewHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MonitoringQueries monitoring;

    @Test
    @Order(1)
    void aDepartmentEvaluationGoesThroughReviewIsReadOnlyMeanwhileAndIsRescoredByTheBureau() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        WebSession caizheng = WebSession.basic(port, "caizheng");
        long id = json(tianbao.get("/api/v1/units/807001/years/2024/department-evaluation"), 200).get("id").asLong();
        String path = "/api/v1/department-evaluations/" + id;
        ObjectNode document = (ObjectNode) json(tianbao.get(path), 200);
        assertThat(document.get("reviewStatus").asString()).isEqualTo("草稿");
        assertThat(document.get("locked").asBoolean()).isFalse();
        assertThat(document.get("violations").size()).as(document.get("violations").toString()).isZero();

        // 复核分 only once submitted
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"score\":\"90\",\"reason\":\"复核\"}"), 409, "尚未送审");

        // a leaf's inputs taken away: 送审 is refused and names the leaf
        ObjectNode leaves = (ObjectNode) document.get("leaves");
        ObjectNode incomplete = leaves.deepCopy();
        incomplete.remove("1.1");
        long version = document.get("version").asLong();
        json(send(tianbao, "PUT", path, "{\"version\":" + version + ",\"leaves\":" + incomplete + "}"), 200);
        HttpResponse<String> blocked = review(tianbao, id, "submit", 0, "");
        assertProblem(blocked, 409, "不能送审");
        assertThat(blocked.body()).contains("1.1");
        json(send(tianbao, "PUT", path, "{\"version\":" + (version + 1) + ",\"leaves\":" + leaves + "}"), 200);

        // 送审 → locked: the API and the page refuse changes
        json(review(tianbao, id, "submit", 0, ""), 200);
        JsonNode submitted = json(tianbao.get(path), 200);
        assertThat(submitted.get("locked").asBoolean()).isTrue();
        assertThat(submitted.get("reviewStatus").asString()).isNotEqualTo("草稿");
        assertProblem(send(tianbao, "PUT", path, "{\"version\":" + (version + 2) + ",\"leaves\":" + leaves + "}"), 409,
                "不能修改");
        WebSession browser = WebSession.login(port, "tianbao");
        String page = browser.get("/department-evaluations/" + id).body();
        assertThat(page).contains("id=\"locked-notice\"", "/review/department-evaluations/" + id + "/panel")
                .doesNotContain("id=\"save\"");
        assertThat(browser.get("/review/department-evaluations/" + id + "/panel").statusCode()).isEqualTo(200);
        assertThat(browser.postForm("/department-evaluations/" + id,
                WebSession.form("version", Long.toString(version + 2), "v:1.1:score", "1")).statusCode()).isEqualTo(409);
        assertThat(json(tianbao.get(path), 200).get("version").asLong()).isEqualTo(version + 2);

        // 待办 of the first reviewer, then 退回 unlocks
        WebSession yewu = WebSession.basic(port, "yewu");
        assertThat(WebSession.login(port, "yewu").get("/todo").body()).contains("/department-evaluations/" + id);
        json(review(yewu, id, "return", 1, ",\"reason\":\"评分依据不充分\""), 200);
        assertThat(json(tianbao.get(path), 200).get("locked").asBoolean()).isFalse();

        // again, through the whole chain to 已批复 (still read-only)
        walk(id);
        JsonNode approved = json(tianbao.get(path), 200);
        assertThat(approved.get("reviewStatus").asString()).isEqualTo("已批复");
        assertThat(approved.get("locked").asBoolean()).isTrue();

        // 复核分: refused for a unit user, without a reason, beyond the leaf's 分值; nothing written then
        assertThat(send(tianbao, "POST", path + "/rescores", "{\"score\":\"90\",\"reason\":\"自评\"}").statusCode())
                .isEqualTo(403);
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"leaf\":\"1.1\",\"score\":\"1\"}"), 400, "请填写复核理由");
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"leaf\":\"9.9\",\"score\":\"1\",\"reason\":\"x\"}"), 400,
                "9.9");
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"leaf\":\"1.1\",\"score\":\"999\",\"reason\":\"x\"}"),
                400, "复核分应在");
        assertThat(json(caizheng.get(path + "/rescores"), 200).get("history").size()).isZero();
        HttpResponse<String> page400 = WebSession.login(port, "caizheng").postForm("/department-evaluations/" + id
                + "/rescores", WebSession.form("leaf", "1.1", "score", "1", "reason", " "));
        assertThat(page400.statusCode()).isEqualTo(400);
        assertThat(page400.body()).contains("请填写复核理由");

        JsonNode leaf = json(send(caizheng, "POST", path + "/rescores",
                "{\"leaf\":\"1.1\",\"score\":\"1.5\",\"reason\":\"佐证不足，酌情扣分\"}"), 201);
        assertThat(leaf.get("leaf").asString()).isEqualTo("1.1");
        assertThat(leaf.get("score").decimalValue()).isEqualByComparingTo("1.50");
        json(send(caizheng, "POST", path + "/rescores", "{\"score\":90,\"reason\":\"总体复核\"}"), 201);
        JsonNode rescored = json(tianbao.get(path), 200);
        assertThat(rescored.get("total").decimalValue()).isEqualByComparingTo(approved.get("total").decimalValue());
        JsonNode rescoring = rescored.get("rescoring");
        assertThat(rescoring.get("total").get("score").decimalValue()).isEqualByComparingTo("90");
        assertThat(rescoring.get("total").get("unitScore").decimalValue())
                .isEqualByComparingTo(approved.get("total").decimalValue());
        assertThat(rescoring.get("leaves").get(0).get("leaf").asString()).isEqualTo("1.1");
        assertThat(rescoring.get("leaves").get(0).get("reason").asString()).isEqualTo("佐证不足，酌情扣分");
        assertThat(rescoring.get("history").size()).isEqualTo(2);
        assertThat(browser.get("/department-evaluations/" + id).body())
                .contains("id=\"rescore-total\">90.00<", "data-rescore-leaf=\"1.1\"", "佐证不足，酌情扣分")
                .doesNotContain("id=\"rescore-form\"");
        assertThat(WebSession.login(port, "caizheng").get("/department-evaluations/" + id).body())
                .contains("id=\"rescore-form\"");
        // another unit sees none of it
        assertThat(WebSession.basic(port, "panyu").get(path + "/rescores").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void theDepartmentBudgetExecutionLeafIsPrefilledFromMonitoring() throws Exception {
        BigDecimal expected = monitoring.unitYear("807001", FiscalYear.of(2024), Optional.empty(),
                OrgScope.of(java.util.List.of("807001"))).averageRate();
        assertThat(expected).isNotNull().isPositive().isLessThanOrEqualTo(BigDecimal.ONE);
        String expectedText = expected.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "%";

        // a design of 807001 carrying the 部门预算资金支出率 leaf (rule AVERAGE_EXECUTION) of the Panyu template
        ObjectNode body;
        try (InputStream in = getClass().getResourceAsStream("/scoring/templates/panyu-2024-department.json")) {
            body = (ObjectNode) JSON.readTree(in);
        }
        body.put("id", "807001-2024-avg");
        String region = jdbc.sql("select region_code from org_organization where code = '807001'").query(String.class)
                .single();
        jdbc.sql("""
                insert into eval_department_template (template_id, template_version, owner_code, region_code, from_year,
                                                      based_on, based_on_version, body, created_at)
                values ('807001-2024-avg', 1, '807001', :region, 2024, 'panyu-2024-department', 1, :body, :now)
                """).param("region", region).param("body", body.toString()).param("now", Timestamp.from(Instant.now()))
                .update();
        jdbc.sql("delete from eval_department_evaluation where unit_code = '807001' and fiscal_year = 2024").update();

        WebSession tianbao = WebSession.basic(port, "tianbao");
        JsonNode started = json(send(tianbao, "POST", "/api/v1/department-evaluations",
                "{\"unitCode\":\"807001\",\"fiscalYear\":2024,\"templateId\":\"807001-2024-avg\"}"), 201);
        assertThat(started.get("leaves").get("1.1.3").get("average").asString()).isEqualTo(expectedText);
        assertThat(started.get("monitoredAverageRate").decimalValue()).isEqualByComparingTo(expected);
        assertThat(started.get("monitoredAverageRatePercent").asString()).isEqualTo(expectedText);
        JsonNode scored = null;
        for (JsonNode n : started.get("nodes")) {
            for (JsonNode c : n.get("children")) {
                for (JsonNode l : c.get("children")) {
                    if (l.get("code").asString().equals("1.1.3")) {
                        scored = l;
                    }
                }
            }
        }
        assertThat(scored).isNotNull();
        assertThat(scored.get("score").isNull()).isFalse();

        long id = started.get("id").asLong();
        String page = WebSession.login(port, "tianbao").get("/department-evaluations/" + id).body();
        assertThat(page).contains("id=\"monitored-n1-1-3\"", "本单位本年度平均执行率 " + expectedText,
                "value=\"" + expectedText + "\"");

        // cleared by the unit: the page offers the figure again (scored as shown), nothing saved until 保存
        ObjectNode leaves = ((ObjectNode) started.get("leaves")).deepCopy();
        leaves.remove("1.1.3");
        json(send(tianbao, "PUT", "/api/v1/department-evaluations/" + id, "{\"version\":" + started.get("version").asLong()
                + ",\"leaves\":" + leaves + "}"), 200);
        String again = WebSession.login(port, "tianbao").get("/department-evaluations/" + id).body();
        assertThat(again).contains("value=\"" + expectedText + "\"", "id=\"monitored-n1-1-3\"");
        assertThat(json(tianbao.get("/api/v1/department-evaluations/" + id), 200).get("leaves").has("1.1.3")).isFalse();
    }

    private void walk(long id) {
        String[] users = {"tianbao", "yewu", "caiwu", "jixiao", "caizheng"};
        String[] actions = {"submit", "approve", "approve", "approve", "approve"};
        for (int i = 0; i < users.length; i++) {
            WebSession session = WebSession.basic(port, users[i]);
            long version = json(session.get("/api/v1/department-evaluations/" + id + "/review"), 200).get("version").asLong();
            json(review(session, id, actions[i], version, ""), 200);
        }
    }

    private static HttpResponse<String> review(WebSession session, long id, String action, long version, String more) {
        return send(session, "POST", "/api/v1/department-evaluations/" + id + "/review/" + action,
                "{\"version\":" + version + more + "}");
    }

    private static HttpResponse<String> send(WebSession session, String method, String path, String body) {
        return session.send(HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asString() + problem.path("detail").asString() + problem.path("violations"))
                .contains(detail);
    }
}

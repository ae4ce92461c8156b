package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 双监控 returns over HTTP on the demo data: the demo return's lamps, saving under optimistic locking (409), every bad
 * value refused at its field (400 problem+json, nothing written), drafts with reasons still missing, 报送 refused
 * until complete, read-only once 报送, creation per goal table and period, data scope, pages and 待办 reminders.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_monret-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class MonitoringReturnHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HYDRANTS = "消火栓建设及维护经费";

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theDemoReturnIsCompleteWithARedMoneyLampAndYellowRowsExplained() {
        JsonNode list = json(http.get("/api/v1/units/807001/years/2024/monitoring-returns"));
        assertThat(list.size()).isEqualTo(9);
        JsonNode doc = demoReturn();
        assertThat(doc.get("period").asString()).isEqualTo("1–7月");
        assertThat(doc.get("due").asString()).isEqualTo("2024-08-31");
        assertThat(doc.get("status").asString()).isEqualTo("DRAFT");
        assertThat(doc.get("budgetWan").asString()).isEqualTo("50.00");
        assertThat(doc.get("executedWan").asString()).isEqualTo("18.5");
        // 18.5 of 50 = 37% at 7/12 → ratio 63.4% (黄); against the plan's 70% at 6月底 → 52.9% (红): the worse is red
        assertThat(doc.get("money").get("lamp").asString()).isEqualTo("RED");
        assertThat(doc.get("money").get("explanation").asString()).contains("红灯", "资金支出计划");
        assertThat(doc.get("money").get("reason").get("categoryLabel").asString()).isEqualTo("其他");
        JsonNode rows = doc.get("indicators");
        assertThat(rows.size()).isEqualTo(7);
        assertThat(rows.get(0).get("target").asString()).isEqualTo("≥50座");
        assertThat(rows.get(0).get("likelihoodLabel").asString()).isEqualTo("有可能");
        assertThat(rows.get(0).get("lamp").asString()).isEqualTo("YELLOW");
        assertThat(rows.get(0).get("measure").asString()).contains("施工班组");
        assertThat(rows.get(1).get("lamp").asString()).isEqualTo("GREEN");
        assertThat(rows.get(4).get("lamp").asString()).isEqualTo("YELLOW");
        assertThat(doc.get("violations").size()).isZero();
        assertThat(doc.get("lamp").asString()).isEqualTo("RED");
    }

    @Test
    void savesUnderOptimisticLockingAndRefusesEveryBadValueAtItsField() {
        ObjectNode doc = (ObjectNode) demoReturn();
        long id = doc.get("id").longValue();
        ((ObjectNode) doc.get("indicators").get(1)).put("completed", "98%");
        HttpResponse<String> saved = send("PUT", "/api/v1/monitoring-returns/" + id, doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(saved.body());
        assertThat(after.get("version").longValue()).isEqualTo(doc.get("version").longValue() + 1);
        assertThat(after.get("indicators").get(1).get("completed").asString()).isEqualTo("98%");

        HttpResponse<String> stale = send("PUT", "/api/v1/monitoring-returns/" + id, doc.toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        ObjectNode bad = (ObjectNode) after.deepCopy();
        bad.put("executedWan", "十八万");
        bad.put("expectedAnnualWan", "-3");
        ((ObjectNode) bad.get("indicators").get(2)).put("likelihood", "大概能");
        ((ObjectNode) bad.get("indicators").get(3)).put("completed", "x".repeat(501));
        HttpResponse<String> refused = send("PUT", "/api/v1/monitoring-returns/" + id, bad.toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        JsonNode violations = JSON.readTree(refused.body()).get("violations");
        assertThat(violations.toString()).contains("\"executed\"", "\"expectedAnnual\"", "indicators[2].likelihood",
                "indicators[3].completed", "大概能");
        assertThat(violations.size()).isEqualTo(4);
        JsonNode unchanged = json(http.get("/api/v1/monitoring-returns/" + id));
        assertThat(unchanged.get("version").longValue()).isEqualTo(after.get("version").longValue());
        assertThat(unchanged.get("executedWan").asString()).isEqualTo("18.5");
    }

    @Test
    void aDraftMayLackReasonsButGoesToReviewOnlyWhenCompleteAndIsReadOnlyThere() {
        JsonNode created = create("高危执勤补贴经费", 7, 201);
        long id = created.get("id").longValue();
        assertThat(created.get("indicators").size()).isPositive();
        assertThat(created.get("violations").toString()).contains("monitoring.money.required");

        ObjectNode doc = (ObjectNode) created.deepCopy();
        doc.put("executedWan", "40");          // 40 of 73.2 at 7/12: ratio 93.7% → 绿 (and the plan) …
        doc.put("expectedAnnualWan", "73.2");
        for (JsonNode row : doc.get("indicators")) {
            ((ObjectNode) row).put("completed", "按进度完成").put("expectedAnnual", "完成").put("likelihood", "CERTAIN");
        }
        ((ObjectNode) doc.get("indicators").get(0)).put("likelihood", "完全不可能");   // 红: reasons required
        HttpResponse<String> saved = send("PUT", "/api/v1/monitoring-returns/" + id, doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode draft = JSON.readTree(saved.body());
        assertThat(draft.get("indicators").get(0).get("lamp").asString()).isEqualTo("RED");
        assertThat(draft.get("violations").toString()).contains("indicators[0].reason.category",
                "indicators[0].reason.text", "indicators[0].measure", "亮红灯");

        // 送审 through the review workflow is refused while anything is missing, naming the row
        HttpResponse<String> refused = review(http, id, "submit", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("第1行", "纠偏措施");

        ObjectNode complete = (ObjectNode) draft.deepCopy();
        ObjectNode row0 = (ObjectNode) complete.get("indicators").get(0);
        row0.putObject("reason").put("category", "人员保障").put("text", "执勤人员调整");
        row0.put("measure", "补充人员");
        JsonNode ready = JSON.readTree(send("PUT", "/api/v1/monitoring-returns/" + id, complete.toString()).body());
        assertThat(ready.get("violations").size()).as(ready.toString()).isZero();
        HttpResponse<String> submitted = review(http, id, "submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode done = json(http.get("/api/v1/monitoring-returns/" + id));
        assertThat(done.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(done.get("reviewStatus").asString()).isEqualTo("待业务初审");

        // locked while under review: a save is refused, nothing written
        HttpResponse<String> locked = send("PUT", "/api/v1/monitoring-returns/" + id, ready.toString());
        assertThat(locked.statusCode()).isEqualTo(409);
        assertThat(locked.body()).contains("已送审");
        assertThat(json(http.get("/api/v1/monitoring-returns/" + id)).get("version").longValue())
                .isEqualTo(ready.get("version").longValue());

        // 业务初审 returns it with a reason: editable again, and in the drafter's 待办 as 已退回
        WebSession business = WebSession.login(port, "yewu");
        HttpResponse<String> returned = review(business, id, "return", "请补充纠偏措施的完成时限");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        JsonNode back = json(http.get("/api/v1/monitoring-returns/" + id));
        assertThat(back.get("status").asString()).isEqualTo("DRAFT");
        assertThat(back.get("reviewStatus").asString()).contains("退回");
        assertThat(http.get("/todo").body()).contains("高危执勤补贴经费（1–7月双监控）");

        // resubmitted and approved through the whole chain: 已批复, still read-only
        assertThat(review(http, id, "submit", null).statusCode()).isEqualTo(200);
        for (String reviewer : new String[] {"yewu", "caiwu", "jixiao", "caizheng"}) {
            HttpResponse<String> approved = review(WebSession.login(port, reviewer), id, "approve", null);
            assertThat(approved.statusCode()).as(reviewer + " " + approved.body()).isEqualTo(200);
        }
        JsonNode approved = json(http.get("/api/v1/monitoring-returns/" + id));
        assertThat(approved.get("reviewStatus").asString()).isEqualTo("已批复");
        assertThat(approved.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(http.get("/monitoring-returns/" + id).body()).contains("已批复", "/review/monitoring-returns/" + id + "/panel");

        // 调整: the approved return is kept as a snapshot and becomes an editable draft of the next round
        HttpResponse<String> adjusted = review(http, id, "adjust", "下半年施工计划调整");
        assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
        JsonNode status = json(http.get("/api/v1/monitoring-returns/" + id + "/review"));
        assertThat(status.toString()).contains("执勤人员调整");   // the snapshot holds the approved content
        assertThat(json(http.get("/api/v1/monitoring-returns/" + id)).get("status").asString()).isEqualTo("DRAFT");
    }

    /** A review action on the return through the generic review API, at the case's current version. */
    private HttpResponse<String> review(WebSession session, long id, String action, String reason) {
        JsonNode status = json(session.get("/api/v1/monitoring-returns/" + id + "/review"));
        String body = "{\"version\":" + status.get("version").longValue()
                + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
        return session.send(HttpRequest.newBuilder(session.uri("/api/v1/monitoring-returns/" + id + "/review/" + action))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void createsOneReturnPerGoalTableAndConfiguredPeriod() {
        long table = goalTable("官亭消防站建设、运转经费");
        assertThat(create(table, 7, 201).get("period").asString()).isEqualTo("1–7月");
        HttpResponse<String> twice = post(table, 7);
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("已经开始填报");
        HttpResponse<String> noSuchPeriod = post(table, 10);   // the national rules have 1–7月 only
        assertThat(noSuchPeriod.statusCode()).isEqualTo(400);
        assertThat(noSuchPeriod.body()).contains("cutOffMonth", "1–7月");
        HttpResponse<String> bad = send("POST", "/api/v1/units/807001/years/2024/monitoring-returns",
                "{\"goalTableId\":\"x\",\"cutOffMonth\":13}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("violations").size()).isEqualTo(2);
        HttpResponse<String> wrongYear = send("POST", "/api/v1/units/807001/years/2023/monitoring-returns",
                "{\"goalTableId\":" + table + ",\"cutOffMonth\":7}");
        assertThat(wrongYear.statusCode()).isEqualTo(404);
    }

    @Test
    void anotherUnitsDrafterFindsNothing() {
        long id = demoReturn().get("id").longValue();
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get("/api/v1/monitoring-returns/" + id).statusCode()).isEqualTo(404);
        assertThat(other.send(HttpRequest.newBuilder(other.uri("/api/v1/monitoring-returns/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"version\":0}")).build()).statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/units/807001/years/2024/monitoring-returns").statusCode()).isEqualTo(404);
        assertThat(other.get("/monitoring-returns/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/units/807001/years/2024/monitoring-returns").statusCode()).isEqualTo(404);
        assertThat(other.get("/api/v1/monitoring-returns/" + id + "/review").statusCode()).isEqualTo(404);
        assertThat(other.get("/review/monitoring-returns/" + id + "/panel").statusCode()).isEqualTo(404);
        assertThat(other.get("/monitoring-returns/notices?unitCode=807001&year=2024").body())
                .doesNotContain("巨鹿县消防救援大队本级");
    }

    @Test
    void theFormShowsTargetsLampsAndRefusesAtTheField() {
        long id = demoReturn().get("id").longValue();
        String page = http.get("/monitoring-returns/" + id).body();
        assertThat(page).contains("≥50座", "有可能", "黄灯", "红灯", "目标表状态");
        HttpResponse<String> refused = http.postForm("/monitoring-returns/" + id, WebSession.form(
                "version", Long.toString(demoReturn().get("version").longValue()), "executedWan", "很多",
                "expectedAnnualWan", "50", "rows[0].completed", "22座", "rows[0].expectedAnnual", "50座",
                "rows[0].likelihood", "POSSIBLE"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("is-invalid", "请输入金额数字", "本次修改尚未保存");
        // the typed value comes back as typed
        assertThat(refused.body()).contains("value=\"很多\"");

        String unitYear = http.get("/units/807001/years/2024").body();
        assertThat(unitYear).contains("双监控填报", "/monitoring-returns/notices?unitCode=807001");
        String notices = http.get("/monitoring-returns/notices?unitCode=807001&year=2024").body();
        assertThat(notices).contains("双监控逾期", "1–7月", "2024-08-31", "未送审");
        assertThat(http.get("/monitoring-returns/notices").body()).contains("巨鹿县消防救援大队本级", "双监控逾期");
        assertThat(http.get("/units/807001/years/2024/monitoring-returns").body()).contains(HYDRANTS, "草稿", "开始填报");
    }

    private JsonNode demoReturn() {
        JsonNode list = json(http.get("/api/v1/units/807001/years/2024/monitoring-returns"));
        for (JsonNode line : list) {
            if (HYDRANTS.equals(line.get("projectName").asString())) {
                return json(http.get("/api/v1/monitoring-returns/" + line.get("returns").get(0).get("id").longValue()));
            }
        }
        throw new AssertionError("no demo return");
    }

    private long goalTable(String projectName) {
        for (JsonNode line : json(http.get("/api/v1/units/807001/years/2024/monitoring-returns"))) {
            if (projectName.equals(line.get("projectName").asString())) {
                return line.get("goalTableId").longValue();
            }
        }
        throw new AssertionError(projectName);
    }

    private JsonNode create(String projectName, int month, int status) {
        return create(goalTable(projectName), month, status);
    }

    private JsonNode create(long table, int month, int status) {
        HttpResponse<String> response = post(table, month);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(long table, int month) {
        return send("POST", "/api/v1/units/807001/years/2024/monitoring-returns",
                "{\"goalTableId\":" + table + ",\"cutOffMonth\":" + month + "}");
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}

package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project self-evaluation started for a project with execution records (运行监控, demo 807001 2024) takes its
 * 全年执行数 from them — exactly the sum of the records, one of them with 分 — and its 全年预算数 from the budget in
 * force after the year's 预算调整 (困难地区消防装备购置费: 225 万元, raised to 250 on 2024-07-15 by the demo and to
 * 260.5 on 2024-11-20 here); a project without records keeps 全年执行数 empty and the goal table's 预算数. The form and
 * the API show the recorded figures beside the typed ones and tell when they differ.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_evalprefill-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class SelfEvaluationMonitoringPrefillHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 困难地区消防装备购置费: twelve monthly records and a 预算调整 in the demo. */
    private static final String EQUIPMENT = "13052924P00584210876M";
    /** A demo project whose records this test takes away. */
    private static final String WITHOUT_RECORDS = "13052924P00584110433G";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aStartedSelfEvaluationTakesTheYearsRecordedSpendingAndAdjustedBudgetFromMonitoring() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        // one more payment with 分 and a second 预算调整 (a change: +10.5 万元 on the 250 in force)
        json(send(tianbao, "POST", "/api/v1/units/807001/years/2024/execution-records", """
                {"records": [{"projectCode": "%s", "date": "2024-12-28", "amountYuan": "1234.57", "note": "尾款"}],
                 "adjustments": [{"projectCode": "%s", "date": "2024-11-20", "deltaYuan": "105000", "reason": "追加"}]}
                """.formatted(EQUIPMENT, EQUIPMENT)), 201);
        long projectId = projectId(EQUIPMENT);
        BigDecimal recordedYuan = jdbc.sql("select sum(amount) from mon_execution_record where project_id = :p")
                .param("p", projectId).query(BigDecimal.class).single();
        // the same sum from the monitoring API's monthly spending
        BigDecimal fromMonths = BigDecimal.ZERO;
        for (JsonNode p : json(tianbao.get("/api/v1/units/807001/years/2024/monitoring"), 200).get("projects")) {
            if (EQUIPMENT.equals(p.get("projectCode").asString())) {
                for (JsonNode m : p.get("months")) {
                    fromMonths = fromMonths.add(new BigDecimal(m.get("spentYuan").asString()));
                }
            }
        }
        assertThat(fromMonths).isEqualByComparingTo(recordedYuan);
        assertThat(recordedYuan.remainder(BigDecimal.ONE).signum()).as("a sum with 分").isNotZero();
        BigDecimal recordedWan = recordedYuan.movePointLeft(4);

        long table = restartable(EQUIPMENT);
        JsonNode started = json(send(tianbao, "POST", "/api/v1/self-evaluations", "{\"goalTableId\":" + table + "}"), 201);
        long id = started.get("id").asLong();
        assertThat(started.get("executedWan").decimalValue()).isEqualByComparingTo(recordedWan);
        assertThat(started.get("budgetWan").decimalValue()).isEqualByComparingTo("260.5");
        JsonNode monitoring = started.get("monitoring");
        assertThat(new BigDecimal(monitoring.get("executedWan").asString())).isEqualByComparingTo(recordedWan);
        assertThat(monitoring.get("budgetWan").asString()).isEqualTo("260.5");
        assertThat(monitoring.get("records").asInt()).isEqualTo(13);
        assertThat(monitoring.get("lastMonth").asInt()).isEqualTo(12);
        assertThat(monitoring.get("adjusted").asBoolean()).isTrue();
        assertThat(monitoring.get("executedDiffers").asBoolean()).isFalse();
        assertThat(monitoring.get("budgetDiffers").asBoolean()).isFalse();
        // stored exactly in 元, as recorded
        var stored = jdbc.sql("select budget, executed from eval_self_evaluation where id = :id").param("id", id)
                .query((rs, i) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).single();
        assertThat(stored[1]).isEqualByComparingTo(recordedYuan);
        assertThat(stored[0]).isEqualByComparingTo("2605000.00");
        // the execution rate is scored on those figures: recorded / 260.5 万元
        assertThat(started.get("execution").get("explanation").get("text").asString()).contains("260.5");

        WebSession page = WebSession.login(port, "tianbao");
        String form = page.get("/self-evaluations/" + id).body();
        assertThat(form).contains("value=\"" + recordedWan.stripTrailingZeros().toPlainString() + "\"", "value=\"260.5\"",
                "取自运行监控执行记录（1–12月 13 笔合计）", "取自运行监控：预算调整后 260.5 万元")
                .doesNotContain("id=\"recorded-executed-differs\"", "id=\"recorded-budget-differs\"");

        // the unit corrects 全年执行数: its figure is kept, the recorded one is shown beside it (API, page, live preview)
        ObjectNode changed = (ObjectNode) started;
        changed.put("executedWan", "200");
        JsonNode saved = json(send(tianbao, "PUT", "/api/v1/self-evaluations/" + id, changed.toString()), 200);
        assertThat(saved.get("executedWan").decimalValue()).isEqualByComparingTo("200");
        assertThat(saved.get("monitoring").get("executedDiffers").asBoolean()).isTrue();
        assertThat(saved.get("monitoring").get("budgetDiffers").asBoolean()).isFalse();
        String recordedText = "运行监控记录：1–12月累计支出 " + recordedWan.stripTrailingZeros().toPlainString()
                + " 万元（13 笔），与填报的全年执行数不同。";
        assertThat(page.get("/self-evaluations/" + id).body()).contains("value=\"200\"", recordedText)
                .doesNotContain("取自运行监控执行记录");
        String live = page.postForm("/self-evaluations/" + id + "/preview", WebSession.form("version",
                saved.get("version").asString(), "budgetWan", "225", "executedWan",
                recordedWan.toPlainString())).body();
        assertThat(live).contains("id=\"recorded-budget-differs\"", "运行监控记录：预算调整后 260.5 万元，与填报的全年预算数不同。",
                "取自运行监控执行记录（1–12月 13 笔合计）").doesNotContain(recordedText);
        assertThat(json(tianbao.get("/api/v1/self-evaluations/" + id), 200).get("executedWan").decimalValue())
                .as("a preview saves nothing").isEqualByComparingTo("200");
    }

    @Test
    void aProjectWithoutRecordsKeepsTheExecutedAmountEmpty() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        long projectId = projectId(WITHOUT_RECORDS);
        jdbc.sql("delete from mon_execution_record where project_id = :p").param("p", projectId).update();
        jdbc.sql("delete from mon_budget_adjustment where project_id = :p").param("p", projectId).update();
        BigDecimal budgetYuan = jdbc.sql("select budget_yuan from prj_project where id = :p").param("p", projectId)
                .query(BigDecimal.class).single();

        long table = restartable(WITHOUT_RECORDS);
        JsonNode started = json(send(tianbao, "POST", "/api/v1/self-evaluations", "{\"goalTableId\":" + table + "}"), 201);
        assertThat(started.get("executedWan").isNull()).as(started.toString()).isTrue();
        assertThat(started.get("budgetWan").decimalValue()).isEqualByComparingTo(budgetYuan.movePointLeft(4));
        assertThat(started.has("monitoring")).isFalse();
        long id = started.get("id").asLong();
        assertThat(jdbc.sql("select executed from eval_self_evaluation where id = :id").param("id", id)
                .query(BigDecimal.class).optional()).isEmpty();
        String form = WebSession.login(port, "tianbao").get("/self-evaluations/" + id).body();
        assertThat(form).contains("id=\"recorded-executed\"").doesNotContain("运行监控记录", "取自运行监控");
    }

    /** The project's goal table, approved through the standard chain, its demo self-evaluation taken away. */
    private long restartable(String projectCode) {
        long table = -1;
        for (JsonNode line : json(WebSession.basic(port, "tianbao").get("/api/v1/units/807001/years/2024/self-evaluations"), 200)) {
            if (projectCode.equals(line.path("projectCode").asString())) {
                table = line.get("goalTableId").asLong();
            }
        }
        assertThat(table).as(projectCode).isPositive();
        jdbc.sql("delete from eval_self_evaluation where goal_table_id = :t").param("t", table).update();
        String path = "/api/v1/goal-tables/" + table + "/review";
        String[] users = {"tianbao", "yewu", "caiwu", "jixiao", "caizheng"};
        String[] actions = {"submit", "approve", "approve", "approve", "approve"};
        for (int i = 0; i < users.length; i++) {
            WebSession session = WebSession.basic(port, users[i]);
            long version = json(session.get(path), 200).get("version").asLong();
            json(send(session, "POST", path + "/" + actions[i], "{\"version\":" + version + "}"), 200);
        }
        return table;
    }

    private long projectId(String code) {
        return jdbc.sql("select id from prj_project where unit_code = '807001' and fiscal_year = 2024 and code = :c")
                .param("c", code).query(Long.class).single();
    }

    private static HttpResponse<String> send(WebSession session, String method, String path, String body) {
        return session.send(HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }
}

package org.jixiao.evaluation;

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

/** The self-evaluation API on the demo data: list, read, save (409 on a stale version, 400 with every violation), score without saving. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_eval-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class EvaluationApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theDemoSelfEvaluationsAreAllScored() {
        JsonNode list = json(http.get("/api/v1/units/807001/years/2024/self-evaluations"));
        assertThat(list.valueStream().filter(l -> l.get("kind").asString().equals("PROJECT")).count()).isEqualTo(9);
        for (JsonNode line : list) {
            assertThat(line.get("id").isNull()).as(line.toString()).isFalse();
            assertThat(line.get("total").decimalValue()).as(line.toString()).isBetween(
                    new java.math.BigDecimal("80"), new java.math.BigDecimal("100"));
            assertThat(line.get("grade").asString()).isIn("优", "良");
        }
        // the demo's figures agree with its 运行监控 records: no "与记录不符" on any project
        for (JsonNode line : list) {
            if (line.get("kind").asString().equals("PROJECT")) {
                JsonNode monitoring = json(http.get("/api/v1/self-evaluations/" + line.get("id").longValue())).get("monitoring");
                assertThat(monitoring.get("executedDiffers").asBoolean()).as(line.toString()).isFalse();
                assertThat(monitoring.get("budgetDiffers").asBoolean()).as(line.toString()).isFalse();
            }
        }
        JsonNode award = evaluation("消防人员年度考核奖资金");
        JsonNode success = award.get("indicators").get(1);
        assertThat(success.get("target").asString()).isEqualTo("≤95%");
        assertThat(success.get("result").decimalValue()).isEqualByComparingTo("11.84");
        assertThat(success.get("explanation").get("text").asString()).contains("反向", "11.84");
        assertThat(award.get("weightsSource").asString()).isEqualTo("POLICY_EVEN");
        assertThat(award.get("violations").size()).isZero();
    }

    @Test
    void theDemoSelfEvaluationsCarryEvidenceThatDownloads() {
        long id = evaluation("高危执勤补贴经费").get("id").longValue();
        JsonNode files = json(http.get("/api/v1/self-evaluations/" + id + "/evidence"));
        assertThat(files.valueStream().map(f -> f.get("indicator").asInt() + " " + f.get("fileName").asString()).toList())
                .containsExactly("0 2024年度高危执勤补贴发放花名册.pdf", "6 高危执勤补贴满意度调查汇总表.pdf");
        JsonNode roster = files.get(0);
        assertThat(roster.get("type").asString()).isEqualTo("PDF");
        assertThat(roster.get("uploader").asString()).isNotBlank();
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(http.uri(roster.get("href").asString())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(new String(download.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(download.body().length).isEqualTo(roster.get("size").asInt());
        long withEvidence = json(http.get("/api/v1/units/807001/years/2024/self-evaluations")).valueStream()
                .filter(l -> l.get("kind").asString().equals("PROJECT"))
                .filter(l -> !json(http.get("/api/v1/self-evaluations/" + l.get("id").longValue() + "/evidence")).isEmpty())
                .count();
        assertThat(withEvidence).isEqualTo(6);
    }

    @Test
    void savesActualsUnderOptimisticLockingAndRefusesEveryBadValueAtOnce() {
        ObjectNode doc = (ObjectNode) evaluation("高危执勤补贴经费");
        long id = doc.get("id").longValue();
        String totalBefore = doc.get("total").decimalValue().toPlainString();

        ((ObjectNode) doc.get("indicators").get(0)).put("actual", "90人");
        HttpResponse<String> saved = send("PUT", "/api/v1/self-evaluations/" + id, doc.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = json(saved);
        assertThat(after.get("version").longValue()).isEqualTo(doc.get("version").longValue() + 1);
        assertThat(after.get("indicators").get(0).get("result").decimalValue()).isEqualByComparingTo("11.36");
        assertThat(after.get("total").decimalValue().toPlainString()).isNotEqualTo(totalBefore);

        // the same (now stale) version again
        HttpResponse<String> stale = send("PUT", "/api/v1/self-evaluations/" + id, doc.toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        ObjectNode bad = (ObjectNode) after;
        ((ObjectNode) bad.get("indicators").get(0)).put("actual", "很多");
        ((ObjectNode) bad.get("indicators").get(5)).put("score", 10);
        bad.put("executedWan", "七十");
        HttpResponse<String> refused = send("PUT", "/api/v1/self-evaluations/" + id, bad.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(refused.body()).get("violations");
        assertThat(violations.size()).isEqualTo(3);
        assertThat(violations.toString()).contains("indicators[0].actual", "indicators[5].score", "execution.executed",
                "[12.00, 15.00]");
        assertThat(json(http.get("/api/v1/self-evaluations/" + id)).get("version").longValue())
                .isEqualTo(after.get("version").longValue());
    }

    @Test
    void scoresAPostedDocumentWithoutSaving() {
        JsonNode doc = evaluation("消火栓建设及维护经费");
        ObjectNode posted = (ObjectNode) doc.deepCopy();
        posted.put("goalTableId", doc.get("goalTableId").longValue());
        ((ObjectNode) posted.get("indicators").get(0)).put("actual", "40座");
        JsonNode scored = json(send("POST", "/api/v1/scoring", posted.toString()));
        assertThat(scored.get("id").isNull()).isTrue();
        assertThat(scored.get("indicators").get(0).get("result").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(scored.get("total").decimalValue()).isLessThan(doc.get("total").decimalValue());
        JsonNode again = json(http.get("/api/v1/self-evaluations/" + doc.get("id").longValue()));
        assertThat(again.get("version").longValue()).isEqualTo(doc.get("version").longValue());
        assertThat(again.get("indicators").get(0).get("actual").asString()).isEqualTo("52座");

        HttpResponse<String> twice = send("POST", "/api/v1/self-evaluations",
                "{\"goalTableId\":" + doc.get("goalTableId").longValue() + "}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("已有绩效自评表");
        assertThat(send("POST", "/api/v1/scoring", "{\"goalTableId\":999999}").statusCode()).isEqualTo(404);
        assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/scoring", "/api/v1/self-evaluations/{id}",
                "/api/v1/units/{unitCode}/years/{year}/self-evaluations", "SelfEvaluationInput");
    }

    @Test
    void scoresASelfContainedDocumentWithTheWorkedExamplesOfTheRules() {
        String document = """
                {"regionCode": "130529", "fiscalYear": 2024, "projectName": "消防装备购置",
                 "budgetWan": 100, "executedWan": 95,
                 "indicators": [
                  {"level1": "产出指标", "level2": "数量指标", "name": "购置空气呼吸器", "target": "≥20套", "weight": 20, "actual": "18"},
                  {"level1": "产出指标", "level2": "成本指标", "name": "单套采购成本", "target": "≤5000元", "weight": 10, "actual": "6000元"},
                  {"level1": "产出指标", "level2": "质量指标", "name": "安全生产责任事故", "target": "=0起", "weight": 10, "actual": "1"},
                  {"level1": "产出指标", "level2": "数量指标", "name": "宣传培训", "target": "≥1000人次", "weight": 10, "actual": "1400"},
                  {"level1": "效益指标", "level2": "社会效益指标", "name": "火灾防控能力", "target": "明显提升", "weight": 30,
                   "actual": "达成年度指标", "score": 27},
                  {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "target": "≥90%", "weight": 10, "actual": "95%"}
                 ]}""";
        JsonNode scored = json(send("POST", "/api/v1/scoring", document));
        assertThat(scored.get("weightsSource").asString()).isEqualTo("GOAL_TABLE");
        assertThat(scored.get("execution").get("score").decimalValue()).isEqualByComparingTo("9.50");
        JsonNode rows = scored.get("indicators");
        assertThat(rows.get(0).get("result").decimalValue()).isEqualByComparingTo("18.00");
        assertThat(rows.get(1).get("result").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(rows.get(2).get("result").decimalValue()).isEqualByComparingTo("0");
        assertThat(rows.get(3).get("result").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(scored.get("total").decimalValue()).isEqualByComparingTo("82.50");
        assertThat(scored.get("grade").asString()).isEqualTo("良");
        assertThat(scored.get("violations").toString()).contains("indicators[3].deviationReason", "REQUIRED");

        HttpResponse<String> noPolicy = send("POST", "/api/v1/scoring", document.replace("2024", "2019"));
        assertThat(noPolicy.statusCode()).isEqualTo(400);
        assertThat(noPolicy.body()).contains("没有适用的评分政策");
    }

    private JsonNode evaluation(String projectName) {
        for (JsonNode line : json(http.get("/api/v1/units/807001/years/2024/self-evaluations"))) {
            if (line.get("projectName").asString().equals(projectName)) {
                return json(http.get("/api/v1/self-evaluations/" + line.get("id").longValue()));
            }
        }
        throw new AssertionError("no self-evaluation of " + projectName);
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

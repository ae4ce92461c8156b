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
        assertThat(list.size()).isEqualTo(9);
        for (JsonNode line : list) {
            assertThat(line.get("id").isNull()).as(line.toString()).isFalse();
            assertThat(line.get("total").decimalValue()).as(line.toString()).isBetween(
                    new java.math.BigDecimal("80"), new java.math.BigDecimal("100"));
            assertThat(line.get("grade").asString()).isIn("优", "良");
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

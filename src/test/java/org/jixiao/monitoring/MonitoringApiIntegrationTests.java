package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 运行监控 API on the demo data: the year of 807001 with its lamps and exact rates, writing records all or
 * nothing with every violation listed, data scope and permissions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_mon-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class MonitoringApiIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String PATH = "/api/v1/units/807001/years/2024/monitoring";
    private static final String NEW_STATION = "13052924P00584110433G";
    private static final String EQUIPMENT = "13052924P00584210876M";
    private static final String AWARD = "13052924P00584012427K";

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theDemoYearHasEveryMonthExactRatesAndTheLaggingProjectUnderARedLamp() {
        JsonNode doc = json(http.get(PATH + "?month=12"));
        assertThat(doc.get("lampRulesId").asString()).isEqualTo("national-2019");
        assertThat(doc.get("reportedThrough").intValue()).isEqualTo(12);
        assertThat(doc.get("projects").size()).isEqualTo(9);
        for (JsonNode p : doc.get("projects")) {
            JsonNode months = p.get("months");
            assertThat(months.size()).as(p.get("projectName").asString()).isEqualTo(12);
            BigDecimal cumulative = BigDecimal.ZERO;
            BigDecimal cappedSum = BigDecimal.ZERO;
            for (JsonNode m : months) {
                cumulative = cumulative.add(m.get("spentYuan").decimalValue());
                assertThat(m.get("cumulativeYuan").decimalValue()).isEqualByComparingTo(cumulative);
                BigDecimal rate = cumulative.divide(m.get("budgetYuan").decimalValue(), MathContext.DECIMAL128);
                assertThat(m.get("rate").decimalValue()).isEqualByComparingTo(rate);
                assertThat(m.get("timeProgress").decimalValue()).isEqualByComparingTo(
                        BigDecimal.valueOf(m.get("month").intValue()).divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
                cappedSum = cappedSum.add(rate.min(BigDecimal.ONE));
            }
            assertThat(p.get("averageRate").decimalValue()).isEqualByComparingTo(
                    cappedSum.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128));
            assertThat(p.get("lamp").asString()).isIn("RED", "YELLOW", "GREEN");
            assertThat(p.get("spendingPlan").size()).isEqualTo(4);
        }
        JsonNode station = project(doc, NEW_STATION);
        assertThat(station.get("lamp").asString()).isEqualTo("RED");
        assertThat(station.get("lampLabel").asString()).isEqualTo("红灯");
        assertThat(station.get("verdicts").toString()).contains("TIME_PROGRESS", "PLAN", "低于60%红灯");
        assertThat(doc.get("warnings").toString()).contains(NEW_STATION, "红灯");
        assertThat(doc.get("summary").get("lamps").get("RED").intValue()).isGreaterThanOrEqualTo(1);

        JsonNode equipment = project(doc, EQUIPMENT);
        assertThat(equipment.get("initialBudgetYuan").decimalValue()).isEqualByComparingTo("2250000");
        assertThat(equipment.get("currentBudgetYuan").decimalValue()).isEqualByComparingTo("2500000");
        assertThat(equipment.get("adjustments").get(0).get("reason").asString()).contains("追加");
        // the adjustment of 7月15日 counts from July: June is measured against 225万, July against 250万
        assertThat(equipment.get("months").get(5).get("budgetYuan").decimalValue()).isEqualByComparingTo("2250000");
        assertThat(equipment.get("months").get(6).get("budgetYuan").decimalValue()).isEqualByComparingTo("2500000");

        // through June: the lamp of 1–6月
        JsonNode june = json(http.get(PATH + "?month=6"));
        assertThat(june.get("reportedThrough").intValue()).isEqualTo(6);
        assertThat(project(june, NEW_STATION).get("months").size()).isEqualTo(6);
        assertThat(project(june, NEW_STATION).get("lamp").asString()).isEqualTo("RED");
        assertThat(http.get(PATH + "?month=13").statusCode()).isEqualTo(400);
    }

    @Test
    void refusesBadInputListingEveryViolationAndWritesNothing() {
        BigDecimal before = json(http.get(PATH)).get("summary").get("spentYuan").decimalValue();
        String bad = """
                {"records": [
                  {"projectCode": "%s", "date": "2024-03-15", "amountYuan": "1000.00"},
                  {"projectCode": "NO-SUCH", "date": "2024-03-15", "amountYuan": "1"},
                  {"projectCode": "%s", "date": "2023-12-31", "amountYuan": "-5"},
                  {"projectCode": "%s", "month": "13", "amountYuan": "1.234"},
                  {"projectCode": "%s", "amountYuan": "一千"},
                  {"projectCode": "%s", "date": "2024-02-30", "amountYuan": true}
                 ],
                 "adjustments": [{"projectCode": "%s", "date": "2024-08-01", "deltaYuan": "-9999999", "reason": ""}]}
                """.formatted(AWARD, AWARD, AWARD, AWARD, AWARD, AWARD);
        HttpResponse<String> refused = send(PATH.replace("monitoring", "execution-records"), bad);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        String violations = JSON.readTree(refused.body()).get("violations").toString();
        assertThat(violations).contains("records[1].projectCode", "NO-SUCH", "records[2].date", "不在 2024 年度内",
                "records[2].amountYuan", "不能为负数", "records[3].month", "records[3].amountYuan", "两位小数",
                "records[4].date", "records[4].amountYuan", "“一千”不是有效金额", "records[5].date",
                "records[5].amountYuan", "adjustments[0].deltaYuan", "必须大于 0", "adjustments[0].reason");
        assertThat(violations).doesNotContain("records[0]");
        assertThat(json(http.get(PATH)).get("summary").get("spentYuan").decimalValue()).isEqualByComparingTo(before);
        assertThat(send(PATH.replace("monitoring", "execution-records"), "[1]").statusCode()).isEqualTo(400);
        assertThat(send(PATH.replace("monitoring", "execution-records"), "{\"records\": [], \"extra\": 1}").body())
                .contains("extra", "没有要保存");
    }

    @Test
    void writesRecordsAndAdjustmentsTogetherAndTheRatesFollow() {
        JsonNode before = project(json(http.get(PATH + "?month=12")), AWARD);
        BigDecimal spentBefore = before.get("months").get(11).get("cumulativeYuan").decimalValue();
        HttpResponse<String> written = send(PATH.replace("monitoring", "execution-records"), """
                {"records": [{"projectCode": "%s", "date": "2024/12/20", "amountYuan": "1,234.56", "note": "年终补发"},
                             {"projectCode": "%s", "month": 12, "amountYuan": 0.44}],
                 "adjustments": [{"projectCode": "%s", "date": "2024-12-01", "deltaYuan": "10000", "reason": "追加考核奖"}]}
                """.formatted(AWARD, AWARD, AWARD));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        JsonNode result = JSON.readTree(written.body());
        assertThat(result.get("records").intValue()).isEqualTo(2);
        assertThat(result.get("adjustments").intValue()).isEqualTo(1);
        assertThat(result.get("totalYuan").decimalValue()).isEqualByComparingTo("1235.00");

        JsonNode after = project(json(http.get(PATH + "?month=12")), AWARD);
        JsonNode december = after.get("months").get(11);
        assertThat(december.get("cumulativeYuan").decimalValue()).isEqualByComparingTo(spentBefore.add(new BigDecimal("1235.00")));
        assertThat(december.get("budgetYuan").decimalValue()).isEqualByComparingTo("160000"); // 15万 + 1万
        assertThat(after.get("months").get(10).get("budgetYuan").decimalValue()).isEqualByComparingTo("150000");
        assertThat(december.get("rate").decimalValue()).isEqualByComparingTo(
                december.get("cumulativeYuan").decimalValue().divide(new BigDecimal("160000"), MathContext.DECIMAL128));
    }

    @Test
    void anotherUnitIsNotFoundAndTheBureauReadsButDoesNotWrite() {
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get(PATH).statusCode()).isEqualTo(404);
        HttpResponse<String> write = other.send(HttpRequest.newBuilder(other.uri(PATH.replace("monitoring", "execution-records")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"records\":[{\"projectCode\":\"" + AWARD
                        + "\",\"month\":1,\"amountYuan\":1}]}")).build());
        assertThat(write.statusCode()).isEqualTo(404);

        WebSession bureau = WebSession.login(port, "caizheng");
        assertThat(bureau.get(PATH).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = bureau.send(HttpRequest.newBuilder(bureau.uri(PATH.replace("monitoring", "execution-records")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"records\":[{\"projectCode\":\"" + AWARD
                        + "\",\"month\":1,\"amountYuan\":1}]}")).build());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/units/{unitCode}/years/{year}/monitoring",
                "/api/v1/units/{unitCode}/years/{year}/execution-records");
    }

    private static JsonNode project(JsonNode doc, String code) {
        for (JsonNode p : doc.get("projects")) {
            if (p.get("projectCode").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("no project " + code);
    }

    private HttpResponse<String> send(String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }
}

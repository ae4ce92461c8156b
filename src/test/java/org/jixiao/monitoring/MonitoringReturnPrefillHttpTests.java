package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A 双监控 return started for a project with execution records (demo 807001 2024) gets its 执行数 from them: the
 * recorded spending of months 1–7 (recomputed here from the monitoring API's monthly spending), the budget in force
 * at the cut-off month (困难地区消防装备购置费: 225 万元 raised to 250 on 2024-07-15), and shows the recorded figure
 * beside a typed one that differs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_monprefill-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class MonitoringReturnPrefillHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** 困难地区消防装备购置费. */
    private static final String EQUIPMENT = "13052924P00584210876M";

    @LocalServerPort
    int port;

    @Test
    void aStartedReturnTakesItsExecutionFromTheRecordsAndShowsThemBesideADifferentTypedFigure() {
        WebSession http = WebSession.login(port, "tianbao");
        // the recorded spending of months 1–7, summed by the test from the monthly figures
        JsonNode monitoring = JSON.readTree(http.get("/api/v1/units/807001/years/2024/monitoring").body());
        BigDecimal spentThroughJuly = BigDecimal.ZERO;
        for (JsonNode p : monitoring.get("projects")) {
            if (EQUIPMENT.equals(p.get("projectCode").asString())) {
                for (JsonNode m : p.get("months")) {
                    if (m.get("month").intValue() <= 7) {
                        spentThroughJuly = spentThroughJuly.add(new BigDecimal(m.get("spentYuan").asString()));
                    }
                }
            }
        }
        assertThat(spentThroughJuly.signum()).isPositive();
        String expectedWan = wan(spentThroughJuly);

        HttpResponse<String> created = send(http, "POST", "/api/v1/units/807001/years/2024/monitoring-returns",
                "{\"goalTableId\":" + goalTable(http, EQUIPMENT) + ",\"cutOffMonth\":7}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        assertThat(doc.get("executedWan").asString()).isEqualTo(expectedWan);
        assertThat(doc.get("budgetWan").asString()).isEqualTo("225.00");
        assertThat(doc.get("recorded").get("executedWan").asString()).isEqualTo(expectedWan);
        assertThat(doc.get("recorded").get("budgetWan").asString()).isEqualTo("250");
        assertThat(doc.get("recorded").get("differs").booleanValue()).isFalse();
        // the money lamp is measured against the adjusted budget in force in July
        assertThat(doc.get("money").get("explanation").asString()).contains("250万元");
        long id = doc.get("id").longValue();
        String page = http.get("/monitoring-returns/" + id).body();
        assertThat(page).contains("id=\"recorded-budget\"", "调整后 250").doesNotContain("id=\"recorded-executed\"");
        assertThat(page).contains("value=\"" + expectedWan + "\"");

        // a typed figure that differs: the recorded one is shown beside it (API and page), the typed one is kept
        ObjectNode changed = (ObjectNode) doc;
        changed.put("executedWan", "100");
        HttpResponse<String> saved = send(http, "PUT", "/api/v1/monitoring-returns/" + id, changed.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(saved.body());
        assertThat(after.get("executedWan").asString()).isEqualTo("100");
        assertThat(after.get("recorded").get("differs").booleanValue()).isTrue();
        assertThat(http.get("/monitoring-returns/" + id).body()).contains("id=\"recorded-executed\"",
                "截至1–7月累计支出 " + expectedWan + " 万元", "调整后预算 250 万元", "与填报的执行数不同");
    }

    private static String wan(BigDecimal yuan) {
        BigDecimal w = yuan.movePointLeft(4).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString();
    }

    private static long goalTable(WebSession http, String projectCode) {
        for (JsonNode line : JSON.readTree(http.get("/api/v1/units/807001/years/2024/monitoring-returns").body())) {
            if (projectCode.equals(line.get("projectCode").asString())) {
                return line.get("goalTableId").longValue();
            }
        }
        throw new AssertionError(projectCode);
    }

    private static HttpResponse<String> send(WebSession http, String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }
}

package org.jixiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.testsupport.Seed001;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The whole application on its embedded default database (an H2 file database), with the demo data of seed
 * 001, driven over HTTP like a client would (tables it creates go to 2023, leaving the 2024 demo untouched): the API agrees with the seed cell by cell, bad input is refused with every
 * violation and nothing saved, a stale save is a conflict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_it-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class JixiaoIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    @LocalServerPort
    int port;

    /** Signed in through the login page as the demo unit's 填报人 (本单位 807001, may edit and import). */
    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void demoUnitAndItsTablesAreServed() throws Exception {
        JsonNode units = json(get("/api/v1/units"));
        assertThat(units.findValuesAsString("unitCode")).contains("807001");

        JsonNode list = json(get("/api/v1/units/807001/years/2024/goal-tables"));
        assertThat(list.size()).isEqualTo(10);
        assertThat(list.get(0).get("kind").asString()).isEqualTo("DEPARTMENT");
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode t : list) {
            if (!t.get("budgetWan").isNull()) {
                total = total.add(t.get("budgetWan").decimalValue());
            }
        }
        assertThat(total).isEqualByComparingTo("1500.33");
    }

    @Test
    void apiAgreesWithSeed001CellByCell() throws Exception {
        Seed001.Book seed = Seed001.load();
        JsonNode list = json(get("/api/v1/units/807001/years/2024/goal-tables"));
        List<JsonNode> projects = new ArrayList<>();
        JsonNode department = null;
        for (JsonNode summary : list) {
            JsonNode doc = json(get("/api/v1/goal-tables/" + summary.get("id").asLong()));
            if (doc.get("kind").asString().equals("DEPARTMENT")) {
                department = doc;
            } else {
                projects.add(doc);
            }
        }
        assertThat(department).isNotNull();
        assertThat(department.get("goals").valueStream().map(JsonNode::asString).toList())
                .containsExactlyElementsOf(seed.departmentGoals());
        assertThat(projects).hasSize(seed.projects().size()).hasSize(9);

        for (int p = 0; p < 9; p++) {
            Seed001.Project expected = seed.projects().get(p);
            JsonNode actual = projects.get(p);
            assertThat(actual.get("unitCode").asString()).isEqualTo(expected.unitCode());
            assertThat(actual.get("unitName").asString()).isEqualTo(expected.unitName());
            assertThat(actual.get("projectCode").asString()).isEqualTo(expected.code());
            assertThat(actual.get("projectName").asString()).isEqualTo(expected.name());
            assertThat(actual.get("budgetWan").decimalValue()).isEqualByComparingTo(expected.budgetWan());
            assertThat(actual.get("budgetWan").decimalValue().scale()).isEqualTo(2);
            assertThat(actual.get("fiscalWan").decimalValue()).isEqualByComparingTo(expected.fiscalWan());
            assertThat(actual.get("otherWan").isNull()).isEqualTo(expected.otherWan() == null);
            assertThat(actual.get("purpose").asString()).isEqualTo(expected.purpose());
            JsonNode plan = actual.get("spendingPlan");
            assertThat(plan.size()).isEqualTo(expected.plan().size());
            for (int i = 0; i < plan.size(); i++) {
                assertThat(plan.get(i).get("month").asInt()).isEqualTo(expected.plan().get(i).month());
                assertThat(plan.get(i).get("percent").decimalValue()).isEqualByComparingTo(expected.plan().get(i).percent());
            }
            assertThat(actual.get("goals").valueStream().map(JsonNode::asString).toList())
                    .containsExactlyElementsOf(expected.goals());
            JsonNode rows = actual.get("indicators");
            assertThat(rows.size()).isEqualTo(expected.indicators().size()).isEqualTo(7);
            for (int i = 0; i < rows.size(); i++) {
                Seed001.Row e = expected.indicators().get(i);
                JsonNode a = rows.get(i);
                String where = expected.name() + " row " + (i + 1);
                assertThat(a.get("level1").asString()).as(where).isEqualTo(e.level1());
                assertThat(a.get("level2").asString()).as(where).isEqualTo(e.level2());
                assertThat(a.get("name").asString()).as(where).isEqualTo(e.name());
                assertThat(a.get("description").asString()).as(where).isEqualTo(e.description());
                assertThat(a.get("value").asString()).as(where).isEqualTo(e.value());
                assertThat(a.get("basis").asString()).as(where).isEqualTo(e.basis());
                assertThat(a.get("level1Category").isNull()).as(where).isFalse();
                assertThat(a.get("level2Category").isNull()).as(where).isFalse();
            }
        }
    }

    @Test
    void readsCarryTheTypedParseOfEachValue() throws Exception {
        JsonNode table = json(get("/api/v1/goal-tables/" + tableIdOf("13052924P00584012427K")));
        JsonNode rows = table.get("indicators");
        JsonNode people = rows.get(0).get("parsedValue");
        assertThat(people.get("kind").asString()).isEqualTo("QUANTITATIVE");
        assertThat(people.get("number").decimalValue()).isEqualByComparingTo("5");
        assertThat(people.get("unit").asString()).isEqualTo("人");
        JsonNode successRate = rows.get(1).get("parsedValue");
        assertThat(rows.get(1).get("value").asString()).isEqualTo("≤95%");
        assertThat(successRate.get("comparator").asString()).isEqualTo("LE");
        JsonNode deadline = rows.get(2).get("parsedValue");
        assertThat(deadline.get("kind").asString()).isEqualTo("DEADLINE");
        assertThat(deadline.get("month").asInt()).isEqualTo(12);
        JsonNode economic = rows.get(5).get("parsedValue");
        assertThat(economic.get("kind").asString()).isEqualTo("QUALITATIVE");
    }

    @Test
    void badInputIsRefusedWithEveryViolationAndNothingIsSaved() throws Exception {
        long id = tableIdOf("13052924P00584012429T");
        String before = get("/api/v1/goal-tables/" + id).body();
        ObjectNode doc = (ObjectNode) json(before);
        doc.put("budgetWan", "七十三万");
        doc.put("otherWan", -5);
        ((ObjectNode) doc.get("spendingPlan").get(0)).put("month", 13);
        ((ObjectNode) doc.get("spendingPlan").get(1)).put("percent", 120);
        ((ObjectNode) doc.get("indicators").get(0)).put("name", " ");
        ((ObjectNode) doc.get("indicators").get(1)).put("description", "长".repeat(501));
        ((ObjectNode) doc.get("indicators").get(2)).put("value", "每月26号");

        HttpResponse<String> response = put("/api/v1/goal-tables/" + id, doc.toString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.get("violations").findValuesAsString("field")).containsExactlyInAnyOrder(
                "budgetWan", "otherWan", "spendingPlan[0].month", "spendingPlan[1].percent", "indicators[0].name",
                "indicators[1].description");
        assertThat(problem.get("violations").findValuesAsString("message"))
                .contains("请输入金额数字（单位：万元），如 73.20", "金额不能为负数", "月份应为 1–12 的整数",
                        "三级指标名称不能为空", "内容过长：最多 500 字，现有 501 字");
        assertThat(response.body()).doesNotContain("Exception", "at org.");
        assertThat(get("/api/v1/goal-tables/" + id).body()).isEqualTo(before);
    }

    @Test
    void aDraftWithContentDefectsIsSavedAndAStaleSaveIsAConflict() throws Exception {
        ObjectNode created = (ObjectNode) json(post("/api/v1/goal-tables", """
                {"fiscalYear":2023,"unitCode":"807001","projectCode":"TEST0001","projectName":"测试项目",
                 "budgetWan":10,"fiscalWan":4,"otherWan":1.5,"purpose":"测试",
                 "spendingPlan":[{"month":3,"percent":50},{"month":6,"percent":40}],
                 "goals":["完成测试"],
                 "indicators":[{"level1":"效益指标","level2":"数量指标","name":"社会稳定","value":"明显提升"},
                               {"level1":"产出","level2":"神秘指标","name":"数量","value":"≥3套"}]}
                """, 201));
        long id = created.get("id").asLong();
        assertThat(created.get("version").asLong()).isZero();
        assertThat(created.get("otherWan").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(created.get("indicators").get(1).get("level1Category").asString()).isEqualTo("OUTPUT");
        assertThat(created.get("indicators").get(1).get("level2Category").isNull()).isTrue();
        assertThat(created.get("notices").findValuesAsString("field")).contains("indicators[1].level2");

        ObjectNode edit = created.deepCopy();
        ((ArrayNode) edit.get("goals")).add("第二个目标");
        HttpResponse<String> saved = put("/api/v1/goal-tables/" + id, edit.toString());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(json(saved).get("version").asLong()).isEqualTo(1);

        ObjectNode stale = created.deepCopy();
        ((ArrayNode) stale.get("goals")).add("另一人的目标");
        HttpResponse<String> conflict = put("/api/v1/goal-tables/" + id, stale.toString());
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(json(conflict).get("detail").asString()).contains("已被他人修改");
        assertThat(json(get("/api/v1/goal-tables/" + id)).get("goals").valueStream().map(JsonNode::asString).toList())
                .containsExactly("完成测试", "第二个目标");

        ObjectNode noVersion = created.deepCopy();
        noVersion.remove("version");
        assertThat(put("/api/v1/goal-tables/" + id, noVersion.toString()).statusCode()).isEqualTo(400);
    }

    @Test
    void aDuplicateProjectCodeAndAnUnknownUnitAreRefused() throws Exception {
        HttpResponse<String> duplicate = send(HttpRequest.newBuilder(uri("/api/v1/goal-tables"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"fiscalYear":2024,"unitCode":"807001","projectCode":"13052924P00584012429T","projectName":"重复"}
                        """)).build());
        assertThat(duplicate.statusCode()).isEqualTo(400);
        assertThat(json(duplicate).get("violations").findValuesAsString("field")).containsExactly("projectCode");

        HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/v1/goal-tables"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"fiscalYear":2024,"unitCode":"999999","projectCode":"X1","projectName":"无单位"}
                        """)).build());
        assertThat(unknown.statusCode()).isEqualTo(400);

        HttpResponse<String> notJson = send(HttpRequest.newBuilder(uri("/api/v1/goal-tables"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json")).build());
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("JSON").doesNotContain("Exception");

        assertThat(get("/api/v1/goal-tables/999999").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesShowTheOfficialLayoutAndFieldErrors() throws Exception {
        long id = tableIdOf("13052924P00584012429T");
        String page = get("/goal-tables/" + id).body();
        assertThat(page).contains("预算规模及资金用途", "资金支出计划（%）", "绩效目标", "指标值确定依据", "高危执勤补贴经费",
                "73.20", "99人", "人员高位补贴测算基数测算表");
        assertThat(get("/units/807001/years/2024").body()).contains("1,500.33", "合计（9 个项目）");

        String form = "version=0&projectCode=13052924P00584012429T&projectName=%E9%AB%98&budgetWan=abc"
                + "&spendingPlan%5B0%5D.month=3&spendingPlan%5B0%5D.percent=101"
                + "&indicators%5B0%5D.name=&indicators%5B0%5D.value=1";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/goal-tables/" + id))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("请输入金额数字（单位：万元），如 73.20", "百分比应在 0–100 之间",
                "三级指标名称不能为空", "本次修改尚未保存", "value=\"abc\"");
        assertThat(get("/goal-tables/999999").statusCode()).isEqualTo(404);
        assertThat(get("/goal-tables/999999").body()).contains("不存在").doesNotContain("Exception");
    }

    @Test
    void openApiDocsAreServed() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/goal-tables/{id}", "/api/v1/units");
        assertThat(get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }

    private long tableIdOf(String projectCode) throws Exception {
        for (JsonNode t : json(get("/api/v1/units/807001/years/2024/goal-tables"))) {
            if (projectCode.equals(t.get("projectCode").asString(null))) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no table for " + projectCode);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> put(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpResponse<String> post(String path, String body, int expectedStatus) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}

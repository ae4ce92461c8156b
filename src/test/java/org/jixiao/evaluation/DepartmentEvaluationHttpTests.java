package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

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
 * 部门整体支出绩效自评 over HTTP on the demo data: 广州市番禺区消防救援大队 reads seed 002's 93.94 and 优 through the
 * API and the page; saving (409 on a stale version, 400 with every problem at its field, nothing written); scoring
 * a posted document without saving; each unit's users see nothing of the other (404).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_dept-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class DepartmentEvaluationHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(WebSession http, String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static JsonNode departmentLine(WebSession http, String unit) {
        for (JsonNode line : json(http.get("/api/v1/units/" + unit + "/years/2024/self-evaluations"))) {
            if (line.get("kind").asString().equals("DEPARTMENT")) {
                return line;
            }
        }
        throw new AssertionError("no department self-evaluation of " + unit);
    }

    private static JsonNode node(JsonNode nodes, String code) {
        for (JsonNode n : nodes) {
            if (n.get("code").asString().equals(code)) {
                return n;
            }
            JsonNode found = n.get("children").isEmpty() ? null : nodeOrNull(n.get("children"), code);
            if (found != null) {
                return found;
            }
        }
        throw new AssertionError(code);
    }

    private static JsonNode nodeOrNull(JsonNode nodes, String code) {
        try {
            return node(nodes, code);
        } catch (AssertionError e) {
            return null;
        }
    }

    @Test
    void panyuReads9394ExcellentThroughTheApiAndThePage() {
        WebSession panyu = WebSession.login(port, "panyu");
        JsonNode line = departmentLine(panyu, "PY001");
        assertThat(line.get("total").decimalValue()).isEqualByComparingTo("93.94");
        assertThat(line.get("grade").asString()).isEqualTo("优");
        assertThat(line.get("templateId").asString()).isEqualTo("panyu-2024-department");
        long id = line.get("id").longValue();

        JsonNode doc = json(panyu.get("/api/v1/department-evaluations/" + id));
        assertThat(doc.get("total").decimalValue()).isEqualByComparingTo("93.94");
        assertThat(doc.get("grade").asString()).isEqualTo("优");
        assertThat(doc.get("unitName").asString()).isEqualTo("广州市番禺区消防救援大队");
        assertThat(doc.get("templateVersion").intValue()).isEqualTo(1);
        assertThat(doc.get("violations").size()).isZero();
        JsonNode purchase = node(doc.get("nodes"), "2.6.7");
        assertThat(purchase.get("score").decimalValue()).isEqualByComparingTo("0.94");
        assertThat(purchase.get("explanation").get("text").asString()).contains("93.65%", "0.94");
        assertThat(purchase.get("criteria").asString()).contains("评分=数值×分值");
        assertThat(node(doc.get("nodes"), "2").get("score").decimalValue()).isEqualByComparingTo("47.44");
        assertThat(doc.get("leaves").get("2.8.1").get("budget").asString()).isEqualTo("19616754.80");
        assertThat(json(panyu.get("/api/v1/units/PY001/years/2024/department-evaluation")).get("id").longValue())
                .isEqualTo(id);

        String page = panyu.get("/department-evaluations/" + id).body();
        assertThat(page).contains("id=\"total\">93.94<", "id=\"grade\">优<", "部门预算资金支出率", "采购政策效能",
                "年度平均执行率达到100%的，得满分", "name=\"v:2.6.7:numerator\"", "value=\"662.96\"");
        String list = panyu.get("/units/PY001/years/2024/self-evaluations").body();
        assertThat(list).contains("id=\"department-evaluation-link\"", "93.94");
        assertThat(panyu.get("/units").body()).contains("/units/PY001/department-evaluation");
        assertThat(panyu.get("/units/PY001/department-evaluation").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/units/PY001/years/2024/department-evaluation"));
        assertThat(panyu.get("/units/PY001/years/2024/department-evaluation").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/department-evaluations/" + id));
    }

    @Test
    void the807001DemoHasADepartmentSelfEvaluationToo() {
        WebSession tianbao = WebSession.login(port, "tianbao");
        JsonNode line = departmentLine(tianbao, "807001");
        assertThat(line.get("total").decimalValue()).isEqualByComparingTo("94.00");
        assertThat(line.get("grade").asString()).isEqualTo("优");
        assertThat(tianbao.get("/units/807001/years/2024").body()).contains("id=\"department-evaluation-link\"");
    }

    @Test
    void eachUnitSeesNothingOfTheOther() {
        WebSession panyu = WebSession.login(port, "panyu");
        WebSession tianbao = WebSession.login(port, "tianbao");
        long panyuId = departmentLine(panyu, "PY001").get("id").longValue();
        long juluId = departmentLine(tianbao, "807001").get("id").longValue();

        for (String path : new String[] {"/api/v1/department-evaluations/" + juluId, "/department-evaluations/" + juluId,
                "/api/v1/units/807001/years/2024/self-evaluations", "/api/v1/units/807001/years/2024/department-evaluation",
                "/units/807001/years/2024/department-evaluation"}) {
            assertThat(panyu.get(path).statusCode()).as(path).isEqualTo(404);
        }
        for (String path : new String[] {"/api/v1/department-evaluations/" + panyuId, "/department-evaluations/" + panyuId,
                "/api/v1/units/PY001/years/2024/self-evaluations"}) {
            assertThat(tianbao.get(path).statusCode()).as(path).isEqualTo(404);
        }
        assertThat(send(panyu, "PUT", "/api/v1/department-evaluations/" + juluId, "{\"version\":1,\"leaves\":{}}")
                .statusCode()).isEqualTo(404);
        assertThat(panyu.postForm("/department-evaluations/" + juluId + "/preview", "version=1").statusCode())
                .isEqualTo(404);
        assertThat(send(panyu, "POST", "/api/v1/scoring", "{\"unitCode\":\"807001\",\"fiscalYear\":2024,"
                + "\"templateId\":\"kunming-2020-department\",\"leaves\":{}}").statusCode()).isEqualTo(404);
        // the 番禺 finance bureau reads its region's evaluation, not 巨鹿's
        WebSession bureau = WebSession.login(port, "panyucz");
        assertThat(bureau.get("/api/v1/department-evaluations/" + panyuId).statusCode()).isEqualTo(200);
        assertThat(bureau.get("/api/v1/department-evaluations/" + juluId).statusCode()).isEqualTo(404);
    }

    @Test
    void savesUnderOptimisticLockingAndRefusesBadValuesAtTheirFields() {
        WebSession tianbao = WebSession.login(port, "tianbao");
        JsonNode demo = json(tianbao.get("/api/v1/department-evaluations/"
                + departmentLine(tianbao, "807001").get("id").longValue()));
        // a 2025 evaluation started through the API, with the template preferred for 巨鹿县 (130529)
        HttpResponse<String> started = send(tianbao, "POST", "/api/v1/department-evaluations",
                "{\"unitCode\":\"807001\",\"fiscalYear\":2025}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonNode fresh = JSON.readTree(started.body());
        long id = fresh.get("id").longValue();
        assertThat(fresh.get("templateId").asString()).isEqualTo("kunming-2020-department");
        assertThat(fresh.get("total").isNull()).isTrue();
        assertThat(fresh.get("violations").findValuesAsString("code")).contains("scoring.input.missing");
        assertThat(send(tianbao, "POST", "/api/v1/department-evaluations",
                "{\"unitCode\":\"807001\",\"fiscalYear\":2025}").statusCode()).isEqualTo(400);
        JsonNode doc = demo;
        long version = fresh.get("version").longValue();

        ObjectNode body = JSON.createObjectNode();
        body.put("version", version);
        body.set("leaves", doc.get("leaves").deepCopy());
        ((ObjectNode) body.get("leaves").get("3.1")).put("score", "30");
        ((ObjectNode) body.get("leaves").get("1.2")).put("score", "很好");
        ((ObjectNode) body.get("leaves").get("2.1")).putArray("score");
        HttpResponse<String> refused = send(tianbao, "PUT", "/api/v1/department-evaluations/" + id, body.toString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("violations").findValuesAsString("field"))
                .contains("2.1.score", "1.2.score", "3.1.score");
        assertThat(refused.body()).contains("「部门职能」应填写数字", "「部门产出」的得分应在0到27.00分之间");
        assertThat(json(tianbao.get("/api/v1/department-evaluations/" + id)).get("version").longValue()).isEqualTo(version);

        ObjectNode good = JSON.createObjectNode();
        good.put("version", version);
        good.set("leaves", doc.get("leaves").deepCopy());
        ((ObjectNode) good.get("leaves").get("3.1")).put("score", 24.5);
        JsonNode saved = json(send(tianbao, "PUT", "/api/v1/department-evaluations/" + id, good.toString()));
        assertThat(saved.get("version").longValue()).isEqualTo(version + 1);
        assertThat(saved.get("total").decimalValue()).isEqualByComparingTo("93.00");
        assertThat(saved.get("leaves").get("3.1").get("score").asString()).isEqualTo("24.5");

        HttpResponse<String> stale = send(tianbao, "PUT", "/api/v1/department-evaluations/" + id, good.toString());
        assertThat(stale.statusCode()).isEqualTo(409);

        // the page: a refused value comes back at its field, nothing saved; a good one is saved
        String pageRefused = tianbao.postForm("/department-evaluations/" + id, WebSession.form("version",
                Long.toString(version + 1), "v:1.1:score", "12", "v:1.1:basis", "目标明确", "v:1.2:score", "11")).body();
        assertThat(pageRefused).contains("本次修改尚未保存", "is-invalid", "「部门职能」的得分应在0到10.00分之间");
        assertThat(json(tianbao.get("/api/v1/department-evaluations/" + id)).get("version").longValue())
                .isEqualTo(version + 1);
        String preview = tianbao.postForm("/department-evaluations/" + id + "/preview",
                WebSession.form("version", Long.toString(version + 1), "v:1.1:score", "6", "v:1.1:basis", "目标不够明确")).body();
        assertThat(preview).contains("id=\"score-n1-1\"", ">6.00<", "hx-swap-oob", "尚未填写");
        assertThat(json(tianbao.get("/api/v1/department-evaluations/" + id)).get("leaves").get("1.1").get("score")
                .asString()).isEqualTo("11.5");
    }

    @Test
    void scoresAPostedDepartmentDocumentWithoutSavingIt() {
        WebSession panyu = WebSession.login(port, "panyu");
        long id = departmentLine(panyu, "PY001").get("id").longValue();
        JsonNode stored = json(panyu.get("/api/v1/department-evaluations/" + id));
        ObjectNode body = JSON.createObjectNode();
        body.put("regionCode", "440113");
        body.put("fiscalYear", 2024);
        body.put("templateId", "panyu-2024-department");
        body.set("leaves", stored.get("leaves").deepCopy());
        ((ObjectNode) body.get("leaves").get("1.1.3")).put("average", "80%");

        JsonNode scored = json(send(panyu, "POST", "/api/v1/scoring", body.toString()));
        // 80 % × 10 = 8 instead of 6.5
        assertThat(scored.get("total").decimalValue()).isEqualByComparingTo("95.44");
        assertThat(scored.get("id").isNull()).isTrue();
        assertThat(json(panyu.get("/api/v1/department-evaluations/" + id)).get("total").decimalValue())
                .isEqualByComparingTo("93.94");

        body.put("fiscalYear", 2023);
        HttpResponse<String> notInForce = send(panyu, "POST", "/api/v1/scoring", body.toString());
        assertThat(notInForce.statusCode()).isEqualTo(400);
        assertThat(notInForce.body()).contains("不适用");
    }
}

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
 * 模板设计 over HTTP: 番禺 copies its region's template for 2025, a 分值 that breaks the total and a parameter out of
 * range are refused at their fields and nothing is saved; a valid change is a new version, the default template of a
 * new self-evaluation, and scores seed 002's inputs differently; another unit cannot see the design.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_design-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class DepartmentTemplateDesignHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void aUnitCopiesEditsAndUsesItsOwnTemplate() {
        WebSession panyu = WebSession.login(port, "panyu");
        String list = panyu.get("/units/PY001/years/2025/department-templates").body();
        assertThat(list).contains("panyu-2024-department", "kunming-2020-department", "复制并修改");

        HttpResponse<String> copied = panyu.postForm("/units/PY001/years/2025/department-templates",
                WebSession.form("baseId", "panyu-2024-department"));
        assertThat(copied.statusCode()).isEqualTo(302);
        assertThat(copied.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/department-templates/PY001-2025-1"));
        String form = panyu.get("/department-templates/PY001-2025-1").body();
        assertThat(form).contains("第 1 版", "name=\"weight:2.6.7\"", "name=\"param:2.6.5:tiers[0].points\"",
                "（广州市番禺区消防救援大队修改）");

        // 2.6.7 from 1 to 2 without taking a point elsewhere: 101 points; a tier worth more than its 分值
        String refused = panyu.postForm("/department-templates/PY001-2025-1", WebSession.form("version", "1",
                "weight:2.6.7", "2", "param:2.6.5:tiers[0].points", "5")).body();
        assertThat(refused).contains("本次修改尚未保存", "「第1档 得分」应为0到3之间的数字");
        String refusedTotal = panyu.postForm("/department-templates/PY001-2025-1", WebSession.form("version", "1",
                "weight:2.6.7", "2")).body();
        assertThat(refusedTotal).contains("各指标分值合计为 101 分，应为 100 分");
        assertThat(panyu.get("/department-templates/PY001-2025-1").body()).contains("第 1 版");

        // a valid change: 2.6.7 worth 2, 2.6.6 worth 0, 结转结余率's first tier at 5 %
        HttpResponse<String> saved = panyu.postForm("/department-templates/PY001-2025-1", WebSession.form("version", "1",
                "name", "番禺区消防救援大队2025年部门整体支出绩效评价表", "weight:2.6.7", "2", "weight:2.6.6", "0",
                "param:2.2.1:tiers[0].threshold", "0.05", "name:2.6.7", "采购政策效能（中小企业）"));
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = panyu.get("/department-templates/PY001-2025-1").body();
        assertThat(after).contains("已保存为第 2 版", "value=\"0.05\"", "采购政策效能（中小企业）");
        // a second save from the old version conflicts
        assertThat(panyu.postForm("/department-templates/PY001-2025-1", WebSession.form("version", "1",
                "weight:2.6.7", "1", "weight:2.6.6", "1")).statusCode()).isEqualTo(409);

        // a new 2025 self-evaluation takes the unit's design by default and scores seed 002's inputs against it
        JsonNode seed = json(panyu.get("/api/v1/units/PY001/years/2024/department-evaluation"));
        HttpResponse<String> started = send(panyu, "POST", "/api/v1/department-evaluations",
                "{\"unitCode\":\"PY001\",\"fiscalYear\":2025}");
        JsonNode fresh = JSON.readTree(started.body());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(fresh.get("templateId").asString()).isEqualTo("PY001-2025-1");
        assertThat(fresh.get("templateVersion").intValue()).isEqualTo(2);
        ObjectNode body = JSON.createObjectNode();
        body.put("version", 0);
        body.set("leaves", seed.get("leaves").deepCopy());
        JsonNode scored = json(send(panyu, "PUT", "/api/v1/department-evaluations/" + fresh.get("id").longValue(),
                body.toString()));
        // 93.94 − 0.94 − 1 + 93.65 % × 2 (1.87) = 93.87
        assertThat(scored.get("total").decimalValue()).isEqualByComparingTo("93.87");
        assertThat(json(panyu.get("/api/v1/units/PY001/years/2024/department-evaluation")).get("total").decimalValue())
                .isEqualByComparingTo("93.94");

        // another unit's users: not found
        WebSession tianbao = WebSession.login(port, "tianbao");
        assertThat(tianbao.get("/department-templates/PY001-2025-1").statusCode()).isEqualTo(404);
        assertThat(tianbao.postForm("/department-templates/PY001-2025-1", WebSession.form("version", "2")).statusCode())
                .isEqualTo(404);
        assertThat(tianbao.get("/units/PY001/years/2025/department-templates").statusCode()).isEqualTo(404);
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> send(WebSession http, String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }
}

package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The self-evaluation pages over HTTP: list, live preview (nothing saved), save, stale version, refusal at the field, a reviewer reads only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_evalpages-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class EvaluationPageIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void listsEveryProjectWithTotalAndGrade() {
        String page = http.get("/units/807001/years/2024/self-evaluations").body();
        assertThat(page).contains("高危执勤补贴经费", "98.91", "新建消防站建设启动资金", "90.10", "优");
        assertThat(http.get("/units/807001/years/2024").body()).contains("self-evaluations-link", "绩效自评");
    }

    @Test
    void previewsSavesAndRefusesThroughTheForm() {
        JsonNode doc = document("消火栓建设及维护经费");
        long id = doc.get("id").longValue();
        long version = doc.get("version").longValue();

        String preview = http.postForm("/self-evaluations/" + id + "/preview", form(doc, version, 0, "40座", null)).body();
        assertThat(preview).contains("hx-swap-oob", "id=\"score-0\"", ">10.00<", "实际完成值 40");
        assertThat(JSON.readTree(http.get("/api/v1/self-evaluations/" + id).body()).get("version").longValue())
                .isEqualTo(version);

        var saved = http.postForm("/self-evaluations/" + id, form(doc, version, 0, "40座", null));
        assertThat(saved.statusCode()).isEqualTo(302);
        JsonNode after = JSON.readTree(http.get("/api/v1/self-evaluations/" + id).body());
        assertThat(after.get("version").longValue()).isEqualTo(version + 1);
        assertThat(after.get("indicators").get(0).get("actual").asString()).isEqualTo("40座");
        assertThat(after.get("indicators").get(5).get("score").decimalValue()).isEqualByComparingTo("13.5");

        var stale = http.postForm("/self-evaluations/" + id, form(doc, version, 0, "41座", null));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("已被他人修改", "41座");

        var refused = http.postForm("/self-evaluations/" + id, form(doc, version + 1, 0, "很多", "9"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("共 2 处输入有误", "应为数字", "不在区间内", "is-invalid", "很多");
    }

    @Test
    void aReviewerReadsButCannotSave() {
        JsonNode doc = document("高危执勤补贴经费");
        WebSession reviewer = WebSession.login(port, "yewu");
        String page = reviewer.get("/self-evaluations/" + doc.get("id").longValue()).body();
        assertThat(page).contains("高危执勤补贴经费", "计算说明").doesNotContain("id=\"save\"");
        assertThat(reviewer.postForm("/self-evaluations/" + doc.get("id").longValue(),
                form(doc, doc.get("version").longValue(), 0, "1人", null)).statusCode()).isEqualTo(403);
    }

    /** The form as the page posts it, from the API document, with row {@code row}'s actual (and the 定性 score of row 5) replaced. */
    private static String form(JsonNode doc, long version, int row, String actual, String judgedScore) {
        List<String> pairs = new ArrayList<>(List.of("version", Long.toString(version),
                "budgetWan", doc.get("budgetWan").decimalValue().toPlainString(),
                "executedWan", doc.get("executedWan").decimalValue().toPlainString(),
                "executionReason", text(doc.get("executionReason"))));
        JsonNode indicators = doc.get("indicators");
        for (int i = 0; i < indicators.size(); i++) {
            JsonNode r = indicators.get(i);
            pairs.addAll(List.of("rows[" + i + "].actual", i == row ? actual : text(r.get("actual"))));
            String score = r.get("score").isNull() ? "" : r.get("score").decimalValue().toPlainString();
            pairs.addAll(List.of("rows[" + i + "].score", i == 5 && judgedScore != null ? judgedScore : score));
            pairs.addAll(List.of("rows[" + i + "].deviationReason", text(r.get("deviationReason"))));
        }
        return WebSession.form(pairs.toArray(String[]::new));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asString();
    }

    private JsonNode document(String projectName) {
        for (JsonNode line : JSON.readTree(http.get("/api/v1/units/807001/years/2024/self-evaluations").body())) {
            if (line.get("projectName").asString().equals(projectName)) {
                return JSON.readTree(http.get("/api/v1/self-evaluations/" + line.get("id").longValue()).body());
            }
        }
        throw new AssertionError(projectName);
    }
}

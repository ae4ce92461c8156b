package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

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
 * Self-evaluations in review, their evidence files and the bureau's 复核分, over HTTP on the demo data: start only
 * for an approved goal table, 送审 refused while an actual is missing, read-only while submitted (actuals and
 * evidence), the chain to 已批复, 调整 keeping the approved document; uploads checked by content with nothing written
 * on refusal; 复核分 with its reason, refused at the fields.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_evalreview-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true",
        "jixiao.evaluation.evidence.max-size=64KB"})
class SelfEvaluationReviewHttpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RegionScoring regionScoring;

    @Test
    void aSelfEvaluationStartsOnlyForAnApprovedGoalTable() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        JsonNode line = json(tianbao.get("/api/v1/units/807001/years/2024/self-evaluations"), 200).get(8);
        long table = line.get("goalTableId").asLong();
        // the demo evaluated every table while they stay 草稿; take this one's away to start it again
        jdbc.sql("delete from eval_self_evaluation where goal_table_id = :t").param("t", table).update();

        HttpResponse<String> refused = send(tianbao, "POST", "/api/v1/self-evaluations", "{\"goalTableId\":" + table + "}");
        assertProblem(refused, 400, "只有已批复的绩效目标表才能开始自评");
        assertThat(refused.body()).contains("草稿");
        WebSession page = WebSession.login(port, "tianbao");
        String list = page.get("/units/807001/years/2024/self-evaluations").body();
        assertThat(list).doesNotContain("name=\"goalTableId\" value=\"" + table + "\"");
        HttpResponse<String> startedOnPage = page.postForm("/self-evaluations", WebSession.form("goalTableId",
                Long.toString(table)));
        assertThat(startedOnPage.statusCode()).isEqualTo(302);
        assertThat(page.get("/units/807001/years/2024/self-evaluations").body()).contains("id=\"start-error\"")
                .contains("该目标表当前为“草稿”");

        walk("goal-tables", table);
        assertThat(page.get("/units/807001/years/2024/self-evaluations").body())
                .contains("name=\"goalTableId\" value=\"" + table + "\"");
        HttpResponse<String> started = send(tianbao, "POST", "/api/v1/self-evaluations", "{\"goalTableId\":" + table + "}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(JSON.readTree(started.body()).get("goalTableId").asLong()).isEqualTo(table);
    }

    @Test
    void aSelfEvaluationGoesThroughReviewAndIsReadOnlyMeanwhile() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        long id = completeEvaluation(tianbao, 0);
        String path = "/api/v1/self-evaluations/" + id;
        ObjectNode document = (ObjectNode) json(tianbao.get(path), 200);
        assertThat(document.get("reviewStatus").asString()).isEqualTo("草稿");
        assertThat(document.get("locked").asBoolean()).isFalse();

        // an actual taken away: 送审 is refused and names the row
        ObjectNode incomplete = document.deepCopy();
        ((ObjectNode) incomplete.get("indicators").get(0)).putNull("actual");
        json(send(tianbao, "PUT", path, incomplete.toString()), 200);
        HttpResponse<String> blocked = review(tianbao, id, "submit", 0);
        assertProblem(blocked, 409, "请填写实际完成值");
        assertThat(blocked.body()).contains("不能送审：第1行");
        assertThat(JSON.readTree(blocked.body()).get("code").asString()).isEqualTo("review.submit.blocking-findings");
        long version = document.get("version").asLong();
        document.put("version", version + 1);
        json(send(tianbao, "PUT", path, document.toString()), 200);

        JsonNode submitted = json(review(tianbao, id, "submit", 0), 200);
        assertThat(submitted.get("subjectKind").asString()).isEqualTo("self-evaluations");
        assertThat(submitted.has("goalTableId")).isFalse();
        assertThat(submitted.get("status").asString()).isEqualTo("已送审（待业务初审）");
        JsonNode locked = json(tianbao.get(path), 200);
        assertThat(locked.get("locked").asBoolean()).isTrue();
        assertThat(locked.get("reviewStatus").asString()).isEqualTo("已送审（待业务初审）");
        document.put("version", version + 2);
        assertProblem(send(tianbao, "PUT", path, document.toString()), 409, "已送审或已批复的自评表不能修改");
        assertProblem(upload(tianbao, path + "/indicators/0/evidence", "说明.pdf", PDF), 409, "已送审或已批复的自评表不能修改");

        // the page is read-only and carries the review panel; the reviewer finds it among 待办
        WebSession page = WebSession.login(port, "tianbao");
        String form = page.get("/self-evaluations/" + id).body();
        assertThat(form).contains("id=\"locked-notice\"").doesNotContain("id=\"save\"")
                .doesNotContain("id=\"evidence-upload\"").contains("/review/self-evaluations/" + id + "/panel");
        String panel = page.get("/review/self-evaluations/" + id + "/panel").body();
        assertThat(panel).contains("id=\"review-panel\"").contains("id=\"review-withdraw\"")
                .contains("/review/self-evaluations/" + id + "/withdraw");
        WebSession yewuPage = WebSession.login(port, "yewu");
        assertThat(yewuPage.get("/todo").body()).contains("data-subject=\"self-evaluations/" + id + "\"")
                .contains("/self-evaluations/" + id);
        // the decision form on the page posts back to the self-evaluation
        HttpResponse<String> decided = yewuPage.postForm("/review/self-evaluations/" + id + "/approve",
                WebSession.form("version", "1", "opinion", "同意", "opinionRow", "0"));
        assertThat(decided.statusCode()).isEqualTo(302);
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith("/self-evaluations/" + id);

        for (String user : new String[] {"caiwu", "jixiao", "caizheng"}) {
            long caseVersion = json(tianbao.get(path + "/review"), 200).get("version").asLong();
            json(review(WebSession.basic(port, user), id, "approve", caseVersion), 200);
        }
        JsonNode approved = json(tianbao.get(path + "/review"), 200);
        assertThat(approved.get("status").asString()).isEqualTo("已批复");
        assertThat(approved.get("history").get(1).get("opinions").get(0).get("row").asInt()).isZero();

        // 调整 keeps the approved document and opens it again
        JsonNode adjusted = json(send(tianbao, "POST", path + "/review/adjust",
                "{\"version\":" + approved.get("version").asLong() + ",\"reason\":\"补充佐证\"}"), 200);
        assertThat(adjusted.get("state").asString()).isEqualTo("DRAFT");
        JsonNode snapshot = adjusted.get("snapshots").get(0).get("content");
        assertThat(snapshot.get("id").asLong()).isEqualTo(id);
        assertThat(snapshot.get("indicators").size()).isEqualTo(document.get("indicators").size());
        assertThat(snapshot.get("total").decimalValue()).isEqualByComparingTo(document.get("total").decimalValue());
        assertThat(json(tianbao.get(path), 200).get("locked").asBoolean()).isFalse();
    }

    @Test
    void evidenceIsCheckedByContentAndNothingIsWrittenOnRefusal() throws Exception {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        long id = completeEvaluation(tianbao, 1);
        String path = "/api/v1/self-evaluations/" + id;
        int before = json(tianbao.get(path + "/evidence"), 200).size(); // the demo's own 佐证材料
        long rowsBefore = jdbc.sql("select count(*) from eval_evidence").query(Long.class).single();

        HttpResponse<String> stored = upload(tianbao, path + "/indicators/2/evidence", "C:\\材料\\验收报告.pdf", PDF);
        JsonNode file = json(stored, 201);
        assertThat(file.get("fileName").asString()).isEqualTo("验收报告.pdf");
        assertThat(file.get("type").asString()).isEqualTo("PDF");
        assertThat(file.get("indicator").asInt()).isEqualTo(2);
        assertThat(file.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(file.get("sha256").asString()).isEqualTo(EvaluationEvidence.sha256(PDF))
                .isEqualTo(java.util.HexFormat.of().formatHex(
                        java.security.MessageDigest.getInstance("SHA-256").digest(PDF)));
        HttpResponse<byte[]> download = tianbao.send(HttpRequest.newBuilder(tianbao.uri(file.get("href").asString()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                .contains("UTF-8''");

        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "报告.pdf", EXE), 400, "文件内容不是扩展名所示的PDF 文档");
        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "报告.docx", PDF), 400, "按内容识别为：PDF 文档");
        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "程序.exe", EXE), 400, "只接受以下类型的佐证材料");
        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "空.pdf", new byte[0]), 400, "文件是空的");
        byte[] big = new byte[70 * 1024];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, big, 0, 8);
        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "照片.png", big), 400, "超过 64 KB");
        assertProblem(upload(tianbao, path + "/indicators/99/evidence", "验收报告.pdf", PDF), 400, "没有第 100 行指标");
        assertProblem(upload(tianbao, path + "/indicators/2/evidence", "副本.pdf", PDF), 400, "内容完全相同的文件“验收报告.pdf”");
        assertThat(json(tianbao.get(path + "/evidence"), 200).size()).isEqualTo(before + 1);
        assertThat(jdbc.sql("select count(*) from eval_evidence").query(Long.class).single()).isEqualTo(rowsBefore + 1);
        // the same file for another indicator is fine
        json(upload(tianbao, path + "/indicators/3/evidence", "验收报告.pdf", PDF), 201);

        // the page: a refused upload comes back with the message, the list shows the files
        WebSession page = WebSession.login(port, "tianbao");
        HttpResponse<String> refused = uploadForm(page, "/self-evaluations/" + id + "/evidence", "假.png", PDF);
        assertThat(refused.statusCode()).isEqualTo(302);
        String form = page.get("/self-evaluations/" + id).body();
        assertThat(form).contains("id=\"evidence-error\"").contains("文件内容不是扩展名所示的PNG 图片")
                .contains("验收报告.pdf").contains("id=\"evidence-upload\"");
        // a reviewer reads and downloads but may not delete
        WebSession yewu = WebSession.basic(port, "yewu");
        assertThat(yewu.get(file.get("href").asString()).statusCode()).isEqualTo(200);
        assertThat(send(yewu, "DELETE", file.get("href").asString(), "").statusCode()).isEqualTo(403);
        assertThat(send(tianbao, "DELETE", file.get("href").asString(), "").statusCode()).isEqualTo(204);
        assertThat(tianbao.get(file.get("href").asString()).statusCode()).isEqualTo(404);
        assertThat(json(tianbao.get(path), 200).get("evidence").size()).isEqualTo(before + 1);
        // another unit sees nothing
        assertThat(WebSession.basic(port, "tianbao2").get(path + "/evidence").statusCode()).isEqualTo(404);
    }

    @Test
    void theBureauRecordsRescoresWithReasonsOnceSubmitted() {
        WebSession tianbao = WebSession.basic(port, "tianbao");
        WebSession caizheng = WebSession.basic(port, "caizheng");
        long id = completeEvaluation(tianbao, 2);
        String path = "/api/v1/self-evaluations/" + id;
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"score\":\"80\",\"reason\":\"抽查\"}"), 409, "尚未送审");
        json(review(tianbao, id, "submit", 0), 200);

        assertProblem(send(tianbao, "POST", path + "/rescores", "{\"score\":\"80\",\"reason\":\"自评\"}"), 403, "review:bureau");
        JsonNode document = json(tianbao.get(path), 200);
        JsonNode row = document.get("indicators").get(0);
        HttpResponse<String> refused = send(caizheng, "POST", path + "/rescores",
                "{\"indicator\":0,\"score\":\"" + row.get("weight").decimalValue().add(java.math.BigDecimal.ONE) + "\"}");
        assertProblem(refused, 400, "输入有误");
        assertThat(refused.body()).contains("复核分应在 0 至").contains("请填写复核理由").contains("\"score\"")
                .contains("\"reason\"");
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"score\":\"九十\",\"reason\":\"x\"}"), 400, "不是数字");
        assertProblem(send(caizheng, "POST", path + "/rescores", "{\"score\":\"90.125\",\"reason\":\"x\"}"), 400, "两位小数");

        JsonNode first = json(send(caizheng, "POST", path + "/rescores",
                "{\"indicator\":0,\"score\":\"1.5\",\"reason\":\"佐证不足，按抽查结果调减\"}"), 201);
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo("1.50");
        assertThat(first.get("unitScore").decimalValue()).isEqualByComparingTo(row.get("result").decimalValue());
        json(send(caizheng, "POST", path + "/rescores", "{\"score\":\"88\",\"reason\":\"总体复核\"}"), 201);
        json(send(caizheng, "POST", path + "/rescores", "{\"score\":\"86.5\",\"reason\":\"再次复核\"}"), 201);

        JsonNode rescoring = json(tianbao.get(path), 200).get("rescoring");
        assertThat(rescoring.get("total").get("score").decimalValue()).isEqualByComparingTo("86.5");
        assertThat(rescoring.get("total").get("reason").asString()).isEqualTo("再次复核");
        assertThat(rescoring.get("indicators").get(0).get("indicator").asInt()).isZero();
        assertThat(rescoring.get("history").size()).isEqualTo(3);
        assertThat(rescoring.get("history").get(0).get("reviewer").asString()).isNotBlank();
        // the unit's own scores are unchanged
        assertThat(json(tianbao.get(path), 200).get("total").decimalValue())
                .isEqualByComparingTo(document.get("total").decimalValue());

        // the page shows them; the bureau's form refuses at the fields
        WebSession bureauPage = WebSession.login(port, "caizheng");
        String form = bureauPage.get("/self-evaluations/" + id).body();
        assertThat(form).contains("id=\"rescore-table\"").contains("再次复核").contains("id=\"rescore-form\"");
        HttpResponse<String> badForm = bureauPage.postForm("/self-evaluations/" + id + "/rescores",
                WebSession.form("indicator", "", "score", "101", "reason", ""));
        assertThat(badForm.statusCode()).isEqualTo(400);
        assertThat(badForm.body()).contains("id=\"rescore-score-error\"").contains("复核分应在 0 至 100")
                .contains("请填写复核理由");
        assertThat(WebSession.login(port, "tianbao").get("/self-evaluations/" + id).body())
                .contains("再次复核").doesNotContain("id=\"rescore-form\"");
        assertThat(json(tianbao.get(path), 200).get("rescoring").get("history").size()).isEqualTo(3);
    }

    @Test
    void aRegionsSelfEvaluationsAreScoredAsTheUnitListScoresThem() {
        JsonNode list = json(WebSession.basic(port, "tianbao").get("/api/v1/units/807001/years/2024/self-evaluations"), 200);
        int started = 0;
        int complete = 0;
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (JsonNode line : list) {
            // the unit-year's list ends with its department self-evaluation; the region scoring counts projects
            if (!line.get("id").isNull() && "PROJECT".equals(line.get("kind").asString())) {
                started++;
                if (!line.get("total").isNull()) {
                    complete++;
                    sum = sum.add(line.get("total").decimalValue());
                }
            }
        }
        RegionScoring.Result result = regionScoring.score("130529", org.jixiao.shared.FiscalYear.of(2024),
                org.jixiao.orgs.OrgScope.unrestricted(), 2);
        assertThat(result.evaluations()).isEqualTo(started).isPositive();
        assertThat(result.complete()).isEqualTo(complete);
        assertThat(result.average()).isEqualByComparingTo(
                sum.divide(java.math.BigDecimal.valueOf(complete), 2, java.math.RoundingMode.HALF_UP));
        assertThat(result.grades().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(complete);
        assertThat(result.indicators()).isGreaterThan(started);
        // one worker or two: the same result
        assertThat(regionScoring.score("130529", org.jixiao.shared.FiscalYear.of(2024),
                org.jixiao.orgs.OrgScope.unrestricted(), 1)).isEqualTo(result);
        // a unit's scope sees only its unit; a region without units is not found
        assertThat(regionScoring.score("130529", org.jixiao.shared.FiscalYear.of(2024),
                org.jixiao.orgs.OrgScope.of(java.util.List.of("807002")), 2).evaluations()).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> regionScoring.score("999999",
                        org.jixiao.shared.FiscalYear.of(2024), org.jixiao.orgs.OrgScope.unrestricted(), 2))
                .isInstanceOf(org.jixiao.shared.NotFoundException.class);
    }

    /** The n-th demo self-evaluation that is complete and has no violation (so it may be submitted). */
    private long completeEvaluation(WebSession session, int n) {
        int found = 0;
        for (JsonNode line : json(session.get("/api/v1/units/807001/years/2024/self-evaluations"), 200)) {
            if (line.get("id").isNull()) {
                continue;
            }
            JsonNode document = json(session.get("/api/v1/self-evaluations/" + line.get("id").asLong()), 200);
            if (!document.get("total").isNull() && document.get("violations").isEmpty() && found++ == n) {
                return line.get("id").asLong();
            }
        }
        throw new AssertionError("no complete demo self-evaluation no. " + n);
    }

    /** 送审 and every step's 通过 of the standard chain. */
    private void walk(String kind, long id) {
        String path = "/api/v1/" + kind + "/" + id + "/review";
        String[] users = {"tianbao", "yewu", "caiwu", "jixiao", "caizheng"};
        String[] actions = {"submit", "approve", "approve", "approve", "approve"};
        for (int i = 0; i < users.length; i++) {
            WebSession session = WebSession.basic(port, users[i]);
            long version = json(session.get(path), 200).get("version").asLong();
            json(send(session, "POST", path + "/" + actions[i], "{\"version\":" + version + "}"), 200);
        }
        assertThat(json(WebSession.basic(port, "tianbao").get(path), 200).get("status").asString()).isEqualTo("已批复");
    }

    private HttpResponse<String> review(WebSession session, long id, String action, long version) {
        return send(session, "POST", "/api/v1/self-evaluations/" + id + "/review/" + action, "{\"version\":" + version + "}");
    }

    private static HttpResponse<String> send(WebSession session, String method, String path, String body) {
        return session.send(HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> upload(WebSession session, String path, String fileName, byte[] content) {
        return session.send(multipart(session, path, fileName, content, Map.of()));
    }

    private static HttpResponse<String> uploadForm(WebSession session, String path, String fileName, byte[] content) {
        return session.send(multipart(session, path, fileName, content, Map.of("indicator", "0")));
    }

    private static HttpRequest multipart(WebSession session, String path, String fileName, byte[] content,
                                         Map<String, String> fields) {
        String boundary = "----jixiao-evidence";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    }

    private static JsonNode json(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("title").asString() + problem.path("detail").asString() + problem.path("violations"))
                .contains(detail);
    }
}

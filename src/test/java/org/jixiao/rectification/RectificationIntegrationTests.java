package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testsupport.WebSession.form;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.platform.DemoDocuments;
import org.jixiao.rectification.domain.Evidence;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 整改 over HTTP on the demo data: the seed-000 list through the API, data scope, 400 problem+json with nothing
 * written, and one problem from a self-evaluation indicator through every page action to 已销号.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_rect-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true", "jixiao.rectification.max-evidence-bytes=4096"})
class RectificationIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LIST = "/api/v1/units/807001/years/2024/rectifications";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.checks.CheckQueries checks;
    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.checks.CheckManagement checkManagement;
    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.goals.GoalTableQueries goals;

    @Test
    void theDemoListIsSeed000WithTwoClosedAndOneOverdue() {
        JsonNode list = json(WebSession.login(port, "tianbao").get(LIST));
        List<JsonNode> seed = new ArrayList<>();
        list.forEach(p -> {
            if ("BUREAU_OPINION".equals(p.get("source").asString())) {
                seed.add(p);
            }
        });
        assertThat(seed).hasSize(6);
        assertThat(seed.get(0).get("title").asString()).isEqualTo("部分项目绩效指标未量化，缺乏可衡量的三级指标");
        assertThat(seed.get(5).get("title").asString()).isEqualTo("自评报告指标分析过于简化");
        assertThat(seed.stream().filter(p -> p.get("status").asString().equals("CLOSED"))).hasSize(2);
        assertThat(seed.stream().filter(p -> p.get("overdue").booleanValue())).hasSize(1);
        for (JsonNode p : seed) {
            assertThat(p.get("ownerName").asString()).isEqualTo("填报人（本级）");
            assertThat(p.get("measures").size()).isBetween(3, 5);
            assertThat(p.get("deadline").isNull()).isFalse();
        }
        JsonNode closed = seed.get(0);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("evidence").get(0).get("sha256").asString()).matches("[0-9a-f]{64}");
        List<String> actions = new ArrayList<>();
        closed.get("history").forEach(h -> actions.add(h.get("action").asString()));
        assertThat(actions).containsExactly("CREATED", "ASSIGNED", "STARTED", "NOTE", "EVIDENCE_ADDED", "SUBMITTED",
                "VERIFIED");
        assertThat(closed.get("history").get(6).get("actor").asString()).isEqualTo("业务初审");
    }

    @Test
    void anotherUnitsListIsNotFoundAndBadInputWritesNothing() {
        WebSession other = WebSession.login(port, "tianbao2");
        HttpResponse<String> hidden = other.get(LIST);
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(other.get("/units/807001/years/2024/rectifications").statusCode()).isEqualTo(404);
        HttpResponse<String> post = postJson(other, LIST, "{\"source\":\"AUDIT\",\"title\":\"x\"}");
        assertThat(post.statusCode()).isEqualTo(404);

        WebSession http = WebSession.login(port, "tianbao");
        int before = json(http.get(LIST)).size();
        HttpResponse<String> bad = postJson(http, LIST,
                "{\"source\":\"GUESS\",\"title\":\"  \",\"deadline\":\"明天\",\"ownerUserId\":\"张三\",\"measures\":[1]}");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        List<String> paths = new ArrayList<>();
        JSON.readTree(bad.body()).get("violations").forEach(v -> paths.add(v.get("field").asString()));
        assertThat(paths).contains("source", "title", "deadline", "ownerUserId", "measures[0]");
        assertThat(json(http.get(LIST)).size()).isEqualTo(before);

        HttpResponse<String> created = postJson(http, LIST, "{\"source\":\"AUDIT\",\"title\":\"审计发现：政府采购程序不规范\","
                + "\"measures\":[\"补办采购备案\"],\"deadline\":\"2025-12-31\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode doc = JSON.readTree(created.body());
        assertThat(doc.get("status").asString()).isEqualTo("OPEN");
        assertThat(doc.get("history").get(0).get("action").asString()).isEqualTo("CREATED");
        assertThat(json(http.get(LIST)).size()).isEqualTo(before + 1);
    }

    @Test
    void aProblemFromALowScoringIndicatorGoesThroughEveryStepToClosed() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String listPage = drafter.get("/units/807001/years/2024/rectifications").body();
        Matcher candidate = Pattern.compile("name=\"evaluationId\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"index\" value=\"(\\d+)\"")
                .matcher(listPage);
        assertThat(candidate.find()).as("a low-scoring indicator is offered").isTrue();
        HttpResponse<String> created = drafter.postForm("/rectifications/from-evaluation",
                form("evaluationId", candidate.group(1), "index", candidate.group(2)));
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        JsonNode p = problem(drafter, id);
        assertThat(p.get("source").asString()).isIn("BELOW_TARGET", "LOW_SCORE");
        assertThat(p.get("evaluationId").longValue()).isEqualTo(Long.parseLong(candidate.group(1)));
        assertThat(p.get("description").asString()).contains("指标值", "实际完成值", "得分");

        // starting before assigning is refused at once with every reason, and nothing changes
        HttpResponse<String> early = drafter.postForm(path + "/start", form("version", "0"));
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(early.body()).contains("请先指定责任人", "请先填写整改时限", "请先填写至少一项整改措施");
        assertThat(problem(drafter, id).get("status").asString()).isEqualTo("OPEN");

        String owner = Pattern.compile("<option value=\"(\\d+)\">填报人（本级）</option>").matcher(drafter.get(path).body())
                .results().findFirst().orElseThrow().group(1);
        assertThat(drafter.postForm(path + "/assign", form("version", "0", "ownerUserId", owner, "deadline", "2099-06-30",
                "measures", "重新测算指标值\n补充数据采集")).statusCode()).isEqualTo(302);
        // a stale version is a conflict and writes nothing
        HttpResponse<String> stale = drafter.postForm(path + "/start", form("version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(drafter.postForm(path + "/start", form("version", "1")).statusCode()).isEqualTo(302);
        assertThat(drafter.postForm(path + "/notes", form("note", "已完成数据采集")).statusCode()).isEqualTo(302);

        // submitting without evidence is refused; evidence is checked by content
        assertThat(drafter.postForm(path + "/submit", form("version", "2", "note", "完成")).statusCode()).isEqualTo(400);
        HttpResponse<String> fake = upload(drafter, path + "/evidence", "报告.pdf", "<html>".getBytes(StandardCharsets.UTF_8));
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("按文件内容判断");
        HttpResponse<String> big = upload(drafter, path + "/evidence", "报告.pdf", ("%PDF-" + "x".repeat(5000)).getBytes(StandardCharsets.US_ASCII));
        assertThat(big.statusCode()).isEqualTo(400);
        byte[] pdf = DemoDocuments.pdf("整改完成报告");
        assertThat(upload(drafter, path + "/evidence", "整改完成报告.pdf", pdf).statusCode()).isEqualTo(302);
        JsonNode withEvidence = problem(drafter, id);
        assertThat(withEvidence.get("evidence")).hasSize(1);
        assertThat(withEvidence.get("evidence").get(0).get("sha256").asString()).isEqualTo(Evidence.sha256(pdf));
        HttpResponse<byte[]> download = drafter.send(HttpRequest.newBuilder(drafter.uri(path + "/evidence/"
                + withEvidence.get("evidence").get(0).get("id").longValue())).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.body()).isEqualTo(pdf);

        assertThat(drafter.postForm(path + "/submit?version=2", form("note", "整改完成，数据采集机制已建立")).statusCode())
                .isEqualTo(302);
        // the drafter holds no review permission: verification is refused
        assertThat(drafter.postForm(path + "/verify", form("version", "3", "note", "自己销号")).statusCode()).isEqualTo(400);
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.postForm(path + "/verify", form("version", "3")).statusCode()).isEqualTo(404);

        WebSession reviewer = WebSession.login(port, "yewu");
        assertThat(reviewer.postForm(path + "/verify", form("version", "3", "note", "同意销号")).statusCode()).isEqualTo(302);
        JsonNode closed = problem(drafter, id);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        List<String> steps = new ArrayList<>();
        closed.get("history").forEach(h -> steps.add(h.get("action").asString() + "/" + h.get("actor").asString()));
        assertThat(steps).containsExactly("CREATED/填报人（本级）", "ASSIGNED/填报人（本级）", "MEASURES_CHANGED/填报人（本级）",
                "STARTED/填报人（本级）", "NOTE/填报人（本级）", "EVIDENCE_ADDED/填报人（本级）", "SUBMITTED/填报人（本级）",
                "VERIFIED/业务初审");
        assertThat(drafter.postForm(path + "/notes", form("note", "再补一句")).statusCode()).isEqualTo(400);
    }

    @Test
    void listFiltersHomeWarningAndTheBureauView() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String overdue = drafter.get("/units/807001/years/2024/rectifications?overdue=true").body();
        assertThat(Pattern.compile("data-problem=").matcher(overdue).results().count()).isEqualTo(1);
        assertThat(overdue).contains("部分指标设置不准确");
        String closed = drafter.get("/units/807001/years/2024/rectifications?status=CLOSED&source=BUREAU_OPINION").body();
        assertThat(Pattern.compile("data-problem=").matcher(closed).results().count()).isEqualTo(2);
        String home = drafter.get("/units").body();
        assertThat(home).contains("id=\"rectification-todo\"", "id=\"home-rect-overdue\">1<");

        String bureau = WebSession.login(port, "caizheng").get("/rectifications?year=2024").body();
        assertThat(bureau).contains("data-unit=\"807001\"", "data-unit=\"807002\"");
        String scoped = WebSession.login(port, "tianbao2").get("/rectifications?year=2024").body();
        assertThat(scoped).doesNotContain("data-unit=\"807001\"");
    }

    @Test
    void aFindingKeptByAReviewerBecomesAProblemLinkedToItsTable() {
        org.jixiao.orgs.OrgScope all = org.jixiao.orgs.OrgScope.unrestricted();
        org.jixiao.checks.domain.Finding finding = null;
        org.jixiao.goals.domain.GoalTableId table = null;
        for (var t : goals.list("807001", org.jixiao.shared.FiscalYear.of(2024), all)) {
            var found = checks.check(t.id(), all).findings().stream().filter(f -> f.location().row() != null).findFirst();
            if (found.isPresent()) {
                finding = found.get();
                table = t.id();
                break;
            }
        }
        assertThat(finding).as("a demo table with a row finding").isNotNull();
        WebSession drafter = WebSession.login(port, "tianbao");
        String page = drafter.get("/units/807001/years/2024/rectifications/findings").body();
        assertThat(page).contains("id=\"findings-empty\"");
        checkManagement.keep(table, finding.rule(), finding.location().row(), finding.location().field(),
                "口径经业务股室确认", all);
        page = drafter.get("/units/807001/years/2024/rectifications/findings").body();
        assertThat(page).contains("口径经业务股室确认", finding.rule().title());

        // a finding that is not kept is refused; the kept one is registered
        HttpResponse<String> notKept = drafter.postForm("/rectifications/from-finding", form("goalTableId",
                Long.toString(table.value()), "rule", finding.rule().name(), "row", "999", "field",
                finding.location().field()));
        assertThat(notKept.statusCode()).isEqualTo(400);
        assertThat(notKept.body()).contains("没有这条已复核保留的审核发现");
        HttpResponse<String> notLost = drafter.postForm("/rectifications/from-evaluation", form("evaluationId",
                "1", "index", "999"));
        assertThat(notLost.statusCode()).isEqualTo(400);
        assertThat(notLost.body()).contains("该指标未失分");
        HttpResponse<String> created = drafter.postForm("/rectifications/from-finding", form("goalTableId",
                Long.toString(table.value()), "rule", finding.rule().name(), "row",
                Integer.toString(finding.location().row()), "field", finding.location().field()));
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow();
        JsonNode p = problem(drafter, Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
        assertThat(p.get("source").asString()).isEqualTo("CHECK_FINDING");
        assertThat(p.get("goalTableId").longValue()).isEqualTo(table.value());
        assertThat(p.get("description").asString()).contains("口径经业务股室确认", finding.rule().title());
        assertThat(p.get("indicatorName").isNull()).isFalse();
        assertThat(WebSession.login(port, "tianbao2").get("/units/807001/years/2024/rectifications/findings").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theWholeLifeThroughTheApi() {
        WebSession drafter = WebSession.login(port, "tianbao");
        long owner = json(drafter.get(LIST)).get(0).get("ownerUserId").longValue();
        JsonNode created = JSON.readTree(postJson(drafter, LIST, "{\"source\":\"AUDIT\",\"title\":\"接口登记的问题\"}").body());
        String base = "/api/v1/rectifications/" + created.get("id").longValue();

        HttpResponse<String> badAssign = send(drafter, "PUT", base + "/assignment",
                "{\"version\":0,\"ownerUserId\":999999,\"deadline\":\"2099-02-30\",\"measures\":\"一项\"}");
        assertThat(badAssign.statusCode()).isEqualTo(400);
        assertThat(badAssign.body()).contains("deadline", "measures");
        assertThat(send(drafter, "PUT", base + "/assignment", "{\"version\":0,\"ownerUserId\":" + owner
                + ",\"deadline\":\"2099-03-31\",\"measures\":[\"措施一\"]}").statusCode()).isEqualTo(200);
        assertThat(postJson(drafter, base + "/start", "{\"version\":0}").statusCode()).isEqualTo(409);
        assertThat(postJson(drafter, base + "/start", "{}").statusCode()).isEqualTo(400);
        assertThat(postJson(drafter, base + "/start", "{\"version\":1}").statusCode()).isEqualTo(200);
        assertThat(postJson(drafter, base + "/notes", "{\"note\":\"进行中\"}").statusCode()).isEqualTo(200);
        assertThat(upload(drafter, base + "/evidence", "报告.pdf", DemoDocuments.pdf("api")).statusCode())
                .isEqualTo(201);
        assertThat(upload(drafter, base + "/evidence", "报告.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(400);
        assertThat(postJson(drafter, base + "/submit", "{\"version\":2,\"note\":\"完成\"}").statusCode()).isEqualTo(200);
        HttpResponse<String> selfVerify = postJson(drafter, base + "/verify", "{\"version\":3}");
        assertThat(selfVerify.statusCode()).isEqualTo(400);
        assertThat(selfVerify.body()).contains("只有审核人员可以验证销号");
        HttpResponse<String> verified = postJson(WebSession.login(port, "yewu"), base + "/verify",
                "{\"version\":3,\"note\":\"同意\"}");
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        JsonNode closed = JSON.readTree(verified.body());
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("history").size()).isEqualTo(8);
        assertThat(postJson(WebSession.login(port, "tianbao2"), base + "/notes", "{\"note\":\"x\"}").statusCode())
                .isEqualTo(404);
    }

    private static HttpResponse<String> send(WebSession http, String method, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode problem(WebSession http, long id) {
        HttpResponse<String> r = http.get("/api/v1/rectifications/" + id);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> postJson(WebSession http, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> upload(WebSession http, String path, String fileName, byte[] content) {
        String boundary = "----jixiao" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}

package org.jixiao.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.Finding;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The goal checks through the API and the pages, on the demo data of seed 001. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_checks-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class CheckIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AWARD = "13052924P00584012427K"; // 消防人员年度考核奖资金, 发放成功率 ≤95%

    @LocalServerPort
    int port;

    @Autowired
    CheckQueries checks;

    /** Signed in through the login page as the demo unit's 填报人 (本单位 807001, may edit and import). */
    private WebSession http;

    /** The finance bureau's reviewer (本区划全部): keeps findings and runs batches. */
    private WebSession reviewer;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
        reviewer = WebSession.login(port, "caizheng");
    }

    @Test
    void anImportIsCheckedAsTheUnitWillBeAfterIt() {
        // each saved table imported over itself: the same findings as the unit-year's report, cross-table rules included
        OrgScope all = OrgScope.unrestricted();
        UnitCheckReport report = checks.report("807001", FiscalYear.of(2024), all);
        assertThat(report.tables()).hasSize(10);
        assertThat(report.tables()).anySatisfy(t -> assertThat(t.findings()).isNotEmpty());
        for (TableCheck saved : report.tables()) {
            List<Finding> expected = new ArrayList<>(saved.findings());
            saved.kept().forEach(k -> expected.add(k.finding()));
            GoalTableInput in = GoalTableForm.of(saved.table()).toInput();
            GoalTableInput imported = new GoalTableInput(saved.table().kind().name(), "2024", "807001",
                    in.projectCode(), in.projectName(), in.budgetWan(), in.fiscalWan(), in.otherWan(), in.purpose(),
                    in.spendingPlan(), in.goals(), in.indicators(), null);
            List<List<Finding>> found = checks.previewImport("807001", FiscalYear.of(2024), List.of(imported), all);
            assertThat(found).singleElement().satisfies(f -> assertThat(f)
                    .as(saved.table().id().toString()).containsExactlyInAnyOrderElementsOf(expected));
        }
    }

    @Test
    void checksAnUnsavedDocumentWithoutSavingIt() throws Exception {
        int before = JSON.readTree(get("/api/v1/units/807001/years/2024/goal-tables").body()).size();
        ObjectNode doc = (ObjectNode) JSON.readTree(get("/api/v1/goal-tables/" + tableId(AWARD)).body());
        doc.remove("id");
        doc.put("projectCode", "NEW0001");

        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/checks"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(doc.toString())).build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode findings = JSON.readTree(response.body()).get("findings");
        assertThat(findings.valueStream().anyMatch(f -> f.get("rule").asString().equals("COMPARATOR_DIRECTION")
                && f.get("indicator").asInt() == 1 && f.get("indicatorName").asString().equals("发放成功率")
                && f.get("field").asString().equals("value"))).isTrue();
        assertThat(findings.get(0).get("message").asString()).isNotBlank();
        assertThat(findings.get(0).get("suggestion").asString()).isNotBlank();
        assertThat(JSON.readTree(get("/api/v1/units/807001/years/2024/goal-tables").body()).size()).isEqualTo(before);
    }

    @Test
    void unreadableInputIsA400() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/checks"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fiscalYear\":2024,\"unitCode\":\"807001\",\"projectCode\":\"X1\",\"projectName\":\"x\",\"budgetWan\":\"abc\"}"))
                .build());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("violations").findValuesAsString("field")).containsExactly("budgetWan");
    }

    @Test
    void aReviewerKeepsAFindingWithAReasonAndItStaysHiddenUntilTheRowChanges() throws Exception {
        long id = tableId(AWARD);
        assertThat(directionFindings(id)).isEqualTo(1);

        String empty = form("rule", "COMPARATOR_DIRECTION", "row", "1", "field", "value", "reason", " ");
        assertThat(post("/checks/tables/" + id + "/keep", kept(id)).statusCode())
                .as("the drafter may not keep a finding").isEqualTo(403);
        HttpResponse<String> refused = reviewer.postForm("/checks/tables/" + id + "/keep", empty);
        assertThat(refused.body()).contains("请填写保留该提示的理由");
        assertThat(directionFindings(id)).isEqualTo(1);

        String kept = form("rule", "COMPARATOR_DIRECTION", "row", "1", "field", "value",
                "reason", "考核奖发放成功率按上级核定口径不超过95%");
        assertThat(reviewer.postForm("/checks/tables/" + id + "/keep", kept).body()).contains("已复核保留的提示 1 条");
        assertThat(directionFindings(id)).isZero();

        // the row changes: the finding is shown again
        ObjectNode doc = (ObjectNode) JSON.readTree(get("/api/v1/goal-tables/" + id).body());
        ((ObjectNode) doc.get("indicators").get(1)).put("value", "≤96%");
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/goal-tables/" + id)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(doc.toString())).build()).statusCode()).isEqualTo(200);
        assertThat(directionFindings(id)).isEqualTo(1);
    }

    @Test
    void theReportPageCountsByRuleAndSeverity() throws Exception {
        String page = get("/checks/units/807001/years/2024").body();
        assertThat(page).contains("审核报告", "按规则统计", "比较符方向错误（COMPARATOR_DIRECTION）", "时限超出预算年度",
                "消防人员年度考核奖资金");
    }

    @Test
    void aBatchOverTheRegionShowsProgressAndFinishes() throws Exception {
        assertThat(post("/checks/batches", form("scope", "130529", "year", "2024")).statusCode())
                .as("a drafter starts no batch").isEqualTo(403);
        HttpResponse<String> started = reviewer.postForm("/checks/batches", form("scope", "130529", "year", "2024"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String jobPath = URI.create(location).getPath();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String progress = "";
        while (Instant.now().isBefore(deadline)) {
            progress = reviewer.get(jobPath + "/progress").body();
            if (progress.contains("检查完成")) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(progress).contains("检查完成", "已检查单位 2 / 2", "目标表 10 张");
        assertThat(reviewer.get(jobPath).body()).contains("巨鹿县");
        assertThat(get(jobPath).statusCode()).as("another user's job").isEqualTo(404);
    }

    @Test
    void theEditPageCarriesTheLiveCheckPanel() throws Exception {
        long id = tableId(AWARD);
        assertThat(get("/goal-tables/" + id + "/edit").body()).contains("id=\"check-panel\"", "row-findings-1");
        String fragment = post("/checks/preview/" + id, form("version", "0", "projectCode", AWARD, "projectName", "考核奖",
                "budgetWan", "15", "fiscalWan", "15", "indicators[0].level1", "产出指标", "indicators[0].level2", "数量指标",
                "indicators[0].name", "人员数量", "indicators[0].value", "5人",
                "indicators[1].level1", "产出指标", "indicators[1].level2", "质量指标", "indicators[1].name", "发放成功率",
                "indicators[1].value", "≤95%")).body();
        assertThat(fragment).contains("id=\"row-findings-1\"", "hx-swap-oob", "比较符方向错误");
    }

    private static String kept(long id) {
        return form("rule", "COMPARATOR_DIRECTION", "row", "1", "field", "value", "reason", "理由");
    }

    private long directionFindings(long id) throws Exception {
        JsonNode findings = JSON.readTree(get("/api/v1/goal-tables/" + id + "/findings").body()).get("findings");
        return findings.valueStream().filter(f -> f.get("rule").asString().equals("COMPARATOR_DIRECTION")
                && f.get("indicator").asInt() == 1).count();
    }

    private long tableId(String projectCode) throws Exception {
        for (JsonNode t : JSON.readTree(get("/api/v1/units/807001/years/2024/goal-tables").body())) {
            if (projectCode.equals(t.get("projectCode").asString(null))) {
                return t.get("id").asLong();
            }
        }
        throw new AssertionError("no table " + projectCode);
    }

    private static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path, String formBody) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}

package org.jixiao.orgs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.checks.CheckBatches;
import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * 数据范围, walked systematically: every endpoint of the running application (every handler mapping) is called as
 * the 填报人 of another unit ({@code tianbao2}, 807002, who may edit — so only the scope stands in the way) with
 * valid ids and codes of the demo unit 807001. Endpoints that name a goal table, a unit, an import or a batch answer
 * 403 or 404; lists and uploads answer but show nothing of 807001; and no answer contains a table name or project
 * code of 807001. An endpoint this test does not know makes it fail, so a new endpoint must be added here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_scope-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class DataScopeIntegrationTests {

    private static final String UNIT = DemoAccounts.UNIT;
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    /** What a call of one endpoint must answer. */
    enum Expect {
        /** 403 or 404, nothing of 807001 in the body. */
        REFUSED,
        /** Any answer below 500 (lists, uploads, checks of posted input), nothing of 807001 in the body. */
        NOTHING_LEAKED,
        /** Not about goal tables (sign-in, own account, docs, error page): only known, not called. */
        NOT_SCOPED
    }

    record Call(Expect expect, Function<Ids, HttpResponse<String>> request) {
    }

    /** Valid ids of things that belong to 807001 or to other users. */
    record Ids(long table, String tableDocument, String importId, String jobId, long tokenId, byte[] tableXlsx,
               long evaluation, long evaluationVersion) {
    }

    @LocalServerPort
    int port;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    org.jixiao.rectification.RectificationQueries rectifications;
    @Autowired
    OrgQueries orgs;
    @Autowired
    CheckBatches batches;
    @Autowired
    EvaluationQueries evaluations;
    @Autowired
    org.jixiao.monitoring.MonitoringReturnQueries monitoringReturns;
    @Autowired
    org.jixiao.evaluation.DepartmentEvaluationQueries departments;
    @Autowired
    org.jixiao.evaluation.DepartmentTemplateDesigner designer;
    private String designId;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private WebSession other;
    private List<String> secrets;

    @BeforeEach
    void setUp() {
        other = WebSession.login(port, "tianbao2");
        secrets = new ArrayList<>();
        for (GoalTableSummary t : goals.list(UNIT, YEAR, OrgScope.unrestricted())) {
            if (t.projectCode() != null) {
                secrets.add(t.projectCode());
                secrets.add(t.projectName());
            }
        }
        secrets.add("巨鹿县消防救援大队本级");
        assertThat(secrets).hasSize(19);
    }

    @Test
    void everyEndpointRefusesOrHidesTheTablesOfAnotherUnit() throws Exception {
        Ids ids = ids();
        Map<String, Call> calls = calls();
        Set<String> unknown = new TreeSet<>();
        List<String> failures = new ArrayList<>();
        int called = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                for (String method : methods.isEmpty() ? Set.of("ANY") : methods.stream().map(Enum::name).toList()) {
                    String key = method + " " + pattern;
                    Call call = calls.get(key);
                    if (call == null) {
                        unknown.add(key);
                        continue;
                    }
                    if (call.expect() == Expect.NOT_SCOPED) {
                        continue;
                    }
                    HttpResponse<String> response = call.request().apply(ids);
                    called++;
                    String body = response.body();
                    if (call.expect() == Expect.REFUSED && response.statusCode() != 403 && response.statusCode() != 404) {
                        failures.add(key + " answered " + response.statusCode());
                    }
                    if (response.statusCode() >= 500) {
                        failures.add(key + " failed with " + response.statusCode());
                    }
                    for (String secret : secrets) {
                        if (body.contains(secret)) {
                            failures.add(key + " leaked “" + secret + "”");
                        }
                    }
                }
            }
        }
        assertThat(unknown).as("endpoints this test does not know how to call: add them to calls()").isEmpty();
        assertThat(failures).isEmpty();
        assertThat(called).isGreaterThanOrEqualTo(35);
        // nothing was written for 807001 by the attempts above
        assertThat(goals.list(UNIT, FiscalYear.of(2023), OrgScope.unrestricted())).isEmpty();
        assertThat(goals.list(UNIT, FiscalYear.of(2025), OrgScope.unrestricted())).isEmpty();
        assertThat(rectifications.reviews(UNIT, YEAR, OrgScope.unrestricted())).isEmpty();
        assertThat(goals.find(new org.jixiao.goals.domain.GoalTableId(ids.table()), OrgScope.unrestricted()).orElseThrow()
                .version()).isZero();
        assertThat(evaluations.find(new org.jixiao.evaluation.domain.EvaluationId(ids.evaluation()), OrgScope.unrestricted())
                .orElseThrow().version()).isEqualTo(ids.evaluationVersion());
        assertThat(monitoringReturns.find(new org.jixiao.monitoring.domain.MonitoringReturnId(monitoringReturn()),
                OrgScope.unrestricted()).orElseThrow().version()).isEqualTo(1);
        assertThat(monitoringReturns.list(UNIT, YEAR, OrgScope.unrestricted()).lines().stream()
                .flatMap(l -> l.cells().stream()).filter(org.jixiao.monitoring.MonitoringReturnList.Cell::started)).hasSize(1);
        assertThat(departments.find(department(), OrgScope.unrestricted()).orElseThrow().version()).isEqualTo(1);
        assertThat(departments.find(UNIT, FiscalYear.of(2023), OrgScope.unrestricted())).isEmpty();
        assertThat(designer.designsOf(UNIT, OrgScope.unrestricted())).hasSize(1)
                .allSatisfy(d -> assertThat(d.entry().version()).isEqualTo(1));
    }

    @Test
    void theSameCallsSucceedForTheUnitsOwnDrafter() {
        WebSession own = WebSession.login(port, "tianbao");
        Ids ids = ids();
        long id = ids.table();
        assertThat(own.get("/goal-tables/" + id).statusCode()).isEqualTo(200);
        assertThat(own.get("/api/v1/goal-tables/" + id + ".xlsx").statusCode()).isEqualTo(200);
        assertThat(own.get("/checks/units/807001/years/2024").statusCode()).isEqualTo(200);
        assertThat(own.get("/units/807001/years/2024/self-evaluations").statusCode()).isEqualTo(200);
        assertThat(own.get("/api/v1/self-evaluations/" + ids.evaluation()).statusCode()).isEqualTo(200);
        assertThat(own.get("/units").body()).contains("巨鹿县消防救援大队本级").doesNotContain("城区中队");
        // the department's reviewer sees both units, the bureau's the whole region
        assertThat(WebSession.login(port, "yewu").get("/units").body()).contains("巨鹿县消防救援大队本级", "城区中队");
        assertThat(WebSession.basic(port, "caizheng").get("/api/v1/goal-tables/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void scopesFollowTheTree() {
        assertThat(orgs.scopeOf(actor("tianbao2", "807002", Role.DRAFTER)).codes()).containsExactly("807002");
        assertThat(orgs.scopeOf(actor("yewu", "807", Role.BUSINESS_REVIEWER)).codes())
                .containsExactlyInAnyOrder("807", "807001", "807002");
        assertThat(orgs.scopeOf(actor("caizheng", "CZ130529", Role.BUREAU_REVIEWER)).codes())
                .containsExactlyInAnyOrder("CZ130529", "807", "807001", "807002");
        assertThat(orgs.scopeOf(new Actor(9, "x", "x", "nowhere", Set.of(Role.DRAFTER), DataScope.OWN)).isEmpty()).isTrue();
        assertThat(orgs.scopeOf(new Actor(9, "x", "x", "", Set.of(Role.ADMINISTRATOR), DataScope.REGION)).isUnrestricted())
                .as("an administrator created before any organization existed").isTrue();
    }

    @Test
    void aBatchChecksOnlyTheUnitsOfTheScope() throws InterruptedException {
        OrgScope scope = orgs.scopeOf(actor("tianbao2", "807002", Role.DRAFTER));
        CheckBatches.Job job = batches.start("130529", YEAR, scope, 42L);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!job.done() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(job.unitCount()).isEqualTo(1);
        assertThat(job.tablesDone()).isZero();
        assertThat(batches.find(job.id(), 43L)).as("another user's job").isEmpty();
    }

    /** A template design of 807001 (copied once, by its own 填报人). */
    private String design() {
        if (designId == null) {
            designId = designer.copy(UNIT, YEAR, "kunming-2020-department", OrgScope.unrestricted());
        }
        return designId;
    }

    /** The demo 部门整体支出绩效自评 of 807001 for 2024. */
    private long department() {
        return departments.find(UNIT, YEAR, OrgScope.unrestricted()).orElseThrow().id();
    }

    private static Actor actor(String username, String org, Role role) {
        return new Actor(1, username, username, org, Set.of(role), role.defaultScope());
    }

    private Ids ids() {
        WebSession own = WebSession.login(port, "tianbao");
        long table = goals.list(UNIT, YEAR, OrgScope.unrestricted()).stream().filter(t -> t.projectCode() != null)
                .findFirst().orElseThrow().id().value();
        String document = own.get("/api/v1/goal-tables/" + table).body();
        byte[] xlsx = own.send(HttpRequest.newBuilder(own.uri("/api/v1/goal-tables/" + table + ".xlsx")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        String importId = firstMatch(upload(own, "/api/v1/imports", xlsx, Map.of("unitCode", UNIT, "year", "2030")).body(),
                "\"id\":\"([0-9a-f-]{36})\"");
        WebSession bureau = WebSession.login(port, "caizheng");
        String job = bureau.postForm("/checks/batches", WebSession.form("scope", UNIT, "year", "2024"))
                .headers().firstValue("Location").orElseThrow().replaceAll(".*/checks/batches/", "");
        own.postForm("/account/tokens", WebSession.form("name", "范围测试"));
        long token = Long.parseLong(firstMatch(own.get("/account").body(), "/account/tokens/(\\d+)/revoke"));
        SelfEvaluationSummary evaluation = evaluations.list(UNIT, YEAR, OrgScope.unrestricted()).stream()
                .filter(SelfEvaluationSummary::started).findFirst().orElseThrow();
        return new Ids(table, document, importId, job, token, xlsx, evaluation.id().value(), evaluation.version());
    }

    /** The id of a report generation of 807001, generated by its own drafter. */
    private long reportGeneration() {
        WebSession own = WebSession.login(port, "tianbao");
        assertThat(own.get("/api/v1/units/807001/years/2024/reports/self-evaluation-tables.xlsx").statusCode()).isEqualTo(200);
        return Long.parseLong(firstMatch(own.get("/api/v1/units/807001/years/2024/reports/generations").body(), "\"id\":(\\d+)"));
    }

    /** Every endpoint, by "METHOD pattern", with how to call it as the other unit's drafter. */
    private Map<String, Call> calls() {
        Map<String, Call> c = new LinkedHashMap<>();
        // goal tables: pages
        c.put("GET /", call(Expect.NOTHING_LEAKED, i -> other.get("/")));
        c.put("GET /units", call(Expect.NOTHING_LEAKED, i -> other.get("/units")));
        c.put("GET /units/{unitCode}", call(Expect.REFUSED, i -> other.get("/units/807001")));
        c.put("GET /units/{unitCode}/years/{year}", call(Expect.REFUSED, i -> other.get("/units/807001/years/2024")));
        c.put("GET /goal-tables/{id}", call(Expect.REFUSED, i -> other.get("/goal-tables/" + i.table())));
        c.put("GET /goal-tables/{id}/edit", call(Expect.REFUSED, i -> other.get("/goal-tables/" + i.table() + "/edit")));
        c.put("POST /goal-tables/{id}", call(Expect.REFUSED, i -> other.postForm("/goal-tables/" + i.table(),
                WebSession.form("version", "0", "projectName", "改名", "budgetWan", "1"))));
        c.put("POST /goal-tables/{id}/rows", call(Expect.REFUSED, i -> other.postForm("/goal-tables/" + i.table()
                + "/rows?list=goals&op=add", WebSession.form("version", "0"))));
        // goal tables: API
        c.put("GET /api/v1/units", call(Expect.NOTHING_LEAKED, i -> other.get("/api/v1/units")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/goal-tables", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/goal-tables")));
        c.put("GET /api/v1/goal-tables/{id}", call(Expect.REFUSED, i -> other.get("/api/v1/goal-tables/" + i.table())));
        c.put("PUT /api/v1/goal-tables/{id}", call(Expect.REFUSED, i -> json(other, "PUT", "/api/v1/goal-tables/" + i.table(),
                i.tableDocument())));
        c.put("POST /api/v1/goal-tables", call(Expect.NOTHING_LEAKED, i -> json(other, "POST", "/api/v1/goal-tables",
                i.tableDocument().replace("\"fiscalYear\":2024", "\"fiscalYear\":2023").replaceAll("\"version\":\\d+,?", ""))));
        // checks
        c.put("POST /checks/preview/{id}", call(Expect.REFUSED, i -> other.postForm("/checks/preview/" + i.table(),
                WebSession.form("version", "0", "projectName", "x"))));
        c.put("GET /checks/tables/{id}", call(Expect.REFUSED, i -> other.get("/checks/tables/" + i.table())));
        c.put("POST /checks/tables/{id}/keep", call(Expect.REFUSED, i -> other.postForm("/checks/tables/" + i.table()
                + "/keep", WebSession.form("rule", "COMPARATOR_DIRECTION", "row", "1", "field", "value", "reason", "x"))));
        c.put("GET /checks/units/{unitCode}/years/{year}", call(Expect.REFUSED, i -> other.get("/checks/units/807001/years/2024")));
        c.put("GET /checks", call(Expect.NOTHING_LEAKED, i -> other.get("/checks")));
        c.put("POST /checks/batches", call(Expect.REFUSED, i -> other.postForm("/checks/batches",
                WebSession.form("scope", UNIT, "year", "2024"))));
        c.put("GET /checks/batches/{jobId}", call(Expect.REFUSED, i -> other.get("/checks/batches/" + i.jobId())));
        c.put("GET /checks/batches/{jobId}/progress", call(Expect.REFUSED,
                i -> other.get("/checks/batches/" + i.jobId() + "/progress")));
        c.put("POST /api/v1/checks", call(Expect.NOTHING_LEAKED, i -> json(other, "POST", "/api/v1/checks",
                "{\"kind\":\"PROJECT\",\"fiscalYear\":2024,\"unitCode\":\"807001\",\"projectCode\":\"SCOPE1\","
                        + "\"projectName\":\"范围测试项目\",\"budgetWan\":1}")));
        // audit (修改记录)
        c.put("GET /goal-tables/{id}/history", call(Expect.REFUSED, i -> other.get("/goal-tables/" + i.table() + "/history")));
        c.put("GET /api/v1/goal-tables/{id}/history", call(Expect.REFUSED,
                i -> other.get("/api/v1/goal-tables/" + i.table() + "/history")));
        c.put("GET /api/v1/goal-tables/{id}/findings", call(Expect.REFUSED,
                i -> other.get("/api/v1/goal-tables/" + i.table() + "/findings")));
        // review: API, the panel, the form actions and the 待办 list
        c.put("GET /api/v1/{subjectPath}/{id}/review", call(Expect.REFUSED, i -> {
            assertThat(other.get("/api/v1/self-evaluations/" + i.evaluation() + "/review").statusCode()).isEqualTo(404);
            return other.get("/api/v1/goal-tables/" + i.table() + "/review");
        }));
        c.put("POST /api/v1/{subjectPath}/{id}/review/{action}", call(Expect.REFUSED,
                i -> json(other, "POST", "/api/v1/goal-tables/" + i.table() + "/review/submit", "{\"version\":0}")));
        c.put("GET /review/{subjectPath}/{id}/panel", call(Expect.REFUSED, i -> {
            assertThat(other.get("/review/self-evaluations/" + i.evaluation() + "/panel").statusCode()).isEqualTo(404);
            return other.get("/review/goal-tables/" + i.table() + "/panel");
        }));
        c.put("POST /review/{subjectPath}/{id}/{action}", call(Expect.REFUSED,
                i -> other.postForm("/review/goal-tables/" + i.table() + "/submit", WebSession.form("version", "0"))));
        c.put("GET /review/units/{unitCode}/years/{year}/states", call(Expect.REFUSED,
                i -> other.get("/review/units/807001/years/2024/states")));
        c.put("GET /review/{subjectPath}/units/{unitCode}/years/{year}/states", call(Expect.REFUSED,
                i -> other.get("/review/goal-tables/units/807001/years/2024/states")));
        c.put("GET /todo", call(Expect.NOTHING_LEAKED, i -> other.get("/todo")));
        // exchange: pages
        c.put("GET /exchange/units/{unitCode}/years/{year}", call(Expect.REFUSED, i -> other.get("/exchange/units/807001/years/2024")));
        c.put("GET /exchange/imports/new", call(Expect.NOTHING_LEAKED, i -> other.get("/exchange/imports/new")));
        c.put("POST /exchange/imports", call(Expect.NOTHING_LEAKED, i -> followed(upload(other, "/exchange/imports",
                i.tableXlsx(), Map.of("unitCode", UNIT, "year", "2024")))));
        c.put("GET /exchange/imports/{id}", call(Expect.REFUSED, i -> other.get("/exchange/imports/" + i.importId())));
        c.put("POST /exchange/imports/{id}/commit", call(Expect.REFUSED,
                i -> other.postForm("/exchange/imports/" + i.importId() + "/commit", "")));
        c.put("GET /exchange/imports/{id}/result", call(Expect.REFUSED,
                i -> other.get("/exchange/imports/" + i.importId() + "/result")));
        // exchange: API
        for (String type : List.of("xlsx", "docx", "pdf")) {
            c.put("GET /api/v1/units/{unitCode}/years/{year}/goal-tables." + type, call(Expect.REFUSED,
                    i -> other.get("/api/v1/units/807001/years/2024/goal-tables." + type)));
            c.put("GET /api/v1/goal-tables/{id}." + type, call(Expect.REFUSED,
                    i -> other.get("/api/v1/goal-tables/" + i.table() + "." + type)));
        }
        c.put("POST /api/v1/imports", call(Expect.NOTHING_LEAKED, i -> upload(other, "/api/v1/imports", i.tableXlsx(),
                Map.of("unitCode", UNIT, "year", "2024"))));
        c.put("GET /api/v1/imports/{id}", call(Expect.REFUSED, i -> other.get("/api/v1/imports/" + i.importId())));
        c.put("POST /api/v1/imports/{id}/commit", call(Expect.REFUSED,
                i -> other.postForm("/api/v1/imports/" + i.importId() + "/commit", "")));
        // evaluation: pages
        c.put("GET /units/{unitCode}/years/{year}/self-evaluations", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/self-evaluations")));
        c.put("POST /self-evaluations", call(Expect.REFUSED, i -> other.postForm("/self-evaluations",
                WebSession.form("goalTableId", Long.toString(i.table())))));
        c.put("GET /self-evaluations/{id}", call(Expect.REFUSED, i -> other.get("/self-evaluations/" + i.evaluation())));
        c.put("POST /self-evaluations/{id}", call(Expect.REFUSED, i -> other.postForm("/self-evaluations/" + i.evaluation(),
                WebSession.form("version", Long.toString(i.evaluationVersion()), "budgetWan", "1", "executedWan", "1"))));
        c.put("POST /self-evaluations/{id}/preview", call(Expect.REFUSED, i -> other.postForm("/self-evaluations/"
                + i.evaluation() + "/preview", WebSession.form("version", "0", "rows[0].actual", "1"))));
        // evaluation: API
        c.put("GET /api/v1/units/{unitCode}/years/{year}/self-evaluations", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/self-evaluations")));
        c.put("GET /api/v1/self-evaluations/{id}", call(Expect.REFUSED,
                i -> other.get("/api/v1/self-evaluations/" + i.evaluation())));
        c.put("PUT /api/v1/self-evaluations/{id}", call(Expect.REFUSED, i -> json(other, "PUT",
                "/api/v1/self-evaluations/" + i.evaluation(), "{\"version\":" + i.evaluationVersion()
                        + ",\"budgetWan\":1,\"executedWan\":1,\"indicators\":[]}")));
        c.put("POST /api/v1/self-evaluations", call(Expect.REFUSED, i -> json(other, "POST", "/api/v1/self-evaluations",
                "{\"goalTableId\":" + i.table() + "}")));
        c.put("POST /api/v1/scoring", call(Expect.REFUSED, i -> json(other, "POST", "/api/v1/scoring",
                "{\"goalTableId\":" + i.table() + ",\"budgetWan\":1,\"executedWan\":1}")));
        // monitoring: 双监控 returns (the demo 1–7月 return of 807001), pages and API
        c.put("GET /units/{unitCode}/years/{year}/monitoring-returns", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/monitoring-returns")));
        c.put("POST /monitoring-returns", call(Expect.REFUSED, i -> other.postForm("/monitoring-returns",
                WebSession.form("goalTableId", Long.toString(i.table()), "cutOffMonth", "7"))));
        c.put("GET /monitoring-returns/{id}", call(Expect.REFUSED, i -> other.get("/monitoring-returns/" + monitoringReturn())));
        c.put("POST /monitoring-returns/{id}", call(Expect.REFUSED, i -> other.postForm("/monitoring-returns/"
                + monitoringReturn(), WebSession.form("version", "1", "executedWan", "1"))));
        c.put("POST /monitoring-returns/{id}/preview", call(Expect.REFUSED, i -> other.postForm("/monitoring-returns/"
                + monitoringReturn() + "/preview", WebSession.form("version", "1", "executedWan", "1"))));
        c.put("GET /monitoring/red-notices", call(Expect.NOTHING_LEAKED, i -> other.get("/monitoring/red-notices")));
        c.put("GET /monitoring-returns/notices", call(Expect.NOTHING_LEAKED,
                i -> other.get("/monitoring-returns/notices?unitCode=807001&year=2024")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/monitoring-returns", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/monitoring-returns")));
        c.put("POST /api/v1/units/{unitCode}/years/{year}/monitoring-returns", call(Expect.REFUSED, i -> json(other,
                "POST", "/api/v1/units/807001/years/2024/monitoring-returns",
                "{\"goalTableId\":" + i.table() + ",\"cutOffMonth\":7}")));
        c.put("GET /api/v1/monitoring-returns/{id}", call(Expect.REFUSED,
                i -> other.get("/api/v1/monitoring-returns/" + monitoringReturn())));
        c.put("PUT /api/v1/monitoring-returns/{id}", call(Expect.REFUSED, i -> json(other, "PUT",
                "/api/v1/monitoring-returns/" + monitoringReturn(), "{\"version\":1,\"executedWan\":1}")));
        // monitoring (运行监控): pages and API
        c.put("GET /units/{unitCode}/years/{year}/monitoring", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/monitoring")));
        c.put("POST /units/{unitCode}/years/{year}/monitoring", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/monitoring", WebSession.form("kind", "record", "projectCode", "X", "month", "1",
                        "amountYuan", "1"))));
        c.put("POST /units/{unitCode}/years/{year}/monitoring/treasury", call(Expect.REFUSED, i -> upload(other,
                "/units/807001/years/2024/monitoring/treasury", "项目编码,支付日期,支付金额\nX,2024-01-01,1\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of())));
        c.put("POST /units/{unitCode}/years/{year}/monitoring/treasury/{id}/commit", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2024/monitoring/treasury/none/commit", "")));
        c.put("GET /monitoring", call(Expect.NOTHING_LEAKED, i -> other.get("/monitoring?year=2024")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/monitoring", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/monitoring")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/monitoring.xlsx", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/monitoring.xlsx")));
        c.put("GET /api/v1/years/{year}/monitoring", call(Expect.NOTHING_LEAKED, i -> other.get("/api/v1/years/2024/monitoring")));
        c.put("POST /api/v1/units/{unitCode}/years/{year}/execution-records", call(Expect.REFUSED, i -> json(other, "POST",
                "/api/v1/units/807001/years/2024/execution-records", "{\"records\":[{\"projectCode\":\"X\",\"month\":1,\"amountYuan\":1}]}")));
        // evaluation: 部门整体支出绩效自评 (pages and API)
        c.put("GET /units/{unitCode}/department-evaluation", call(Expect.REFUSED,
                i -> other.get("/units/807001/department-evaluation")));
        c.put("GET /units/{unitCode}/years/{year}/department-evaluation", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/department-evaluation")));
        c.put("POST /units/{unitCode}/years/{year}/department-evaluation", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2023/department-evaluation", "")));
        c.put("GET /department-evaluations/{id}", call(Expect.REFUSED, i -> other.get("/department-evaluations/"
                + department())));
        c.put("POST /department-evaluations/{id}", call(Expect.REFUSED, i -> other.postForm("/department-evaluations/"
                + department(), WebSession.form("version", "1", "v:1.1:score", "1"))));
        c.put("POST /department-evaluations/{id}/preview", call(Expect.REFUSED, i -> other.postForm(
                "/department-evaluations/" + department() + "/preview", WebSession.form("version", "1"))));
        c.put("GET /api/v1/department-evaluations/{id}", call(Expect.REFUSED,
                i -> other.get("/api/v1/department-evaluations/" + department())));
        c.put("PUT /api/v1/department-evaluations/{id}", call(Expect.REFUSED, i -> json(other, "PUT",
                "/api/v1/department-evaluations/" + department(), "{\"version\":1,\"leaves\":{\"1.1\":{\"score\":\"1\"}}}")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/department-evaluation", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/department-evaluation")));
        c.put("POST /api/v1/department-evaluations", call(Expect.REFUSED, i -> json(other, "POST",
                "/api/v1/department-evaluations", "{\"unitCode\":\"807001\",\"fiscalYear\":2023}")));
        // evaluation: 模板设计 (a design of 807001 made in ids())
        c.put("GET /units/{unitCode}/years/{year}/department-templates", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/department-templates")));
        c.put("POST /units/{unitCode}/years/{year}/department-templates", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/department-templates", WebSession.form("baseId", "kunming-2020-department"))));
        c.put("GET /department-templates/{templateId}", call(Expect.REFUSED,
                i -> other.get("/department-templates/" + design())));
        c.put("POST /department-templates/{templateId}", call(Expect.REFUSED, i -> other.postForm(
                "/department-templates/" + design(), WebSession.form("version", "1", "weight:1.1", "11"))));
        // reports: API and pages (a generation kept for 807001 is as unknown to another unit as any)
        String reports = "/api/v1/units/807001/years/2024/reports";
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/self-evaluation.docx", call(Expect.REFUSED, i -> other.get(reports + "/self-evaluation.docx")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/self-evaluation.pdf", call(Expect.REFUSED, i -> other.get(reports + "/self-evaluation.pdf")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/rectification.docx", call(Expect.REFUSED, i -> other.get(reports + "/rectification.docx")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/rectification.pdf", call(Expect.REFUSED, i -> other.get(reports + "/rectification.pdf")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/self-evaluation-tables.xlsx", call(Expect.REFUSED, i -> other.get(reports + "/self-evaluation-tables.xlsx")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/projects/{goalTableId}.{extension}", call(Expect.REFUSED,
                i -> other.get(reports + "/projects/" + i.table() + ".pdf")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/generations", call(Expect.REFUSED, i -> other.get(reports + "/generations")));
        c.put("GET /api/v1/report-generations/{id}", call(Expect.REFUSED, i -> other.get("/api/v1/report-generations/" + reportGeneration())));
        c.put("GET /reports/generations/{id}", call(Expect.REFUSED, i -> other.get("/reports/generations/" + reportGeneration())));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/basics", call(Expect.REFUSED, i -> other.get(reports + "/basics")));
        c.put("PUT /api/v1/units/{unitCode}/years/{year}/reports/basics", call(Expect.REFUSED, i -> json(other, "PUT",
                reports + "/basics", "{\"version\":0,\"incomeTotal\":\"1\"}")));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/reports/narratives", call(Expect.REFUSED, i -> other.get(reports + "/narratives")));
        c.put("PUT /api/v1/units/{unitCode}/years/{year}/reports/narratives/{section}", call(Expect.REFUSED, i -> json(other, "PUT",
                reports + "/narratives/problems", "{\"version\":0,\"text\":\"x\"}")));
        c.put("DELETE /api/v1/units/{unitCode}/years/{year}/reports/narratives/{section}", call(Expect.REFUSED, i -> other.send(
                HttpRequest.newBuilder(other.uri(reports + "/narratives/problems?version=1")).DELETE().build())));
        c.put("POST /api/v1/units/{unitCode}/years/{year}/reports/consistency", call(Expect.REFUSED, i -> json(other, "POST",
                reports + "/consistency", "{\"total\":\"98.8\"}")));
        c.put("GET /units/{unitCode}/years/{year}/reports", call(Expect.REFUSED, i -> other.get("/units/807001/years/2024/reports")));
        c.put("POST /units/{unitCode}/years/{year}/reports/basics", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/reports/basics", WebSession.form("version", "0", "incomeTotal", "1"))));
        c.put("POST /units/{unitCode}/years/{year}/reports/narratives/{section}", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/reports/narratives/problems", WebSession.form("version", "0", "text", "x"))));
        c.put("POST /units/{unitCode}/years/{year}/reports/generate", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/reports/generate", WebSession.form("kind", "TABLES_XLSX"))));
        c.put("GET /units/{unitCode}/years/{year}/reports/consistency", call(Expect.REFUSED, i -> other.get(
                "/units/807001/years/2024/reports/consistency")));
        c.put("POST /units/{unitCode}/years/{year}/reports/consistency", call(Expect.REFUSED, i -> other.postForm(
                "/units/807001/years/2024/reports/consistency", WebSession.form("total", "98.8"))));
        // rectification: a problem of 807001 (demo data), pages and API
        c.put("GET /rectifications", call(Expect.NOTHING_LEAKED, i -> other.get("/rectifications?year=2024")));
        c.put("GET /units/{unitCode}/years/{year}/rectifications", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/rectifications")));
        c.put("POST /units/{unitCode}/years/{year}/rectifications", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2024/rectifications", WebSession.form("source", "AUDIT", "title", "x"))));
        c.put("POST /rectifications/from-evaluation", call(Expect.REFUSED, i -> other.postForm(
                "/rectifications/from-evaluation", WebSession.form("evaluationId", Long.toString(i.evaluation()), "index", "0"))));
        c.put("GET /rectifications/{id}", call(Expect.REFUSED, i -> other.get("/rectifications/" + problem())));
        for (String action : List.of("assign", "start", "notes", "evidence", "submit", "verify", "reject", "deadline")) {
            c.put("POST /rectifications/{id}/" + action, call(Expect.REFUSED, i -> other.postForm("/rectifications/"
                    + problem() + "/" + action, WebSession.form("version", "0", "note", "x", "deadline", "2030-01-01",
                    "reason", "x", "ownerUserId", "", "measures", "x"))));
        }
        c.put("GET /rectifications/{id}/evidence/{evidenceId}", call(Expect.REFUSED, i -> other.get("/rectifications/"
                + problem() + "/evidence/" + evidence())));
        c.put("GET /api/v1/units/{unitCode}/years/{year}/rectifications", call(Expect.REFUSED,
                i -> other.get("/api/v1/units/807001/years/2024/rectifications")));
        c.put("POST /api/v1/units/{unitCode}/years/{year}/rectifications", call(Expect.REFUSED, i -> json(other, "POST",
                "/api/v1/units/807001/years/2024/rectifications", "{\"source\":\"AUDIT\",\"title\":\"x\"}")));
        c.put("GET /units/{unitCode}/years/{year}/rectifications/reviews", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/rectifications/reviews")));
        c.put("POST /units/{unitCode}/years/{year}/rectifications/reviews", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2024/rectifications/reviews", WebSession.form("quarter", "1",
                        "heldOn", "2025-03-31", "decisions", "x"))));
        c.put("GET /units/{unitCode}/years/{year}/result-application", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/result-application")));
        c.put("POST /units/{unitCode}/years/{year}/result-application/copy", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2024/result-application/copy", "")));
        c.put("POST /units/{unitCode}/years/{year}/result-application/decisions", call(Expect.REFUSED,
                i -> other.postForm("/units/807001/years/2024/result-application/decisions", WebSession.form("goalTableId",
                        Long.toString(i.table()), "suggestion", "BUDGET_USE", "accepted", "true", "reason", "x"))));
        c.put("GET /units/{unitCode}/years/{year}/rectifications/findings", call(Expect.REFUSED,
                i -> other.get("/units/807001/years/2024/rectifications/findings")));
        c.put("POST /rectifications/from-finding", call(Expect.REFUSED, i -> other.postForm("/rectifications/from-finding",
                WebSession.form("goalTableId", Long.toString(i.table()), "rule", "NOT_QUANTIFIED", "row", "0", "field", "value"))));
        c.put("POST /api/v1/rectifications/{id}/{action:start|notes|submit|verify|reject}", call(Expect.REFUSED,
                i -> json(other, "POST", "/api/v1/rectifications/" + problem() + "/notes", "{\"note\":\"x\"}")));
        c.put("PUT /api/v1/rectifications/{id}/assignment", call(Expect.REFUSED, i -> json(other, "PUT",
                "/api/v1/rectifications/" + problem() + "/assignment", "{\"version\":0}")));
        c.put("POST /api/v1/rectifications/{id}/evidence", call(Expect.REFUSED, i -> upload(other,
                "/api/v1/rectifications/" + problem() + "/evidence", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), Map.of())));
        c.put("GET /api/v1/rectifications/{id}", call(Expect.REFUSED, i -> other.get("/api/v1/rectifications/" + problem())));
        // the user's own account: a token id of another user is as unknown as any
        // evaluation: evidence files (佐证材料), 复核分 and the review of self-evaluations
        c.put("GET /api/v1/self-evaluations/{id}/evidence", call(Expect.REFUSED,
                i -> other.get("/api/v1/self-evaluations/" + i.evaluation() + "/evidence")));
        c.put("POST /api/v1/self-evaluations/{id}/indicators/{indicator}/evidence", call(Expect.REFUSED,
                i -> upload(other, "/api/v1/self-evaluations/" + i.evaluation() + "/indicators/0/evidence",
                        i.tableXlsx(), Map.of())));
        c.put("GET /api/v1/self-evaluations/{id}/evidence/{fileId}", call(Expect.REFUSED,
                i -> other.get("/api/v1/self-evaluations/" + i.evaluation() + "/evidence/" + evidenceId(i))));
        c.put("DELETE /api/v1/self-evaluations/{id}/evidence/{fileId}", call(Expect.REFUSED,
                i -> json(other, "DELETE", "/api/v1/self-evaluations/" + i.evaluation() + "/evidence/" + evidenceId(i), "")));
        c.put("GET /api/v1/self-evaluations/{id}/rescores", call(Expect.REFUSED,
                i -> other.get("/api/v1/self-evaluations/" + i.evaluation() + "/rescores")));
        c.put("POST /api/v1/self-evaluations/{id}/rescores", call(Expect.REFUSED, i -> json(other, "POST",
                "/api/v1/self-evaluations/" + i.evaluation() + "/rescores", "{\"score\":\"1\",\"reason\":\"范围\"}")));
        c.put("POST /self-evaluations/{id}/evidence", call(Expect.REFUSED,
                i -> upload(other, "/self-evaluations/" + i.evaluation() + "/evidence", i.tableXlsx(),
                        Map.of("indicator", "0"))));
        c.put("GET /self-evaluations/{id}/evidence/{fileId}", call(Expect.REFUSED,
                i -> other.get("/self-evaluations/" + i.evaluation() + "/evidence/" + evidenceId(i))));
        c.put("POST /self-evaluations/{id}/evidence/{fileId}/delete", call(Expect.REFUSED,
                i -> other.postForm("/self-evaluations/" + i.evaluation() + "/evidence/" + evidenceId(i) + "/delete", "")));
        c.put("POST /self-evaluations/{id}/rescores", call(Expect.REFUSED, i -> other.postForm("/self-evaluations/"
                + i.evaluation() + "/rescores", WebSession.form("score", "1", "reason", "范围"))));
        // evaluation: 复核分 of department self-evaluations (their review is the generic /review endpoints)
        c.put("GET /api/v1/department-evaluations/{id}/rescores", call(Expect.REFUSED,
                i -> other.get("/api/v1/department-evaluations/" + department() + "/rescores")));
        c.put("POST /api/v1/department-evaluations/{id}/rescores", call(Expect.REFUSED, i -> json(other, "POST",
                "/api/v1/department-evaluations/" + department() + "/rescores", "{\"score\":\"1\",\"reason\":\"范围\"}")));
        c.put("POST /department-evaluations/{id}/rescores", call(Expect.REFUSED, i -> other.postForm(
                "/department-evaluations/" + department() + "/rescores", WebSession.form("score", "1", "reason", "范围"))));
        c.put("POST /account/tokens/{id}/revoke", call(Expect.REFUSED, i -> other.postForm("/account/tokens/" + i.tokenId()
                + "/revoke", "")));
        c.put("GET /account", call(Expect.NOTHING_LEAKED, i -> other.get("/account")));
        // 用户管理: the drafter holds no users:manage at all
        c.put("GET /admin/users", call(Expect.REFUSED, i -> other.get("/admin/users")));
        c.put("POST /admin/users", call(Expect.REFUSED, i -> other.postForm("/admin/users", WebSession.form("username",
                "scopeuser", "displayName", "x", "organizationCode", UNIT, "roles", "DRAFTER", "password", "scope-pass-1"))));
        c.put("POST /admin/users/{id}/enabled", call(Expect.REFUSED, i -> other.postForm("/admin/users/1/enabled",
                WebSession.form("enabled", "false"))));
        c.put("POST /admin/users/{id}/unlock", call(Expect.REFUSED, i -> other.postForm("/admin/users/1/unlock", "")));
        c.put("POST /admin/users/{id}/password", call(Expect.REFUSED, i -> other.postForm("/admin/users/1/password", "")));
        c.put("POST /account/password", call(Expect.NOT_SCOPED, null));
        c.put("POST /account/tokens", call(Expect.NOT_SCOPED, null));
        c.put("GET /login", call(Expect.NOT_SCOPED, null));
        // Spring Boot's error page and springdoc's documents: no goal-table data
        c.put("ANY /error", call(Expect.NOT_SCOPED, null));
        c.put("GET /v3/api-docs", call(Expect.NOT_SCOPED, null));
        c.put("GET /v3/api-docs.yaml", call(Expect.NOT_SCOPED, null));
        c.put("GET /v3/api-docs/swagger-config", call(Expect.NOT_SCOPED, null));
        c.put("GET /swagger-ui.html", call(Expect.NOT_SCOPED, null));
        return c;
    }

    /** The demo 双监控 return of 807001 (one per unit-year is loaded, as a draft at version 1). */
    private long monitoringReturn() {
        return monitoringReturns.list(UNIT, YEAR, OrgScope.unrestricted()).lines().stream()
                .flatMap(l -> l.cells().stream()).filter(org.jixiao.monitoring.MonitoringReturnList.Cell::started)
                .findFirst().orElseThrow().id().value();
    }

    /** An evidence file of the own unit's self-evaluation, uploaded once by its drafter. */
    private Long evidenceId;

    private long evidenceId(Ids i) {
        if (evidenceId == null) {
            HttpResponse<String> uploaded = upload(WebSession.login(port, "tianbao"), "/api/v1/self-evaluations/"
                    + i.evaluation() + "/indicators/0/evidence", i.tableXlsx(), Map.of());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            evidenceId = Long.parseLong(firstMatch(uploaded.body(), "\"id\":(\\d+)"));
        }
        return evidenceId;
    }

    /** A rectification problem of 807001 (demo data) and the id of its first evidence, if any. */
    private long problem() {
        return rectifications.list(UNIT, YEAR, org.jixiao.rectification.ProblemFilter.none(), OrgScope.unrestricted())
                .get(0).id().value();
    }

    private long evidence() {
        return rectifications.list(UNIT, YEAR, org.jixiao.rectification.ProblemFilter.none(), OrgScope.unrestricted())
                .get(0).evidence().get(0).id();
    }

    private static Call call(Expect expect, Function<Ids, HttpResponse<String>> request) {
        return new Call(expect, request);
    }

    private HttpResponse<String> followed(HttpResponse<String> response) {
        return response.statusCode() == 302
                ? other.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                : response;
    }

    private static HttpResponse<String> json(WebSession session, String method, String path, String body) {
        return session.send(HttpRequest.newBuilder(session.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> upload(WebSession session, String path, byte[] file, Map<String, String> fields) {
        String boundary = "----jixiao-scope";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.send(HttpRequest.newBuilder(session.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static String firstMatch(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text.substring(0, Math.min(500, text.length()))).isTrue();
        return m.group(1);
    }
}

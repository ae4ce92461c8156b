package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.jixiao.audit.domain.AuditAction;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.orgs.CurrentActor;
import org.jixiao.orgs.DemoAccounts;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.jixiao.review.domain.Outcome;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.TestDatabases;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail of the whole application on a real PostgreSQL (embedded binaries), with the demo data of seed 001:
 * saves through {@link GoalTableManagement} and over HTTP are recorded with actor, address and field-level diff, in
 * the same transaction as the save; the table refuses updates; the history is shown only within the data scope.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "jixiao.demo.enabled=true")
@Import(AuditIntegrationTests.Postgres.class)
class AuditIntegrationTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        DataSource dataSource() {
            return TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    GoalTableManagement management;
    @Autowired
    GoalTableQueries tables;
    @Autowired
    AuditQueries audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSaveThroughTheServiceRecordsOneEventWithTheDiffAndTheActor() {
        GoalTableView table = table("高危执勤补贴经费");
        List<AuditEntry> before = history(table);
        assertThat(before).first().satisfies(created -> {
            assertThat(created.action()).isEqualTo(AuditAction.CREATE);
            assertThat(created.actorName()).isEqualTo(AuditEntry.SYSTEM);
            assertThat(created.actorId()).isNull();
            assertThat(created.summary()).isEqualTo("新建项目绩效目标表「高危执勤补贴经费」，7 个指标");
        });

        GoalTableForm form = GoalTableForm.of(table);
        form.setBudgetWan("80");
        form.getIndicators().get(0).setValue("100人");
        Actor tianbao = actor("tianbao");
        CurrentActor.runAs(tianbao, () -> management.update(table.id(), form.toInput(), OrgScope.unrestricted()));

        List<AuditEntry> after = history(table);
        assertThat(after).hasSize(before.size() + 1);
        AuditEntry saved = after.get(after.size() - 1);
        assertThat(saved.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(saved.actorId()).isEqualTo(tianbao.userId());
        assertThat(saved.actorUsername()).isEqualTo("tianbao");
        assertThat(saved.actorName()).isEqualTo("填报人（本级）");
        assertThat(saved.unitCode()).isEqualTo("807001");
        assertThat(saved.remoteAddress()).isNull();
        assertThat(saved.summary()).isEqualTo("修改「高危执勤补贴经费」，2 处");
        assertThat(saved.changes()).containsExactly(
                new FieldChange("预算数（万元）", "73.20", "80.00"),
                new FieldChange("指标第1行·指标值", "99人", "100人"));
    }

    @Test
    void whenTheAuditRecordCannotBeWrittenTheSaveIsRolledBack() {
        GoalTableView table = table("消火栓建设及维护经费");
        int events = history(table).size();
        GoalTableForm form = GoalTableForm.of(table);
        form.setPurpose("改了，但不应保存");
        // every new audit row now violates a constraint (existing rows are not checked)
        jdbc.sql("alter table aud_event add constraint aud_event_test_refuse check (subject_id < 0) not valid").update();
        try {
            assertThatThrownBy(() -> management.update(table.id(), form.toInput(), OrgScope.unrestricted()))
                    .hasMessageContaining("aud_event_test_refuse");
        } finally {
            jdbc.sql("alter table aud_event drop constraint aud_event_test_refuse").update();
        }
        GoalTableView unchanged = tables.find(table.id(), OrgScope.unrestricted()).orElseThrow();
        assertThat(unchanged.version()).isEqualTo(table.version());
        assertThat(unchanged.project().content().purpose()).isEqualTo(table.project().content().purpose());
        assertThat(history(table)).hasSize(events);
    }

    @Test
    void aPublishedReviewEventIsRecordedForItsTable() {
        GoalTableView table = table("消防人员年度考核奖资金");
        Instant at = Instant.parse("2024-03-05T08:00:00Z");
        events.publishEvent(new ReviewEvent.Decided(ReviewSubject.goalTable(table.id().value()), 1, 2, 42, "业务初审",
                at, 0, "业务初审", Outcome.RETURNED, "依据不足", List.of(ReviewOpinion.onRow(0, "请写明测算依据")), false));

        AuditEntry returned = history(table).get(history(table).size() - 1);
        assertThat(returned.action()).isEqualTo(AuditAction.RETURN);
        assertThat(returned.unitCode()).isEqualTo("807001");
        assertThat(returned.actorId()).isEqualTo(42L);
        assertThat(returned.actorName()).isEqualTo("业务初审");
        assertThat(returned.occurredAt()).isEqualTo(at);
        assertThat(returned.summary()).isEqualTo("业务初审退回：依据不足");
        assertThat(returned.changes()).containsExactly(new FieldChange("指标第1行·审核意见", null, "请写明测算依据"));
    }

    @Test
    void postgresqlRefusesToChangeOrDeleteRecordedEvents() {
        assertThat(jdbc.sql("select count(*) from aud_event").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("update aud_event set summary = 'x'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from aud_event").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate aud_event").update()).hasMessageContaining("append-only");
    }

    @Test
    void theDrafterSeesTheEditOnThePageAndInTheApiAndTheOtherUnitsDrafterDoesNot() throws Exception {
        GoalTableView table = table("官亭消防站建设、运转经费");
        long id = table.id().value();
        // tianbao saves over the API with one change that would be markup if it were not escaped
        WebSession api = WebSession.basic(port, "tianbao");
        ObjectNode document = (ObjectNode) JSON.readTree(api.get("/api/v1/goal-tables/" + id).body());
        String purposeBefore = document.get("purpose").asString();
        document.put("purpose", "<script>alert(1)</script>维修车辆");
        HttpResponse<String> put = api.send(HttpRequest.newBuilder(api.uri("/api/v1/goal-tables/" + id))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(document))).build());
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

        WebSession tianbao = WebSession.login(port, "tianbao");
        assertThat(tianbao.get("/goal-tables/" + id).body()).contains("修改记录", "/goal-tables/" + id + "/history");
        HttpResponse<String> page = tianbao.get("/goal-tables/" + id + "/history");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("修改记录", "时间", "操作人", "地址", "字段", "修改前", "修改后",
                "填报人（本级）（tianbao）", "系统", "资金用途", purposeBefore,
                "&lt;script&gt;alert(1)&lt;/script&gt;维修车辆", "修改「官亭消防站建设、运转经费」，1 处")
                .doesNotContain("<script>alert(1)");
        assertThat(page.body()).containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");

        HttpResponse<String> json = tianbao.get("/api/v1/goal-tables/" + id + "/history");
        assertThat(json.statusCode()).isEqualTo(200);
        var events = JSON.readTree(json.body());
        var last = events.get(events.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("UPDATE");
        assertThat(last.get("actionLabel").asString()).isEqualTo("修改");
        assertThat(last.get("actorUsername").asString()).isEqualTo("tianbao");
        assertThat(last.get("remoteAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(last.get("changes").get(0).get("field").asString()).isEqualTo("资金用途");
        assertThat(last.get("changes").get(0).get("before").asString()).isEqualTo(purposeBefore);
        assertThat(last.get("changes").get(0).get("after").asString()).isEqualTo("<script>alert(1)</script>维修车辆");
        assertThat(events.get(0).get("actorName").asString()).isEqualTo("系统");

        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get("/goal-tables/" + id + "/history").statusCode()).isIn(403, 404);
        HttpResponse<String> refused = other.get("/api/v1/goal-tables/" + id + "/history");
        assertThat(refused.statusCode()).isIn(403, 404);
        assertThat(refused.body()).doesNotContain("维修车辆");
        assertThat(WebSession.basic(port, "tianbao2").get("/api/v1/goal-tables/" + id + "/history").statusCode())
                .isIn(403, 404);
        assertThat(tianbao.get("/api/v1/goal-tables/999999/history").statusCode()).isEqualTo(404);
    }

    private List<AuditEntry> history(GoalTableView table) {
        return audit.historyOf(ReviewSubject.goalTable(table.id().value()), OrgScope.unrestricted());
    }

    private GoalTableView table(String projectName) {
        GoalTableSummary summary = tables.list(DemoAccounts.UNIT, YEAR, OrgScope.unrestricted()).stream()
                .filter(t -> projectName.equals(t.projectName())).findFirst().orElseThrow();
        return tables.find(summary.id(), OrgScope.unrestricted()).orElseThrow();
    }

    /** The demo user as the application resolves them on sign-in (id from the database). */
    private Actor actor(String username) {
        long id = jdbc.sql("select id from org_user where username = :u").param("u", username).query(Long.class).single();
        return new Actor(id, username, "填报人（本级）", DemoAccounts.UNIT, Set.of(Role.DRAFTER), DataScope.OWN);
    }
}

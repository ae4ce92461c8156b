package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Role;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * {@link RectificationCandidates} on a real PostgreSQL (embedded binaries) with the demo data: red lamps come from the
 * monitoring module's computation of the stored execution records and 双监控 returns (a red project is listed, a
 * green one is not), review opinions from a real 退回, a registered candidate is marked as such, and another unit's
 * scope sees nothing.
 */
@SpringBootTest(properties = "jixiao.demo.enabled=true")
class RectificationCandidatesTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        @Primary
        DataSource postgresDataSource() {
            return TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
        }
    }

    private static final FiscalYear Y2024 = FiscalYear.of(2024);
    private static final Actor TIANBAO = actor(9101, "tianbao", "填报人（本级）", "807001", Role.DRAFTER);
    private static final Actor TIANBAO2 = actor(9102, "tianbao2", "填报人（城区中队）", "807002", Role.DRAFTER);
    private static final Actor YEWU = actor(9103, "yewu", "业务初审", "807", Role.BUSINESS_REVIEWER);

    @Autowired
    RectificationCandidates candidates;
    @Autowired
    RectificationManagement management;
    @Autowired
    MonitoringQueries monitoring;
    @Autowired
    ReviewService review;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    CheckQueries checks;
    @Autowired
    OrgQueries orgs;
    @Autowired
    DataSource dataSource;

    @Test
    void redLampsComeFromTheMonitoringComputation() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        OrgScope scope = orgs.scopeOf(TIANBAO);
        MonitoringTable table = monitoring.unitYear("807001", Y2024, Optional.empty(), scope);
        List<String> red = table.reds().stream().map(ProjectMonitoring::code).toList();
        List<String> green = table.projects().stream().filter(p -> p.lamp().orElse(null) == Lamp.GREEN)
                .map(ProjectMonitoring::code).toList();
        assertThat(red).isNotEmpty();
        assertThat(green).isNotEmpty();

        List<SourceCandidate> lamps = candidates.redLamps("807001", Y2024, scope);
        SourceCandidate station = lamps.stream().filter(c -> c.projectName().equals("新建消防站建设启动资金"))
                .findFirst().orElseThrow();
        assertThat(station.source()).isEqualTo(ProblemSource.RED_LAMP);
        assertThat(station.context()).startsWith("运行监控 1–12月");
        assertThat(station.title()).contains("新建消防站建设启动资金", "红灯");
        assertThat(station.description()).contains("累计执行率", "规则").doesNotContain("null");
        assertThat(station.goalTableId()).isNotNull();
        assertThat(station.indicatorName()).isNull();
        // every red project of 运行监控 is offered, no green one
        assertThat(lamps.stream().filter(c -> c.context().startsWith("运行监控")).map(SourceCandidate::projectCode))
                .containsExactlyInAnyOrderElementsOf(red);
        assertThat(lamps).noneMatch(c -> green.contains(c.projectCode()) && c.context().startsWith("运行监控"));
        // the demo 1–7月 return of 消火栓建设及维护经费 has a red money lamp, with the reason the unit typed
        SourceCandidate hydrants = lamps.stream().filter(c -> c.projectName().equals("消火栓建设及维护经费"))
                .findFirst().orElseThrow();
        assertThat(hydrants.context()).isEqualTo("双监控 1–7月");
        assertThat(hydrants.description()).contains("资金支出计划", "偏差原因", "纠偏措施");
        assertThat(lamps).allMatch(c -> !c.registered());

        // registered from the pick: shown as such afterwards, with the problem's id
        var id = management.create(new NewProblem("807001", 2024, station.source(), station.sourceRef(),
                station.goalTableId(), null, station.projectName(), null, station.title(), station.description(),
                List.of(), null, null), TIANBAO, scope);
        SourceCandidate again = candidates.redLamps("807001", Y2024, scope).stream()
                .filter(c -> c.key().equals(station.key())).findFirst().orElseThrow();
        assertThat(again.registeredAs()).isEqualTo(id.value());

        // another unit's scope sees nothing of 807001
        assertThat(candidates.redLamps("807001", Y2024, orgs.scopeOf(TIANBAO2))).isEmpty();
        assertThat(candidates.find(station.key(), "807001", Y2024, TIANBAO2, orgs.scopeOf(TIANBAO2))).isEmpty();
    }

    @Test
    void opinionsComeFromAReturnedReview() {
        OrgScope scope = orgs.scopeOf(TIANBAO);
        long id = cleanTable();
        String indicator = goals.find(new GoalTableId(id), scope).orElseThrow().content().indicators().get(0).name();
        assertThat(candidates.opinions("807001", Y2024, TIANBAO, scope)).noneMatch(c -> c.goalTableId() == id);

        review.submit(id, 0, TIANBAO, scope);
        review.returnToDraft(id, 1, "绩效指标未细化量化", List.of(ReviewOpinion.onRow(0, "指标值请量化到具体数量"),
                ReviewOpinion.general("补充满意度指标")), YEWU, orgs.scopeOf(YEWU));

        List<SourceCandidate> opinions = candidates.opinions("807001", Y2024, TIANBAO, scope).stream()
                .filter(c -> c.goalTableId() == id).toList();
        assertThat(opinions).extracting(SourceCandidate::kind).containsExactly("退回理由", "审核意见", "审核意见");
        assertThat(opinions).allMatch(c -> c.source() == ProblemSource.BUREAU_OPINION);
        assertThat(opinions.get(0).title()).isEqualTo("绩效指标未细化量化");
        assertThat(opinions.get(0).context()).contains("业务初审", "退回");
        assertThat(opinions.get(1).title()).isEqualTo("指标值请量化到具体数量");
        assertThat(opinions.get(1).indicatorName()).isEqualTo(indicator);
        assertThat(opinions.get(1).description()).contains("第 1 行", indicator, "绩效指标未细化量化");
        assertThat(opinions.get(2).indicatorName()).isNull();
        List<String> refs = new ArrayList<>(opinions.stream().map(SourceCandidate::sourceRef).toList());
        assertThat(Set.copyOf(refs)).hasSize(3);
        assertThat(candidates.find(opinions.get(1).key(), "807001", Y2024, TIANBAO, scope)).contains(opinions.get(1));

        assertThat(candidates.opinions("807001", Y2024, TIANBAO2, orgs.scopeOf(TIANBAO2))).isEmpty();
    }

    private long cleanTable() {
        for (GoalTableSummary summary : goals.list("807001", Y2024, OrgScope.unrestricted())) {
            if (summary.projectCode() != null
                    && checks.check(summary.id(), OrgScope.unrestricted()).count(Severity.ERROR) == 0) {
                return summary.id().value();
            }
        }
        throw new AssertionError("no demo table without ERROR findings");
    }

    private static Actor actor(long id, String username, String name, String org, Role role) {
        return new Actor(id, username, name, org, Set.of(role), role.defaultScope());
    }
}

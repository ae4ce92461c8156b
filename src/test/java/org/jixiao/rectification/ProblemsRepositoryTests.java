package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.rectification.domain.Evidence;
import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Problems} against a real PostgreSQL and against H2. */
class ProblemsRepositoryTests {

    private static final Instant NOW = Instant.parse("2025-06-11T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void savesProblemsUnderOptimisticLockingWithEvidenceAndHistory(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807002', '城区中队', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("""
                insert into org_user (username, display_name, organization_code, data_scope, password_hash, demo,
                                      created_at, password_changed_at)
                values ('tianbao', '填报人', '807001', 'OWN', 'x', false, current_timestamp, current_timestamp)
                """).update();
        long user = jdbc.sql("select id from org_user").query(Long.class).single();
        Problems repo = new Problems(jdbc);

        ProblemRow fresh = new ProblemRow(null, "807001", 2024, ProblemSource.BUREAU_OPINION, "审核意见书第1条", 42L,
                null, "消防业务经费", null, "部分项目绩效指标未量化", "缺乏可衡量的三级指标", ProblemStatus.OPEN, null,
                null, List.of("细化三级指标", "建立数据采集机制"), 0, 0, NOW);
        ProblemId id = repo.insert(fresh, NOW);
        repo.insert(new ProblemRow(null, "807002", 2024, ProblemSource.AUDIT, null, null, null, null, null,
                "另一单位", null, ProblemStatus.OPEN, null, null, List.of(), 0, 0, NOW), NOW);

        ProblemRow read = repo.find(id).orElseThrow();
        assertThat(read.measures()).containsExactly("细化三级指标", "建立数据采集机制");
        assertThat(read.goalTableId()).isEqualTo(42L);
        assertThat(read.evaluationId()).isNull();
        assertThat(read.deadline()).isNull();
        assertThat(read.version()).isZero();

        LocalDate deadline = LocalDate.of(2025, 9, 30);
        long v1 = repo.update(read.assigned(user, deadline, List.of("只留一项")).with(ProblemStatus.IN_PROGRESS), 0,
                NOW);
        assertThat(v1).isEqualTo(1);
        ProblemRow changed = repo.find(id).orElseThrow();
        assertThat(changed.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(changed.ownerUserId()).isEqualTo(user);
        assertThat(changed.deadline()).isEqualTo(deadline);
        assertThat(changed.measures()).containsExactly("只留一项");

        // a second writer with the old version is refused and writes nothing
        assertThatThrownBy(() -> repo.update(read.with(ProblemStatus.CLOSED), 0, NOW))
                .isInstanceOf(VersionConflictException.class);
        assertThat(repo.find(id).orElseThrow().status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(repo.find(id).orElseThrow().measures()).containsExactly("只留一项");

        byte[] pdf = "%PDF-1.4 整改完成报告".getBytes(StandardCharsets.UTF_8);
        long evidence = repo.addEvidence(id, "整改报告.pdf", "application/pdf", pdf, Evidence.sha256(pdf), user, "填报人",
                NOW);
        assertThat(repo.evidence(id)).singleElement().satisfies(e -> {
            assertThat(e.fileName()).isEqualTo("整改报告.pdf");
            assertThat(e.sizeBytes()).isEqualTo(pdf.length);
            assertThat(e.sha256()).isEqualTo(Evidence.sha256(pdf)).hasSize(64);
        });
        assertThat(repo.evidenceContent(id, evidence)).hasValueSatisfying(c -> assertThat(c).isEqualTo(pdf));
        assertThat(repo.evidenceContent(new ProblemId(id.value() + 1), evidence)).isEmpty();
        assertThat(repo.find(id).orElseThrow().evidence()).isEqualTo(1);

        repo.addEvent(id, NOW, user, "填报人", ProblemAction.STARTED, ProblemStatus.OPEN, ProblemStatus.IN_PROGRESS, null);
        repo.addEvent(id, NOW.plusSeconds(60), user, "填报人", ProblemAction.NOTE, null, null, "已完成一半");
        assertThat(repo.events(id)).extracting(Problems.Event::action)
                .containsExactly(ProblemAction.STARTED, ProblemAction.NOTE);
        assertThat(repo.events(id).get(0).to()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(repo.events(id).get(1).from()).isNull();

        assertThat(repo.findByUnitAndYear("807001", 2024)).extracting(ProblemRow::id).containsExactly(id);
        assertThat(repo.findByUnitAndYear("807001", 2023)).isEmpty();
        assertThat(repo.findOpenByOwner(user)).extracting(ProblemRow::id).containsExactly(id);
        assertThat(repo.findByUnits(List.of("807001", "807002"), 2024)).hasSize(2);
        assertThat(repo.findByUnits(List.of("807002"), 2024)).extracting(ProblemRow::title).containsExactly("另一单位");
        assertThat(repo.findByYear(2024)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void keepsQuarterlyReviewsAndApplicationDecisions(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("""
                insert into org_user (username, display_name, organization_code, data_scope, password_hash, demo,
                                      created_at, password_changed_at)
                values ('tianbao', '填报人', '807001', 'OWN', 'x', false, current_timestamp, current_timestamp)
                """).update();
        long user = jdbc.sql("select id from org_user").query(Long.class).single();
        ProblemId problem = new Problems(jdbc).insert(new ProblemRow(null, "807001", 2024, ProblemSource.AUDIT, null,
                null, null, null, null, "问题", null, ProblemStatus.IN_PROGRESS, user, LocalDate.of(2025, 3, 1),
                List.of("措施"), 0, 0, NOW), NOW);

        ReviewMeetings meetings = new ReviewMeetings(jdbc);
        assertThat(meetings.exists("807001", 2024, 2)).isFalse();
        long meeting = meetings.insert("807001", 2024, 2, LocalDate.of(2025, 6, 30), "时限顺延", user, "填报人", NOW,
                List.of(new ReviewMeetings.Item(problem.value(), "IN_PROGRESS", LocalDate.of(2025, 3, 1),
                        LocalDate.of(2025, 9, 30))));
        assertThat(meetings.exists("807001", 2024, 2)).isTrue();
        assertThat(meetings.findByUnitAndYear("807001", 2024)).singleElement().satisfies(m -> {
            assertThat(m.quarter()).isEqualTo(2);
            assertThat(m.heldOn()).isEqualTo(LocalDate.of(2025, 6, 30));
            assertThat(m.recordedByName()).isEqualTo("填报人");
        });
        assertThat(meetings.items(meeting)).singleElement().satisfies(i -> {
            assertThat(i.oldDeadline()).isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(i.newDeadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        });
        // one meeting per unit, year and quarter
        assertThatThrownBy(() -> meetings.insert("807001", 2024, 2, LocalDate.of(2025, 6, 30), "再开", user, "填报人",
                NOW, List.of())).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThatThrownBy(() -> meetings.insert("807001", 2024, 5, LocalDate.of(2025, 6, 30), "x", user, "填报人",
                NOW, List.of())).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        ApplicationDecisions decisions = new ApplicationDecisions(jdbc);
        decisions.insert(new ApplicationDecisions.Row("807001", 2024, 42L, null, -1, "BUDGET_USE", true, "采纳", user,
                "填报人", NOW));
        decisions.insert(new ApplicationDecisions.Row("807001", 2024, 42L, 77L, 3, "RAISE_TARGET", false, "目标已合理",
                user, "填报人", NOW.plusSeconds(1)));
        assertThat(decisions.findByUnitAndYear("807001", 2024)).extracting(ApplicationDecisions.Row::suggestion,
                        ApplicationDecisions.Row::accepted, ApplicationDecisions.Row::targetTableId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BUDGET_USE", true, null),
                        org.assertj.core.groups.Tuple.tuple("RAISE_TARGET", false, 77L));
        assertThat(decisions.findByUnitAndYear("807001", 2025)).isEmpty();
    }
}

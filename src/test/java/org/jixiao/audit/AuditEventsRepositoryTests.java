package org.jixiao.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.jixiao.audit.domain.AuditAction;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code aud_event} on both databases the application runs on: what is inserted is read back exactly. */
class AuditEventsRepositoryTests {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void readsBackEveryFieldAndTheChangesInOrder(TestDatabases.Kind kind) {
        AuditEvents events = events(kind);
        Instant at = Instant.parse("2024-03-05T08:15:30.123Z");
        List<FieldChange> changes = List.of(
                new FieldChange("指标第3行·指标值", "≥95%", "≥98%"),
                new FieldChange("指标第4行（新增）", null, "产出指标/数量指标/培训人次：\"200\" 人次"),
                new FieldChange("原指标第5行（删除）", "效益指标/社会效益指标/满意度：≥90%", null));
        long first = events.insert(new AuditEntry(null, SubjectKind.GOAL_TABLE, 7, "807001", AuditAction.UPDATE, 3L,
                "tianbao", "填报人（本级）", at, "10.0.0.8", "修改「高危执勤补贴经费」，3 处", changes));
        long second = events.insert(new AuditEntry(null, SubjectKind.GOAL_TABLE, 7, "807001", AuditAction.RETURN, null,
                null, AuditEntry.SYSTEM, at.plusSeconds(60), null, "业务初审退回：请补充依据", List.of()));
        events.insert(new AuditEntry(null, SubjectKind.GOAL_TABLE, 8, "807001", AuditAction.CREATE, null, null,
                AuditEntry.SYSTEM, at, null, "新建", List.of()));

        assertThat(events.findBySubject(SubjectKind.GOAL_TABLE, 7)).containsExactly(
                new AuditEntry(first, SubjectKind.GOAL_TABLE, 7, "807001", AuditAction.UPDATE, 3L, "tianbao",
                        "填报人（本级）", at, "10.0.0.8", "修改「高危执勤补贴经费」，3 处", changes),
                new AuditEntry(second, SubjectKind.GOAL_TABLE, 7, "807001", AuditAction.RETURN, null, null,
                        AuditEntry.SYSTEM, at.plusSeconds(60), null, "业务初审退回：请补充依据", List.of()));
        assertThat(events.findBySubject(SubjectKind.GOAL_TABLE, 9)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aVeryLongSummaryIsShortenedNotRefused(TestDatabases.Kind kind) {
        AuditEvents events = events(kind);
        events.insert(new AuditEntry(null, SubjectKind.GOAL_TABLE, 1, null, AuditAction.ADJUST, 1L, "u", "u",
                Instant.parse("2024-01-01T00:00:00Z"), null, "调".repeat(5000), List.of()));
        String summary = events.findBySubject(SubjectKind.GOAL_TABLE, 1).get(0).summary();
        assertThat(summary).hasSize(AuditEvents.SUMMARY_LIMIT).endsWith("…");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBatchStoresWhatSingleInsertsStore(TestDatabases.Kind kind) {
        AuditEvents events = events(kind);
        Instant at = Instant.parse("2024-03-05T08:15:30.123Z");
        List<AuditEntry> batch = List.of(
                new AuditEntry(null, SubjectKind.GOAL_TABLE, 7, "807001", AuditAction.CREATE, 3L, "tianbao",
                        "填报人（本级）", at, "10.0.0.8", "新建项目支出绩效目标表「甲」，2 个指标",
                        List.of(new FieldChange("项目名称", null, "甲"))),
                new AuditEntry(null, SubjectKind.GOAL_TABLE, 8, "807001", AuditAction.UPDATE, null, null,
                        AuditEntry.SYSTEM, at, null, "调".repeat(5000), List.of()));
        events.insertAll(batch);

        List<AuditEntry> seven = events.findBySubject(SubjectKind.GOAL_TABLE, 7);
        List<AuditEntry> eight = events.findBySubject(SubjectKind.GOAL_TABLE, 8);
        assertThat(seven).singleElement().usingRecursiveComparison().ignoringFields("id").isEqualTo(batch.get(0));
        assertThat(eight).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isNull();
            assertThat(e.remoteAddress()).isNull();
            assertThat(e.summary()).hasSize(AuditEvents.SUMMARY_LIMIT).endsWith("…");
        });
        assertThat(eight.get(0).id()).isGreaterThan(seven.get(0).id());
    }

    private static AuditEvents events(TestDatabases.Kind kind) {
        javax.sql.DataSource dataSource = TestDatabases.fresh(kind);
        return new AuditEvents(JdbcClient.create(dataSource), new JdbcTemplate(dataSource));
    }
}

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
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code aud_event} on both databases the application runs on: what is inserted is read back exactly. */
class AuditEventsRepositoryTests {

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void readsBackEveryFieldAndTheChangesInOrder(TestDatabases.Kind kind) {
        AuditEvents events = new AuditEvents(JdbcClient.create(TestDatabases.fresh(kind)));
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
        AuditEvents events = new AuditEvents(JdbcClient.create(TestDatabases.fresh(kind)));
        events.insert(new AuditEntry(null, SubjectKind.GOAL_TABLE, 1, null, AuditAction.ADJUST, 1L, "u", "u",
                Instant.parse("2024-01-01T00:00:00Z"), null, "调".repeat(5000), List.of()));
        String summary = events.findBySubject(SubjectKind.GOAL_TABLE, 1).get(0).summary();
        assertThat(summary).hasSize(AuditEvents.SUMMARY_LIMIT).endsWith("…");
    }
}

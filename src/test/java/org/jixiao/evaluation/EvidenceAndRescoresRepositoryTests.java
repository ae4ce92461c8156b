package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.EvidenceType;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link EvidenceFiles}, {@link Rescores} and the read-only flag of {@link SelfEvaluations} on PostgreSQL and H2 (V045). */
class EvidenceAndRescoresRepositoryTests {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void evidenceBytesComeBackIdenticalAndTheSameContentOncePerIndicator(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        EvaluationId id = evaluation(jdbc);
        EvidenceFiles files = new EvidenceFiles(jdbc);
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(content);
        String sha = EvaluationEvidence.sha256(content);

        long first = files.insert(id, 2, "验收报告.pdf", EvidenceType.PDF, content, sha, 7L, "填报人", NOW);
        long second = files.insert(id, 0, "照片.png", EvidenceType.PNG, new byte[] {1, 2, 3},
                EvaluationEvidence.sha256(new byte[] {1, 2, 3}), 7L, "填报人", NOW.plusSeconds(1));
        assertThat(files.list(id)).extracting(EvidenceFile::id).containsExactly(second, first);
        EvidenceFile read = files.find(id, first).orElseThrow();
        assertThat(read.fileName()).isEqualTo("验收报告.pdf");
        assertThat(read.type()).isEqualTo(EvidenceType.PDF);
        assertThat(read.size()).isEqualTo(content.length);
        assertThat(read.sha256()).isEqualTo(sha).hasSize(64);
        assertThat(read.uploadedAt()).isEqualTo(NOW);
        assertThat(files.content(id, first)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        assertThat(files.findSame(id, 2, sha)).map(EvidenceFile::id).contains(first);
        assertThat(files.findSame(id, 3, sha)).isEmpty();

        assertThatThrownBy(() -> files.insert(id, 2, "副本.pdf", EvidenceType.PDF, content, sha, 7L, "填报人", NOW))
                .isInstanceOf(DuplicateKeyException.class);
        files.insert(id, 3, "副本.pdf", EvidenceType.PDF, content, sha, 7L, "填报人", NOW);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into eval_evidence (self_evaluation_id, position, file_name, file_type, size_bytes, sha256, content,
                                           uploader_name, uploaded_at)
                values (:id, 1, 'a.exe', 'EXE', 1, 'x', :c, 'x', current_timestamp)
                """).param("id", id.value()).param("c", new byte[] {1}).update())
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        assertThat(files.delete(id, first)).isTrue();
        assertThat(files.delete(id, first)).isFalse();
        assertThat(files.find(id, first)).isEmpty();
        assertThat(files.find(new EvaluationId(id.value() + 1), second)).isEmpty();
        assertThat(files.list(id)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void rescoresAreAppendedAndALockedEvaluationRefusesASave(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        EvaluationId id = evaluation(jdbc);
        Rescores rescores = new Rescores(jdbc);
        rescores.insert(id, new Rescore(0, 3, "群众满意度", new BigDecimal("10.00"), new BigDecimal("8.50"), "抽查",
                9, "财政局", NOW));
        rescores.insert(id, new Rescore(0, null, null, null, new BigDecimal("91.00"), "总分复核", 9, "财政局",
                NOW.plusSeconds(60)));
        List<Rescore> history = rescores.history(id);
        assertThat(history).extracting(Rescore::indicator).containsExactly(3, null);
        assertThat(history.get(0).score()).isEqualByComparingTo("8.5");
        assertThat(history.get(0).unitScore()).isEqualByComparingTo("10");
        assertThat(history.get(1).unitScore()).isNull();
        assertThat(history.get(1).total()).isTrue();
        assertThat(history.get(1).at()).isEqualTo(NOW.plusSeconds(60));

        SelfEvaluations evaluations = new SelfEvaluations(jdbc);
        assertThat(evaluations.isLocked(id)).isFalse();
        evaluations.setLocked(id, true);
        assertThat(evaluations.isLocked(id)).isTrue();
        StoredEvaluation stored = evaluations.find(id).orElseThrow();
        assertThatThrownBy(() -> evaluations.update(stored, stored.version(), NOW))
                .isInstanceOf(RecordLockedException.class).hasMessageContaining("已送审或已批复的自评表不能修改");
        assertThat(evaluations.find(id).orElseThrow().version()).isEqualTo(stored.version());
        evaluations.setLocked(id, false);
        evaluations.update(stored, stored.version(), NOW);
        assertThat(evaluations.find(id).orElseThrow().version()).isEqualTo(stored.version() + 1);
    }

    private static EvaluationId evaluation(JdbcClient jdbc) {
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("insert into goal_table (kind, unit_code, fiscal_year, version, created_at, updated_at) values ('DEPARTMENT', '807001', 2024, 0, current_timestamp, current_timestamp)").update();
        long table = jdbc.sql("select id from goal_table").query(Long.class).single();
        return new SelfEvaluations(jdbc).insert(new StoredEvaluation(null, "807001", FiscalYear.of(2024),
                new GoalTableId(table), new BigDecimal("1000.00"), null, null, List.of(), 0), NOW);
    }
}

package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link SelfEvaluations} against a real PostgreSQL and against H2. */
class SelfEvaluationsRepositoryTests {

    private static final Instant NOW = Instant.parse("2025-02-15T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void savesWholeUnderOptimisticLocking(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("insert into goal_table (kind, unit_code, fiscal_year, version, created_at, updated_at) values ('DEPARTMENT', '807001', 2024, 0, current_timestamp, current_timestamp)").update();
        long table = jdbc.sql("select id from goal_table").query(Long.class).single();
        SelfEvaluations repo = new SelfEvaluations(jdbc);

        EvaluationId id = repo.insert(new StoredEvaluation(null, "807001", YEAR, new GoalTableId(table),
                new BigDecimal("732000.00"), null, null, List.of(), 0), NOW);
        StoredEvaluation fresh = repo.find(id).orElseThrow();
        assertThat(fresh.budget()).isEqualByComparingTo("732000");
        assertThat(fresh.executed()).isNull();
        assertThat(fresh.rows()).isEmpty();

        List<StoredEvaluation.Row> rows = List.of(
                new StoredEvaluation.Row(0, "人员数量", "MEASURED", "99人", null, null, null, null, null),
                new StoredEvaluation.Row(5, "经济效益", "JUDGED", "达成年度指标", "ACHIEVED", new BigDecimal("14.50"),
                        "偏差原因", new BigDecimal("1.00"), "复核调减"),
                new StoredEvaluation.Row(6, "满意度", "NOT_APPLICABLE", "未开展调查", null, null, null, null, null));
        StoredEvaluation changed = new StoredEvaluation(id, "807001", YEAR, new GoalTableId(table),
                new BigDecimal("732000.00"), new BigDecimal("700000.50"), "年底结算", rows, 0);
        repo.update(changed, 0, NOW);
        StoredEvaluation read = repo.find(id).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.executed()).isEqualByComparingTo("700000.50");
        assertThat(read.rows()).hasSize(3);
        assertThat(read.rows().get(1).judgedScore()).isEqualByComparingTo("14.5");
        assertThat(read.rows().get(1).band()).isEqualTo("ACHIEVED");
        assertThat(repo.findByGoalTable(new GoalTableId(table))).map(StoredEvaluation::id).contains(id);
        assertThat(repo.findByUnitAndYear("807001", YEAR)).hasSize(1);

        assertThatThrownBy(() -> repo.update(changed, 0, NOW)).isInstanceOf(VersionConflictException.class);
        assertThat(repo.find(id).orElseThrow().rows()).hasSize(3);
    }
}

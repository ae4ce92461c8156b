package org.jixiao.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code eval_self_evaluation} and {@code eval_indicator}. A self-evaluation is saved whole: the header
 * under optimistic locking, the indicator rows replaced.
 */
@Repository
class SelfEvaluations {

    private static final String HEADER = """
            select id, unit_code, fiscal_year, goal_table_id, budget, executed, execution_reason, version
              from eval_self_evaluation""";

    private final JdbcClient jdbc;

    SelfEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EvaluationId insert(StoredEvaluation e, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into eval_self_evaluation (unit_code, fiscal_year, goal_table_id, budget, executed,
                                                  execution_reason, version, created_at, updated_at)
                values (:unit, :year, :table, :budget, :executed, :reason, 0, :now, :now)
                """)
                .param("unit", e.unitCode())
                .param("year", e.year().value())
                .param("table", e.goalTableId().value())
                .param("budget", e.budget())
                .param("executed", e.executed())
                .param("reason", e.executionReason())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        EvaluationId id = new EvaluationId(keys.getKey().longValue());
        insertRows(id, e.rows());
        return id;
    }

    /**
     * @throws VersionConflictException when somebody saved it after {@code expectedVersion}; nothing written
     * @throws RecordLockedException    when it is submitted or approved (送审后只读); nothing written
     */
    void update(StoredEvaluation e, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                update eval_self_evaluation
                   set budget = :budget, executed = :executed, execution_reason = :reason,
                       version = version + 1, updated_at = :now
                 where id = :id and version = :version and locked = false
                """)
                .param("budget", e.budget())
                .param("executed", e.executed())
                .param("reason", e.executionReason())
                .param("now", Timestamp.from(now))
                .param("id", e.id().value())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            if (isLocked(e.id())) {
                throw new RecordLockedException(LOCKED_MESSAGE);
            }
            long current = jdbc.sql("select version from eval_self_evaluation where id = :id").param("id", e.id().value())
                    .query(Long.class).optional().orElse(-1L);
            throw new VersionConflictException("self-evaluation " + e.id().value(), expectedVersion, current);
        }
        jdbc.sql("delete from eval_indicator where self_evaluation_id = :id").param("id", e.id().value()).update();
        insertRows(e.id(), e.rows());
    }

    /** Shown when a submitted or approved self-evaluation (or its evidence) is to be changed. */
    static final String LOCKED_MESSAGE = "已送审或已批复的自评表不能修改；如需修改请先撤回或申请调整";

    boolean isLocked(EvaluationId id) {
        return jdbc.sql("select locked from eval_self_evaluation where id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Sets the read-only flag of 送审 (true) or 撤回/退回/调整 (false). */
    void setLocked(EvaluationId id, boolean locked) {
        jdbc.sql("update eval_self_evaluation set locked = :locked where id = :id")
                .param("locked", locked).param("id", id.value()).update();
    }

    Optional<StoredEvaluation> find(EvaluationId id) {
        return jdbc.sql(HEADER + " where id = :id").param("id", id.value())
                .query((rs, i) -> header(rs)).optional().map(this::withRows);
    }

    Optional<StoredEvaluation> findByGoalTable(GoalTableId table) {
        return jdbc.sql(HEADER + " where goal_table_id = :table").param("table", table.value())
                .query((rs, i) -> header(rs)).optional().map(this::withRows);
    }

    List<StoredEvaluation> findByUnitAndYear(String unitCode, FiscalYear year) {
        return jdbc.sql(HEADER + " where unit_code = :unit and fiscal_year = :year order by id")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> header(rs)).list().stream().map(this::withRows).toList();
    }

    /**
     * Every self-evaluation of these units and year, with its rows, by goal table: two queries whatever the number
     * of evaluations (a region's batch reads a slice of units at a time).
     */
    Map<GoalTableId, StoredEvaluation> findByUnits(List<String> unitCodes, FiscalYear year) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<StoredEvaluation.Row>> rows = new HashMap<>();
        jdbc.sql("""
                select i.self_evaluation_id, i.position, i.indicator_name, i.assessment, i.actual, i.band,
                       i.judged_score, i.deviation_reason, i.deduction, i.deduction_reason
                  from eval_indicator i join eval_self_evaluation e on e.id = i.self_evaluation_id
                 where e.unit_code in (:units) and e.fiscal_year = :year
                 order by i.self_evaluation_id, i.position
                """)
                .param("units", unitCodes).param("year", year.value())
                .query(rs -> {
                    rows.computeIfAbsent(rs.getLong("self_evaluation_id"), k -> new ArrayList<>()).add(
                            new StoredEvaluation.Row(rs.getInt("position"), rs.getString("indicator_name"),
                                    rs.getString("assessment"), rs.getString("actual"), rs.getString("band"),
                                    rs.getBigDecimal("judged_score"), rs.getString("deviation_reason"),
                                    rs.getBigDecimal("deduction"), rs.getString("deduction_reason")));
                });
        Map<GoalTableId, StoredEvaluation> byTable = new HashMap<>();
        jdbc.sql(HEADER + " where unit_code in (:units) and fiscal_year = :year")
                .param("units", unitCodes).param("year", year.value())
                .query((rs, i) -> header(rs)).list()
                .forEach(h -> byTable.put(h.goalTableId(), new StoredEvaluation(h.id(), h.unitCode(), h.year(),
                        h.goalTableId(), h.budget(), h.executed(), h.executionReason(),
                        rows.getOrDefault(h.id().value(), List.of()), h.version())));
        return byTable;
    }

    private StoredEvaluation withRows(StoredEvaluation header) {
        List<StoredEvaluation.Row> rows = jdbc.sql("""
                select position, indicator_name, assessment, actual, band, judged_score, deviation_reason,
                       deduction, deduction_reason
                  from eval_indicator where self_evaluation_id = :id order by position
                """)
                .param("id", header.id().value())
                .query((rs, i) -> new StoredEvaluation.Row(rs.getInt("position"), rs.getString("indicator_name"),
                        rs.getString("assessment"), rs.getString("actual"), rs.getString("band"),
                        rs.getBigDecimal("judged_score"), rs.getString("deviation_reason"), rs.getBigDecimal("deduction"),
                        rs.getString("deduction_reason")))
                .list();
        return new StoredEvaluation(header.id(), header.unitCode(), header.year(), header.goalTableId(), header.budget(),
                header.executed(), header.executionReason(), rows, header.version());
    }

    private void insertRows(EvaluationId id, List<StoredEvaluation.Row> rows) {
        for (StoredEvaluation.Row row : rows) {
            jdbc.sql("""
                    insert into eval_indicator (self_evaluation_id, position, indicator_name, assessment, actual, band,
                                                judged_score, deviation_reason, deduction, deduction_reason)
                    values (:id, :position, :name, :assessment, :actual, :band, :score, :reason, :deduction,
                            :deductionReason)
                    """)
                    .param("id", id.value())
                    .param("position", row.position())
                    .param("name", row.indicatorName())
                    .param("assessment", row.assessment())
                    .param("actual", row.actual())
                    .param("band", row.band())
                    .param("score", row.judgedScore())
                    .param("reason", row.deviationReason())
                    .param("deduction", row.deduction())
                    .param("deductionReason", row.deductionReason())
                    .update();
        }
    }

    private static StoredEvaluation header(ResultSet rs) throws SQLException {
        return new StoredEvaluation(new EvaluationId(rs.getLong("id")), rs.getString("unit_code"),
                FiscalYear.of(rs.getInt("fiscal_year")), new GoalTableId(rs.getLong("goal_table_id")),
                rs.getBigDecimal("budget"), rs.getBigDecimal("executed"), rs.getString("execution_reason"), List.of(),
                rs.getLong("version"));
    }
}

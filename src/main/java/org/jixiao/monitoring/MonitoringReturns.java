package org.jixiao.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code mon_return} and {@code mon_return_indicator}. A return is saved whole: the header under optimistic
 * locking ({@code where id = ? and version = ?}; zero rows → {@link VersionConflictException}), the rows replaced.
 */
@Repository
class MonitoringReturns {

    private static final String HEADER = """
            select id, unit_code, fiscal_year, goal_table_id, cut_off_month, executed, expected_annual, money_category,
                   money_reason, money_measure, status, submitted_at, version
              from mon_return""";

    private final JdbcClient jdbc;

    MonitoringReturns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MonitoringReturnId insert(StoredReturn r, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into mon_return (unit_code, fiscal_year, goal_table_id, cut_off_month, executed, expected_annual,
                                        money_category, money_reason, money_measure, status, version, created_at,
                                        updated_at)
                values (:unit, :year, :table, :month, :executed, :expected, :category, :reason, :measure, 'DRAFT', 0,
                        :now, :now)
                """)
                .param("unit", r.unitCode())
                .param("year", r.year().value())
                .param("table", r.goalTableId().value())
                .param("month", r.cutOffMonth())
                .param("executed", r.executed())
                .param("expected", r.expectedAnnual())
                .param("category", r.moneyCategory())
                .param("reason", r.moneyReason())
                .param("measure", r.moneyMeasure())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        MonitoringReturnId id = new MonitoringReturnId(keys.getKey().longValue());
        insertRows(id, r.rows());
        return id;
    }

    /**
     * Saves content and rows of a 草稿.
     *
     * @throws VersionConflictException when saved by someone after {@code expectedVersion}
     * @throws RecordLockedException    when the review locked it in between
     */
    void update(StoredReturn r, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                update mon_return
                   set executed = :executed, expected_annual = :expected, money_category = :category,
                       money_reason = :reason, money_measure = :measure, version = version + 1, updated_at = :now
                 where id = :id and version = :version and status = 'DRAFT'
                """)
                .param("executed", r.executed())
                .param("expected", r.expectedAnnual())
                .param("category", r.moneyCategory())
                .param("reason", r.moneyReason())
                .param("measure", r.moneyMeasure())
                .param("now", Timestamp.from(now))
                .param("id", r.id().value())
                .param("version", expectedVersion)
                .update();
        requireUpdated(updated, r.id(), expectedVersion);
        jdbc.sql("delete from mon_return_indicator where return_id = :id").param("id", r.id().value()).update();
        insertRows(r.id(), r.rows());
    }

    /**
     * Locks ({@code SUBMITTED}: under review or approved) or unlocks ({@code DRAFT}) a return for the review workflow;
     * the version is left alone (the review case has its own).
     */
    void setStatus(MonitoringReturnId id, MonitoringReturnStatus status, Instant now) {
        jdbc.sql("""
                update mon_return set status = :status, submitted_at = :submitted, updated_at = :now where id = :id
                """)
                .param("status", status.name())
                .param("submitted", status == MonitoringReturnStatus.SUBMITTED ? Timestamp.from(now) : null)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .update();
    }

    /** The ids of a unit-year's returns. */
    List<Long> ids(String unitCode, FiscalYear year) {
        return jdbc.sql("select id from mon_return where unit_code = :unit and fiscal_year = :year order by id")
                .param("unit", unitCode).param("year", year.value()).query(Long.class).list();
    }

    Optional<StoredReturn> find(MonitoringReturnId id) {
        return jdbc.sql(HEADER + " where id = :id").param("id", id.value())
                .query((rs, i) -> header(rs)).optional().map(this::withRows);
    }

    Optional<StoredReturn> findByGoalTable(GoalTableId table, int cutOffMonth) {
        return jdbc.sql(HEADER + " where goal_table_id = :table and cut_off_month = :month")
                .param("table", table.value()).param("month", cutOffMonth)
                .query((rs, i) -> header(rs)).optional().map(this::withRows);
    }

    /** Headers only (no rows) of a unit-year's returns, by goal table and period. */
    List<StoredReturn> headers(String unitCode, FiscalYear year) {
        return jdbc.sql(HEADER + " where unit_code = :unit and fiscal_year = :year order by goal_table_id, cut_off_month")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> header(rs)).list();
    }

    private void requireUpdated(int updated, MonitoringReturnId id, long expectedVersion) {
        if (updated == 0) {
            if (find(id).map(r -> r.status() == MonitoringReturnStatus.SUBMITTED).orElse(false)) {
                throw new RecordLockedException(MonitoringReturnManagement.LOCKED_MESSAGE);
            }
            long current = jdbc.sql("select version from mon_return where id = :id").param("id", id.value())
                    .query(Long.class).optional().orElse(-1L);
            throw new VersionConflictException("monitoring return " + id.value(), expectedVersion, current);
        }
    }

    private StoredReturn withRows(StoredReturn header) {
        return header.withRows(jdbc.sql("""
                select position, indicator_name, target, completed, expected_annual, likelihood, progress,
                       reason_category, reason_text, measure
                  from mon_return_indicator where return_id = :id order by position
                """)
                .param("id", header.id().value())
                .query((rs, i) -> new StoredReturn.Row(rs.getInt("position"), rs.getString("indicator_name"),
                        rs.getString("target"), rs.getString("completed"), rs.getString("expected_annual"),
                        rs.getString("likelihood"), rs.getString("progress"), rs.getString("reason_category"),
                        rs.getString("reason_text"), rs.getString("measure")))
                .list());
    }

    private void insertRows(MonitoringReturnId id, List<StoredReturn.Row> rows) {
        for (StoredReturn.Row row : rows) {
            jdbc.sql("""
                    insert into mon_return_indicator (return_id, position, indicator_name, target, completed,
                                                      expected_annual, likelihood, progress, reason_category,
                                                      reason_text, measure)
                    values (:id, :position, :name, :target, :completed, :expected, :likelihood, :progress, :category,
                            :reason, :measure)
                    """)
                    .param("id", id.value())
                    .param("position", row.position())
                    .param("name", row.indicatorName())
                    .param("target", row.target())
                    .param("completed", row.completed())
                    .param("expected", row.expectedAnnual())
                    .param("likelihood", row.likelihood())
                    .param("progress", row.progress())
                    .param("category", row.reasonCategory())
                    .param("reason", row.reasonText())
                    .param("measure", row.measure())
                    .update();
        }
    }

    private static StoredReturn header(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new StoredReturn(new MonitoringReturnId(rs.getLong("id")), rs.getString("unit_code"),
                FiscalYear.of(rs.getInt("fiscal_year")), new GoalTableId(rs.getLong("goal_table_id")),
                rs.getInt("cut_off_month"), rs.getBigDecimal("executed"), rs.getBigDecimal("expected_annual"),
                rs.getString("money_category"), rs.getString("money_reason"), rs.getString("money_measure"),
                MonitoringReturnStatus.valueOf(rs.getString("status")),
                submitted == null ? null : submitted.toInstant(), List.of(), rs.getLong("version"));
    }
}

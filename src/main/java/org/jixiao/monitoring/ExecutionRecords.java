package org.jixiao.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jixiao.platform.MultiRowInsert;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code mon_execution_record} (实际支出) and {@code mon_budget_adjustment} (预算调整). Records are only
 * added (a correction is a further record or adjustment); reads are per unit-year or per batch of units.
 */
@Repository
class ExecutionRecords {

    /** A record to insert. */
    record NewSpending(ProjectId projectId, java.time.LocalDate date, Amount amount, ExecutionSource source,
                       String note) {
    }

    /** An adjustment to insert. */
    record NewAdjustment(ProjectId projectId, java.time.LocalDate date, Amount newBudget, String reason) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ExecutionRecords(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void insertSpending(String unitCode, FiscalYear year, List<NewSpending> rows, String by, Instant now) {
        Timestamp at = Timestamp.from(now);
        MultiRowInsert.insert(template, "mon_execution_record",
                "unit_code, fiscal_year, project_id, spent_on, amount, source, note, created_by, created_at", 9,
                rows.size(), (ps, first, row) -> {
                    NewSpending r = rows.get(row);
                    int p = first;
                    ps.setString(p++, unitCode);
                    ps.setInt(p++, year.value());
                    ps.setLong(p++, r.projectId().value());
                    ps.setDate(p++, Date.valueOf(r.date()));
                    ps.setBigDecimal(p++, r.amount().yuan());
                    ps.setString(p++, r.source().name());
                    ps.setString(p++, r.note());
                    ps.setString(p++, by);
                    ps.setTimestamp(p, at);
                });
    }

    void insertAdjustments(String unitCode, FiscalYear year, List<NewAdjustment> rows, String by, Instant now) {
        for (NewAdjustment r : rows) {
            jdbc.sql("""
                    insert into mon_budget_adjustment (unit_code, fiscal_year, project_id, adjusted_on, new_budget,
                                                       reason, created_by, created_at)
                    values (:unit, :year, :project, :date, :budget, :reason, :by, :now)
                    """)
                    .param("unit", unitCode).param("year", year.value()).param("project", r.projectId().value())
                    .param("date", Date.valueOf(r.date())).param("budget", r.newBudget().yuan())
                    .param("reason", r.reason()).param("by", by).param("now", Timestamp.from(now))
                    .update();
        }
    }

    List<SpendingEntry> spending(String unitCode, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, spent_on, amount, source, note from mon_execution_record
                 where unit_code = :unit and fiscal_year = :year order by spent_on, id
                """).param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> spending(rs)).list();
    }

    List<AdjustmentEntry> adjustments(String unitCode, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, adjusted_on, new_budget, reason from mon_budget_adjustment
                 where unit_code = :unit and fiscal_year = :year order by adjusted_on, id
                """).param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> adjustment(rs)).list();
    }

    /** One project's records of the year, by date (a 双监控 return's recorded figures). */
    List<SpendingEntry> spending(ProjectId project, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, spent_on, amount, source, note from mon_execution_record
                 where project_id = :project and fiscal_year = :year order by spent_on, id
                """).param("project", project.value()).param("year", year.value())
                .query((rs, i) -> spending(rs)).list();
    }

    List<AdjustmentEntry> adjustments(ProjectId project, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, adjusted_on, new_budget, reason from mon_budget_adjustment
                 where project_id = :project and fiscal_year = :year order by adjusted_on, id
                """).param("project", project.value()).param("year", year.value())
                .query((rs, i) -> adjustment(rs)).list();
    }

    /** Every record of these units and year, ordered by project and date: one query for a batch of units. */
    List<SpendingEntry> spending(Collection<String> unitCodes, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, spent_on, amount, source, note from mon_execution_record
                 where unit_code in (:units) and fiscal_year = :year order by project_id, spent_on, id
                """).param("units", unitCodes).param("year", year.value())
                .query((rs, i) -> spending(rs)).list();
    }

    List<AdjustmentEntry> adjustments(Collection<String> unitCodes, FiscalYear year) {
        return jdbc.sql("""
                select id, project_id, adjusted_on, new_budget, reason from mon_budget_adjustment
                 where unit_code in (:units) and fiscal_year = :year order by project_id, adjusted_on, id
                """).param("units", unitCodes).param("year", year.value())
                .query((rs, i) -> adjustment(rs)).list();
    }

    /** How many spending records the unit has in the year (the demo data loads only into none). */
    long count(String unitCode, FiscalYear year) {
        return jdbc.sql("select count(*) from mon_execution_record where unit_code = :unit and fiscal_year = :year")
                .param("unit", unitCode).param("year", year.value()).query(Long.class).single();
    }

    /** The latest fiscal year with any record of these units (null: every unit). */
    java.util.Optional<Integer> latestYear(Collection<String> unitCodes) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return unitCodes == null
                ? jdbc.sql("select max(fiscal_year) from mon_execution_record").query(Integer.class).optional()
                : jdbc.sql("select max(fiscal_year) from mon_execution_record where unit_code in (:units)")
                        .param("units", unitCodes).query(Integer.class).optional();
    }

    /** The latest fiscal year not after {@code notAfter} with records of these units. */
    java.util.Optional<Integer> latestYear(Collection<String> unitCodes, int notAfter) {
        if (unitCodes.isEmpty()) {
            return java.util.Optional.empty();
        }
        return jdbc.sql("select max(fiscal_year) from mon_execution_record where unit_code in (:units) "
                        + "and fiscal_year <= :year")
                .param("units", unitCodes).param("year", notAfter).query(Integer.class).optional();
    }

    private static SpendingEntry spending(ResultSet rs) throws SQLException {
        return new SpendingEntry(rs.getLong("id"), new ProjectId(rs.getLong("project_id")),
                rs.getDate("spent_on").toLocalDate(), Amount.ofYuan(rs.getBigDecimal("amount")),
                ExecutionSource.valueOf(rs.getString("source")), rs.getString("note"));
    }

    private static AdjustmentEntry adjustment(ResultSet rs) throws SQLException {
        return new AdjustmentEntry(rs.getLong("id"), new ProjectId(rs.getLong("project_id")),
                rs.getDate("adjusted_on").toLocalDate(), Amount.ofYuan(rs.getBigDecimal("new_budget")),
                rs.getString("reason"));
    }
}

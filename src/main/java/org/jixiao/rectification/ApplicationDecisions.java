package org.jixiao.rectification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code rect_application_decision}: every acceptance or override of a suggestion, appended, never changed. */
@Repository
class ApplicationDecisions {

    private final JdbcClient jdbc;

    ApplicationDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(String unitCode, int year, long sourceTableId, Long targetTableId, int position, String suggestion,
               boolean accepted, String reason, long decidedBy, String decidedByName, Instant decidedAt) {
    }

    void insert(Row r) {
        jdbc.sql("""
                insert into rect_application_decision (unit_code, fiscal_year, source_table_id, target_table_id,
                       position, suggestion, accepted, reason, decided_by, decided_by_name, decided_at)
                values (:u, :y, :src, :target, :pos, :kind, :accepted, :reason, :by, :byName, :at)
                """)
                .param("u", r.unitCode()).param("y", r.year()).param("src", r.sourceTableId())
                .param("target", r.targetTableId()).param("pos", r.position()).param("kind", r.suggestion())
                .param("accepted", r.accepted()).param("reason", r.reason()).param("by", r.decidedBy())
                .param("byName", r.decidedByName()).param("at", Timestamp.from(r.decidedAt()))
                .update();
    }

    /** Every decision of a unit on the results of a year, oldest first (the latest per suggestion counts). */
    List<Row> findByUnitAndYear(String unitCode, int year) {
        return jdbc.sql("""
                select unit_code, fiscal_year, source_table_id, target_table_id, position, suggestion, accepted,
                       reason, decided_by, decided_by_name, decided_at
                  from rect_application_decision where unit_code = :u and fiscal_year = :y order by id
                """)
                .param("u", unitCode).param("y", year)
                .query((rs, i) -> new Row(rs.getString("unit_code"), rs.getInt("fiscal_year"),
                        rs.getLong("source_table_id"), rs.getObject("target_table_id", Long.class),
                        rs.getInt("position"), rs.getString("suggestion"), rs.getBoolean("accepted"),
                        rs.getString("reason"), rs.getLong("decided_by"), rs.getString("decided_by_name"),
                        rs.getTimestamp("decided_at").toInstant()))
                .list();
    }
}

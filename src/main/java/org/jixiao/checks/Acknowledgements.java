package org.jixiao.checks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.jixiao.checks.domain.RuleId;
import org.jixiao.goals.domain.GoalTableId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code chk_acknowledgement}: findings reviewed and kept, by fingerprint. */
@Repository
class Acknowledgements {

    private final JdbcClient jdbc;

    Acknowledgements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Acknowledgement(RuleId rule, Integer row, String field, String fingerprint, String reason, Instant at) {
    }

    List<Acknowledgement> find(GoalTableId table) {
        return jdbc.sql("""
                select rule_id, row_index, field, fingerprint, reason, created_at
                  from chk_acknowledgement where goal_table_id = :id order by id
                """)
                .param("id", table.value())
                .query((rs, i) -> new Acknowledgement(RuleId.valueOf(rs.getString("rule_id")),
                        (Integer) rs.getObject("row_index"), rs.getString("field"), rs.getString("fingerprint"),
                        rs.getString("reason"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    boolean exists(GoalTableId table, RuleId rule, String fingerprint) {
        return jdbc.sql("""
                select count(*) from chk_acknowledgement
                 where goal_table_id = :id and rule_id = :rule and fingerprint = :fp
                """)
                .param("id", table.value()).param("rule", rule.name()).param("fp", fingerprint)
                .query(Long.class).single() > 0;
    }

    void insert(GoalTableId table, RuleId rule, Integer row, String field, String fingerprint, String reason,
                Instant now) {
        jdbc.sql("""
                insert into chk_acknowledgement (goal_table_id, rule_id, row_index, field, fingerprint, reason, created_at)
                values (:id, :rule, :row, :field, :fp, :reason, :now)
                """)
                .param("id", table.value()).param("rule", rule.name()).param("row", row).param("field", field)
                .param("fp", fingerprint).param("reason", reason).param("now", Timestamp.from(now))
                .update();
    }
}

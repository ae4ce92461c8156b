package org.jixiao.checks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.RuleId;
import org.jixiao.goals.domain.GoalTableId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code chk_acknowledgement}: findings reviewed and kept, by fingerprint. */
@Repository
class Acknowledgements {

    private static final int IDS_PER_QUERY = 1000;

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
                .query((rs, i) -> acknowledgement(rs))
                .list();
    }

    /** The acknowledgements of these tables, by table: one query per thousand tables (for the batch checks). */
    Map<GoalTableId, List<Acknowledgement>> findAll(List<GoalTableId> tables) {
        Map<GoalTableId, List<Acknowledgement>> byTable = new HashMap<>();
        for (int from = 0; from < tables.size(); from += IDS_PER_QUERY) {
            List<Long> ids = tables.subList(from, Math.min(tables.size(), from + IDS_PER_QUERY)).stream()
                    .map(GoalTableId::value).toList();
            jdbc.sql("""
                    select goal_table_id, rule_id, row_index, field, fingerprint, reason, created_at
                      from chk_acknowledgement where goal_table_id in (:ids) order by id
                    """)
                    .param("ids", ids)
                    .query(rs -> {
                        byTable.computeIfAbsent(new GoalTableId(rs.getLong("goal_table_id")), k -> new ArrayList<>())
                                .add(acknowledgement(rs));
                    });
        }
        return byTable;
    }

    boolean exists(GoalTableId table, RuleId rule, String fingerprint) {
        return jdbc.sql("""
                select count(*) from chk_acknowledgement
                 where goal_table_id = :id and rule_id = :rule and fingerprint = :fp
                """)
                .param("id", table.value()).param("rule", rule.name()).param("fp", fingerprint)
                .query(Long.class).single() > 0;
    }

    private static Acknowledgement acknowledgement(ResultSet rs) throws SQLException {
        return new Acknowledgement(RuleId.valueOf(rs.getString("rule_id")), (Integer) rs.getObject("row_index"),
                rs.getString("field"), rs.getString("fingerprint"), rs.getString("reason"),
                rs.getTimestamp("created_at").toInstant());
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

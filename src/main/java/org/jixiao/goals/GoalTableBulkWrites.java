package org.jixiao.goals;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.platform.MultiRowInsert;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The bulk side of {@link GoalTables}: the same rows, written with JDBC batches (one round trip per batch, not per
 * row; child rows as multi-row inserts, {@link MultiRowInsert}), for {@link GoalTableManagement#saveAll}. The checks happen there; this only writes.
 */
@Repository
class GoalTableBulkWrites {

    /** Ids in one {@code in} list: well under PostgreSQL's 32,767 bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

    private final JdbcTemplate jdbc;

    GoalTableBulkWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** What a replacement needs of the stored table: its identity, project, version and whether it is locked. */
    record Header(GoalTableId id, GoalTableKind kind, String unitCode, FiscalYear year, ProjectId projectId,
                  long version, boolean locked) {
    }

    record NewHeader(GoalTableKind kind, String unitCode, FiscalYear year, ProjectId projectId) {
    }

    record VersionCheck(GoalTableId id, long expectedVersion) {
    }

    record Content(GoalTableId id, GoalTableContent content) {
    }

    /** The headers of those of these tables that exist, by id. */
    Map<Long, Header> headers(List<Long> ids) {
        Map<Long, Header> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.query("select id, kind, unit_code, fiscal_year, project_id, version, locked from goal_table where id in ("
                    + marks(some.size()) + ")", rs -> {
                        long project = rs.getLong(5);
                        ProjectId projectId = rs.wasNull() ? null : new ProjectId(project);
                        found.put(rs.getLong(1), new Header(new GoalTableId(rs.getLong(1)),
                                GoalTableKind.valueOf(rs.getString(2)), rs.getString(3), FiscalYear.of(rs.getInt(4)),
                                projectId, rs.getLong(6), rs.getBoolean(7)));
                    }, some.toArray());
        }
        return found;
    }

    /**
     * Moves each table to its next version where it still is at the expected one, as {@link GoalTables#update}
     * does; the rows updated per check, in order (0: somebody saved it in between).
     */
    int[] bumpVersions(List<VersionCheck> checks, Instant now) {
        if (checks.isEmpty()) {
            return new int[0];
        }
        Timestamp at = Timestamp.from(now);
        return jdbc.batchUpdate("update goal_table set version = version + 1, updated_at = ? where id = ? and version = ? and locked = false",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        ps.setTimestamp(1, at);
                        ps.setLong(2, checks.get(i).id().value());
                        ps.setLong(3, checks.get(i).expectedVersion());
                    }

                    @Override
                    public int getBatchSize() {
                        return checks.size();
                    }
                });
    }

    /** Inserts the header rows (version 0); their ids in the order given. */
    List<GoalTableId> insertHeaders(List<NewHeader> headers, Instant now) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(now);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement("""
                        insert into goal_table (kind, unit_code, fiscal_year, project_id, version, created_at, updated_at)
                        values (?, ?, ?, ?, 0, ?, ?)
                        """, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        NewHeader h = headers.get(i);
                        ps.setString(1, h.kind().name());
                        ps.setString(2, h.unitCode());
                        ps.setInt(3, h.year().value());
                        if (h.projectId() == null) {
                            ps.setNull(4, Types.BIGINT);
                        } else {
                            ps.setLong(4, h.projectId().value());
                        }
                        ps.setTimestamp(5, at);
                        ps.setTimestamp(6, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return headers.size();
                    }
                }, keys);
        List<Map<String, Object>> rows = keys.getKeyList();
        if (rows.size() != headers.size()) {
            throw new IllegalStateException("expected " + headers.size() + " generated ids, got " + rows.size());
        }
        List<GoalTableId> ids = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object id = row.size() == 1 ? row.values().iterator().next() : row.get("id");
            ids.add(new GoalTableId(((Number) id).longValue()));
        }
        return ids;
    }

    /** Deletes the goal items and indicator rows of these tables. */
    void deleteContents(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            Object[] args = some.toArray();
            jdbc.update("delete from goal_item where goal_table_id in (" + marks(some.size()) + ")", args);
            jdbc.update("delete from goal_indicator where goal_table_id in (" + marks(some.size()) + ")", args);
        }
    }

    /** Inserts the goal items and indicator rows of these tables, in their order, as {@link GoalTables} does. */
    void insertContents(List<Content> contents) {
        int goalCount = 0;
        int indicatorCount = 0;
        for (Content c : contents) {
            goalCount += c.content().goals().size();
            indicatorCount += c.content().indicators().size();
        }
        long[] goalTables = new long[goalCount];
        int[] goalPositions = new int[goalCount];
        String[] texts = new String[goalCount];
        long[] tableIds = new long[indicatorCount];
        int[] positions = new int[indicatorCount];
        Indicator[] rows = new Indicator[indicatorCount];
        int g = 0;
        int n = 0;
        for (Content c : contents) {
            List<String> goals = c.content().goals();
            for (int i = 0; i < goals.size(); i++) {
                goalTables[g] = c.id().value();
                goalPositions[g] = i;
                texts[g++] = goals.get(i);
            }
            List<Indicator> indicators = c.content().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                tableIds[n] = c.id().value();
                positions[n] = i;
                rows[n++] = indicators.get(i);
            }
        }
        MultiRowInsert.insert(jdbc, "goal_item", "goal_table_id, position, text", 3, goalCount, (ps, k, i) -> {
            ps.setLong(k, goalTables[i]);
            ps.setInt(k + 1, goalPositions[i]);
            ps.setString(k + 2, texts[i]);
        });
        MultiRowInsert.insert(jdbc, "goal_indicator", """
                goal_table_id, position, level1_label, level2_label, name, description, value_text, basis, weight,
                formula, data_source, scoring_standard""", 12, indicatorCount, (ps, k, i) -> {
            Indicator row = rows[i];
            ps.setLong(k, tableIds[i]);
            ps.setInt(k + 1, positions[i]);
            ps.setString(k + 2, emptyToNull(row.level1().original()));
            ps.setString(k + 3, emptyToNull(row.level2().original()));
            ps.setString(k + 4, row.name());
            ps.setString(k + 5, row.description());
            ps.setString(k + 6, emptyToNull(row.value().format()));
            ps.setString(k + 7, row.basis());
            ps.setBigDecimal(k + 8, row.weight());
            ps.setString(k + 9, row.formula());
            ps.setString(k + 10, row.dataSource());
            ps.setString(k + 11, row.scoringStandard());
        });
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}

package org.jixiao.projects;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.platform.MultiRowInsert;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The bulk side of {@link Projects}: the same rows, written with JDBC batches (one round trip per batch rather than
 * per row). Used by {@link ProjectManagement.Batch}; the checks happen there.
 */
@Repository
class ProjectBulkWrites {

    /** Ids in one {@code in} list: well under PostgreSQL's 32,767 bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

    private final JdbcTemplate jdbc;

    ProjectBulkWrites(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Current(ProjectId id, String unitCode, FiscalYear year) {
    }

    record Insert(String unitCode, FiscalYear year, ProjectContent content) {
    }

    record Update(ProjectId id, ProjectContent content) {
    }

    /** Unit and year of each of these projects that exists. */
    Map<Long, Current> current(List<Long> ids) {
        Map<Long, Current> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.query("select id, unit_code, fiscal_year from prj_project where id in (" + marks(some.size()) + ")",
                    rs -> {
                        long id = rs.getLong(1);
                        found.put(id, new Current(new ProjectId(id), rs.getString(2), FiscalYear.of(rs.getInt(3))));
                    }, some.toArray());
        }
        return found;
    }

    /** Code → id of every project of the unit-year. */
    Map<String, Long> codes(String unitCode, FiscalYear year) {
        Map<String, Long> codes = new HashMap<>();
        jdbc.query("select id, code from prj_project where unit_code = ? and fiscal_year = ?",
                rs -> {
                    codes.put(rs.getString(2), rs.getLong(1));
                }, unitCode, year.value());
        return codes;
    }

    /** Inserts the projects and their spending plans; the ids in the order given. */
    List<ProjectId> insert(List<Insert> inserts) {
        if (inserts.isEmpty()) {
            return List.of();
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(con -> con.prepareStatement("""
                        insert into prj_project (unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan, purpose, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 0)
                        """, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Insert in = inserts.get(i);
                        ps.setString(1, in.unitCode());
                        ps.setInt(2, in.year().value());
                        setContent(ps, 3, in.content());
                    }

                    @Override
                    public int getBatchSize() {
                        return inserts.size();
                    }
                }, keys);
        List<Map<String, Object>> rows = keys.getKeyList();
        if (rows.size() != inserts.size()) {
            throw new IllegalStateException("expected " + inserts.size() + " generated ids, got " + rows.size());
        }
        List<ProjectId> ids = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            Object id = row.size() == 1 ? row.values().iterator().next() : row.get("id");
            ids.add(new ProjectId(((Number) id).longValue()));
        }
        insertPlans(ids, inserts.stream().map(Insert::content).toList());
        return ids;
    }

    /** Saves new contents: the rows updated in place (version + 1), the spending plans replaced. */
    void update(List<Update> updates) {
        if (updates.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                update prj_project set code = ?, name = ?, budget_yuan = ?, fiscal_yuan = ?, other_yuan = ?,
                       purpose = ?, version = version + 1
                 where id = ?
                """, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Update u = updates.get(i);
                setContent(ps, 1, u.content());
                ps.setLong(7, u.id().value());
            }

            @Override
            public int getBatchSize() {
                return updates.size();
            }
        });
        List<Long> ids = updates.stream().map(u -> u.id().value()).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.update("delete from prj_spending_checkpoint where project_id in (" + marks(some.size()) + ")",
                    some.toArray());
        }
        insertPlans(updates.stream().map(Update::id).toList(), updates.stream().map(Update::content).toList());
    }

    private void insertPlans(List<ProjectId> ids, List<ProjectContent> contents) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (Checkpoint c : contents.get(i).plan().checkpoints()) {
                rows.add(new Object[] {ids.get(i).value(), c.month(), c.cumulativePercent()});
            }
        }
        MultiRowInsert.insert(jdbc, "prj_spending_checkpoint", "project_id, plan_month, cumulative_percent", 3,
                rows.size(), (ps, k, i) -> {
                    Object[] row = rows.get(i);
                    ps.setLong(k, (Long) row[0]);
                    ps.setInt(k + 1, (Integer) row[1]);
                    ps.setBigDecimal(k + 2, (BigDecimal) row[2]);
                });
    }

    /** code, name, budget, fiscal, other, purpose from {@code first} on, as {@link Projects} writes them. */
    private static void setContent(PreparedStatement ps, int first, ProjectContent content) throws SQLException {
        ps.setString(first, content.code().value());
        ps.setString(first + 1, content.name());
        ps.setBigDecimal(first + 2, yuan(content.funding().budget()));
        ps.setBigDecimal(first + 3, yuan(content.funding().fiscal()));
        ps.setBigDecimal(first + 4, yuan(content.funding().other()));
        ps.setString(first + 5, content.purpose());
    }

    private static BigDecimal yuan(Amount amount) {
        return amount == null ? null : amount.yuan();
    }

    static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}

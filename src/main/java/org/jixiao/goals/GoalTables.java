package org.jixiao.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.NormalizedLabel;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code goal_table}, {@code goal_item} and {@code goal_indicator}. A goal table is saved whole: the
 * header row under optimistic locking, the item and indicator rows replaced in their order.
 */
@Repository
class GoalTables {

    private final JdbcClient jdbc;
    private final LabelNormalizer labels;

    GoalTables(JdbcClient jdbc, LabelNormalizer labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    GoalTableId insert(GoalTableKind kind, String unitCode, FiscalYear year, ProjectId projectId,
                       GoalTableContent content, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into goal_table (kind, unit_code, fiscal_year, project_id, version, created_at, updated_at)
                values (:kind, :unit, :year, :project, 0, :now, :now)
                """)
                .param("kind", kind.name())
                .param("unit", unitCode)
                .param("year", year.value())
                .param("project", projectId == null ? null : projectId.value())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        GoalTableId id = new GoalTableId(keys.getKey().longValue());
        insertContent(id, content);
        return id;
    }

    /**
     * Replaces the content if the table is still at {@code expectedVersion}.
     *
     * @throws VersionConflictException when somebody saved it in between; nothing is written then
     */
    void update(GoalTableId id, long expectedVersion, GoalTableContent content, Instant now) {
        int updated = jdbc.sql("""
                update goal_table set version = version + 1, updated_at = :now
                 where id = :id and version = :version
                """)
                .param("id", id.value()).param("version", expectedVersion).param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            long current = currentVersion(id).orElse(-1L);
            throw new VersionConflictException("goal table " + id.value(), expectedVersion, current);
        }
        jdbc.sql("delete from goal_item where goal_table_id = :id").param("id", id.value()).update();
        jdbc.sql("delete from goal_indicator where goal_table_id = :id").param("id", id.value()).update();
        insertContent(id, content);
    }

    Optional<Long> currentVersion(GoalTableId id) {
        return jdbc.sql("select version from goal_table where id = :id").param("id", id.value())
                .query(Long.class).optional();
    }

    Optional<GoalTable> find(GoalTableId id) {
        return jdbc.sql("select id, kind, unit_code, fiscal_year, project_id, version from goal_table where id = :id")
                .param("id", id.value())
                .query((rs, i) -> header(rs))
                .optional()
                .map(h -> h.with(loadContent(h.id())));
    }

    /** The tables of a unit and year: department table first, then projects in creation order. */
    List<Summary> findByUnitAndYear(String unitCode, FiscalYear year) {
        return jdbc.sql("""
                select t.id, t.kind, t.project_id, t.version,
                       (select count(*) from goal_indicator i where i.goal_table_id = t.id) as indicator_count
                  from goal_table t
                 where t.unit_code = :unit and t.fiscal_year = :year
                 order by case when t.kind = 'DEPARTMENT' then 0 else 1 end, t.id
                """)
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> new Summary(new GoalTableId(rs.getLong("id")),
                        GoalTableKind.valueOf(rs.getString("kind")), projectId(rs), rs.getInt("indicator_count"),
                        rs.getLong("version")))
                .list();
    }

    List<Integer> findYears(String unitCode) {
        return jdbc.sql("select distinct fiscal_year from goal_table where unit_code = :unit order by fiscal_year desc")
                .param("unit", unitCode).query(Integer.class).list();
    }

    boolean departmentTableExists(String unitCode, FiscalYear year) {
        return jdbc.sql("""
                select count(*) from goal_table where unit_code = :unit and fiscal_year = :year and kind = 'DEPARTMENT'
                """)
                .param("unit", unitCode).param("year", year.value()).query(Long.class).single() > 0;
    }

    record Summary(GoalTableId id, GoalTableKind kind, ProjectId projectId, int indicatorCount, long version) {
    }

    private record Header(GoalTableId id, GoalTableKind kind, String unitCode, FiscalYear year, ProjectId projectId,
                          long version) {
        GoalTable with(GoalTableContent content) {
            return new GoalTable(id, kind, unitCode, year, projectId, content, version);
        }
    }

    private static Header header(ResultSet rs) throws SQLException {
        return new Header(new GoalTableId(rs.getLong("id")), GoalTableKind.valueOf(rs.getString("kind")),
                rs.getString("unit_code"), FiscalYear.of(rs.getInt("fiscal_year")), projectId(rs), rs.getLong("version"));
    }

    private static ProjectId projectId(ResultSet rs) throws SQLException {
        long value = rs.getLong("project_id");
        return rs.wasNull() ? null : new ProjectId(value);
    }

    private GoalTableContent loadContent(GoalTableId id) {
        List<String> goals = jdbc.sql("select text from goal_item where goal_table_id = :id order by position")
                .param("id", id.value()).query(String.class).list();
        List<Indicator> indicators = jdbc.sql("""
                select level1_label, level2_label, name, description, value_text, basis, weight, formula,
                       data_source, scoring_standard
                  from goal_indicator where goal_table_id = :id order by position
                """)
                .param("id", id.value())
                .query((rs, i) -> indicator(rs))
                .list();
        return new GoalTableContent(goals, indicators);
    }

    private Indicator indicator(ResultSet rs) throws SQLException {
        NormalizedLabel<Level1Category> level1 = labels.level1(orEmpty(rs.getString("level1_label")));
        return new Indicator(level1, labels.level2(orEmpty(rs.getString("level2_label")), level1.category()),
                rs.getString("name"), rs.getString("description"), IndicatorValue.parse(orEmpty(rs.getString("value_text"))),
                rs.getString("basis"), rs.getBigDecimal("weight"), rs.getString("formula"), rs.getString("data_source"),
                rs.getString("scoring_standard"));
    }

    private void insertContent(GoalTableId id, GoalTableContent content) {
        List<String> goals = content.goals();
        for (int i = 0; i < goals.size(); i++) {
            jdbc.sql("insert into goal_item (goal_table_id, position, text) values (:id, :position, :text)")
                    .param("id", id.value()).param("position", i).param("text", goals.get(i)).update();
        }
        List<Indicator> indicators = new ArrayList<>(content.indicators());
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            jdbc.sql("""
                    insert into goal_indicator (goal_table_id, position, level1_label, level2_label, name, description,
                                                value_text, basis, weight, formula, data_source, scoring_standard)
                    values (:id, :position, :level1, :level2, :name, :description, :value, :basis, :weight, :formula,
                            :dataSource, :scoring)
                    """)
                    .param("id", id.value())
                    .param("position", i)
                    .param("level1", emptyToNull(row.level1().original()))
                    .param("level2", emptyToNull(row.level2().original()))
                    .param("name", row.name())
                    .param("description", row.description())
                    .param("value", emptyToNull(row.value().format()))
                    .param("basis", row.basis())
                    .param("weight", row.weight())
                    .param("formula", row.formula())
                    .param("dataSource", row.dataSource())
                    .param("scoring", row.scoringStandard())
                    .update();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

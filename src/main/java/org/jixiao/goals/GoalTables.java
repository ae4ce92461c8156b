package org.jixiao.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.NormalizedLabel;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
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

    /** Ids in one {@code in} list of a bulk read: well under PostgreSQL's 32,767 bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

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
                 where id = :id and version = :version and locked = false
                """)
                .param("id", id.value()).param("version", expectedVersion).param("now", Timestamp.from(now))
                .update();
        if (updated == 0) {
            if (isLocked(id)) {
                throw new RecordLockedException(GoalTableManagement.LOCKED_MESSAGE);
            }
            long current = currentVersion(id).orElse(-1L);
            throw new VersionConflictException("goal table " + id.value(), expectedVersion, current);
        }
        jdbc.sql("delete from goal_item where goal_table_id = :id").param("id", id.value()).update();
        jdbc.sql("delete from goal_indicator where goal_table_id = :id").param("id", id.value()).update();
        insertContent(id, content);
    }

    boolean isLocked(GoalTableId id) {
        return jdbc.sql("select locked from goal_table where id = :id").param("id", id.value())
                .query(Boolean.class).optional().orElse(false);
    }

    /** Sets or clears the read-only flag; the version stays (the content does not change). */
    void setLocked(GoalTableId id, boolean locked) {
        jdbc.sql("update goal_table set locked = :locked where id = :id")
                .param("locked", locked).param("id", id.value()).update();
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
                select t.id, t.kind, t.project_id, t.version, t.locked,
                       (select count(*) from goal_indicator i where i.goal_table_id = t.id) as indicator_count
                  from goal_table t
                 where t.unit_code = :unit and t.fiscal_year = :year
                 order by case when t.kind = 'DEPARTMENT' then 0 else 1 end, t.id
                """)
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> new Summary(new GoalTableId(rs.getLong("id")),
                        GoalTableKind.valueOf(rs.getString("kind")), projectId(rs), rs.getInt("indicator_count"),
                        rs.getLong("version"), rs.getBoolean("locked")))
                .list();
    }

    /**
     * Every table of these units and year with its content, grouped by unit in the order of {@code unitCodes}
     * (units without tables are left out), each unit's department table first, then projects in id order — as
     * {@link #findByUnitAndYear} and {@link #find} give them one by one, but in one query for the headers and two
     * per {@value #IDS_PER_QUERY} tables. {@code reader} may be kept across calls: it remembers labels and values already read.
     */
    Map<String, List<GoalTable>> findAllOfUnits(List<String> unitCodes, FiscalYear year, ContentReader reader) {
        if (unitCodes.isEmpty()) {
            return Map.of();
        }
        List<Header> headers = jdbc.sql("""
                select id, kind, unit_code, fiscal_year, project_id, version from goal_table
                 where unit_code in (:units) and fiscal_year = :year
                 order by unit_code, case when kind = 'DEPARTMENT' then 0 else 1 end, id
                """)
                .param("units", unitCodes).param("year", year.value())
                .query((rs, i) -> header(rs))
                .list();
        // children by the ids just read: a join on unit and year would make PostgreSQL scan the whole child table
        // for every batch of units
        List<Long> ids = headers.stream().map(h -> h.id().value()).toList();
        Map<Long, List<String>> goals = new HashMap<>();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<Long> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            jdbc.sql("select goal_table_id, text from goal_item where goal_table_id in (:ids) order by goal_table_id, position")
                    .param("ids", some)
                    .query(rs -> {
                        goals.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    });
            jdbc.sql("""
                    select goal_table_id, level1_label, level2_label, name, description, value_text, basis, weight,
                           formula, data_source, scoring_standard
                      from goal_indicator where goal_table_id in (:ids) order by goal_table_id, position
                    """)
                    .param("ids", some)
                    .query(rs -> {
                        indicators.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(reader.indicator(rs));
                    });
        }
        Map<String, List<GoalTable>> byUnit = new HashMap<>();
        for (Header h : headers) {
            long id = h.id().value();
            GoalTableContent content = new GoalTableContent(goals.getOrDefault(id, List.of()),
                    indicators.getOrDefault(id, List.of()));
            byUnit.computeIfAbsent(h.unitCode(), k -> new ArrayList<>()).add(h.with(content));
        }
        Map<String, List<GoalTable>> ordered = new LinkedHashMap<>();
        for (String unit : unitCodes) {
            List<GoalTable> list = byUnit.get(unit);
            if (list != null) {
                ordered.put(unit, list);
            }
        }
        return ordered;
    }

    /** A reader of indicator rows for bulk reads; remembers labels and values already read. Not thread-safe. */
    ContentReader contentReader() {
        return new ContentReader(labels);
    }

    /**
     * Reads indicator rows, normalising each distinct label and parsing each distinct value once: over a region
     * the same few hundred labels and some hundred thousand values recur millions of times. Normalised labels and
     * parsed values are immutable, so rows share them.
     */
    static final class ContentReader {

        /** Bound on remembered values; when exceeded the memory starts over. */
        private static final int MAX_VALUES = 200_000;

        private final LabelNormalizer labels;
        private final Map<String, NormalizedLabel<Level1Category>> level1 = new HashMap<>();
        private final Map<Level1Category, Map<String, NormalizedLabel<Level2Category>>> level2 = new HashMap<>();
        private final Map<String, NormalizedLabel<Level2Category>> level2Unknown = new HashMap<>();
        private final Map<String, IndicatorValue> values = new HashMap<>();

        private ContentReader(LabelNormalizer labels) {
            this.labels = labels;
        }

        /** Columns 2–11 of the bulk read, by position (a lookup by name costs as much as reading the value). */
        private Indicator indicator(ResultSet rs) throws SQLException {
            NormalizedLabel<Level1Category> l1 = level1.computeIfAbsent(orEmpty(rs.getString(2)), labels::level1);
            Level1Category parent = l1.category();
            Map<String, NormalizedLabel<Level2Category>> l2s = parent == null ? level2Unknown
                    : level2.computeIfAbsent(parent, k -> new HashMap<>());
            NormalizedLabel<Level2Category> l2 = l2s.computeIfAbsent(orEmpty(rs.getString(3)),
                    raw -> labels.level2(raw, parent));
            String name = rs.getString(4);
            String description = rs.getString(5);
            String raw = orEmpty(rs.getString(6));
            IndicatorValue value = values.get(raw);
            if (value == null) {
                if (values.size() >= MAX_VALUES) {
                    values.clear();
                }
                value = IndicatorValue.parse(raw);
                values.put(raw, value);
            }
            return new Indicator(l1, l2, name, description, value, rs.getString(7), rs.getBigDecimal(8),
                    rs.getString(9), rs.getString(10), rs.getString(11));
        }
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

    record Summary(GoalTableId id, GoalTableKind kind, ProjectId projectId, int indicatorCount, long version,
                   boolean locked) {
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

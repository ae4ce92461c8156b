package org.jixiao.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.VersionConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code eval_department_evaluation} and {@code eval_department_value}: a department self-evaluation is saved
 * whole, the header under optimistic locking, the values (one row per leaf and field, as typed) replaced.
 */
@Repository
class DepartmentEvaluations {

    private static final String HEADER = """
            select id, unit_code, fiscal_year, template_id, template_version, version
              from eval_department_evaluation""";

    private final JdbcClient jdbc;

    DepartmentEvaluations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the unit already has one for the year */
    long insert(StoredDepartmentEvaluation e, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into eval_department_evaluation (unit_code, fiscal_year, template_id, template_version, version,
                                                        created_at, updated_at)
                values (:unit, :year, :template, :templateVersion, 0, :now, :now)
                """)
                .param("unit", e.unitCode())
                .param("year", e.year().value())
                .param("template", e.templateId())
                .param("templateVersion", e.templateVersion())
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertValues(id, e.values());
        return id;
    }

    static final String LOCKED_MESSAGE = "已送审或已批复的部门整体支出绩效自评不能修改；如需修改请先撤回或申请调整";

    /**
     * @throws VersionConflictException when somebody saved it after {@code expectedVersion}; nothing written
     * @throws RecordLockedException    when it is submitted or approved (送审后只读); nothing written
     */
    void update(StoredDepartmentEvaluation e, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                update eval_department_evaluation
                   set template_id = :template, template_version = :templateVersion, version = version + 1,
                       updated_at = :now
                 where id = :id and version = :version and locked = false
                """)
                .param("template", e.templateId())
                .param("templateVersion", e.templateVersion())
                .param("now", Timestamp.from(now))
                .param("id", e.id())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            if (isLocked(e.id())) {
                throw new RecordLockedException(LOCKED_MESSAGE);
            }
            long current = jdbc.sql("select version from eval_department_evaluation where id = :id")
                    .param("id", e.id()).query(Long.class).optional().orElse(-1L);
            throw new VersionConflictException("department self-evaluation " + e.id(), expectedVersion, current);
        }
        jdbc.sql("delete from eval_department_value where department_evaluation_id = :id").param("id", e.id()).update();
        insertValues(e.id(), e.values());
    }

    boolean isLocked(long id) {
        return jdbc.sql("select locked from eval_department_evaluation where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    void setLocked(long id, boolean locked) {
        jdbc.sql("update eval_department_evaluation set locked = :locked where id = :id")
                .param("locked", locked).param("id", id).update();
    }

    Optional<StoredDepartmentEvaluation> find(long id) {
        return jdbc.sql(HEADER + " where id = :id").param("id", id).query((rs, i) -> header(rs)).optional()
                .map(this::withValues);
    }

    Optional<StoredDepartmentEvaluation> find(String unitCode, FiscalYear year) {
        return jdbc.sql(HEADER + " where unit_code = :unit and fiscal_year = :year")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> header(rs)).optional().map(this::withValues);
    }

    private StoredDepartmentEvaluation withValues(StoredDepartmentEvaluation header) {
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        jdbc.sql("""
                select leaf_code, field, value_text from eval_department_value
                 where department_evaluation_id = :id order by leaf_code, field
                """)
                .param("id", header.id())
                .query(rs -> {
                    values.computeIfAbsent(rs.getString("leaf_code"), k -> new LinkedHashMap<>())
                            .put(rs.getString("field"), rs.getString("value_text"));
                });
        return new StoredDepartmentEvaluation(header.id(), header.unitCode(), header.year(), header.templateId(),
                header.templateVersion(), values, header.version());
    }

    private void insertValues(long id, Map<String, Map<String, String>> values) {
        values.forEach((leaf, fields) -> fields.forEach((field, text) -> jdbc.sql("""
                insert into eval_department_value (department_evaluation_id, leaf_code, field, value_text)
                values (:id, :leaf, :field, :text)
                """)
                .param("id", id).param("leaf", leaf).param("field", field).param("text", text).update()));
    }

    private static StoredDepartmentEvaluation header(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredDepartmentEvaluation(rs.getLong("id"), rs.getString("unit_code"),
                FiscalYear.of(rs.getInt("fiscal_year")), rs.getString("template_id"), rs.getInt("template_version"),
                Map.of(), rs.getLong("version"));
    }

    /** The unit's latest year with a department self-evaluation. */
    Optional<Integer> latestYear(String unitCode) {
        return jdbc.sql("select fiscal_year from eval_department_evaluation where unit_code = :unit"
                        + " order by fiscal_year desc").param("unit", unitCode).query(Integer.class).list()
                .stream().findFirst();
    }
}

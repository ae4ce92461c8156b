package org.jixiao.reports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.reports.domain.BasicsField;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code rpt_basics}, {@code rpt_narrative} and {@code rpt_generation}. Basics and each narrative are
 * saved under optimistic locking: version 0 inserts (a second insert of the same unit-year is a conflict), a
 * later version updates {@code where version = ?}.
 */
@Repository
class ReportStore {

    private static final Map<BasicsField, String> COLUMNS = new EnumMap<>(Map.ofEntries(
            Map.entry(BasicsField.INSTITUTIONS, "institutions"),
            Map.entry(BasicsField.STAFF_AUTHORIZED, "staff_authorized"),
            Map.entry(BasicsField.STAFF_ACTUAL, "staff_actual"),
            Map.entry(BasicsField.FUNCTIONS, "functions"),
            Map.entry(BasicsField.INCOME_TOTAL, "income_total"),
            Map.entry(BasicsField.EXPENSE_TOTAL, "expense_total"),
            Map.entry(BasicsField.BASIC_EXPENSE, "basic_expense"),
            Map.entry(BasicsField.PROJECT_EXPENSE, "project_expense"),
            Map.entry(BasicsField.CARRY_OVER, "carry_over"),
            Map.entry(BasicsField.BUDGET_INITIAL, "budget_initial"),
            Map.entry(BasicsField.BUDGET_ADJUSTED, "budget_adjusted"),
            Map.entry(BasicsField.THREE_PUBLIC_BUDGET, "three_public_budget"),
            Map.entry(BasicsField.THREE_PUBLIC_ACTUAL, "three_public_actual")));

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ------------------------------------------------------------------ basics

    Optional<ReportBasics> basics(String unitCode, FiscalYear year) {
        return jdbc.sql("select * from rpt_basics where unit_code = :unit and fiscal_year = :year")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> {
                    Map<BasicsField, Object> values = new EnumMap<>(BasicsField.class);
                    for (Map.Entry<BasicsField, String> c : COLUMNS.entrySet()) {
                        Object v = switch (c.getKey().kind()) {
                            case TEXT -> rs.getString(c.getValue());
                            case COUNT -> {
                                int n = rs.getInt(c.getValue());
                                yield rs.wasNull() ? null : n;
                            }
                            case MONEY -> {
                                java.math.BigDecimal d = rs.getBigDecimal(c.getValue());
                                yield d == null ? null : Amount.ofYuan(d);
                            }
                        };
                        values.put(c.getKey(), v);
                    }
                    return new ReportBasics(values, rs.getLong("version"));
                }).optional();
    }

    /** @throws VersionConflictException when the stored version is not {@code expectedVersion}; nothing written */
    void saveBasics(String unitCode, FiscalYear year, ReportBasics basics, long expectedVersion, String user, Instant now) {
        Map<String, Object> params = new LinkedHashMap<>();
        COLUMNS.forEach((field, column) -> {
            Object v = basics.values().get(field);
            params.put(column, v instanceof Amount a ? a.yuan() : v);
        });
        if (expectedVersion == 0) {
            String columns = String.join(", ", COLUMNS.values());
            String values = ":" + String.join(", :", COLUMNS.values());
            try {
                JdbcClient.StatementSpec spec = jdbc.sql("insert into rpt_basics (unit_code, fiscal_year, " + columns
                        + ", version, updated_at, updated_by) values (:unit, :year, " + values + ", 1, :now, :user)");
                bind(spec, params).param("unit", unitCode).param("year", year.value())
                        .param("now", Timestamp.from(now)).param("user", user).update();
            } catch (DuplicateKeyException e) {
                throw conflict(unitCode, year, expectedVersion);
            }
            return;
        }
        String set = COLUMNS.values().stream().map(c -> c + " = :" + c).reduce((a, b) -> a + ", " + b).orElseThrow();
        JdbcClient.StatementSpec spec = jdbc.sql("update rpt_basics set " + set
                + ", version = version + 1, updated_at = :now, updated_by = :user"
                + " where unit_code = :unit and fiscal_year = :year and version = :version");
        int updated = bind(spec, params).param("unit", unitCode).param("year", year.value())
                .param("now", Timestamp.from(now)).param("user", user).param("version", expectedVersion).update();
        if (updated == 0) {
            throw conflict(unitCode, year, expectedVersion);
        }
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        for (Map.Entry<String, Object> p : params.entrySet()) {
            Object v = p.getValue();
            if (v == null) {
                // a typed null, so PostgreSQL knows the column type
                spec = spec.param(p.getKey(), null, p.getKey().startsWith("staff") ? java.sql.Types.INTEGER
                        : (p.getKey().equals("institutions") || p.getKey().equals("functions")) ? java.sql.Types.VARCHAR
                        : java.sql.Types.NUMERIC);
            } else {
                spec = spec.param(p.getKey(), v);
            }
        }
        return spec;
    }

    private VersionConflictException conflict(String unitCode, FiscalYear year, long expected) {
        long current = jdbc.sql("select version from rpt_basics where unit_code = :unit and fiscal_year = :year")
                .param("unit", unitCode).param("year", year.value()).query(Long.class).optional().orElse(0L);
        return new VersionConflictException("report basics " + unitCode + " " + year.value(), expected, current);
    }

    // ------------------------------------------------------------------ narratives

    /** A narrative as the unit saved it. */
    record Narrative(String section, String body, long version, Instant updatedAt, String updatedBy) {
    }

    Map<String, Narrative> narratives(String unitCode, FiscalYear year) {
        Map<String, Narrative> result = new LinkedHashMap<>();
        jdbc.sql("select section, body, version, updated_at, updated_by from rpt_narrative"
                        + " where unit_code = :unit and fiscal_year = :year order by section")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> new Narrative(rs.getString("section"), rs.getString("body"), rs.getLong("version"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .list().forEach(n -> result.put(n.section(), n));
        return result;
    }

    /** @throws VersionConflictException when the stored version is not {@code expectedVersion} */
    void saveNarrative(String unitCode, FiscalYear year, String section, String body, long expectedVersion, String user,
                       Instant now) {
        if (expectedVersion == 0) {
            try {
                jdbc.sql("insert into rpt_narrative (unit_code, fiscal_year, section, body, version, updated_at, updated_by)"
                                + " values (:unit, :year, :section, :body, 1, :now, :user)")
                        .param("unit", unitCode).param("year", year.value()).param("section", section)
                        .param("body", body).param("now", Timestamp.from(now)).param("user", user).update();
            } catch (DuplicateKeyException e) {
                throw narrativeConflict(unitCode, year, section, expectedVersion);
            }
            return;
        }
        int updated = jdbc.sql("update rpt_narrative set body = :body, version = version + 1, updated_at = :now,"
                        + " updated_by = :user where unit_code = :unit and fiscal_year = :year and section = :section"
                        + " and version = :version")
                .param("unit", unitCode).param("year", year.value()).param("section", section).param("body", body)
                .param("now", Timestamp.from(now)).param("user", user).param("version", expectedVersion).update();
        if (updated == 0) {
            throw narrativeConflict(unitCode, year, section, expectedVersion);
        }
    }

    /** Deletes the unit's text so the draft is used again; only at {@code expectedVersion}. */
    void deleteNarrative(String unitCode, FiscalYear year, String section, long expectedVersion) {
        int deleted = jdbc.sql("delete from rpt_narrative where unit_code = :unit and fiscal_year = :year"
                        + " and section = :section and version = :version")
                .param("unit", unitCode).param("year", year.value()).param("section", section)
                .param("version", expectedVersion).update();
        if (deleted == 0) {
            throw narrativeConflict(unitCode, year, section, expectedVersion);
        }
    }

    private VersionConflictException narrativeConflict(String unitCode, FiscalYear year, String section, long expected) {
        long current = jdbc.sql("select version from rpt_narrative where unit_code = :unit and fiscal_year = :year"
                        + " and section = :section")
                .param("unit", unitCode).param("year", year.value()).param("section", section)
                .query(Long.class).optional().orElse(0L);
        return new VersionConflictException("narrative " + section, expected, current);
    }

    // ------------------------------------------------------------------ generations

    long insertGeneration(ReportGeneration g, byte[] content) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rpt_generation (unit_code, fiscal_year, kind, filename, content_type, content, size_bytes,
                                            sha256, outline_id, data_as_of, generated_by)
                values (:unit, :year, :kind, :filename, :type, :content, :size, :sha, :outline, :asOf, :user)
                """)
                .param("unit", g.unitCode()).param("year", g.year())
                .param("kind", g.kind().name()).param("filename", g.filename()).param("type", g.contentType())
                .param("content", content).param("size", (long) content.length).param("sha", g.sha256())
                .param("outline", g.outlineId()).param("asOf", Timestamp.from(g.dataAsOf()))
                .param("user", g.generatedBy())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String GENERATION = "select id, unit_code, fiscal_year, kind, filename, content_type, size_bytes,"
            + " sha256, outline_id, data_as_of, generated_by from rpt_generation";

    List<ReportGeneration> generations(String unitCode, FiscalYear year) {
        return jdbc.sql(GENERATION + " where unit_code = :unit and fiscal_year = :year order by id desc")
                .param("unit", unitCode).param("year", year.value())
                .query((rs, i) -> generation(rs)).list();
    }

    Optional<ReportGeneration> generation(long id) {
        return jdbc.sql(GENERATION + " where id = :id").param("id", id).query((rs, i) -> generation(rs)).optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from rpt_generation where id = :id").param("id", id)
                .query((rs, i) -> rs.getBytes(1)).single();
    }

    private static ReportGeneration generation(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ReportGeneration(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("fiscal_year"),
                ReportGeneration.Kind.valueOf(rs.getString("kind")), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("outline_id"), rs.getTimestamp("data_as_of").toInstant(), rs.getString("generated_by"));
    }
}

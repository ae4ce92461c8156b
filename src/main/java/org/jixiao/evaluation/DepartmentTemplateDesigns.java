package org.jixiao.evaluation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Table {@code eval_department_template}: the units' own department templates, one row per version, never updated.
 * Inserting a version that exists fails ({@code DuplicateKeyException}): somebody saved that version first.
 */
@Repository
class DepartmentTemplateDesigns {

    /** One stored version. */
    record Design(String templateId, int version, String ownerCode, String regionCode, int fromYear, String basedOn,
                  int basedOnVersion, String body) {
    }

    private static final String SELECT = """
            select template_id, template_version, owner_code, region_code, from_year, based_on, based_on_version, body
              from eval_department_template""";

    private final JdbcClient jdbc;

    DepartmentTemplateDesigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Design d, Instant now) {
        jdbc.sql("""
                insert into eval_department_template (template_id, template_version, owner_code, region_code, from_year,
                                                      based_on, based_on_version, body, created_at)
                values (:id, :version, :owner, :region, :from, :basedOn, :basedOnVersion, :body, :now)
                """)
                .param("id", d.templateId()).param("version", d.version()).param("owner", d.ownerCode())
                .param("region", d.regionCode()).param("from", d.fromYear()).param("basedOn", d.basedOn())
                .param("basedOnVersion", d.basedOnVersion()).param("body", d.body()).param("now", Timestamp.from(now))
                .update();
    }

    Optional<Design> find(String templateId, int version) {
        return jdbc.sql(SELECT + " where template_id = :id and template_version = :version")
                .param("id", templateId).param("version", version).query(this::design).optional();
    }

    /** The latest version of every template of the owner, ordered by id. */
    List<Design> latestOf(String ownerCode) {
        return jdbc.sql(SELECT + """
                 t where owner_code = :owner and template_version = (select max(template_version)
                   from eval_department_template v where v.template_id = t.template_id) order by template_id
                """).param("owner", ownerCode).query(this::design).list();
    }

    Optional<Integer> latestVersion(String templateId) {
        return jdbc.sql("select template_version from eval_department_template where template_id = :id"
                        + " order by template_version desc").param("id", templateId).query(Integer.class).list()
                .stream().findFirst();
    }

    int count(String ownerCode) {
        return jdbc.sql("select count(distinct template_id) from eval_department_template where owner_code = :owner")
                .param("owner", ownerCode).query(Integer.class).single();
    }

    private Design design(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Design(rs.getString("template_id"), rs.getInt("template_version"), rs.getString("owner_code"),
                rs.getString("region_code"), rs.getInt("from_year"), rs.getString("based_on"),
                rs.getInt("based_on_version"), rs.getString("body"));
    }
}

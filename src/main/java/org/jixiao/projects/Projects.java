package org.jixiao.projects;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.Funding;
import org.jixiao.projects.domain.ProjectCode;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code prj_project} and {@code prj_spending_checkpoint}; a project is saved whole. */
@Repository
class Projects {

    /** Ids in one {@code in} list of a bulk read: well under PostgreSQL's 32,767 bind parameters. */
    private static final int IDS_PER_QUERY = 5000;

    private final JdbcClient jdbc;

    Projects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ProjectId insert(String unitCode, FiscalYear year, ProjectContent content) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into prj_project (unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan, purpose, version)
                values (:unit, :year, :code, :name, :budget, :fiscal, :other, :purpose, 0)
                """)
                .param("unit", unitCode)
                .param("year", year.value())
                .params(contentParams(content))
                .update(keys, "id");
        ProjectId id = new ProjectId(keys.getKey().longValue());
        insertPlan(id, content.plan());
        return id;
    }

    void update(ProjectId id, ProjectContent content) {
        jdbc.sql("""
                update prj_project set code = :code, name = :name, budget_yuan = :budget, fiscal_yuan = :fiscal,
                       other_yuan = :other, purpose = :purpose, version = version + 1
                 where id = :id
                """)
                .param("id", id.value())
                .params(contentParams(content))
                .update();
        jdbc.sql("delete from prj_spending_checkpoint where project_id = :id").param("id", id.value()).update();
        insertPlan(id, content.plan());
    }

    Optional<ProjectView> find(ProjectId id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    List<ProjectView> findAll(Collection<ProjectId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> raw = ids.stream().map(ProjectId::value).toList();
        Map<Long, List<Checkpoint>> plans = new HashMap<>();
        jdbc.sql("select project_id, plan_month, cumulative_percent from prj_spending_checkpoint where project_id in (:ids)")
                .param("ids", raw)
                .query(rs -> {
                    plans.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                            .add(new Checkpoint(rs.getInt("plan_month"), rs.getBigDecimal("cumulative_percent")));
                });
        return jdbc.sql("""
                select id, unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan, purpose, version
                  from prj_project where id in (:ids) order by id
                """)
                .param("ids", raw)
                .query((rs, i) -> toView(rs, plans.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    List<ProjectView> findByUnits(Collection<String> unitCodes, FiscalYear year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        record Row(long id, String unitCode, int year, String code, String name, BigDecimal budget, BigDecimal fiscal,
                   BigDecimal other, String purpose, long version) {
        }
        List<Row> rows = jdbc.sql("""
                select id, unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan, purpose, version
                  from prj_project where unit_code in (:units) and fiscal_year = :year order by unit_code, id
                """)
                .param("units", List.copyOf(unitCodes)).param("year", year.value())
                .query((rs, i) -> new Row(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("fiscal_year"),
                        rs.getString("code"), rs.getString("name"), rs.getBigDecimal("budget_yuan"),
                        rs.getBigDecimal("fiscal_yuan"), rs.getBigDecimal("other_yuan"), rs.getString("purpose"),
                        rs.getLong("version")))
                .list();
        // checkpoints by the ids just read: a join on unit and year would make PostgreSQL scan every checkpoint
        Map<Long, List<Checkpoint>> plans = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IDS_PER_QUERY) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + IDS_PER_QUERY)).stream().map(Row::id)
                    .toList();
            jdbc.sql("select project_id, plan_month, cumulative_percent from prj_spending_checkpoint where project_id in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        plans.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>())
                                .add(new Checkpoint(rs.getInt("plan_month"), rs.getBigDecimal("cumulative_percent")));
                    });
        }
        return rows.stream().map(r -> new ProjectView(new ProjectId(r.id()), r.unitCode(), FiscalYear.of(r.year()),
                new ProjectContent(new ProjectCode(r.code()), r.name(), new Funding(amount(r.budget()),
                        amount(r.fiscal()), amount(r.other())), r.purpose(),
                        new SpendingPlan(plans.getOrDefault(r.id(), List.of()))), r.version())).toList();
    }

    Optional<ProjectId> findIdByCode(String unitCode, FiscalYear year, ProjectCode code) {
        return jdbc.sql("select id from prj_project where unit_code = :unit and fiscal_year = :year and code = :code")
                .param("unit", unitCode).param("year", year.value()).param("code", code.value())
                .query(Long.class).optional().map(ProjectId::new);
    }

    private void insertPlan(ProjectId id, SpendingPlan plan) {
        for (Checkpoint c : plan.checkpoints()) {
            jdbc.sql("insert into prj_spending_checkpoint (project_id, plan_month, cumulative_percent) values (:id, :month, :percent)")
                    .param("id", id.value()).param("month", c.month()).param("percent", c.cumulativePercent())
                    .update();
        }
    }

    private static Map<String, Object> contentParams(ProjectContent content) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", content.code().value());
        p.put("name", content.name());
        p.put("budget", yuan(content.funding().budget()));
        p.put("fiscal", yuan(content.funding().fiscal()));
        p.put("other", yuan(content.funding().other()));
        p.put("purpose", content.purpose());
        return p;
    }

    private static BigDecimal yuan(Amount amount) {
        return amount == null ? null : amount.yuan();
    }

    private static Amount amount(ResultSet rs, String column) throws SQLException {
        return amount(rs.getBigDecimal(column));
    }

    private static Amount amount(BigDecimal yuan) {
        return yuan == null ? null : Amount.ofYuan(yuan);
    }

    private static ProjectView toView(ResultSet rs, List<Checkpoint> plan) throws SQLException {
        ProjectContent content = new ProjectContent(new ProjectCode(rs.getString("code")), rs.getString("name"),
                new Funding(amount(rs, "budget_yuan"), amount(rs, "fiscal_yuan"), amount(rs, "other_yuan")),
                rs.getString("purpose"), new SpendingPlan(plan));
        return new ProjectView(new ProjectId(rs.getLong("id")), rs.getString("unit_code"),
                FiscalYear.of(rs.getInt("fiscal_year")), content, rs.getLong("version"));
    }
}

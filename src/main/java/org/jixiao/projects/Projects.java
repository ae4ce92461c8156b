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
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : Amount.ofYuan(value);
    }

    private static ProjectView toView(ResultSet rs, List<Checkpoint> plan) throws SQLException {
        ProjectContent content = new ProjectContent(new ProjectCode(rs.getString("code")), rs.getString("name"),
                new Funding(amount(rs, "budget_yuan"), amount(rs, "fiscal_yuan"), amount(rs, "other_yuan")),
                rs.getString("purpose"), new SpendingPlan(plan));
        return new ProjectView(new ProjectId(rs.getLong("id")), rs.getString("unit_code"),
                FiscalYear.of(rs.getInt("fiscal_year")), content, rs.getLong("version"));
    }
}

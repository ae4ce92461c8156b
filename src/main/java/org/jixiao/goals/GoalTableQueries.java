package org.jixiao.goals;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgView;
import org.jixiao.projects.ProjectQueries;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of goal tables. */
@Service
@Transactional(readOnly = true)
public class GoalTableQueries {

    private final GoalTables tables;
    private final ProjectQueries projects;
    private final OrgQueries orgs;

    GoalTableQueries(GoalTables tables, ProjectQueries projects, OrgQueries orgs) {
        this.tables = tables;
        this.projects = projects;
        this.orgs = orgs;
    }

    public Optional<GoalTableView> find(GoalTableId id) {
        return tables.find(id).map(this::view);
    }

    /** The typed table, for modules that compute on it (checks, monitoring, scoring). */
    public Optional<GoalTable> findTable(GoalTableId id) {
        return tables.find(id);
    }

    /** The fiscal years for which the unit has goal tables, newest first. */
    public List<Integer> years(String unitCode) {
        return tables.findYears(unitCode);
    }

    /** The unit-year's tables: the department table first, then the projects. */
    public List<GoalTableSummary> list(String unitCode, FiscalYear year) {
        List<GoalTables.Summary> rows = tables.findByUnitAndYear(unitCode, year);
        Map<ProjectId, ProjectView> byId = projects.findAll(rows.stream().map(GoalTables.Summary::projectId)
                        .filter(Objects::nonNull).toList())
                .stream().collect(Collectors.toMap(ProjectView::id, Function.identity()));
        return rows.stream().map(row -> {
            ProjectView project = row.projectId() == null ? null : byId.get(row.projectId());
            return new GoalTableSummary(row.id(), row.kind(),
                    project == null ? null : project.content().code().value(),
                    project == null ? null : project.content().name(),
                    project == null ? null : project.content().funding().budget(),
                    row.indicatorCount(), row.version());
        }).toList();
    }

    /** Every table of a unit and year with its project, department table first: what the checks run over. */
    public List<GoalTableView> findAll(String unitCode, FiscalYear year) {
        return tables.findByUnitAndYear(unitCode, year).stream()
                .map(summary -> tables.find(summary.id()).map(this::view))
                .flatMap(Optional::stream)
                .toList();
    }

    private GoalTableView view(GoalTable table) {
        ProjectView project = table.project().flatMap(projects::find).orElse(null);
        String unitName = orgs.find(table.unitCode()).map(OrgView::name).orElse(table.unitCode());
        return new GoalTableView(table.id(), table.version(), table.kind(), table.year(), table.unitCode(), unitName,
                project, table.content());
    }
}

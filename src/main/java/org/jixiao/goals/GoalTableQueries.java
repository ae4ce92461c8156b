package org.jixiao.goals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;
import tools.jackson.databind.json.JsonMapper;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.projects.ProjectQueries;
import org.jixiao.projects.ProjectView;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of goal tables, always within an {@link OrgScope}: a table of a unit outside the scope is as if it did not
 * exist, and lists hold only units inside it.
 */
@Service
@Transactional(readOnly = true)
public class GoalTableQueries {

    /** Units read together by {@link #forEachUnit}: about 3,000 tables and 45,000 indicator rows on average. */
    private static final int UNITS_PER_READ = 32;

    private static final JsonMapper SNAPSHOT_JSON = JsonMapper.builder().build();

    private final GoalTables tables;
    private final ProjectQueries projects;
    private final OrgQueries orgs;

    GoalTableQueries(GoalTables tables, ProjectQueries projects, OrgQueries orgs) {
        this.tables = tables;
        this.projects = projects;
        this.orgs = orgs;
    }

    public Optional<GoalTableView> find(GoalTableId id, OrgScope scope) {
        return findTable(id, scope).map(this::view);
    }

    /** The typed table, for modules that compute on it (checks, monitoring, scoring). */
    public Optional<GoalTable> findTable(GoalTableId id, OrgScope scope) {
        return tables.find(id).filter(t -> scope.contains(t.unitCode()));
    }

    /** Whether the table is read-only (under review or approved); false for a table outside the scope. */
    public boolean isLocked(GoalTableId id, OrgScope scope) {
        return findTable(id, scope).isPresent() && tables.isLocked(id);
    }

    /**
     * The table's content as a JSON document in the format of the REST API (money in 万元, values as typed), for
     * keeping an approved version (调整). Empty for a table outside the scope.
     */
    public Optional<String> snapshot(GoalTableId id, OrgScope scope) {
        return find(id, scope).map(GoalTableQueries::snapshotJson);
    }

    private static String snapshotJson(GoalTableView view) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", view.id().value());
        doc.put("version", view.version());
        doc.put("kind", view.kind().name());
        doc.put("fiscalYear", view.year().value());
        doc.put("unitCode", view.unitCode());
        doc.put("unitName", view.unitName());
        if (view.project() != null) {
            ProjectContent p = view.project().content();
            doc.put("projectCode", p.code().value());
            doc.put("projectName", p.name());
            doc.put("budgetWan", wan(p.funding().budget()));
            doc.put("fiscalWan", wan(p.funding().fiscal()));
            doc.put("otherWan", wan(p.funding().other()));
            doc.put("purpose", p.purpose());
            doc.put("spendingPlan", p.plan().checkpoints().stream()
                    .map(c -> Map.of("month", c.month(), "percent", c.cumulativePercent().stripTrailingZeros()
                            .toPlainString())).toList());
        }
        doc.put("goals", view.content().goals());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator i : view.content().indicators()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("level1", i.level1().original());
            row.put("level2", i.level2().original());
            row.put("name", i.name());
            row.put("description", i.description());
            row.put("value", i.value().format());
            row.put("basis", i.basis());
            row.put("weight", i.weight() == null ? null : i.weight().toPlainString());
            row.put("formula", i.formula());
            row.put("dataSource", i.dataSource());
            row.put("scoringStandard", i.scoringStandard());
            rows.add(row);
        }
        doc.put("indicators", rows);
        return SNAPSHOT_JSON.writeValueAsString(doc);
    }

    private static String wan(Amount amount) {
        return amount == null ? null : amount.toWan().toPlainString();
    }

    /** The fiscal years for which the unit has goal tables, newest first. */
    public List<Integer> years(String unitCode, OrgScope scope) {
        return scope.contains(unitCode) ? tables.findYears(unitCode) : List.of();
    }

    /** The unit-year's tables: the department table first, then the projects. */
    public List<GoalTableSummary> list(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
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
                    row.indicatorCount(), row.version(), row.locked());
        }).toList();
    }

    /** Every table of a unit and year with its project, department table first: what the checks run over. */
    public List<GoalTableView> findAll(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        return tables.findByUnitAndYear(unitCode, year).stream()
                .map(summary -> tables.find(summary.id()).map(this::view))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * Streams every table of these units and year to {@code perUnit}, one call per unit in the order of
     * {@code unitCodes} (with an empty list for a unit without tables), each unit's tables as {@link #findAll} lists
     * them. Reads a few units at a time with a handful of queries per batch — never one per table or project — so
     * a whole 财政区划 can be checked without holding it in memory. {@code perUnit} runs on the calling thread.
     * Units outside the scope are left out (no call for them).
     */
    public void forEachUnit(List<String> unitCodes, FiscalYear year, OrgScope scope,
                            BiConsumer<String, List<GoalTableView>> perUnit) {
        forEachUnit(scope.isUnrestricted() ? unitCodes : unitCodes.stream().filter(scope::contains).toList(), year,
                perUnit, UNITS_PER_READ);
    }

    void forEachUnit(List<String> unitCodes, FiscalYear year, BiConsumer<String, List<GoalTableView>> perUnit,
                     int unitsPerRead) {
        GoalTables.ContentReader reader = tables.contentReader();
        for (int from = 0; from < unitCodes.size(); from += unitsPerRead) {
            List<String> chunk = List.copyOf(unitCodes.subList(from, Math.min(unitCodes.size(), from + unitsPerRead)));
            Map<String, List<GoalTable>> byUnit = tables.findAllOfUnits(chunk, year, reader);
            Map<ProjectId, ProjectView> projectsById = new HashMap<>();
            projects.findByUnits(chunk, year).forEach(p -> projectsById.put(p.id(), p));
            List<ProjectId> elsewhere = byUnit.values().stream().flatMap(List::stream)
                    .map(GoalTable::projectId).filter(id -> id != null && !projectsById.containsKey(id)).toList();
            projects.findAll(elsewhere).forEach(p -> projectsById.put(p.id(), p)); // a project of another unit or year
            for (String unitCode : chunk) {
                List<GoalTable> unitTables = byUnit.getOrDefault(unitCode, List.of());
                String unitName = unitTables.isEmpty() ? unitCode
                        : orgs.find(unitCode).map(OrgView::name).orElse(unitCode);
                List<GoalTableView> views = new ArrayList<>(unitTables.size());
                for (GoalTable table : unitTables) {
                    ProjectView project = table.projectId() == null ? null : projectsById.get(table.projectId());
                    views.add(new GoalTableView(table.id(), table.version(), table.kind(), table.year(),
                            table.unitCode(), unitName, project, table.content()));
                }
                perUnit.accept(unitCode, views);
            }
        }
    }

    private GoalTableView view(GoalTable table) {
        ProjectView project = table.project().flatMap(projects::find).orElse(null);
        String unitName = orgs.find(table.unitCode()).map(OrgView::name).orElse(table.unitCode());
        return new GoalTableView(table.id(), table.version(), table.kind(), table.year(), table.unitCode(), unitName,
                project, table.content());
    }
}

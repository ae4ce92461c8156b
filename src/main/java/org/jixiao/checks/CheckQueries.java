package org.jixiao.checks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Fingerprints;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the goal checks: on saved tables, on a whole unit-year, and on unsaved input (while editing, or via the API). */
@Service
@Transactional(readOnly = true)
public class CheckQueries {

    /** Up to this many saved tables are read one by one rather than the whole unit-year at once. */
    private static final int FEW_TABLES = 200;

    private final CheckEngine engine;
    private final GoalTableQueries goals;
    private final GoalTableInputParser parser;
    private final Acknowledgements acknowledgements;
    private final OrgQueries orgs;

    CheckQueries(CheckEngine engine, GoalTableQueries goals, GoalTableInputParser parser,
                 Acknowledgements acknowledgements, OrgQueries orgs) {
        this.engine = engine;
        this.goals = goals;
        this.parser = parser;
        this.acknowledgements = acknowledgements;
        this.orgs = orgs;
    }

    public String configVersion() {
        return engine.config().version();
    }

    /** The findings of a saved table, checked together with the other tables of its unit and year. */
    public TableCheck check(GoalTableId id, OrgScope scope) {
        GoalTableView view = goals.find(id, scope).orElseThrow(() -> new NotFoundException("目标表 " + id.value() + " 不存在"));
        List<CheckedTable> unit = goals.findAll(view.unitCode(), view.year(), scope).stream().map(CheckQueries::checked).toList();
        CheckedTable table = checked(view);
        return withAcknowledgements(view, table, engine.check(table, unit));
    }

    /**
     * The findings of a table as typed, not saved. With {@code editing} the input replaces that saved table among
     * its unit's tables (and takes its kind, unit and year); without, it is checked on its own (together with the
     * saved tables of its unit only when that unit is inside the scope).
     *
     * @throws org.jixiao.shared.ValidationException when the input cannot be read at all
     */
    public List<Finding> preview(GoalTableInput input, GoalTableId editing, OrgScope scope) {
        if (editing == null) {
            ParsedGoalTable parsed = parser.parse(input);
            CheckedTable table = new CheckedTable(parsed.kind(), parsed.year(), parsed.unitCode(), parsed.project(),
                    parsed.content());
            List<CheckedTable> unit = orgs.find(parsed.unitCode(), scope).isPresent()
                    ? goals.findAll(parsed.unitCode(), parsed.year(), scope).stream().map(CheckQueries::checked).toList()
                    : List.of();
            return engine.check(table, unit);
        }
        GoalTableView view = goals.find(editing, scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + editing.value() + " 不存在"));
        ParsedGoalTable parsed = parser.parse(new GoalTableInput(view.kind().name(), Integer.toString(view.year().value()),
                view.unitCode(), input.projectCode(), input.projectName(), input.budgetWan(), input.fiscalWan(),
                input.otherWan(), input.purpose(), input.spendingPlan(), input.goals(), input.indicators(), null));
        CheckedTable table = new CheckedTable(parsed.kind(), parsed.year(), parsed.unitCode(), parsed.project(),
                parsed.content());
        List<CheckedTable> unit = new ArrayList<>();
        for (GoalTableView other : goals.findAll(view.unitCode(), view.year(), scope)) {
            unit.add(other.id().equals(editing) ? table : checked(other));
        }
        return engine.check(table, unit);
    }

    /**
     * The findings of tables about to be imported into one unit and year, not saved: checked together, in place of
     * the saved tables they replace (same 项目编码; the department table by kind) and beside the saved tables they
     * leave alone, so rules across a unit's tables (BOILERPLATE) see the unit as it will be. Findings kept with
     * 已复核，保留 are not consulted: the imported rows are new content. One list per input, in order.
     *
     * @throws org.jixiao.shared.ValidationException when an input cannot be read at all (validate first)
     */
    public List<List<Finding>> previewImport(String unitCode, FiscalYear year, List<GoalTableInput> inputs,
                                             OrgScope scope) {
        return previewImportParsed(unitCode, year, inputs.stream().map(parser::parse).toList(), scope);
    }

    /**
     * As {@link #previewImport}, for inputs the caller has parsed already (an import validates every table first:
     * parsing 150,000 indicator values twice is a large part of a big preview).
     */
    public List<List<Finding>> previewImportParsed(String unitCode, FiscalYear year, List<ParsedGoalTable> parsedTables,
                                                   OrgScope scope) {
        List<CheckedTable> imported = new ArrayList<>();
        java.util.Set<String> replaced = new java.util.HashSet<>();
        for (ParsedGoalTable parsed : parsedTables) {
            CheckedTable table = new CheckedTable(parsed.kind(), parsed.year(), parsed.unitCode(), parsed.project(),
                    parsed.content());
            imported.add(table);
            replaced.add(String.valueOf(table.projectCode()));
        }
        List<CheckedTable> all = new ArrayList<>(imported);
        if (orgs.find(unitCode, scope).isPresent()) {
            // read in full only the saved tables the import leaves alone (often none: a book replacing a unit-year)
            List<GoalTableSummary> kept = goals.list(unitCode, year, scope).stream()
                    .filter(s -> !replaced.contains(String.valueOf(s.projectCode()))).toList();
            if (kept.size() <= FEW_TABLES) {
                for (GoalTableSummary s : kept) {
                    goals.find(s.id(), scope).map(CheckQueries::checked).ifPresent(all::add);
                }
            } else {
                for (GoalTableView saved : goals.findAll(unitCode, year, scope)) {
                    CheckedTable table = checked(saved);
                    if (!replaced.contains(String.valueOf(table.projectCode()))) {
                        all.add(table);
                    }
                }
            }
        }
        Map<CheckedTable, List<Finding>> findings = engine.checkUnit(all);
        return imported.stream().map(t -> findings.getOrDefault(t, List.of())).toList();
    }

    /** Every table of a unit and year, with counts by rule and severity. */
    public UnitCheckReport report(String unitCode, FiscalYear year, OrgScope scope) {
        OrgView unit = orgs.find(unitCode, scope).orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
        List<GoalTableView> views = goals.findAll(unitCode, year, scope);
        List<CheckedTable> tables = views.stream().map(CheckQueries::checked).toList();
        Map<CheckedTable, List<Finding>> findings = engine.checkUnit(tables);
        List<TableCheck> checks = new ArrayList<>();
        for (int i = 0; i < views.size(); i++) {
            checks.add(withAcknowledgements(views.get(i), tables.get(i), findings.getOrDefault(tables.get(i), List.of())));
        }
        Map<RuleId, Map<Severity, Long>> byRule = new EnumMap<>(RuleId.class);
        Map<Severity, Long> totals = new EnumMap<>(Severity.class);
        for (TableCheck check : checks) {
            for (Finding f : check.findings()) {
                byRule.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
                totals.merge(f.severity(), 1L, Long::sum);
            }
        }
        return new UnitCheckReport(unitCode, unit.name(), year.value(), configVersion(), checks, byRule, totals);
    }

    private TableCheck withAcknowledgements(GoalTableView view, CheckedTable table, List<Finding> findings) {
        Map<String, String> kept = acknowledgements.find(view.id()).stream()
                .collect(Collectors.toMap(a -> a.rule() + "|" + a.fingerprint(), Acknowledgements.Acknowledgement::reason,
                        (a, b) -> a));
        if (kept.isEmpty()) {
            return new TableCheck(view, configVersion(), findings, List.of());
        }
        List<Finding> shown = new ArrayList<>();
        List<TableCheck.KeptFinding> hidden = new ArrayList<>();
        for (Finding f : findings) {
            String reason = kept.get(f.rule() + "|" + Fingerprints.of(table, f));
            if (reason == null) {
                shown.add(f);
            } else {
                hidden.add(new TableCheck.KeptFinding(f, reason));
            }
        }
        return new TableCheck(view, configVersion(), shown, hidden);
    }

    static CheckedTable checked(GoalTableView view) {
        return new CheckedTable(view.kind(), view.year(), view.unitCode(),
                view.project() == null ? null : view.project().content(), view.content());
    }
}

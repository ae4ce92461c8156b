package org.jixiao.checks.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the enabled rules of a {@link RuleConfig}. {@link #check} examines one table in the context of its unit's
 * other tables; {@link #checkUnit} examines every table of a unit and year, and files each finding of a rule
 * across tables under the table it points at. Findings come sorted by row, then severity.
 */
public final class CheckEngine {

    private static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location().row() == null ? -1 : f.location().row())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::rule);

    private final RuleConfig config;
    private final List<TableRule> tableRules;
    private final List<UnitRule> unitRules;
    private final Segmenter segmenter;

    public CheckEngine(RuleConfig config, List<TableRule> tableRules, List<UnitRule> unitRules, Segmenter segmenter) {
        this.config = Objects.requireNonNull(config, "config");
        this.tableRules = tableRules.stream().filter(r -> config.enabled(r.id())).toList();
        this.unitRules = unitRules.stream().filter(r -> config.enabled(r.id())).toList();
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    public RuleConfig config() {
        return config;
    }

    /** The findings on {@code table}; {@code unitTables} are all tables of its unit and year (it included or not). */
    public List<Finding> check(CheckedTable table, List<CheckedTable> unitTables) {
        List<CheckedTable> all = new ArrayList<>(unitTables);
        if (!all.contains(table)) {
            all.add(table);
        }
        CheckContext context = new CheckContext(config, all, segmenter);
        List<Finding> findings = new ArrayList<>();
        for (TableRule rule : tableRules) {
            rule.check(table, context, findings::add);
        }
        for (UnitRule rule : unitRules) {
            rule.check(all, context, f -> {
                if (Objects.equals(f.location().projectCode(), table.projectCode())) {
                    findings.add(f);
                }
            });
        }
        findings.sort(ORDER);
        return findings;
    }

    /** The findings of every table of one unit and year, in the order of {@code tables}. */
    public Map<CheckedTable, List<Finding>> checkUnit(List<CheckedTable> tables) {
        CheckContext context = new CheckContext(config, tables, segmenter);
        Map<CheckedTable, List<Finding>> result = new LinkedHashMap<>();
        Map<String, CheckedTable> byCode = new LinkedHashMap<>();
        for (CheckedTable table : tables) {
            List<Finding> findings = new ArrayList<>();
            for (TableRule rule : tableRules) {
                rule.check(table, context, findings::add);
            }
            result.put(table, findings);
            byCode.putIfAbsent(String.valueOf(table.projectCode()), table);
        }
        for (UnitRule rule : unitRules) {
            rule.check(tables, context, f -> {
                CheckedTable target = byCode.get(String.valueOf(f.location().projectCode()));
                if (target != null) {
                    result.get(target).add(f);
                }
            });
        }
        result.values().forEach(list -> list.sort(ORDER));
        return result;
    }
}

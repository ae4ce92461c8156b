package org.jixiao.checks.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.evaluation.CheckEvaluation.Report;
import org.jixiao.checks.evaluation.EvaluationSet.Label;
import org.jixiao.checks.evaluation.EvaluationSet.Lookalike;
import org.jixiao.checks.evaluation.EvaluationSet.UnitYear;
import org.jixiao.goals.domain.GoalTableKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The evaluation set itself is well-formed, and the scorer counts as documented (no real engine here). */
class EvaluationSetTests {

    /** Rules whose labels point at a whole table (row null); every other rule is labelled on a row. */
    private static final Set<RuleId> TABLE_LEVEL = Set.of(RuleId.BUDGET_INCONSISTENT, RuleId.MISSING_CATEGORY,
            RuleId.SPENDING_PLAN_INVALID, RuleId.GOAL_NOT_COVERED);

    private static List<UnitYear> units;

    @BeforeAll
    static void load() {
        units = EvaluationSet.load();
    }

    @Test
    void everyListedFileLoadsAndEveryTableParses() {
        assertThat(EvaluationSet.files()).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates()
                .contains("seed-001.json");
        assertThat(units).hasSameSizeAs(EvaluationSet.files());
        for (UnitYear unit : units) {
            assertThat(unit.name()).as(unit.file()).isNotBlank();
            assertThat(unit.source()).as(unit.file()).isNotBlank();
            assertThat(unit.tables()).as(unit.file()).isNotEmpty();
            assertThat(unit.labels()).as(unit.file()).isNotEmpty();
            Set<String> codes = new HashSet<>();
            for (CheckedTable table : unit.tables()) {
                assertThat(codes.add(String.valueOf(table.projectCode())))
                        .as("%s: one table per project (and one department table)", unit.file()).isTrue();
                assertThat(table.unitCode()).as(unit.file()).isEqualTo("807001");
                assertThat(table.year()).as("%s: one fiscal year per file", unit.file())
                        .isEqualTo(unit.tables().get(0).year());
                if (table.kind() == GoalTableKind.PROJECT) {
                    assertThat(table.indicators()).as("%s %s", unit.file(), table.projectCode()).isNotEmpty();
                }
            }
        }
    }

    @Test
    void seed001IsTheDemoDataUnchanged() {
        UnitYear seed = units.stream().filter(u -> u.file().equals("seed-001.json")).findFirst().orElseThrow();
        assertThat(seed.tables()).isEqualTo(CheckFixtures.seed001());
    }

    @Test
    void everyLabelPointsAtAnExistingTableAndRow() {
        List<String> problems = new ArrayList<>();
        for (UnitYear unit : units) {
            Set<String> places = new HashSet<>();
            for (Label label : unit.labels()) {
                String where = unit.file() + " " + label.projectCode() + " row " + label.row() + " " + label.rule();
                CheckedTable table = unit.table(label.projectCode()).orElse(null);
                if (table == null) {
                    problems.add(where + ": no such table");
                    continue;
                }
                if (label.note().isBlank()) {
                    problems.add(where + ": no note");
                }
                if (TABLE_LEVEL.contains(label.rule()) != label.tableLevel()) {
                    problems.add(where + ": " + (label.tableLevel() ? "row-level rule needs a row" : "table-level rule takes row null"));
                }
                for (Integer row : label.rows()) {
                    if (row < 0 || row >= table.indicators().size()) {
                        problems.add(where + ": row " + row + " outside 0.." + (table.indicators().size() - 1));
                    }
                }
                if (!namesRow(table, label.row(), label.indicator())) {
                    problems.add(where + ": row " + label.row() + " is not «" + label.indicator() + "»");
                }
                if (label.row() != null && label.alsoRows().contains(label.row())) {
                    problems.add(where + ": alsoRows repeats row");
                }
                if (!label.alsoRows().isEmpty() && label.tableLevel()) {
                    problems.add(where + ": alsoRows on a table-level label");
                }
                if (label.alternatives().contains(label.rule())) {
                    problems.add(where + ": alternatives repeat the rule");
                }
                if (label.goal() != null && (label.rule() != RuleId.GOAL_NOT_COVERED
                        || label.goal() < 0 || label.goal() >= table.content().goals().size())) {
                    problems.add(where + ": goal " + label.goal() + " invalid");
                }
                if (!places.add(label.projectCode() + "|" + label.row() + "|" + label.rule())) {
                    problems.add(where + ": labelled twice");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void lookalikesPointAtCorrectRowsOnly() {
        List<String> problems = new ArrayList<>();
        for (UnitYear unit : units) {
            for (Lookalike look : unit.lookalikes()) {
                String where = unit.file() + " " + look.projectCode() + " row " + look.row() + " " + look.rule();
                CheckedTable table = unit.table(look.projectCode()).orElse(null);
                if (table == null) {
                    problems.add(where + ": no such table");
                    continue;
                }
                if (look.row() != null && (look.row() < 0 || look.row() >= table.indicators().size())) {
                    problems.add(where + ": no such row");
                }
                if (!namesRow(table, look.row(), look.indicator())) {
                    problems.add(where + ": row " + look.row() + " is not «" + look.indicator() + "»");
                }
                if (look.row() == null && !TABLE_LEVEL.contains(look.rule())) {
                    problems.add(where + ": a row-level rule's look-alike needs a row");
                }
                if (look.note() == null || look.note().isBlank()) {
                    problems.add(where + ": no note");
                }
                // a finding of this rule at this place must count as a false positive: no label may take it
                for (Label label : unit.labelsOf(look.projectCode())) {
                    if (label.accepts(look.rule()) && label.covers(look.row())) {
                        problems.add(where + ": contradicts label " + label.rule() + " at row " + label.row());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRuleHasLabelledDefects() {
        Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            counts.put(rule, new int[3]);
        }
        int tables = 0;
        int rows = 0;
        for (UnitYear unit : units) {
            tables += unit.tables().size();
            rows += unit.tables().stream().mapToInt(t -> t.indicators().size()).sum();
            unit.labels().forEach(l -> {
                counts.get(l.rule())[0]++;
                l.alternatives().forEach(a -> counts.get(a)[1]++);
            });
            unit.lookalikes().forEach(k -> counts.get(k.rule())[2]++);
        }
        StringBuilder out = new StringBuilder(String.format("evaluation set: %d files, %d tables, %d indicator rows%n",
                units.size(), tables, rows));
        out.append(String.format("%-22s %7s %12s %10s%n", "rule", "defects", "alternative", "lookalikes"));
        counts.forEach((rule, c) -> out.append(String.format("%-22s %7d %12d %10d%n", rule, c[0], c[1], c[2])));
        System.out.println(out);
        counts.forEach((rule, c) -> assertThat(c[0]).as("labelled defects of %s", rule).isGreaterThanOrEqualTo(1));
    }

    // ---- the scorer, driven by scripted engines ----

    @Test
    void anEngineReportingExactlyTheLabelsScoresOne() {
        Report report = new CheckEvaluation(scripted(label -> List.of(finding(label.rule(), label)))).run(units);

        assertThat(report.falsePositives()).isEmpty();
        assertThat(report.falseNegatives()).isEmpty();
        assertThat(report.overall().precision()).isEqualTo(1.0);
        assertThat(report.overall().recall()).isEqualTo(1.0);
        assertThat(report.overall().labels()).isEqualTo(units.stream().mapToInt(u -> u.labels().size()).sum());
        for (RuleId rule : RuleId.values()) {
            assertThat(report.score(rule).recall()).as(rule.name()).isEqualTo(1.0);
        }
    }

    @Test
    void aFindingOfAnAlternativeRuleOrAtAnAlsoRowHitsTheLabel() {
        Report report = new CheckEvaluation(scripted(label -> {
            RuleId rule = label.alternatives().isEmpty() ? label.rule() : label.alternatives().iterator().next();
            Integer row = label.alsoRows().isEmpty() ? label.row() : label.alsoRows().iterator().next();
            return List.of(new Finding(rule, Severity.WARNING, new Location(label.projectCode(), row, "value"), "x", "y"));
        })).run(units);

        assertThat(report.falsePositives()).isEmpty();
        assertThat(report.overall().recall()).isEqualTo(1.0);
        assertThat(report.hits()).anyMatch(CheckEvaluation.Hit::viaAlternative);
    }

    @Test
    void findingsOnLookalikesAreFalsePositivesAndMissingLabelsFalseNegatives() {
        Map<CheckedTable, List<Finding>> script = new HashMap<>();
        int lookalikes = 0;
        for (UnitYear unit : units) {
            for (Lookalike look : unit.lookalikes()) {
                CheckedTable table = unit.table(look.projectCode()).orElseThrow();
                script.computeIfAbsent(table, t -> new ArrayList<>()).add(new Finding(look.rule(), Severity.INFO,
                        new Location(look.projectCode(), look.row(), null), "look-alike", "-"));
                lookalikes++;
            }
        }
        Report report = new CheckEvaluation(scripted(script)).run(units);

        assertThat(report.falsePositives()).hasSize(lookalikes).allMatch(s -> s.lookalike() != null);
        assertThat(report.overall().precision()).isEqualTo(0.0);
        assertThat(report.overall().recall()).isEqualTo(0.0);
        assertThat(report.falseNegatives()).hasSize(report.overall().labels());
        assertThat(report.details()).contains("误报 (FP): " + lookalikes).contains("漏报 (FN): " + report.overall().labels());

        Report withoutInfo = new CheckEvaluation(scripted(script)).counting(f -> f.severity() != Severity.INFO).run(units);
        assertThat(withoutInfo.overall().findings()).isZero();
        assertThat(withoutInfo.overall().precision()).isNaN();
    }

    @Test
    void theMarkdownTableHasOneRowPerRuleAndATotal() {
        Report report = new CheckEvaluation(scripted(label -> List.of(finding(label.rule(), label)))).run(units);
        String markdown = report.markdown();
        System.out.println(markdown);
        System.out.println(report.summary());
        assertThat(markdown.lines()).hasSize(2 + RuleId.values().length + 1);
        for (RuleId rule : RuleId.values()) {
            assertThat(markdown).contains("`" + rule.name() + "`", rule.title());
        }
        assertThat(markdown).contains("**合计**");
    }

    /** Whether the optional {@code indicator} name of a label matches the 三级 name at its row. */
    private static boolean namesRow(CheckedTable table, Integer row, String indicator) {
        if (indicator == null) {
            return true;
        }
        return row != null && row >= 0 && row < table.indicators().size()
                && table.indicators().get(row).name().equals(indicator);
    }

    private static Finding finding(RuleId rule, Label label) {
        return new Finding(rule, Severity.WARNING, new Location(label.projectCode(), label.row(), null), label.note(), "-");
    }

    /** An engine whose rules report, for each labelled table, what {@code perLabel} says for each of its labels. */
    private static CheckEngine scripted(Function<Label, List<Finding>> perLabel) {
        Map<CheckedTable, List<Finding>> script = new LinkedHashMap<>();
        for (UnitYear unit : units) {
            for (Label label : unit.labels()) {
                CheckedTable table = unit.table(label.projectCode()).orElseThrow();
                script.computeIfAbsent(table, t -> new ArrayList<>()).addAll(perLabel.apply(label));
            }
        }
        return scripted(script);
    }

    private static CheckEngine scripted(Map<CheckedTable, List<Finding>> script) {
        Map<RuleId, RuleConfig.RuleSettings> settings = new EnumMap<>(RuleId.class);
        List<TableRule> rules = new ArrayList<>();
        for (RuleId id : RuleId.values()) {
            settings.put(id, new RuleConfig.RuleSettings(true, Severity.WARNING));
            rules.add(new TableRule() {
                @Override
                public RuleId id() {
                    return id;
                }

                @Override
                public void check(CheckedTable table, org.jixiao.checks.domain.CheckContext context,
                                  java.util.function.Consumer<Finding> out) {
                    script.getOrDefault(table, List.of()).stream().filter(f -> f.rule() == id).forEach(out);
                }
            });
        }
        RuleConfig config = new RuleConfig("evaluation-test", settings, Map.of(), Map.<String, BigDecimal>of());
        return new CheckEngine(config, rules, List.of(), text -> List.of(Objects.requireNonNull(text)));
    }
}

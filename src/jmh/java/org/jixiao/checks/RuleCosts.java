package org.jixiao.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Segmenter;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;

/**
 * Where the time of the full rule set goes: each rule alone over the units of a synthetic region, after a warm-up
 * pass, in nanoseconds per indicator row, with its findings per thousand rows. Not a JMH benchmark (one rough
 * pass per rule); it tells which rule to look at when {@link CheckEngineBenchmark} misses its target. Beside
 * the synthetic rate of findings it prints the rate on seed 001's ten tables, to compare the generator's defects
 * with the real ones. Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec -Djmh.main=org.jixiao.checks.RuleCosts -Djmh.args=20000}.
 */
public final class RuleCosts {

    private RuleCosts() {
    }

    public static void main(String[] args) {
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());
        SyntheticRegion region = SyntheticRegion.of(20241, projects);
        List<List<CheckedTable>> units = new ArrayList<>();
        long indicators = 0;
        for (int i = 0; i < region.unitCount(); i++) {
            List<CheckedTable> tables = new ArrayList<>();
            for (GoalTableInput input : region.unit(i).tables()) {
                ParsedGoalTable t = parser.parse(input);
                tables.add(new CheckedTable(t.kind(), t.year(), t.unitCode(), t.project(), t.content()));
                indicators += t.content().indicators().size();
            }
            units.add(tables);
        }
        RuleConfig config = RuleConfigReader.defaults();
        Segmenter segmenter = RuleSets.segmenter(config);
        List<Object> rules = new ArrayList<>();
        for (String family : List.of("MechanicalRules", "SemanticRules")) {
            rules.addAll(RuleSets.tableRules(family, config));
            rules.addAll(RuleSets.unitRules(family, config));
        }
        List<CheckedTable> seed = org.jixiao.testsupport.DemoTables.parsed().stream()
                .map(t -> new CheckedTable(t.kind(), t.year(), t.unitCode(), t.project(), t.content())).toList();
        long seedIndicators = seed.stream().mapToLong(t -> t.indicators().size()).sum();
        System.out.printf(Locale.ROOT, "%d units, %d indicators, configuration %s; seed 001: %d tables, %d rows%n",
                units.size(), indicators, config.version(), seed.size(), seedIndicators);
        for (Object rule : rules) {
            long[] found = new long[1];
            Consumer<Finding> out = f -> found[0]++;
            long elapsed = 0;
            for (int pass = 0; pass < 2; pass++) { // the first pass warms up
                found[0] = 0;
                long start = System.nanoTime();
                for (List<CheckedTable> unit : units) {
                    CheckContext context = new CheckContext(config, unit, segmenter);
                    if (rule instanceof TableRule t) {
                        for (CheckedTable table : unit) {
                            t.check(table, context, out);
                        }
                    } else {
                        ((UnitRule) rule).check(unit, context, out);
                    }
                }
                elapsed = System.nanoTime() - start;
            }
            long synthetic = found[0];
            found[0] = 0;
            CheckContext seedContext = new CheckContext(config, seed, segmenter);
            if (rule instanceof TableRule t) {
                seed.forEach(table -> t.check(table, seedContext, out));
            } else {
                ((UnitRule) rule).check(seed, seedContext, out);
            }
            String id = rule instanceof TableRule t ? t.id().name() : ((UnitRule) rule).id().name();
            System.out.printf(Locale.ROOT, "%-24s %-6s %7.0f ns/row   findings per 1000 rows: synthetic %6.1f, "
                            + "seed 001 %6.1f%s%n", id,
                    rule instanceof TableRule ? "table" : "unit", (double) elapsed / indicators,
                    synthetic * 1000.0 / indicators, found[0] * 1000.0 / seedIndicators, config.enabled(rule instanceof TableRule t ? t.id()
                            : ((UnitRule) rule).id()) ? "" : "  (switched off in the configuration)");
        }
    }
}

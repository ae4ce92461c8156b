package org.jixiao.checks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

class CheckEngineTests {

    /** Flags every row whose value is empty, at the row. */
    private static final TableRule EMPTY_VALUE = new TableRule() {
        public RuleId id() { return RuleId.FORMAT_ERROR; }
        public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
            for (int i = 0; i < table.indicators().size(); i++) {
                if (table.indicators().get(i).value().format().isEmpty()) {
                    out.accept(new Finding(id(), context.config().severity(id()),
                            Location.row(table.projectCode(), i, "value"), "空", "填写"));
                }
            }
        }
    };

    /** Flags the table itself. */
    private static final TableRule TABLE_LEVEL = new TableRule() {
        public RuleId id() { return RuleId.MISSING_CATEGORY; }
        public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
            out.accept(new Finding(id(), Severity.INFO, Location.table(table.projectCode(), null), "表", "改"));
        }
    };

    /** Points at the first project of the unit, from a rule over all tables. */
    private static final UnitRule FIRST_PROJECT = new UnitRule() {
        public RuleId id() { return RuleId.BOILERPLATE; }
        public void check(List<CheckedTable> tables, CheckContext context, Consumer<Finding> out) {
            out.accept(new Finding(id(), Severity.WARNING, Location.row(tables.get(0).projectCode(), 0, "value"),
                    "共 " + tables.size() + " 张", "改"));
        }
    };

    private static RuleConfig config(boolean tableLevelEnabled) {
        return new RuleConfig("test-1", Map.of(
                RuleId.FORMAT_ERROR, new RuleConfig.RuleSettings(true, Severity.ERROR),
                RuleId.MISSING_CATEGORY, new RuleConfig.RuleSettings(tableLevelEnabled, Severity.INFO),
                RuleId.BOILERPLATE, new RuleConfig.RuleSettings(true, Severity.WARNING)),
                Map.of("k", List.of("a")), Map.of("n", BigDecimal.ONE));
    }

    private static CheckedTable table(String code, String... values) {
        CheckFixtures f = CheckFixtures.project("项目" + code).code(code).budget("1");
        for (String v : values) {
            f.row("产出指标", "数量指标", "指标", null, v, "依据");
        }
        return f.build();
    }

    @Test
    void runsOnlyEnabledRulesAndSortsTableFindingsFirstThenByRow() {
        CheckEngine engine = new CheckEngine(config(true), List.of(EMPTY_VALUE, TABLE_LEVEL), List.of(),
                text -> List.of(text));
        CheckedTable t = table("A1", "1人", "", "");

        List<Finding> findings = engine.check(t, List.of(t));

        assertThat(findings).extracting(f -> f.location().row()).containsExactly(null, 1, 2);
        assertThat(findings.get(1).severity()).isEqualTo(Severity.ERROR);
        assertThat(findings.get(1).location().path()).isEqualTo("indicators[1].value");

        CheckEngine withoutTableLevel = new CheckEngine(config(false), List.of(EMPTY_VALUE, TABLE_LEVEL), List.of(),
                text -> List.of(text));
        assertThat(withoutTableLevel.check(t, List.of(t))).extracting(Finding::rule).containsOnly(RuleId.FORMAT_ERROR);
    }

    @Test
    void unitRuleFindingsAreFiledUnderTheTableTheyPointAt() {
        CheckEngine engine = new CheckEngine(config(false), List.of(), List.of(FIRST_PROJECT), text -> List.of(text));
        CheckedTable a = table("A1", "1人");
        CheckedTable b = table("B2", "2人");

        Map<CheckedTable, List<Finding>> unit = engine.checkUnit(List.of(a, b));
        assertThat(unit.get(a)).extracting(Finding::message).containsExactly("共 2 张");
        assertThat(unit.get(b)).isEmpty();

        assertThat(engine.check(a, List.of(a, b))).hasSize(1);
        assertThat(engine.check(b, List.of(a, b))).isEmpty();
        // the table under check joins its unit's tables when it is not among them (an unsaved draft)
        assertThat(engine.check(b, List.of())).extracting(Finding::message).containsExactly("共 1 张");
    }

    @Test
    void aMissingConfigurationEntryIsAnErrorNotASilentlyEmptyList() {
        RuleConfig config = config(true);
        assertThatThrownBy(() -> config.keywords("missing")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> config.number("missing")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> config.severity(RuleId.UNIT_WRONG)).isInstanceOf(IllegalStateException.class);
        assertThat(config.enabled(RuleId.UNIT_WRONG)).isFalse();
    }
}

package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MechanicalRulesTests {

    private static final Set<RuleId> MECHANICAL = EnumSet.of(RuleId.COMPARATOR_DIRECTION, RuleId.DEADLINE_OUTSIDE_YEAR,
            RuleId.COST_MISMATCH, RuleId.BUDGET_INCONSISTENT, RuleId.MISSING_CATEGORY, RuleId.UNIT_MISSING,
            RuleId.UNIT_WRONG, RuleId.IMPLAUSIBLE_VALUE, RuleId.FORMAT_ERROR, RuleId.MISSING_BASIS,
            RuleId.SPENDING_PLAN_INVALID, RuleId.DUPLICATE_INDICATOR);

    @Test
    void oneRulePerMechanicalIdAllEnabledByDefault() {
        List<TableRule> rules = MechanicalRules.tableRules(RuleTestSupport.CONFIG);

        assertThat(rules).extracting(TableRule::id).containsExactlyInAnyOrderElementsOf(MECHANICAL);
        assertThat(MECHANICAL).allMatch(RuleTestSupport.CONFIG::enabled);
        assertThat(MechanicalRules.unitRules(RuleTestSupport.CONFIG)).isEmpty();
    }

    @Test
    void everyKeyOfTheMechanicalPartIsPrefixedByItsFamily() throws Exception {
        Set<String> families = Set.of("direction", "deadline", "cost", "category", "unit", "implausible", "format",
                "basis", "duplicate");
        JsonNode part;
        try (InputStream in = getClass().getResourceAsStream("/checks/config/mechanical.json")) {
            part = JsonMapper.builder().build().readTree(in);
        }
        List<String> keys = new ArrayList<>();
        part.path("keywords").properties().forEach(e -> keys.add(e.getKey()));
        part.path("numbers").properties().forEach(e -> keys.add(e.getKey()));

        assertThat(keys).isNotEmpty()
                .allMatch(k -> k.indexOf('.') > 0 && families.contains(k.substring(0, k.indexOf('.'))), "family.key");
        part.path("rules").properties().forEach(e -> assertThat(MECHANICAL).contains(RuleId.valueOf(e.getKey())));
    }

    @Test
    void aMissingListStopsTheRuleFromBeingBuilt() {
        RuleConfig config = RuleTestSupport.CONFIG;
        Map<String, List<String>> keywords = new HashMap<>(config.keywords());
        keywords.remove("direction.lowerIsBetter");
        RuleConfig broken = new RuleConfig("broken", config.rules(), keywords, config.numbers());

        assertThatThrownBy(() -> MechanicalRules.tableRules(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("direction.lowerIsBetter");
    }

    @Test
    void aKeywordInBothDirectionsIsRefused() {
        RuleConfig config = RuleTestSupport.CONFIG;
        Map<String, List<String>> keywords = new HashMap<>(config.keywords());
        List<String> lower = new ArrayList<>(config.keywords("direction.lowerIsBetter"));
        lower.add("满意度");
        keywords.put("direction.lowerIsBetter", lower);

        assertThatThrownBy(() -> new ComparatorDirectionRule(new RuleConfig("x", config.rules(), keywords,
                config.numbers()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSeverityComesFromTheConfiguration() {
        RuleConfig config = RuleTestSupport.CONFIG;
        Map<RuleId, RuleConfig.RuleSettings> rules = new HashMap<>(config.rules());
        rules.put(RuleId.COMPARATOR_DIRECTION, new RuleConfig.RuleSettings(true, Severity.ERROR));
        Map<String, BigDecimal> numbers = new HashMap<>(config.numbers());
        RuleConfig stricter = new RuleConfig("strict", rules, config.keywords(), numbers);

        List<Finding> findings = RuleTestSupport.run(new ComparatorDirectionRule(stricter),
                RuleTestSupport.oneRow("质量", "发放成功率", "资金发放成功率", "≤95%"));

        assertThat(findings).singleElement().extracting(Finding::severity)
                .isEqualTo(Severity.ERROR);
    }

    /** Every rule survives odd rows: empty descriptions, unknown labels, huge and tiny numbers, symbols. */
    @Test
    void oddInputNeverBreaksARule() {
        String[] values = {"", "—", "≥", "%", "0", "-0", "1,000,000,000万元", "0.0000001%", "99999999999999999999",
                "每月25号", "上半年", "2099年12月31日前", "≥**%", "#N/A", "万元/", "/人", "元/", "≤-5万元/人", "很好"};
        String[][] levels = {{"产出指标", "成本指标"}, {"产出指标", "数量指标"}, {"产出指标", "时效指标"},
                {"未知", "未知"}, {"", ""}, {"效益指标", "可持续影响指标"}, {"满意度指标", ""}};
        CheckFixtures f = CheckFixtures.project("怪表").funding("0.00", "", "").plan(12, 100);
        for (String[] level : levels) {
            for (String value : values) {
                f.row(level[0], level[1], "名称" + value, value.isEmpty() ? null : value, value, value);
            }
        }
        CheckedTable odd = f.build();
        for (TableRule rule : MechanicalRules.tableRules(RuleTestSupport.CONFIG)) {
            RuleTestSupport.run(rule, odd);
        }
        for (TableRule rule : MechanicalRules.tableRules(RuleTestSupport.CONFIG)) {
            RuleTestSupport.run(rule, CheckFixtures.department().build());
        }
    }
}

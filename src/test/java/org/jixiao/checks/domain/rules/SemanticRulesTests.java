package org.jixiao.checks.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.CONFIG;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.findings;
import static org.jixiao.checks.domain.rules.SemanticRuleTesting.oneRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;
import org.junit.jupiter.api.Test;

class SemanticRulesTests {

    private static final List<RuleId> SEMANTIC = List.of(RuleId.NOT_QUANTIFIED, RuleId.PSEUDO_QUANTIFIED,
            RuleId.VALUE_COPIES_DESC, RuleId.DESC_COPIES_NAME, RuleId.MISCLASSIFIED, RuleId.BOILERPLATE,
            RuleId.GOAL_NOT_COVERED, RuleId.IRRELEVANT_INDICATOR);

    private static RuleConfig with(Map<RuleId, RuleConfig.RuleSettings> rules, Map<String, List<String>> keywords) {
        return new RuleConfig("test", rules, keywords, CONFIG.numbers());
    }

    @Test
    void buildsOneRulePerSemanticRuleId() {
        List<RuleId> ids = new ArrayList<>(SemanticRules.tableRules(CONFIG).stream().map(TableRule::id).toList());
        ids.addAll(SemanticRules.unitRules(CONFIG).stream().map(UnitRule::id).toList());

        assertThat(ids).containsExactlyInAnyOrderElementsOf(SEMANTIC);
        assertThat(SemanticRules.unitRules(CONFIG)).extracting(UnitRule::id).containsExactly(RuleId.BOILERPLATE);
    }

    @Test
    void theShippedConfigurationSetsUpEverySemanticRule() {
        for (RuleId id : SEMANTIC) {
            assertThat(CONFIG.enabled(id)).as(id.name()).isTrue();
        }
        assertThat(CONFIG.severity(RuleId.GOAL_NOT_COVERED)).isEqualTo(Severity.INFO);
        assertThat(CONFIG.severity(RuleId.NOT_QUANTIFIED)).isEqualTo(Severity.WARNING);
    }

    @Test
    void leavesOutDisabledRules() {
        Map<RuleId, RuleConfig.RuleSettings> rules = new EnumMap<>(CONFIG.rules());
        rules.put(RuleId.BOILERPLATE, new RuleConfig.RuleSettings(false, Severity.WARNING));
        rules.put(RuleId.MISCLASSIFIED, new RuleConfig.RuleSettings(false, Severity.WARNING));
        RuleConfig config = with(rules, CONFIG.keywords());

        assertThat(SemanticRules.tableRules(config)).extracting(TableRule::id).doesNotContain(RuleId.MISCLASSIFIED);
        assertThat(SemanticRules.unitRules(config)).isEmpty();
    }

    @Test
    void followsTheKeywordsOfTheConfigurationInForce() {
        CheckedTable table = oneRow("效益指标", "社会效益指标", "群众获得感", "群众获得感", "群众获得感日益增强");
        NotQuantifiedRule rule = new NotQuantifiedRule(CONFIG);
        Map<String, List<String>> keywords = new HashMap<>(CONFIG.keywords());
        keywords.put("quantified.vague-words", List.of("日益"));
        RuleConfig tuned = with(CONFIG.rules(), keywords);

        assertThat(findings(rule, table)).hasSize(1).first().extracting(Finding::message).asString().contains("增强");
        List<Finding> underTuned = new ArrayList<>();
        rule.check(table, new CheckContext(tuned, List.of(table), SemanticRuleTesting.SEGMENTER), underTuned::add);
        assertThat(underTuned).singleElement().extracting(Finding::message).asString().contains("“日益”");
    }

    @Test
    void reportsAMissingKeywordListInsteadOfRunningOnNothing() {
        Map<String, List<String>> keywords = new HashMap<>(CONFIG.keywords());
        keywords.remove("pseudo.abstract-words");

        assertThatThrownBy(() -> SemanticRules.tableRules(with(CONFIG.rules(), keywords)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("pseudo.abstract-words");
    }

    @Test
    void reportsAnInvalidPattern() {
        Map<String, List<String>> keywords = new HashMap<>(CONFIG.keywords());
        keywords.put("quantified.checkable-patterns", List.of("《[^》"));

        assertThatThrownBy(() -> new NotQuantifiedRule(with(CONFIG.rules(), keywords)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("quantified.checkable-patterns");
    }
}

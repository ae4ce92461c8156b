package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.HanlpSegmenter;
import org.jixiao.checks.RuleConfigReader;
import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Segmenter;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;

/** The shipped configuration, one HanLP segmenter, and shorthands to run one semantic rule. */
final class SemanticRuleTesting {

    static final RuleConfig CONFIG = RuleConfigReader.defaults();
    static final Segmenter SEGMENTER = new HanlpSegmenter(CONFIG);

    private SemanticRuleTesting() {
    }

    static List<Finding> findings(TableRule rule, CheckedTable table) {
        List<Finding> findings = new ArrayList<>();
        rule.check(table, new CheckContext(CONFIG, List.of(table), SEGMENTER), findings::add);
        return findings;
    }

    static List<Finding> findings(UnitRule rule, List<CheckedTable> tables) {
        List<Finding> findings = new ArrayList<>();
        rule.check(tables, new CheckContext(CONFIG, tables, SEGMENTER), findings::add);
        return findings;
    }

    /** A project table with one indicator row (basis "年度工作计划"). */
    static CheckedTable oneRow(String level1, String level2, String name, String description, String value) {
        return CheckFixtures.project("年度专项工作经费").budget("30.00").purpose("保障年度专项工作开展。")
                .row(level1, level2, name, description, value, "年度工作计划").build();
    }
}

package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.RuleConfigReader;
import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckFixtures;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.TableRule;

/** The shipped configuration, one-row tables and a way to run one rule on one table. */
final class RuleTestSupport {

    static final RuleConfig CONFIG = RuleConfigReader.defaults();

    private RuleTestSupport() {
    }

    static CheckContext context(CheckedTable table) {
        return new CheckContext(CONFIG, List.of(table), text -> List.of());
    }

    static List<Finding> run(TableRule rule, CheckedTable table) {
        List<Finding> findings = new ArrayList<>();
        rule.check(table, context(table), findings::add);
        return findings;
    }

    /** A 2024 project table (budget 50.00, valid plan) with the one row given. */
    static CheckedTable oneRow(String level1, String level2, String name, String description, String value) {
        return CheckFixtures.project("测试项目").budget("50.00").plan(3, 30, 6, 60, 10, 80, 12, 100)
                .row(level1, level2, name, description, value, "年度工作计划").build();
    }

    /** Splits a level label shorthand: 质量 → 产出指标/质量指标 and so on. */
    static CheckedTable oneRow(String shorthand, String name, String description, String value) {
        String[] levels = levels(shorthand);
        return oneRow(levels[0], levels[1], name, description, value);
    }

    static String[] levels(String shorthand) {
        return switch (shorthand) {
            case "数量" -> new String[] {"产出指标", "数量指标"};
            case "质量" -> new String[] {"产出指标", "质量指标"};
            case "时效" -> new String[] {"产出指标", "时效指标"};
            case "成本" -> new String[] {"产出指标", "成本指标"};
            case "经济成本" -> new String[] {"成本指标", "经济成本指标"};
            case "社会成本" -> new String[] {"成本指标", "社会成本指标"};
            case "经济效益" -> new String[] {"效益指标", "经济效益指标"};
            case "社会效益" -> new String[] {"效益指标", "社会效益指标"};
            case "生态效益" -> new String[] {"效益指标", "生态效益指标"};
            case "可持续" -> new String[] {"效益指标", "可持续影响指标"};
            case "满意度" -> new String[] {"满意度指标", "服务对象满意度指标"};
            default -> throw new IllegalArgumentException(shorthand);
        };
    }
}

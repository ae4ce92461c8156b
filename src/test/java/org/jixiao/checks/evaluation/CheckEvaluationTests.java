package org.jixiao.checks.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.HanlpSegmenter;
import org.jixiao.checks.RuleConfigReader;
import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;
import org.jixiao.checks.domain.rules.MechanicalRules;
import org.jixiao.checks.domain.rules.SemanticRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped rules and configuration on the labelled evaluation set (seed 001 fully labelled plus tables
 * written the way real units write them): precision first. The report is written to
 * target/check-evaluation.md; docs/checks.md quotes it.
 */
class CheckEvaluationTests {

    private static CheckEvaluation.Report report;
    private static CheckEvaluation.Report warnings;

    @BeforeAll
    static void evaluate() throws Exception {
        RuleConfig config = RuleConfigReader.defaults();
        List<TableRule> tableRules = new ArrayList<>(MechanicalRules.tableRules(config));
        tableRules.addAll(SemanticRules.tableRules(config));
        List<UnitRule> unitRules = new ArrayList<>(MechanicalRules.unitRules(config));
        unitRules.addAll(SemanticRules.unitRules(config));
        CheckEngine engine = new CheckEngine(config, tableRules, unitRules, new HanlpSegmenter(config));
        report = new CheckEvaluation(engine).run();
        // 提示 (INFO) findings are hints that are often fine by definition; warnings and errors must hold on their own
        warnings = new CheckEvaluation(engine).counting(f -> f.severity() != Severity.INFO).run();
        Path out = Path.of("target", "check-evaluation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Check evaluation (" + config.version() + ")\n\n" + report.summary() + "\n\n"
                + report.markdown() + "\n\n## 警告与错误（不含提示）\n\n" + warnings.summary() + "\n\n"
                + warnings.markdown() + "\n\n" + report.details() + "\n");
    }

    @Test
    void atLeastNineOfTenFindingsAreRealDefects() {
        assertThat(report.overall().precision()).as(report.summary()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void mostLabelledDefectsAreFound() {
        assertThat(report.overall().recall()).as(report.summary()).isGreaterThanOrEqualTo(0.7);
    }

    @Test
    void everyRuleThatWarnsIsRightNineTimesInTen() {
        warnings.perRule().values().stream().filter(score -> score.findings() >= 5).forEach(score ->
                assertThat(score.precision()).as(score.rule() + ": " + warnings.summary()).isGreaterThanOrEqualTo(0.9));
    }
}

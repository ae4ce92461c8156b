package org.jixiao.checks;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Segmenter;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;
import org.jixiao.checks.domain.rules.MechanicalRules;
import org.jixiao.checks.domain.rules.SemanticRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class ChecksConfiguration {

    /** The rule configuration in force; a finance bureau points {@code jixiao.checks.config} at its own copy. */
    @Bean
    RuleConfig ruleConfig(ResourceLoader loader,
                          @Value("${jixiao.checks.config:" + RuleConfigReader.DEFAULT_LOCATION + "}") String location) {
        return new RuleConfigReader(loader).read(location);
    }

    @Bean
    Segmenter segmenter(RuleConfig config) {
        return new HanlpSegmenter(config);
    }

    @Bean
    CheckEngine checkEngine(RuleConfig config, Segmenter segmenter) {
        List<TableRule> tableRules = new ArrayList<>(MechanicalRules.tableRules(config));
        tableRules.addAll(SemanticRules.tableRules(config));
        List<UnitRule> unitRules = new ArrayList<>(MechanicalRules.unitRules(config));
        unitRules.addAll(SemanticRules.unitRules(config));
        return new CheckEngine(config, tableRules, unitRules, segmenter);
    }
}

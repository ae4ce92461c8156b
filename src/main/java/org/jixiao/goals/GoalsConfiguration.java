package org.jixiao.goals;

import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GoalsConfiguration {

    @Bean
    GoalTableInputParser goalTableInputParser(LabelNormalizer labels) {
        return new GoalTableInputParser(labels);
    }
}

package org.jixiao.monitoring;

import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The monitoring beans so far: the lamp rules catalogue, read once at start. */
@Configuration(proxyBeanMethods = false)
class MonitoringConfiguration {

    /** A finance bureau adds its own versions by pointing {@code jixiao.monitoring.lamp-rules} at another pattern. */
    @Bean
    LampRulesCatalog lampRules(
            @Value("${jixiao.monitoring.lamp-rules:" + LampRulesReader.SHIPPED + "}") String pattern) {
        return LampRulesReader.readAll(pattern);
    }
}

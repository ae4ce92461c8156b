package org.jixiao.rectification;

import org.jixiao.rectification.domain.ApplicationRulesCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RectificationConfiguration {

    /** The result-application rules: the shipped versions, or a finance bureau's folder ({@code jixiao.rectification.application-rules}). */
    @Bean
    ApplicationRulesCatalog applicationRulesCatalog(
            @Value("${jixiao.rectification.application-rules:" + ApplicationRulesReader.SHIPPED + "}") String pattern) {
        return ApplicationRulesReader.readAll(pattern);
    }
}

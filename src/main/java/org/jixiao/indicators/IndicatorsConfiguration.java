package org.jixiao.indicators;

import org.jixiao.indicators.domain.LabelNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IndicatorsConfiguration {

    @Bean
    LabelNormalizer labelNormalizer() {
        return LabelNormalizer.defaults();
    }
}

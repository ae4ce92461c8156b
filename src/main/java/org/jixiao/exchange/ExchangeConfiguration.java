package org.jixiao.exchange;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ExchangeProperties.class, PdfProperties.class})
class ExchangeConfiguration {
}

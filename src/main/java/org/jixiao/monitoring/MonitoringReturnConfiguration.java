package org.jixiao.monitoring;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans of the 双监控 returns: their due dates and reminder days, read once at start. */
@Configuration(proxyBeanMethods = false)
class MonitoringReturnConfiguration {

    /** A finance bureau points {@code jixiao.monitoring.return-deadlines} at its own file. */
    @Bean
    ReturnDeadlineCatalog returnDeadlines(
            @Value("${jixiao.monitoring.return-deadlines:" + ReturnDeadlinesReader.SHIPPED + "}") String location) {
        return new ReturnDeadlineCatalog(ReturnDeadlinesReader.read(location));
    }
}

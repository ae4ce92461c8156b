package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.monitoring.domain.LampRulesCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The lamp rules bean: the shipped versions by default, a bureau's own folder by property. */
class MonitoringConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MonitoringConfiguration.class);

    @Test
    void readsTheShippedRulesByDefault() {
        runner.run(context -> assertThat(context.getBean(LampRulesCatalog.class).byId("national-2019")).isPresent());
    }

    @Test
    void aBureauPointsAtItsOwnFiles() {
        runner.withPropertyValues("jixiao.monitoring.lamp-rules=classpath*:monitoring/lamp-rules/sichuan-*.json")
                .run(context -> assertThat(context.getBean(LampRulesCatalog.class).versions())
                        .extracting(r -> r.id()).containsExactly("sichuan-510000-2025"));
    }
}

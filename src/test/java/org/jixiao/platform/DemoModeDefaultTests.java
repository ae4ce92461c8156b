package org.jixiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class DemoModeDefaultTests {

    private static String demoModeWith(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new DemoModeDefault().postProcessEnvironment(environment, new SpringApplication());
        return environment.getProperty("jixiao.demo.enabled");
    }

    @Test
    void onWithTheEmbeddedDatabase() {
        assertThat(demoModeWith(Map.of("spring.datasource.url", "jdbc:h2:file:./data/jixiao;MODE=PostgreSQL")))
                .isEqualTo("true");
    }

    @Test
    void offWithAnyOtherDatabase() {
        assertThat(demoModeWith(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/jixiao"))).isEqualTo("false");
        assertThat(demoModeWith(Map.of())).isEqualTo("false");
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(demoModeWith(Map.of("spring.datasource.url", "jdbc:postgresql://db/jixiao", "jixiao.demo.enabled", "true")))
                .isEqualTo("true");
        assertThat(demoModeWith(Map.of("spring.datasource.url", "jdbc:h2:mem:x", "jixiao.demo.enabled", "false")))
                .isEqualTo("false");
    }
}

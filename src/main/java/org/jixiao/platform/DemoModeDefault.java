package org.jixiao.platform;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * 演示模式 is on by default only with the embedded database: demo mode creates users whose password is public and
 * accepts HTTP Basic with them, so pointing the application at a real database must switch it off unless
 * {@code jixiao.demo.enabled} (or {@code JIXIAO_DEMO_ENABLED}) says otherwise explicitly.
 */
public class DemoModeDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "jixiao.demo.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PROPERTY)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        environment.getPropertySources().addLast(new MapPropertySource("jixiaoDemoModeDefault",
                Map.of(PROPERTY, Boolean.toString(isEmbedded(url)))));
    }

    static boolean isEmbedded(String url) {
        return url.startsWith("jdbc:h2:");
    }
}

package org.jixiao.orgs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings ({@code jixiao.security.*}). The session timeout is Spring's own
 * {@code server.servlet.session.timeout} (30 minutes in application.yml).
 *
 * @param maxFailedLogins consecutive failed sign-ins that lock an account
 * @param lockDuration    how long the account stays locked
 */
@ConfigurationProperties("jixiao.security")
public record SecurityProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration) {

    public SecurityProperties {
        if (maxFailedLogins < 1) {
            throw new IllegalArgumentException("jixiao.security.max-failed-logins must be at least 1");
        }
        if (lockDuration == null || lockDuration.isNegative()) {
            throw new IllegalArgumentException("jixiao.security.lock-duration must be positive");
        }
    }
}

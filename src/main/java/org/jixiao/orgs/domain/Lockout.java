package org.jixiao.orgs.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * 登录锁定: consecutive failed sign-ins of one user. After {@code maxFailures} in a row the account is locked for
 * a while; a success or the end of the lock starts the count again.
 *
 * @param failures    consecutive failures since the last success or lock
 * @param lockedUntil end of the current lock, or null
 */
public record Lockout(int failures, Instant lockedUntil) {

    public Lockout {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
    }

    public static Lockout none() {
        return new Lockout(0, null);
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** One more failure at {@code now}; the one that reaches {@code maxFailures} locks for {@code lockDuration}. */
    public Lockout afterFailure(Instant now, int maxFailures, Duration lockDuration) {
        if (isLocked(now)) {
            return this;
        }
        int count = failures + 1;
        if (count >= maxFailures) {
            return new Lockout(0, now.plus(lockDuration));
        }
        return new Lockout(count, null);
    }

    public Lockout afterSuccess() {
        return none();
    }
}

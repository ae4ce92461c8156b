package org.jixiao.checks.domain;

import java.util.Objects;

/** One defect found: which rule, how serious, where, what is wrong and how to fix it (both in Chinese). */
public record Finding(RuleId rule, Severity severity, Location location, String message, String suggestion) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(suggestion, "suggestion");
    }
}

package org.jixiao.checks.domain.rules;

import org.jixiao.checks.domain.Severity;

/** Severity steps for the milder variants of a rule's finding (the configured severity is the rule's strongest). */
final class Severities {

    private Severities() {
    }

    /** One step milder: ERROR → WARNING → INFO → INFO. */
    static Severity lower(Severity severity) {
        return switch (severity) {
            case ERROR -> Severity.WARNING;
            case WARNING, INFO -> Severity.INFO;
        };
    }
}

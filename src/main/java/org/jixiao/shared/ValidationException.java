package org.jixiao.shared;

import java.util.List;

/** Thrown by a module API when an input has violations; nothing has been written. */
public class ValidationException extends RuntimeException {

    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("invalid input: " + violations.size() + " violation(s)");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}

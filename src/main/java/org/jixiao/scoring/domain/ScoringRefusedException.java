package org.jixiao.scoring.domain;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by {@code requireAcceptable()} when a scored document still has violations; message in Chinese. */
public class ScoringRefusedException extends RuntimeException {

    private final List<ScoringViolation> violations;

    public ScoringRefusedException(List<ScoringViolation> violations) {
        super(violations.stream().map(ScoringViolation::message).collect(Collectors.joining("；")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<ScoringViolation> violations() {
        return violations;
    }
}

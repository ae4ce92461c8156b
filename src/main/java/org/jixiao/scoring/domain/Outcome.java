package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a formula produced before the rounding point: the exact score, the formula text, intermediate values,
 * notes and violations. Package-private plumbing between formulas, rules and scorers.
 */
final class Outcome {

    private final String formula;
    private BigDecimal exact;
    private final List<Explanation.Term> inputs = new ArrayList<>();
    private final List<Explanation.Term> steps = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ScoringViolation> violations = new ArrayList<>();

    Outcome(String formula) {
        this.formula = Objects.requireNonNull(formula);
    }

    Outcome input(Explanation.Term term) {
        inputs.add(term);
        return this;
    }

    Outcome step(Explanation.Term term) {
        steps.add(term);
        return this;
    }

    Outcome note(String note) {
        notes.add(note);
        return this;
    }

    Outcome violation(ScoringViolation violation) {
        violations.add(violation);
        return this;
    }

    Outcome score(BigDecimal exactScore) {
        this.exact = exactScore;
        return this;
    }

    /** The exact score; {@code null} when the input was refused. */
    BigDecimal exact() {
        return exact;
    }

    boolean refused() {
        return violations.stream().anyMatch(v -> v.kind() == ScoringViolation.Kind.REFUSED);
    }

    String formula() {
        return formula;
    }

    List<Explanation.Term> inputs() {
        return inputs;
    }

    List<Explanation.Term> steps() {
        return steps;
    }

    List<String> notes() {
        return notes;
    }

    List<ScoringViolation> violations() {
        return violations;
    }

    /** Takes another outcome's explanation parts and violations (sub-items of a leaf). */
    Outcome absorb(Outcome other, String prefix) {
        for (Explanation.Term term : other.inputs) {
            inputs.add(new Explanation.Term(prefix + term.name(), term.text(), term.number()));
        }
        for (Explanation.Term term : other.steps) {
            steps.add(new Explanation.Term(prefix + term.name(), term.text(), term.number()));
        }
        for (String note : other.notes) {
            notes.add(prefix + note);
        }
        violations.addAll(other.violations);
        return this;
    }

    /**
     * The rounding point: clamps the exact score into [0, weight] when asked, rounds it once and explains.
     * Returns null as the score when the input was refused.
     */
    Explanation explain(String subject) {
        if (exact == null || refused()) {
            return new Explanation(subject, inputs, formula, steps, null, null, notes);
        }
        BigDecimal rounded = Scores.round(exact);
        return new Explanation(subject, inputs, formula, steps, new Explanation.Rounding(exact, rounded), rounded,
                notes);
    }
}

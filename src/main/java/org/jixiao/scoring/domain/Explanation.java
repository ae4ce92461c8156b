package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 评分说明: why a score is what it is — the inputs, the formula in Chinese, the intermediate values, the
 * rounding and the result — as data (for the API) and as Chinese text ({@link #render()}, for the page).
 *
 * @param subject  what was scored (indicator name)
 * @param inputs   the figures and answers entered
 * @param formula  the rule applied, in Chinese, citing its source
 * @param steps    intermediate values in the order they were computed
 * @param rounding the one rounding of this score; {@code null} when the score needed none
 * @param result   the score; {@code null} when the input was refused
 * @param notes    remarks such as a cap applied, a gate failed, a requirement raised
 */
public record Explanation(String subject, List<Term> inputs, String formula, List<Term> steps, Rounding rounding,
                          BigDecimal result, List<String> notes) {

    public Explanation {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(formula, "formula");
        inputs = List.copyOf(inputs);
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    /** One named value; {@code number} is null for answers and labels. */
    public record Term(String name, String text, BigDecimal number) {
        public Term {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }

        static Term number(String name, BigDecimal value, String unit) {
            return new Term(name, Scores.number(value) + unit, value);
        }

        static Term percent(String name, BigDecimal fraction) {
            return new Term(name, Scores.percent(fraction), fraction);
        }

        static Term points(String name, BigDecimal points) {
            return new Term(name, Scores.points(points) + "分", points);
        }

        static Term text(String name, String text) {
            return new Term(name, text, null);
        }
    }

    /** The exact value before rounding, the rounded value, and how. */
    public record Rounding(BigDecimal exact, BigDecimal rounded) {
        public Rounding {
            Objects.requireNonNull(exact, "exact");
            Objects.requireNonNull(rounded, "rounded");
        }

        /** Whether rounding changed the value. */
        public boolean changed() {
            return exact.compareTo(rounded) != 0;
        }

        String render() {
            return changed()
                    ? Scores.number(exact) + " 四舍五入保留两位小数为 " + Scores.points(rounded)
                    : "无需舍入（" + Scores.points(rounded) + "）";
        }
    }

    /** The explanation as Chinese text, one part per line. */
    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add(subject + "：" + (result == null ? "未计分" : Scores.points(result) + "分"));
        if (!inputs.isEmpty()) {
            lines.add("输入：" + join(inputs));
        }
        lines.add("公式：" + formula);
        if (!steps.isEmpty()) {
            lines.add("计算：" + join(steps));
        }
        if (rounding != null) {
            lines.add("舍入：" + rounding.render());
        }
        for (String note : notes) {
            lines.add("说明：" + note);
        }
        return String.join("\n", lines);
    }

    private static String join(List<Term> terms) {
        List<String> parts = new ArrayList<>();
        for (Term term : terms) {
            parts.add(term.name() + " " + term.text());
        }
        return String.join("；", parts);
    }

    /** Collects the parts of an explanation while a rule computes. */
    static final class Builder {
        private final String subject;
        private final List<Term> inputs = new ArrayList<>();
        private final List<Term> steps = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private String formula = "";

        Builder(String subject) {
            this.subject = subject;
        }

        Builder input(Term term) {
            inputs.add(term);
            return this;
        }

        Builder step(Term term) {
            steps.add(term);
            return this;
        }

        Builder formula(String text) {
            formula = text;
            return this;
        }

        Builder note(String note) {
            notes.add(note);
            return this;
        }

        Builder addAll(Explanation other) {
            inputs.addAll(other.inputs);
            steps.addAll(other.steps);
            notes.addAll(other.notes);
            return this;
        }

        Explanation build(Rounding rounding, BigDecimal result) {
            return new Explanation(subject, inputs, formula, steps, rounding, result, notes);
        }
    }
}

package org.jixiao.indicators.domain;

/**
 * 指标值: the target value of a 三级 indicator as typed by a person — a measurement ({@link Quantitative},
 * {@code ≥95%}), a time limit ({@link Deadline}, {@code 12月底前}) or text ({@link Qualitative}).
 *
 * <p>Every value keeps the text it was read from, so {@code parse(s).format().equals(s)} holds for every
 * string: a goal table is stored and shown exactly as its author wrote it ({@code 73.2万元} stays
 * {@code 73.2万元}, {@code 不低于95%} is not rewritten to {@code ≥95%}); the typed parts serve the checks and
 * the scoring. Two values are equal when they are of the same kind and were read from the same text.
 */
public sealed interface IndicatorValue permits Quantitative, Deadline, Qualitative {

    /**
     * Reads a 指标值. Never throws: {@code null} becomes an empty {@link Qualitative}, and text that is neither a
     * deadline nor a measurement becomes a {@link Qualitative} (see {@link Qualitative#unparsed()}). Deadlines
     * are tried before measurements because {@code 12月底前} starts with a number.
     */
    static IndicatorValue parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Qualitative.read(raw == null ? "" : raw);
        }
        Deadline deadline = DeadlineParser.parse(raw);
        if (deadline != null) {
            return deadline;
        }
        Quantitative quantitative = QuantitativeParser.parse(raw);
        if (quantitative != null) {
            return quantitative;
        }
        return Qualitative.read(raw);
    }

    /** The text this value was read from, unchanged (the canonical text for values built by a factory). */
    String format();
}

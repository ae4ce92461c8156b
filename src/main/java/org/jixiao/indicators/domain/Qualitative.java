package org.jixiao.indicators.domain;

import java.util.Objects;

/**
 * 定性指标值: text that is neither a measurement nor a deadline — {@code 促进地方经济发展，提高人民生活水平},
 * {@code 达成年度指标}, or the empty value.
 *
 * <p>{@link #unparsed()} separates honest 定性 text from text that fits no form. A Chinese sentence without
 * figures is a proper qualitative value and is not flagged (otherwise every 经济效益 sentence of a goal table
 * would be); text is flagged when it carries the marks of a measurement that could not be read
 * ({@code 95%左右}, {@code ≥ abc}, {@code 约100人}, {@code 1e999}) or contains no Chinese at all
 * ({@code —}, {@code abc}, an emoji). Whether a qualitative value is acceptable for its indicator (a vague
 * {@code 显著提高}, a value that repeats its description) is for the goal-table checks to decide.
 */
public final class Qualitative implements IndicatorValue {

    /** Signs of a measurement, in folded form. */
    private static final String MEASUREMENT_MARKS = "%‰≥≤≧≦⩾⩽≮≯<>=";

    private final String text;
    private final boolean unparsed;

    private Qualitative(String text, boolean unparsed) {
        this.text = Objects.requireNonNull(text, "text");
        this.unparsed = unparsed;
    }

    /** Called by {@link IndicatorValue#parse} once the other forms have been ruled out. */
    static Qualitative read(String text) {
        return new Qualitative(text, !text.isBlank() && (looksMeasured(text) || !hasChinese(text)));
    }

    /** The text as written (whitespace included). */
    public String text() {
        return text;
    }

    /** Whether the text fits no form: see the class comment. Empty text is not flagged. */
    public boolean unparsed() {
        return unparsed;
    }

    /** Whether nothing but whitespace was written. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    @Override
    public String format() {
        return text;
    }

    private static boolean looksMeasured(String text) {
        String folded = TextFolding.fold(text);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (TextFolding.isAsciiDigit(c) || MEASUREMENT_MARKS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Qualitative other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "Qualitative[" + text + (unparsed ? ", unparsed" : "") + "]";
    }
}

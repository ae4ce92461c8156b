package org.jixiao.indicators.domain;

/**
 * A category label as published and what it means: the text exactly as written (kept for display and
 * export) beside the taxonomy category it normalises to, or {@code null} when the label is not recognised —
 * an unknown label is kept, never dropped.
 *
 * @param original the label as written; {@code null} is read as empty
 * @param category the category, {@code null} when unknown
 * @param <C>      {@link Level1Category} or {@link Level2Category}
 */
public record NormalizedLabel<C extends Enum<C>>(String original, C category) {

    public NormalizedLabel {
        original = original == null ? "" : original;
    }

    /** Whether the label was recognised. */
    public boolean known() {
        return category != null;
    }
}

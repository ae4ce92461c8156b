package org.jixiao.indicators.domain;

/**
 * 计算符号: how a measured value is compared with the target (rules.md §5.3; scored as 正向 for ≥/>, 反向 for
 * ≤/<, 等于 for =, rules.md §2.4). {@link #NONE} is a bare number such as {@code 99人}.
 *
 * <p>Named after the goal-table column, not {@link java.util.Comparator}; import with care.
 */
public enum Comparator {
    /** ≥, 不低于, 不少于, 达到, …以上. */
    GE("≥"),
    /** ≤, 不高于, 不超过, …以内, …以下. */
    LE("≤"),
    /** =, 等于. */
    EQ("="),
    /** >, 大于, 高于, 超过. */
    GT(">"),
    /** <, 小于, 低于. */
    LT("<"),
    /** No comparison written. */
    NONE("");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    /** The canonical symbol ({@code ""} for {@link #NONE}). */
    public String symbol() {
        return symbol;
    }
}

package org.jixiao.evaluation.domain;

import java.util.List;

/**
 * One input a department template's leaf asks for: its key within the leaf (the path the engine reports problems
 * at, after the leaf code), the Chinese label, how it is typed and, for lines of several fields (a goal indicator of
 * a 完成情况 leaf), the line it belongs to.
 */
public record DepartmentField(String key, String label, Type type, String group, String hint) {

    /** How a field is typed. */
    public enum Type {
        /** A decimal number (thousands separators allowed, a trailing unit ignored). */
        NUMBER,
        /** A rate: "93.65%" or "93.65" (per cent). */
        PERCENT,
        /** Several rates separated by commas. */
        PERCENTS,
        /** A whole number of occurrences, 0 or more. */
        COUNT,
        /** 是 / 否. */
        YES_NO,
        /** One of the three 定性 bands. */
        BAND,
        /** A short text. */
        TEXT,
        /** A longer text (评分依据). */
        TEXTAREA
    }

    public static final List<String> YES_NO_OPTIONS = List.of("是", "否");
}

package org.jixiao.audit.domain;

import java.util.Objects;

/**
 * One line of a change: a field by its Chinese label ({@code 预算数（万元）}, {@code 指标第3行·指标值}) with its text
 * before and after; {@code null} where there was or is nothing (a row added or removed, an empty field).
 */
public record FieldChange(String field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        before = before == null || before.isEmpty() ? null : before;
        after = after == null || after.isEmpty() ? null : after;
    }
}

package org.jixiao.review.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * 审核意见: a reviewer's remark attached to a decision, on the subject as a whole or on one indicator row
 * (its 0-based position in the table), so that the unit sees exactly which row to fix after a 退回.
 *
 * @param row null for a remark on the whole subject
 */
public record ReviewOpinion(Integer row, String text) {

    public ReviewOpinion {
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an opinion has text");
        }
        if (row != null && row < 0) {
            throw new IllegalArgumentException("a row position is not negative: " + row);
        }
    }

    public static ReviewOpinion general(String text) {
        return new ReviewOpinion(null, text);
    }

    public static ReviewOpinion onRow(int row, String text) {
        return new ReviewOpinion(row, text);
    }

    public OptionalInt rowIndex() {
        return row == null ? OptionalInt.empty() : OptionalInt.of(row);
    }
}

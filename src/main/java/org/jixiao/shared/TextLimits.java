package org.jixiao.shared;

/** Size limits that keep every stored text printable in one table cell. */
public final class TextLimits {

    /** Longest text of one field (name, description, value, goal item …). */
    public static final int MAX_FIELD_LENGTH = 500;

    private TextLimits() {
    }

    /** Length in Unicode code points, so that a rare CJK character counts once. */
    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }
}

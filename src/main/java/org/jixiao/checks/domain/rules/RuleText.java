package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;

import org.jixiao.indicators.domain.Comparator;

/** Text helpers of the mechanical rules: folding without allocation when nothing changes, and display forms. */
final class RuleText {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private RuleText() {
    }

    /**
     * Full-width ASCII folded to ASCII, − to -, every whitespace character removed — the form keywords are
     * compared in. Returns {@code text} itself when nothing changes (the common case), so no allocation.
     */
    static String compact(String text) {
        if (text == null) {
            return "";
        }
        int n = text.length();
        int i = 0;
        while (i < n && !needsWork(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u2212') {
                c = '-';
            }
            out.append(c);
        }
        return out.toString();
    }

    /** One character folded as {@link #compact} folds it (whitespace is left as it is). */
    static char fold(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == '\u2212' ? '-' : c;
    }

    private static boolean needsWork(char c) {
        return c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST || c == '\u2212' || c == '\u3000' || c == '\u00A0'
                || Character.isWhitespace(c);
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** A field as written, trimmed, for quoting in a message. */
    static String shown(String text) {
        return text == null ? "" : text.strip();
    }

    /** Whether {@code c} is a CJK ideograph (the common block is enough for goal tables). */
    static boolean isHan(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the text holds a letter or digit of any script (a 依据 of only dashes and dots holds none). */
    static boolean hasLetterOrDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The comparator in words, for messages: 不高于, 低于, 不低于, 高于, 等于. */
    static String words(Comparator comparator) {
        return switch (comparator) {
            case GE -> "不低于";
            case GT -> "高于";
            case LE -> "不高于";
            case LT -> "低于";
            case EQ -> "等于";
            case NONE -> "";
        };
    }

    /** A plain number for messages: 17.16, 300, 0.03. */
    static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** An amount in 万元 with two decimals, as the budget column prints it. */
    static String wan(BigDecimal wan) {
        return wan.setScale(Math.max(2, Math.min(wan.stripTrailingZeros().scale(), 6)), java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** 1-based row number for messages (第3行). */
    static int rowNumber(int row) {
        return row + 1;
    }
}

package org.jixiao.indicators.domain;

/**
 * Folds the width variants that Word documents and Chinese input methods produce ({@code １００％},
 * {@code ＞}, {@code 　}) to their ASCII forms, char for char, so the parsers need to know one spelling only.
 * The folded text is used for reading; the original text is what a value keeps.
 */
final class TextFolding {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private TextFolding() {
    }

    /** Same length as the input: full-width ASCII → ASCII, ideographic/no-break space → space, − → -. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                chars[i] = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == '\u3000' || c == '\u00A0') {
                chars[i] = ' ';
            } else if (c == '\u2212') {
                chars[i] = '-';
            }
        }
        return new String(chars);
    }

    /** Folded, with every whitespace character (line breaks included) removed. */
    static String compact(String text) {
        String folded = fold(text);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

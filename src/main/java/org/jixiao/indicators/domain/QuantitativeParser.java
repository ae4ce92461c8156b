package org.jixiao.indicators.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads {@code [comparator word | symbol] [sign] number [unit] [以上|以内|…]} with optional spaces between the
 * parts. A hand-written scanner rather than a regular expression: it runs in one pass on any input, however
 * long, and cannot backtrack.
 */
final class QuantitativeParser {

    private static final int GROUP_SIZE = 3;

    private QuantitativeParser() {
    }

    /** The measurement written in {@code raw}, or null when it is not one. */
    static Quantitative parse(String raw) {
        String text = TextFolding.fold(raw).strip();
        int n = text.length();
        int i = 0;

        Comparator prefix = null;
        Map.Entry<String, Comparator> word = ComparatorVocabulary.prefixAt(ComparatorVocabulary.PREFIX_WORDS, text, i);
        if (word != null) {
            prefix = word.getValue();
            i = skipSpaces(text, i + word.getKey().length());
        }
        Map.Entry<String, Comparator> symbol = ComparatorVocabulary.prefixAt(ComparatorVocabulary.SYMBOLS, text, i);
        if (symbol != null) {
            if (prefix != null) {
                return null; // "不低于≥95%": two comparators, the author's intent is unclear
            }
            prefix = symbol.getValue();
            i = skipSpaces(text, i + symbol.getKey().length());
        }

        int numberStart = i;
        if (i < n && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            i++;
        }
        int integerStart = i;
        i = skipDigits(text, i);
        if (i == integerStart) {
            return null;
        }
        if (i - integerStart <= GROUP_SIZE) {
            i = skipThousandsGroups(text, i);
        }
        if (i + 1 < n && text.charAt(i) == '.' && TextFolding.isAsciiDigit(text.charAt(i + 1))) {
            i = skipDigits(text, i + 1);
        }
        BigDecimal number = toNumber(text.substring(numberStart, i));
        if (number == null) {
            return null;
        }

        String rest = text.substring(i).strip();
        Comparator suffix = null;
        Map.Entry<String, Comparator> suffixWord = ComparatorVocabulary.suffixOf(rest);
        if (suffixWord != null) {
            suffix = suffixWord.getValue();
            rest = rest.substring(0, rest.length() - suffixWord.getKey().length()).strip();
        }
        if (prefix != null && suffix != null && prefix != suffix) {
            return null; // "不低于95%以下" contradicts itself
        }
        if (!Units.isAcceptable(rest)) {
            return null;
        }
        Comparator comparator = prefix != null ? prefix : suffix != null ? suffix : Comparator.NONE;
        return new Quantitative(raw, comparator, number, rest);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDigits(String text, int from) {
        int i = from;
        while (i < text.length() && TextFolding.isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Consumes {@code ,ddd} groups ({@code 1,000}, {@code 248,458,324.51}); a malformed group is left alone. */
    private static int skipThousandsGroups(String text, int from) {
        int i = from;
        while (i + GROUP_SIZE < text.length() && text.charAt(i) == ',') {
            int end = skipDigits(text, i + 1);
            if (end - (i + 1) != GROUP_SIZE) {
                break;
            }
            i = end;
        }
        return i;
    }

    private static BigDecimal toNumber(String digits) {
        try {
            return new BigDecimal(digits.replace(",", ""));
        } catch (NumberFormatException e) {
            return null; // cannot happen for the scanned shape; kept so that parsing never throws
        }
    }
}

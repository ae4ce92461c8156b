package org.jixiao.exchange;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * One cell as stored in the file: its type, its value (a formula cell carries its cached result, never the
 * formula) and the number format of its style. {@link #text} is what a person sees; {@link #numberText} is the
 * exact number for money and percentages.
 */
record GridCell(Type type, String string, double number, int formatIndex, String formatString, boolean formula) {

    static final GridCell BLANK = new GridCell(Type.BLANK, null, 0, 0, null, false);

    enum Type { BLANK, STRING, NUMBER, BOOLEAN, ERROR }

    boolean isBlank() {
        return type == Type.BLANK || (type == Type.STRING && string.isBlank());
    }

    /** A formula whose result was never saved (a file written by a program that does not calculate). */
    boolean formulaWithoutValue() {
        return formula && type == Type.BLANK;
    }

    /** The text a person sees in the cell: numbers in their cell format ({@code 95%}), General numbers plain. */
    String text(DataFormatter formatter) {
        return switch (type) {
            case BLANK -> "";
            case STRING, ERROR -> string;
            case BOOLEAN -> number != 0 ? "TRUE" : "FALSE";
            case NUMBER -> isGeneral() ? plain(number) : formatter.formatRawCellContents(number, formatIndex, formatString);
        };
    }

    /**
     * The number as exact decimal text for money and percentages — the 15 significant digits Excel shows, so
     * {@code 73.2} stays {@code 73.2} and never becomes {@code 73.200000000000003} — or the text as typed.
     */
    String numberText(DataFormatter formatter) {
        return type == Type.NUMBER ? plain(number) : text(formatter);
    }

    /** Whether a number cell is shown as a percentage (it then holds 0.3 for 30%). */
    boolean isPercentFormat() {
        return type == Type.NUMBER && formatString != null && formatString.replaceAll("\"[^\"]*\"", "").contains("%");
    }

    private boolean isGeneral() {
        return formatString == null || formatIndex == 0 || "General".equalsIgnoreCase(formatString) || "@".equals(formatString);
    }

    static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(NumberToTextConverter.toText(value)).toPlainString();
    }
}

package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading dates and money typed by people or written by the treasury's export; never throws on text. */
final class InputTexts {

    /** 2024-03-15, 2024/3/15, 2024.3.15, 2024年3月15日, 20240315 (a time after the date is ignored). */
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONEY = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    static final BigDecimal MAX_YUAN = new BigDecimal("9999999999999999.99");

    private InputTexts() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static Optional<LocalDate> date(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        Matcher m = DATE.matcher(t);
        if (!m.matches()) {
            m = COMPACT_DATE.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A month 1–12 written as digits, optionally with 月 ("3", "03", "3月"); empty otherwise. */
    static Optional<Integer> month(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.endsWith("月")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (!t.matches("\\d{1,2}")) {
            return Optional.empty();
        }
        int month = Integer.parseInt(t);
        return month >= 1 && month <= 12 ? Optional.of(month) : Optional.empty();
    }

    /**
     * Money in 元 as an exact decimal: thousands separators (, ，) and a trailing 元 are allowed; empty when the
     * text is not a number.
     */
    static Optional<BigDecimal> money(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        String t = text.strip().replace(",", "").replace("，", "").replace(" ", "");
        if (t.endsWith("元")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!MONEY.matcher(t).matches() || t.length() > 40) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(t));
    }
}

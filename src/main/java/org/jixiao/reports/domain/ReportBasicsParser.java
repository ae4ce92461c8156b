package org.jixiao.reports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jixiao.shared.Amount;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * Reads the basics as typed (every field as text, keyed by {@link BasicsField#key()}) into {@link ReportBasics},
 * or refuses with every violation at once, each at its field. Blank means not entered. Money: 元, a plain
 * decimal (thousands separators "," and a trailing "元" are accepted), not negative, at most two decimals, below
 * 10¹⁶. Counts: whole numbers ≥ 0. Never throws anything else on user text.
 */
public final class ReportBasicsParser {

    private static final BigDecimal MAX_MONEY = new BigDecimal("10000000000000000");

    private ReportBasicsParser() {
    }

    public static ReportBasics parse(Map<String, String> typed, long version) {
        List<Violation> violations = new ArrayList<>();
        Map<BasicsField, Object> values = new EnumMap<>(BasicsField.class);
        for (BasicsField field : BasicsField.values()) {
            String raw = typed.get(field.key());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String text = raw.strip();
            switch (field.kind()) {
                case TEXT -> {
                    int length = TextLimits.length(text);
                    if (length > field.maxLength()) {
                        violations.add(Violation.of("reports.text.tooLong", field.key(), field.shortLabel(),
                                field.maxLength(), length));
                    } else {
                        values.put(field, text);
                    }
                }
                case COUNT -> {
                    String digits = text.endsWith("人") ? text.substring(0, text.length() - 1).strip() : text;
                    if (!digits.matches("[0-9]{1,7}")) {
                        violations.add(Violation.of("reports.count.invalid", field.key(), field.shortLabel()));
                    } else {
                        values.put(field, Integer.valueOf(digits));
                    }
                }
                case MONEY -> {
                    BigDecimal yuan = money(text);
                    if (yuan == null) {
                        violations.add(Violation.of("reports.money.notNumber", field.key(), field.shortLabel()));
                    } else if (yuan.signum() < 0) {
                        violations.add(Violation.of("reports.money.negative", field.key(), field.shortLabel()));
                    } else if (yuan.stripTrailingZeros().scale() > 2) {
                        violations.add(Violation.of("reports.money.tooPrecise", field.key(), field.shortLabel()));
                    } else if (yuan.compareTo(MAX_MONEY) >= 0) {
                        violations.add(Violation.of("reports.money.tooLarge", field.key(), field.shortLabel()));
                    } else {
                        values.put(field, Amount.ofYuan(yuan));
                    }
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ReportBasics(values, version);
    }

    /** A decimal as typed, or null when it is not one. */
    static BigDecimal money(String text) {
        String t = text.replace(",", "").replace("，", "").replace(" ", "");
        if (t.endsWith("元")) {
            t = t.substring(0, t.length() - 1);
        }
        if (!t.matches("-?[0-9]{1,20}(\\.[0-9]{1,10})?")) {
            return null;
        }
        return new BigDecimal(t);
    }
}

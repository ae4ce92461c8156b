package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.Violation;

/**
 * A 双监控 return as typed in the form or posted as JSON: money in 万元 as text, choices as codes or their Chinese
 * labels, one row per indicator of the goal table (by position). {@link #parse} turns it into the domain
 * {@link MonitoringReturn} and collects what cannot be read; {@link MonitoringReturn#violations} then says what is
 * missing. Field paths are the domain's: {@code executed}, {@code expectedAnnual}, {@code money.reason.category},
 * {@code indicators[i].completed} …
 *
 * @param version           the version read (optimistic lock), or {@code null}
 * @param executedWan       执行数 through the cut-off month, 万元
 * @param expectedAnnualWan 全年预计执行数, 万元
 * @param moneyCategory     偏差原因 category of the execution (code or label)
 * @param moneyReason       偏差原因 text of the execution
 * @param moneyMeasure      纠偏措施 of the execution
 * @param rows              the indicator rows, in the goal table's order
 */
public record MonitoringReturnInput(Long version, String executedWan, String expectedAnnualWan, String moneyCategory,
                                    String moneyReason, String moneyMeasure, List<Row> rows) {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final BigDecimal MAX_WAN = new BigDecimal("10000000000");

    /**
     * Violations that only say something is still missing: a draft may be saved with them, 送审 is refused. Every other
     * violation (a number that is not one, a negative amount, text too long, an unknown choice) refuses the save.
     */
    public static final Set<String> INCOMPLETE = Set.of("monitoring.money.required", "monitoring.value.required",
            "monitoring.likelihood.required", "monitoring.reason.category.required",
            "monitoring.reason.text.required", "monitoring.measure.required", "monitoring.indicator.name.required");

    public MonitoringReturnInput {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** One indicator row as typed. */
    public record Row(String completed, String expectedAnnual, String likelihood, String progress,
                      String reasonCategory, String reasonText, String measure) {

        public static final Row EMPTY = new Row(null, null, null, null, null, null, null);
    }

    /** An indicator of the goal table the return reports on: its 三级指标 name and 年度指标值. */
    public record Target(String name, String target) {
    }

    /** The input read into the domain, with what could not be read (those fields are left empty in the return). */
    public record Parsed(MonitoringReturn monitoringReturn, List<Violation> unreadable) {
    }

    /** Reads the input against the goal table's indicators (rows beyond them are ignored, missing ones are empty). */
    public Parsed parse(FiscalYear year, int cutOffMonth, List<Target> targets) {
        List<Violation> unreadable = new ArrayList<>();
        Amount executed = money(executedWan, "executed", unreadable);
        Amount expected = money(expectedAnnualWan, "expectedAnnual", unreadable);
        DeviationReason moneyReasonParsed = new DeviationReason(
                choice(DeviationCategory.class, moneyCategory, "money.reason.category", unreadable),
                trimToNull(moneyReason));
        List<IndicatorRow> indicators = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Row row = i < rows.size() && rows.get(i) != null ? rows.get(i) : Row.EMPTY;
            String path = "indicators[" + i + "]";
            indicators.add(new IndicatorRow(targets.get(i).name(), targets.get(i).target(), trimToNull(row.completed()),
                    trimToNull(row.expectedAnnual()),
                    choice(Likelihood.class, row.likelihood(), path + ".likelihood", unreadable),
                    choice(IndicatorProgress.class, row.progress(), path + ".progress", unreadable),
                    new DeviationReason(choice(DeviationCategory.class, row.reasonCategory(), path + ".reason.category",
                            unreadable), trimToNull(row.reasonText())),
                    trimToNull(row.measure())));
        }
        return new Parsed(new MonitoringReturn(year, cutOffMonth, executed, expected, moneyReasonParsed,
                trimToNull(moneyMeasure), indicators), unreadable);
    }

    /** Money in 万元 as typed; empty is {@code null}; a negative amount is kept for the domain to name. */
    static Amount money(String raw, String path, List<Violation> violations) {
        String text = raw == null ? "" : raw.strip().replace(",", "").replace("，", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            violations.add(Violation.of("money.notNumber", path));
            return null;
        }
        BigDecimal wan = new BigDecimal(text);
        if (wan.abs().compareTo(MAX_WAN) >= 0) {
            violations.add(Violation.of("money.tooLarge", path));
            return null;
        }
        if (!Amount.isExactInWan(wan.abs())) {
            violations.add(Violation.of("money.tooPrecise", path));
            return null;
        }
        return Amount.ofWan(wan);
    }

    /** A choice by its code ({@code CERTAIN}) or its Chinese label (确定能); empty is {@code null}. */
    static <E extends Enum<E>> E choice(Class<E> type, String raw, String path, List<Violation> violations) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text.toUpperCase(Locale.ROOT)) || label(value).equals(text)) {
                return value;
            }
        }
        violations.add(Violation.of("monitoring.choice.unknown", path, text));
        return null;
    }

    /** "1–7月". */
    public static String periodLabel(int cutOffMonth) {
        return Months.through(cutOffMonth);
    }

    /** The Chinese label of one of the return's choices. */
    public static String label(Enum<?> value) {
        if (value instanceof Likelihood l) {
            return l.label();
        }
        if (value instanceof IndicatorProgress p) {
            return p.label();
        }
        if (value instanceof DeviationCategory c) {
            return c.label();
        }
        return value.name();
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.jixiao.monitoring.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * 双监控 return (绩效运行监控表, rules.md §6.1, §6.3) for one project and period 1–{@code cutOffMonth}月: the money
 * (执行数 so far, 全年预计执行数, and where its lamp is not green the 偏差原因 and 纠偏措施) and one row per indicator.
 * Held as typed, so that {@link #violations} can report every problem at once.
 *
 * @param year           the fiscal year
 * @param cutOffMonth    the period's last month (1–12), or {@code null}
 * @param executed       项目预算执行数 through the cut-off month, or {@code null}
 * @param expectedAnnual 项目预算全年预计执行数, or {@code null}
 * @param moneyReason    偏差原因 of the execution
 * @param moneyMeasure   纠偏措施 of the execution, or {@code null}
 * @param indicators     the indicator rows
 */
public record MonitoringReturn(FiscalYear year, Integer cutOffMonth, Amount executed, Amount expectedAnnual,
                               DeviationReason moneyReason, String moneyMeasure, List<IndicatorRow> indicators) {

    static final String MONEY_SUBJECT = "预算执行";

    public MonitoringReturn {
        Objects.requireNonNull(year, "year");
        moneyReason = moneyReason == null ? DeviationReason.NONE : moneyReason;
        indicators = List.copyOf(indicators);
    }

    /**
     * Every problem at once (message keys {@code monitoring.*} in messages.properties): cut-off month 1–12;
     * money present and not negative, 全年预计 not below what is spent; each indicator named, with 完成值, 全年预计
     * and 完成目标可能性; where a lamp is not green — the execution's {@code moneyLamp}, an indicator's lamp from
     * its likelihood and progress under {@code rules} — the 偏差原因 category, its text and the 纠偏措施.
     */
    public List<Violation> violations(LampRules rules, Lamp moneyLamp) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(moneyLamp, "moneyLamp");
        LampEvaluator lamps = new LampEvaluator(rules);
        List<Violation> violations = new ArrayList<>();
        if (cutOffMonth == null || !Months.isValid(cutOffMonth)) {
            violations.add(Violation.of("monitoring.cutOffMonth.invalid", "cutOffMonth",
                    cutOffMonth == null ? "" : cutOffMonth.toString()));
        }
        money(violations, "executed", "执行数", executed);
        money(violations, "expectedAnnual", "全年预计执行数", expectedAnnual);
        if (executed != null && expectedAnnual != null && !executed.isNegative()
                && expectedAnnual.compareTo(executed) < 0) {
            violations.add(Violation.of("monitoring.expectedBelowExecuted", "expectedAnnual",
                    expectedAnnual.yuan().toPlainString(), executed.yuan().toPlainString()));
        }
        reasons(violations, "money", MONEY_SUBJECT, moneyLamp, moneyReason, moneyMeasure);
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorRow row = indicators.get(i);
            String path = "indicators[" + i + "]";
            String subject = blank(row.name()) ? "第" + (i + 1) + "行指标" : row.name().strip();
            if (blank(row.name())) {
                violations.add(Violation.of("monitoring.indicator.name.required", path + ".name", i + 1));
            }
            text(violations, path + ".name", row.name());
            value(violations, path + ".completed", subject, "完成值", row.completed());
            value(violations, path + ".expectedAnnual", subject, "全年预计完成值", row.expectedAnnual());
            if (row.likelihood() == null) {
                violations.add(Violation.of("monitoring.likelihood.required", path + ".likelihood", subject));
            }
            rowLamp(lamps, row).ifPresent(lamp ->
                    reasons(violations, path, subject, lamp, row.reason(), row.measure()));
        }
        return violations;
    }

    /** The violations with the lamp of the execution at the cut-off month under the same rules. */
    public List<Violation> violations(LampRules rules, ExecutionAssessment execution) {
        return violations(rules, execution.lamp());
    }

    /** @throws ValidationException with every violation, when there is any */
    public void validate(LampRules rules, Lamp moneyLamp) {
        List<Violation> violations = violations(rules, moneyLamp);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** The lamp of an indicator row: the worse of its likelihood's and its progress's; empty when neither is set. */
    public static Optional<Lamp> rowLamp(LampEvaluator lamps, IndicatorRow row) {
        Lamp lamp = null;
        if (row.likelihood() != null) {
            lamp = lamps.likelihood(row.likelihood()).lamp();
        }
        if (row.progress() != null) {
            Lamp progress = lamps.progress(row.progress()).lamp();
            lamp = lamp == null ? progress : lamp.worse(progress);
        }
        return Optional.ofNullable(lamp);
    }

    private static void reasons(List<Violation> violations, String path, String subject, Lamp lamp,
                                DeviationReason reason, String measure) {
        text(violations, path + ".reason.text", reason.text());
        text(violations, path + ".measure", measure);
        if (lamp.isGreen()) {
            return;
        }
        if (reason.category() == null) {
            violations.add(Violation.of("monitoring.reason.category.required", path + ".reason.category",
                    subject, lamp.lampLabel()));
        }
        if (blank(reason.text())) {
            violations.add(Violation.of("monitoring.reason.text.required", path + ".reason.text",
                    subject, lamp.lampLabel()));
        }
        if (blank(measure)) {
            violations.add(Violation.of("monitoring.measure.required", path + ".measure", subject, lamp.lampLabel()));
        }
    }

    private static void money(List<Violation> violations, String path, String label, Amount amount) {
        if (amount == null) {
            violations.add(Violation.of("monitoring.money.required", path, label));
        } else if (amount.isNegative()) {
            violations.add(Violation.of("monitoring.money.negative", path, label));
        }
    }

    private static void value(List<Violation> violations, String path, String subject, String label, String value) {
        if (blank(value)) {
            violations.add(Violation.of("monitoring.value.required", path, subject, label));
            return;
        }
        String v = value.strip();
        if ((v.startsWith("-") || v.startsWith("−")) && v.length() > 1 && Character.isDigit(v.charAt(1))) {
            violations.add(Violation.of("monitoring.value.negative", path, subject, label));
        }
        text(violations, path, value);
    }

    private static void text(List<Violation> violations, String path, String value) {
        int length = TextLimits.length(value);
        if (length > TextLimits.MAX_FIELD_LENGTH) {
            violations.add(Violation.of("text.tooLong", path, TextLimits.MAX_FIELD_LENGTH, length));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.jixiao.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.jixiao.shared.Amount;

/**
 * 报告基本信息 of one unit-year as entered: 机构设置, 人员编制/实有, 主要职能, the budget and final accounts and 三公经费
 * ({@link BasicsField}). Any value may be absent (not entered yet). Derived figures (预算调整率, 预算执行率) are
 * computed here, never stored, each with one rounding (half up, two decimals, in per cent).
 *
 * @param version optimistic lock; 0 for basics never saved
 */
public record ReportBasics(Map<BasicsField, Object> values, long version) {

    public ReportBasics {
        EnumMap<BasicsField, Object> copy = new EnumMap<>(BasicsField.class);
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static ReportBasics empty() {
        return new ReportBasics(Map.of(), 0);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Optional<String> text(BasicsField field) {
        return Optional.ofNullable(values.get(field)).filter(String.class::isInstance).map(String.class::cast);
    }

    public Optional<Integer> count(BasicsField field) {
        return Optional.ofNullable(values.get(field)).filter(Integer.class::isInstance).map(Integer.class::cast);
    }

    public Optional<Amount> money(BasicsField field) {
        return Optional.ofNullable(values.get(field)).filter(Amount.class::isInstance).map(Amount.class::cast);
    }

    /** The value as a form shows it: money in 元 with two decimals, counts as digits, text as written; "" if absent. */
    public String display(BasicsField field) {
        Object v = values.get(field);
        if (v == null) {
            return "";
        }
        return v instanceof Amount a ? a.yuan().toPlainString() : v.toString();
    }

    /** 预算调整率 = (调整后预算数 − 年初预算数) ÷ 年初预算数 × 100 %. */
    public Optional<BigDecimal> adjustmentRatePercent() {
        Optional<Amount> initial = money(BasicsField.BUDGET_INITIAL);
        Optional<BigDecimal> change = money(BasicsField.BUDGET_ADJUSTED)
                .flatMap(adjusted -> initial.map(i -> adjusted.yuan().subtract(i.yuan())));
        return percent(change, initial);
    }

    /** 预算执行率 = 支出合计 ÷ 调整后预算数 × 100 %. */
    public Optional<BigDecimal> executionRatePercent() {
        return percent(money(BasicsField.EXPENSE_TOTAL).map(Amount::yuan), money(BasicsField.BUDGET_ADJUSTED));
    }

    /** “三公”经费 支出 ÷ 预算 × 100 %. */
    public Optional<BigDecimal> threePublicRatePercent() {
        return percent(money(BasicsField.THREE_PUBLIC_ACTUAL).map(Amount::yuan), money(BasicsField.THREE_PUBLIC_BUDGET));
    }

    private static Optional<BigDecimal> percent(Optional<BigDecimal> numerator, Optional<Amount> denominator) {
        if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().yuan().signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.get().multiply(BigDecimal.valueOf(100))
                .divide(denominator.get().yuan(), 2, RoundingMode.HALF_UP));
    }
}

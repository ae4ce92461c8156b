package org.jixiao.checks.domain.rules;

import java.math.BigDecimal;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;

/**
 * 缺少计量单位: a number that needs a unit has none (rules.md §5.3, §10.6: 计量单位 is required for 定量 values) —
 * <ul>
 * <li>a bare number where the measure makes the need plain: a money cost ({@code 20} — 元 or 万元?), a rate
 * ({@code 合格率 ≥95} — %), an output quantity or a count ({@code 50} — 人, 座?), a time indicator
 * ({@code ≥30} — 天?), also after a word such as 各/共 ({@code 各600});</li>
 * <li>a magnitude without unit in any row ({@code ≥5万}, {@code 1.5万}: 万 what?).</li>
 * </ul>
 * Not reported: zero (the same in every unit), index-like names (指数, 系数), a unit declared in the name
 * ({@code 宣传进小区数量（个）}), and a five-digit Excel date serial in a time indicator (a
 * {@link FormatErrorRule} finding instead).
 */
public final class UnitMissingRule implements TableRule {

    private final Severity severity;
    private final UnitFamilies units;
    private final BigDecimal serialMin;
    private final BigDecimal serialMax;

    public UnitMissingRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.units = new UnitFamilies(config);
        this.serialMin = config.number("format.excelSerialMin");
        this.serialMax = config.number("format.excelSerialMax");
    }

    @Override
    public RuleId id() {
        return RuleId.UNIT_MISSING;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            String shown;
            boolean magnitudeOnly = false;
            if (indicator.value() instanceof Quantitative q) {
                if (q.number().signum() == 0) {
                    continue;
                }
                if (!q.unit().isEmpty()) {
                    if (!units.magnitudes.isOneOf(q.unit())) {
                        continue;
                    }
                    magnitudeOnly = true;
                } else if (FormatErrorRule.isExcelSerial(q, serialMin, serialMax) && isTimeish(indicator)) {
                    continue;
                }
                shown = q.format().strip();
            } else if (indicator.value() instanceof Qualitative t && t.unparsed()
                    && units.isBareNumberText(RuleText.compact(t.text()))) {
                shown = t.text().strip();
            } else {
                continue;
            }
            String name = RuleText.compact(indicator.name());
            if (units.unitlessNames.occursIn(name) || units.declaresUnit(name)) {
                continue;
            }
            String needed = needed(indicator, name);
            if (needed == null && !magnitudeOnly) {
                continue;
            }
            out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                    "“" + RuleText.shown(indicator.name()) + "”的指标值“" + shown + "”"
                            + (magnitudeOnly ? "只有数量级“" + ((Quantitative) indicator.value()).unit() + "”" : "只有数字")
                            + "，没有计量单位。",
                    "补上" + (needed == null ? "计量单位" : needed) + "，写成如“" + shown + example(needed, magnitudeOnly)
                            + "”的形式。"));
        }
    }

    /** The kind of unit the row needs, or null when its measure does not make that plain. */
    private String needed(Indicator indicator, String name) {
        if (Categories.isMoneyCost(indicator)) {
            return "货币单位（元或万元）";
        }
        if (units.isRateName(name)) {
            return "“%”";
        }
        if (Categories.isQuantity(indicator) || units.isCountName(name)) {
            return "计量单位（如人、个、座、项、次）";
        }
        if (isTimeish(indicator)) {
            return "时间单位或时限（如天、个月、“12月底前”）";
        }
        return null;
    }

    private boolean isTimeish(Indicator indicator) {
        return Categories.isTimeliness(indicator) || units.timeWords.occursIn(RuleText.compact(indicator.name()));
    }

    private static String example(String needed, boolean magnitudeOnly) {
        if (needed == null) {
            return "…";
        }
        if (needed.startsWith("货币")) {
            return magnitudeOnly ? "元" : "万元";
        }
        if (needed.startsWith("“%")) {
            return "%";
        }
        if (needed.startsWith("计量")) {
            return "个";
        }
        return "天";
    }
}

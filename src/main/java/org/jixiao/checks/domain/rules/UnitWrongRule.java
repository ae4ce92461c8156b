package org.jixiao.checks.domain.rules;

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
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Quantitative;

/**
 * 计量单位不当: the unit does not fit what is measured —
 * <ul>
 * <li>a money cost (成本指标) in anything but money: {@code 所需成本 5座}, {@code 所需成本 100%} (a percentage is
 * accepted for a ratio named so: 成本节约率, 成本控制 ≤100%);</li>
 * <li>a rate (…率, 满意度, 占比) in days, people or money ({@code 发放及时率 3天}; %, ‰, 百分点 and 分 fit), or
 * given as a time limit ({@code 发放及时率 每月25号}: a rate cannot be a date);</li>
 * <li>an area (…面积) or a length (…长度) in another unit: {@code 养护绿地面积 140万株};</li>
 * <li>a duration (…时间, …时限) in %: {@code 平台故障恢复时间 ≤4%};</li>
 * <li>an amount (…成本, …金额, …费用) in %;</li>
 * <li>a time indicator in money.</li>
 * </ul>
 * A bare magnitude ({@code 5万}) is a missing unit ({@link UnitMissingRule}), not a wrong one. Unit families
 * and name classes are configuration ({@code unit.*}).
 */
public final class UnitWrongRule implements TableRule {

    private final Severity severity;
    private final UnitFamilies units;

    public UnitWrongRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.units = new UnitFamilies(config);
    }

    @Override
    public RuleId id() {
        return RuleId.UNIT_WRONG;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        var indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (indicator.value() instanceof Deadline deadline) {
                String name = RuleText.compact(indicator.name());
                if (units.isRateName(name)) {
                    report(table, row, indicator, deadline.format().strip(), "是比率，却填写了时限",
                            "比率以百分数表示，如“100%”；若要考核的是时限，把指标名称改为“…时间”并保留时限。", out);
                }
                continue;
            }
            if (!(indicator.value() instanceof Quantitative q) || q.unit().isEmpty()
                    || units.magnitudes.isOneOf(q.unit())) {
                continue;
            }
            String unit = q.unit();
            String value = q.format().strip();
            String name = RuleText.compact(indicator.name());
            if (Categories.isMoneyCost(indicator)) {
                if (!units.isMoney(unit)
                        && !(units.rate.isOneOf(unit) && (units.isRateName(name) || units.costRatioWords.occursIn(name)))) {
                    report(table, row, indicator, value, "是成本指标，单位却是“" + unit + "”",
                            "成本指标应以货币计量，写明所需金额（元或万元），如“≤20万元”。", out);
                }
            } else if (units.fitsRate(unit)) {
                if (units.rate.isOneOf(unit) && !units.isRateName(name)) {
                    if (units.moneyNameSuffixes.suffixOf(name) != null) {
                        report(table, row, indicator, value, "是金额，单位却是“" + unit + "”",
                                "写明金额（元或万元）；若要考核比率，把指标名称改为相应的“…率”。", out);
                    } else if (units.durationNameSuffixes.suffixOf(name) != null) {
                        report(table, row, indicator, value, "是时间，单位却是“" + unit + "”",
                                "写明时长或时限，如“≤4小时”“12月底前”；若要考核比率，把指标名称改为相应的“…率”。", out);
                    }
                }
            } else if (units.isRateName(name)) {
                report(table, row, indicator, value, "是比率，单位却是“" + unit + "”",
                        "比率以百分数表示，如“≥95%”；若要考核的是时间或数量，改用相应的指标名称。", out);
            } else if (units.areaNameSuffixes.suffixOf(name) != null && !isArea(unit)) {
                report(table, row, indicator, value, "是面积，单位却是“" + unit + "”",
                        "面积以平方米、亩或公顷计，如“≥5200平方米”；若计的是株数或个数，改用相应的指标名称。", out);
            } else if (units.lengthNameSuffixes.suffixOf(name) != null && !units.length.isOneOf(unit)
                    && !units.length.isOneOf(units.withoutMagnitude(unit))) {
                report(table, row, indicator, value, "是长度，单位却是“" + unit + "”",
                        "长度以米或公里计，如“≥18公里”。", out);
            } else if (Categories.isTimeliness(indicator) && units.isMoney(unit)) {
                report(table, row, indicator, value, "是时效指标，单位却是货币“" + unit + "”",
                        "时效指标写完成时限或时长，如“12月底前”“≤30天”；金额放入成本指标。", out);
            }
        }
    }

    /** An area unit, perhaps in ten thousands or per operation: 平方米, 万亩, 亩次 (作业面积 counted per pass). */
    private boolean isArea(String unit) {
        String plain = units.withoutMagnitude(unit);
        if (plain.length() > 1 && plain.endsWith("次")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        return units.area.isOneOf(unit) || units.area.isOneOf(plain);
    }

    private void report(CheckedTable table, int row, Indicator indicator, String value, String what, String advice,
                        Consumer<Finding> out) {
        out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                "“" + RuleText.shown(indicator.name()) + "”" + what + "（指标值“" + value + "”）。", advice));
    }
}

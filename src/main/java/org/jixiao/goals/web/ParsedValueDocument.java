package org.jixiao.goals.web;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Direction;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;

/** The typed reading of a 指标值, as the API reports it. Fields that do not apply to the kind are null. */
@Schema(name = "ParsedValue", description = "指标值的解析结果")
public record ParsedValueDocument(
        @Schema(description = "QUANTITATIVE 定量 / DEADLINE 时限 / QUALITATIVE 定性") String kind,
        @Schema(description = "GE ≥, LE ≤, EQ =, GT >, LT <, NONE") String comparator,
        BigDecimal number,
        String unit,
        @Schema(description = "时限的年份（未写明时为 null）") Integer year,
        Integer month,
        Integer day,
        @Schema(description = "每月重复的时限，如“每月25号”") Boolean recurring,
        @Schema(description = "定性文字未能识别为标准形式") Boolean unparsed,
        @Schema(description = "HIGHER_IS_BETTER 越高越好 / LOWER_IS_BETTER 越低越好 / TARGET 达到目标值") String direction) {

    static ParsedValueDocument of(Indicator indicator) {
        IndicatorValue value = indicator.value();
        String direction = Direction.derive(indicator.name(), value).name();
        if (value instanceof Quantitative q) {
            return new ParsedValueDocument("QUANTITATIVE", q.comparator().name(), q.number(), q.unit(), null, null, null,
                    null, null, direction);
        }
        if (value instanceof Deadline d) {
            return new ParsedValueDocument("DEADLINE", null, null, null, d.year().orElse(null), d.month().orElse(null),
                    d.day().orElse(null), d.recurring(), null, direction);
        }
        Qualitative q = (Qualitative) value;
        return new ParsedValueDocument("QUALITATIVE", null, null, null, null, null, null, null, q.unparsed(), direction);
    }
}

package org.jixiao.monitoring.domain;

/**
 * One indicator of a 双监控 return (rules.md §6.3: perf_comp, est_perf_annual, complete_rate, ana_dev_reasons),
 * as typed; {@link MonitoringReturn#violations} says what is missing.
 *
 * @param name           三级指标 name
 * @param target         年度指标值 as approved (text, e.g. "≥20套")
 * @param completed      完成值 so far (text as typed: "18套", "达成")
 * @param expectedAnnual 全年预计 完成值 (text as typed)
 * @param likelihood     完成目标可能性, or {@code null} when not chosen
 * @param progress       qualitative progress so far (达成/部分达成/未达成), or {@code null}
 * @param reason         偏差原因 (category and text)
 * @param measure        纠偏措施, or {@code null}
 */
public record IndicatorRow(String name, String target, String completed, String expectedAnnual,
                           Likelihood likelihood, IndicatorProgress progress, DeviationReason reason,
                           String measure) {

    public IndicatorRow {
        reason = reason == null ? DeviationReason.NONE : reason;
    }
}

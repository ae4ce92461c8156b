/**
 * 绩效运行监控 (双监控): budget execution rates, warning lamps (预警灯) and the monitoring return. The pure domain in
 * {@code monitoring.domain} (rules.md §4.3, §6); the lamp rules shipped as JSON per 财政区划 and year
 * ({@code monitoring/lamp-rules}); tables {@code mon_*} of 实际支出 and 预算调整 ({@link
 * org.jixiao.monitoring.ExecutionRecordManagement}, {@link org.jixiao.monitoring.TreasuryImports}); rates and lamps
 * computed on reading ({@link org.jixiao.monitoring.MonitoringQueries}); pages, API, .xlsx and demo data
 * (docs/monitoring.md); the 双监控 returns per project goal table and period, with tables {@code mon_return*}, pages,
 * API and review as {@code MONITORING_RETURN} (docs/monitoring-returns.md).
 */
package org.jixiao.monitoring;

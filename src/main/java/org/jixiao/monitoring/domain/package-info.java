/**
 * Monitoring as pure functions (rules.md §4.3, §6): cumulative execution rates against the adjusted budget,
 * 序时进度, the project's own 资金支出计划, the 年度平均执行率 of seed 002; warning lamps from versioned rules per
 * 财政区划 and year, each with its explanation; the 双监控 return and its validation. No Spring, no I/O, no clock;
 * published to the other modules as the named interface "domain".
 */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.monitoring.domain;

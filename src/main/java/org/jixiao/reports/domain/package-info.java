/**
 * The report as plain Java: the unit's basics ({@link org.jixiao.reports.domain.ReportBasics}, parsed from text
 * with every violation at once), the outline per 财政区划 ({@link org.jixiao.reports.domain.ReportOutline}), the
 * format-neutral document ({@link org.jixiao.reports.domain.ReportBlock}), the bar chart drawn with Java2D and the
 * consistency check of stated figures ({@link org.jixiao.reports.domain.StatedFigures}).
 */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.reports.domain;

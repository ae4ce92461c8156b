/**
 * 自评报告: the 部门整体支出绩效自评报告 (seeds 003 and 004) and the 项目支出绩效自评表, written from the data at
 * generation time. The unit enters what the system holds nowhere else (机构设置, 人员编制, 主要职能, the budget and
 * final accounts, 三公经费) and the narrative sections; a section not written yet is printed as a draft generated
 * only from the data and marked 草稿，请修改. Every generated file is kept (rpt_generation) and can be downloaded
 * again. Figures typed from a hand-written report are checked against the data ({@link
 * org.jixiao.reports.ReportConsistency}). Owns tables {@code rpt_*}; reads goal tables, self-evaluations and the
 * scoring policy through their modules' public APIs; the department self-evaluation and the monthly execution
 * records enter through {@link org.jixiao.reports.DepartmentEvaluationSource} and
 * {@link org.jixiao.reports.MonthlyExecutionSource} once those modules provide them.
 * The 整改报告 ({@link org.jixiao.reports.RectificationReport}, seed 000) reads the problems through
 * {@code rectification}'s {@code RectificationQueries} and the department self-evaluation through
 * {@code evaluation}'s {@code DepartmentEvaluationQueries}.
 */
package org.jixiao.reports;

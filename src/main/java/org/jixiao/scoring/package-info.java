/**
 * 评分: the scoring engine for 单位自评 (project self-evaluation) and 部门整体支出绩效自评 (department overall
 * self-evaluation). The formulas live in {@code scoring.domain} (pure Java); this package reads the versioned
 * {@link org.jixiao.scoring.domain.ScoringPolicy} per 财政区划 and year and the shipped templates from JSON
 * resources ({@code scoring/policies}, {@code scoring/templates}). Owns no tables yet; publishes the domain
 * types, {@link org.jixiao.scoring.ScoringPolicyReader} and {@link org.jixiao.scoring.ScoringTemplateReader}.
 */
package org.jixiao.scoring;

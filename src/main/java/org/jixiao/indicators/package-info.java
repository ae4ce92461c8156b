/**
 * The indicator language: the 一级/二级 taxonomy, label normalisation, the typed 指标值 (parse and format back)
 * and an indicator's direction. Owns no tables yet (the 指标库 comes later); publishes the domain types and a
 * {@link org.jixiao.indicators.domain.LabelNormalizer} bean.
 */
package org.jixiao.indicators;

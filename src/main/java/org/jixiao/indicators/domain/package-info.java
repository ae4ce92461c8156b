/**
 * The indicator language as pure values: the 一级/二级 taxonomy and its label normalisation, the typed 指标值
 * ({@link org.jixiao.indicators.domain.IndicatorValue}: parse any text, format it back unchanged) and an
 * indicator's {@link org.jixiao.indicators.domain.Direction}. No Spring, no persistence, no clock, no mutable
 * static state; published to the other modules as the named interface "domain".
 */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.indicators.domain;

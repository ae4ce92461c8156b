/**
 * The scoring engine as pure functions (rules.md §2, §4.3): policy (weights, 偏离度 threshold, reverse formula,
 * qualitative bands, grade bands) as data, project self-evaluation scoring, template-driven department scoring,
 * and an {@link org.jixiao.scoring.domain.Explanation} for every score. No Spring, no I/O, no clock, no mutable
 * static state; published to the other modules as the named interface "domain".
 */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.scoring.domain;

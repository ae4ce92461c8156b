/** The check engine and its rules: plain Java, the rule configuration arrives as data ({@link org.jixiao.checks.domain.RuleConfig}). */
@org.springframework.modulith.NamedInterface("domain")
package org.jixiao.checks.domain;

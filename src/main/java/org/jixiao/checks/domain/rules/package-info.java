/**
 * The goal-table rules (智能审核), one class per {@link org.jixiao.checks.domain.RuleId}, each built once from a
 * {@link org.jixiao.checks.domain.RuleConfig}. {@link org.jixiao.checks.domain.rules.MechanicalRules} lists the
 * rules that need no word segmentation (comparator direction, deadlines, cost against budget, funding split,
 * categories, units, implausible values, format residue, basis, spending plan, duplicates);
 * {@code SemanticRules} lists those that compare words.
 */
package org.jixiao.checks.domain.rules;

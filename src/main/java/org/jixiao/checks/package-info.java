/**
 * 智能审核: goal-table quality checks. Runs the rules of {@code checks.domain} over goal tables, alone and all
 * tables of a unit together, and returns findings (rule, severity, location, message, suggestion). Owns tables
 * {@code chk_*} (reviewed findings); publishes {@link org.jixiao.checks.CheckQueries}.
 */
package org.jixiao.checks;

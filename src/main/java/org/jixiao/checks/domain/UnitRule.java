package org.jixiao.checks.domain;

import java.util.List;
import java.util.function.Consumer;

/** A rule over all goal tables of one unit and year together (boilerplate across projects, totals). */
public interface UnitRule {

    RuleId id();

    void check(List<CheckedTable> tables, CheckContext context, Consumer<Finding> out);
}

package org.jixiao.checks.domain;

import java.util.function.Consumer;

/** A rule over one goal table. Implementations are stateless; findings go to {@code out}. */
public interface TableRule {

    RuleId id();

    void check(CheckedTable table, CheckContext context, Consumer<Finding> out);
}

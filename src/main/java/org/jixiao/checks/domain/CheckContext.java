package org.jixiao.checks.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a rule may consult besides the table: the rule configuration in force, every table of the same unit and
 * year (for rules across tables), and word segmentation.
 */
public record CheckContext(RuleConfig config, List<CheckedTable> unitTables, Segmenter segmenter) {

    public CheckContext {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(segmenter, "segmenter");
        unitTables = unitTables == null ? List.of() : List.copyOf(unitTables);
    }
}

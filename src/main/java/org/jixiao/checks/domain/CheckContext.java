package org.jixiao.checks.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a rule may consult besides the table: the rule configuration in force, every table of the same unit and
 * year (for rules across tables), and word segmentation. A context lives for one check of one unit; rules that
 * need something derived from all the unit's tables (an index of project texts, say) compute it once per context
 * with {@link #memo}, so checking a unit of n tables stays linear instead of quadratic.
 */
public final class CheckContext {

    private final RuleConfig config;
    private final List<CheckedTable> unitTables;
    private final Segmenter segmenter;
    private final Map<Object, Object> memos = new HashMap<>();

    public CheckContext(RuleConfig config, List<CheckedTable> unitTables, Segmenter segmenter) {
        this.config = Objects.requireNonNull(config, "config");
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
        this.unitTables = unitTables == null ? List.of() : List.copyOf(unitTables);
    }

    public RuleConfig config() {
        return config;
    }

    public List<CheckedTable> unitTables() {
        return unitTables;
    }

    public Segmenter segmenter() {
        return segmenter;
    }

    /**
     * The value {@code compute} gives for this context, computed on first request and kept for the context's life.
     * {@code key} identifies the derived value (a rule's own constant); a context is used by one thread at a time.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(Object key, Function<CheckContext, T> compute) {
        Object value = memos.get(key);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "memo value");
            memos.put(key, value);
        }
        return (T) value;
    }
}

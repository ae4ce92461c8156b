package org.jixiao.checks.domain.rules;

import java.util.Arrays;
import java.util.function.Function;

import org.jixiao.checks.domain.RuleConfig;

/**
 * What a rule compiles from a {@link RuleConfig} (keyword sets, patterns, thresholds), kept for the last few
 * configurations by identity: a rule is built with the configuration in force and compiles it once, and a check
 * run under another configuration compiles that one once more instead of on every table. Lookups take no lock.
 */
final class SemanticCache<T> {

    private static final int SIZE = 4;

    private record Entry(RuleConfig config, Object value) {
    }

    private final Function<RuleConfig, T> compiler;
    private volatile Entry[] entries = new Entry[0];

    SemanticCache(Function<RuleConfig, T> compiler) {
        this.compiler = compiler;
    }

    @SuppressWarnings("unchecked")
    T get(RuleConfig config) {
        for (Entry entry : entries) {
            if (entry.config() == config) {
                return (T) entry.value();
            }
        }
        return compile(config);
    }

    @SuppressWarnings("unchecked")
    private synchronized T compile(RuleConfig config) {
        Entry[] current = entries;
        for (Entry entry : current) {
            if (entry.config() == config) {
                return (T) entry.value();
            }
        }
        T value = compiler.apply(config);
        Entry[] next = new Entry[Math.min(SIZE, current.length + 1)];
        next[0] = new Entry(config, value);
        System.arraycopy(current, 0, next, 1, next.length - 1);
        entries = next;
        return value;
    }

    @Override
    public String toString() {
        return "SemanticCache" + Arrays.toString(entries);
    }
}

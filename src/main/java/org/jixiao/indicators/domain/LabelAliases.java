package org.jixiao.indicators.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.jixiao.indicators.domain.Level1Category.SATISFACTION;
import static org.jixiao.indicators.domain.Level2Category.ECOLOGICAL_BENEFIT;
import static org.jixiao.indicators.domain.Level2Category.ECOLOGICAL_COST;
import static org.jixiao.indicators.domain.Level2Category.ECONOMIC_BENEFIT;
import static org.jixiao.indicators.domain.Level2Category.ECONOMIC_COST;
import static org.jixiao.indicators.domain.Level2Category.SERVICE_SATISFACTION;
import static org.jixiao.indicators.domain.Level2Category.SOCIAL_BENEFIT;
import static org.jixiao.indicators.domain.Level2Category.SOCIAL_COST;

/**
 * 指标名称别名: the published variants of the category labels, as data. Aliases are compared by
 * {@link LabelKey}, so each needs to be listed in one spelling only ({@code 产出} covers {@code 产出指标},
 * {@code 产 出 指 标} and {@code 产出指标（必填）}); the standard label of every category is always included.
 *
 * <p>A 二级 alias maps to candidates in order of preference; the 一级 it is filed under picks among them
 * (see {@link LabelNormalizer#level2}). Only the bare words {@code 经济}, {@code 社会}, {@code 生态},
 * {@code 环境} are ambiguous: under 成本 they are costs, elsewhere benefits.
 */
public final class LabelAliases {

    private static final LabelAliases DEFAULTS = new LabelAliases(
            Map.of(
                    "服务对象满意度", SATISFACTION, // rules.md §5.1: the only 二级 of 满意度, used as 一级 too
                    "社会公众或服务对象满意度指标", SATISFACTION, // older templates, rules.md §5.1 [C, S22]
                    "社会公众满意度", SATISFACTION),
            Map.ofEntries(
                    Map.entry("环境效益", List.of(ECOLOGICAL_BENEFIT)), // older templates, rules.md §5.1
                    Map.entry("生态环境效益", List.of(ECOLOGICAL_BENEFIT)),
                    Map.entry("满意度", List.of(SERVICE_SATISFACTION)),
                    Map.entry("社会公众或服务对象满意度", List.of(SERVICE_SATISFACTION)),
                    Map.entry("社会公众满意度", List.of(SERVICE_SATISFACTION)),
                    Map.entry("生态成本", List.of(ECOLOGICAL_COST)),
                    Map.entry("环境成本", List.of(ECOLOGICAL_COST)),
                    Map.entry("经济", List.of(ECONOMIC_BENEFIT, ECONOMIC_COST)),
                    Map.entry("社会", List.of(SOCIAL_BENEFIT, SOCIAL_COST)),
                    Map.entry("生态", List.of(ECOLOGICAL_BENEFIT, ECOLOGICAL_COST)),
                    Map.entry("环境", List.of(ECOLOGICAL_BENEFIT, ECOLOGICAL_COST)),
                    Map.entry("生态环境", List.of(ECOLOGICAL_BENEFIT, ECOLOGICAL_COST))));

    private final Map<String, Level1Category> level1;
    private final Map<String, List<Level2Category>> level2;

    /**
     * @param level1 extra 一级 aliases
     * @param level2 extra 二级 aliases, each to its candidates in order of preference
     * @throws IllegalArgumentException when two aliases meet in one key with different meanings, or an alias
     *                                  is empty or has no candidate
     */
    public LabelAliases(Map<String, Level1Category> level1, Map<String, List<Level2Category>> level2) {
        Map<String, Level1Category> first = new HashMap<>();
        for (Level1Category category : Level1Category.values()) {
            put(first, category.label(), category);
        }
        level1.forEach((alias, category) -> put(first, alias, Objects.requireNonNull(category, alias)));

        Map<String, List<Level2Category>> second = new HashMap<>();
        for (Level2Category category : Level2Category.values()) {
            put(second, category.label(), List.of(category));
        }
        level2.forEach((alias, candidates) -> {
            if (candidates.isEmpty()) {
                throw new IllegalArgumentException("二级 alias without a category: " + alias);
            }
            put(second, alias, List.copyOf(candidates));
        });
        this.level1 = Map.copyOf(first);
        this.level2 = Map.copyOf(second);
    }

    /** The aliases Jixiao ships with. */
    public static LabelAliases defaults() {
        return DEFAULTS;
    }

    /** The 一级 category {@code label} names, if known. */
    public Optional<Level1Category> level1(String label) {
        return Optional.ofNullable(level1.get(LabelKey.of(label)));
    }

    /** The 二级 categories {@code label} may name, in order of preference; empty when unknown. */
    public List<Level2Category> level2(String label) {
        return level2.getOrDefault(LabelKey.of(label), List.of());
    }

    private static <V> void put(Map<String, V> map, String alias, V meaning) {
        String key = LabelKey.of(alias);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("empty alias: " + alias);
        }
        V previous = map.putIfAbsent(key, meaning);
        if (previous != null && !previous.equals(meaning)) {
            throw new IllegalArgumentException("alias " + alias + " means both " + previous + " and " + meaning);
        }
    }
}

package org.jixiao.indicators.domain;

import java.util.List;
import java.util.Objects;

/**
 * 指标类别规范化: reads the 一级/二级 labels of a published goal table into the taxonomy, keeping the text as
 * written. Never throws and never drops a label: what it does not recognise comes back with a {@code null}
 * category. Immutable, so one instance serves everyone.
 */
public final class LabelNormalizer {

    private static final LabelNormalizer DEFAULTS = new LabelNormalizer(LabelAliases.defaults());

    private final LabelAliases aliases;

    public LabelNormalizer(LabelAliases aliases) {
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    /** A normaliser with {@link LabelAliases#defaults()}. */
    public static LabelNormalizer defaults() {
        return DEFAULTS;
    }

    /** The 一级 category of {@code raw} ({@code 产出}, {@code 成本指标（必填硬性指标）}, …). */
    public NormalizedLabel<Level1Category> level1(String raw) {
        return new NormalizedLabel<>(raw, aliases.level1(raw).orElse(null));
    }

    /**
     * The 二级 category of {@code raw}. The 一级 only chooses between readings of an ambiguous label
     * ({@code 经济} under 成本 is {@link Level2Category#ECONOMIC_COST}, elsewhere
     * {@link Level2Category#ECONOMIC_BENEFIT}); otherwise a label means its own category whatever it is filed
     * under — {@code 数量指标} under 效益 is still {@link Level2Category#QUANTITY}, and {@code 成本指标} is
     * {@link Level2Category#OUTPUT_COST} under any 一级, being the only 二级 of that name. A 二级 under the wrong
     * 一级 is a finding for the goal-table checks ({@link Level2Category#parent()} differs), not a reason to
     * lose the label here.
     *
     * @param parentOrNull the normalised 一级 of the row, {@code null} when unknown
     */
    public NormalizedLabel<Level2Category> level2(String raw, Level1Category parentOrNull) {
        List<Level2Category> candidates = aliases.level2(raw);
        if (candidates.isEmpty()) {
            return new NormalizedLabel<>(raw, null);
        }
        Level2Category chosen = candidates.stream().filter(c -> c.parent() == parentOrNull).findFirst()
                .orElse(candidates.get(0));
        return new NormalizedLabel<>(raw, chosen);
    }
}

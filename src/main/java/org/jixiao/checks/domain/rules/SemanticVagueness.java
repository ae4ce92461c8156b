package org.jixiao.checks.domain.rules;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.checks.domain.RuleConfig;

/**
 * 笼统表述: whether a qualitative text is a slogan — it carries one of the vague words
 * ({@code quantified.vague-words}: 提升, 促进, 改善, 明显 …) and none of the checkable standards
 * ({@code quantified.checkable-patterns}: 符合《…》, 达到…标准, 验收合格, 无重大安全事故 …), and is not one of
 * the short answers accepted as they are ({@code quantified.accepted-values}: 长期, 持续, 是 …). Shared by
 * NOT_QUANTIFIED, BOILERPLATE and IRRELEVANT_INDICATOR so the three agree on what a slogan is.
 */
record SemanticVagueness(List<String> vagueWords, List<Pattern> checkable, Set<String> accepted) {

    private static final SemanticCache<SemanticVagueness> CACHE = new SemanticCache<>(SemanticVagueness::compile);

    static SemanticVagueness of(RuleConfig config) {
        return CACHE.get(config);
    }

    private static SemanticVagueness compile(RuleConfig config) {
        return new SemanticVagueness(List.copyOf(config.keywords("quantified.vague-words")),
                SemanticRules.patterns(config, "quantified.checkable-patterns"),
                SemanticRules.wordSet(config, "quantified.accepted-values"));
    }

    /** Whether the text states a checkable standard. */
    boolean checkable(String text) {
        return SemanticText.anyFound(text, checkable);
    }

    /**
     * The vague word that makes {@code text} a slogan, or null when it has none, states a checkable standard or
     * is one of the short values accepted as they are ({@code quantified.accepted-values}: "长期", "持续", "是" —
     * the usual bare answers of a 可持续影响 or yes/no row).
     */
    String vagueWord(String text) {
        String word = SemanticText.firstContained(text, vagueWords);
        return word == null || checkable(text) || accepted.contains(SemanticText.compact(text)) ? null : word;
    }
}

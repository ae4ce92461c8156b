package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.checks.domain.UnitRule;
import org.jixiao.indicators.domain.Level2Category;

/**
 * The semantic rules (语义审核): whether an indicator measures anything (NOT_QUANTIFIED, PSEUDO_QUANTIFIED),
 * copies (VALUE_COPIES_DESC, DESC_COPIES_NAME), sits in the right category (MISCLASSIFIED), is a slogan
 * copied across projects (BOILERPLATE), covers the goals (GOAL_NOT_COVERED) and belongs to its project
 * (IRRELEVANT_INDICATOR). Their word lists and thresholds come from {@code checks/config/semantic.json}.
 */
public final class SemanticRules {

    private SemanticRules() {
    }

    /** The enabled semantic rules over one table, compiled for {@code config}. */
    public static List<TableRule> tableRules(RuleConfig config) {
        List<TableRule> rules = new ArrayList<>();
        add(rules, config, RuleId.NOT_QUANTIFIED, NotQuantifiedRule::new);
        add(rules, config, RuleId.PSEUDO_QUANTIFIED, PseudoQuantifiedRule::new);
        add(rules, config, RuleId.VALUE_COPIES_DESC, ValueCopiesDescRule::new);
        add(rules, config, RuleId.DESC_COPIES_NAME, DescCopiesNameRule::new);
        add(rules, config, RuleId.MISCLASSIFIED, MisclassifiedRule::new);
        add(rules, config, RuleId.GOAL_NOT_COVERED, GoalNotCoveredRule::new);
        add(rules, config, RuleId.IRRELEVANT_INDICATOR, IrrelevantIndicatorRule::new);
        return List.copyOf(rules);
    }

    /** The enabled semantic rules over all tables of a unit (套话跨项目照搬). */
    public static List<UnitRule> unitRules(RuleConfig config) {
        List<UnitRule> rules = new ArrayList<>();
        add(rules, config, RuleId.BOILERPLATE, BoilerplateRule::new);
        return List.copyOf(rules);
    }

    private static <R> void add(List<R> rules, RuleConfig config, RuleId id, Function<RuleConfig, R> factory) {
        if (config.enabled(id)) {
            rules.add(factory.apply(config));
        }
    }

    /** A keyword list compiled as regular expressions. */
    static List<Pattern> patterns(RuleConfig config, String key) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : config.keywords(key)) {
            try {
                patterns.add(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("rule configuration " + config.version() + ": " + key
                        + " holds an invalid pattern " + regex, e);
            }
        }
        return List.copyOf(patterns);
    }

    /** A keyword list in compact form ({@link SemanticText#compact}), as a set. */
    static Set<String> wordSet(RuleConfig config, String key) {
        Set<String> set = new HashSet<>();
        for (String word : config.keywords(key)) {
            String w = SemanticText.compact(word);
            if (!w.isEmpty()) {
                set.add(w);
            }
        }
        return Set.copyOf(set);
    }

    /** A keyword list of {@link Level2Category} names. */
    static Set<Level2Category> categories(RuleConfig config, String key) {
        Set<Level2Category> set = EnumSet.noneOf(Level2Category.class);
        for (String name : config.keywords(key)) {
            try {
                set.add(Level2Category.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("rule configuration " + config.version() + ": " + key
                        + " names no 二级指标 category: " + name, e);
            }
        }
        return Set.copyOf(set);
    }

    /** A number of the configuration as a double. */
    static double number(RuleConfig config, String key) {
        return config.number(key).doubleValue();
    }
}

package org.jixiao.checks.domain.rules;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.Qualitative;

/**
 * 指标与项目无关: an indicator copied from another project of the unit and not adapted — "培训人次 / 消防安全培训"
 * in a 消火栓 project of a fire brigade that also has a 宣传培训 project. Two conditions, both required:
 * <ol>
 *   <li>none of the row's content words (segmented name, description and text value, less
 *   {@code relevance.generic-words}) relates to its own project — its name, 资金用途 and 绩效目标: not as a word,
 *   not by a synonym ({@code semantic.synonyms}), and not as a set of characters that all occur in the project
 *   text (so "新站" relates to "新建消防站", "职工" to "队员");</li>
 *   <li>one of those words does occur (as a word or synonym) in the name, 资金用途 or goals of another project of
 *   the same unit: the row has a visible origin.</li>
 * </ol>
 *
 * <p>Precision first: a row unrelated to its project but to nothing else in the unit either is not reported —
 * on real tables that is far more often a sub-activity the short 资金用途 does not spell out ("扑火队员培训" in a
 * 森林防火 project) than a foreign template. Also left out: department tables; projects whose name has no word
 * beyond the generic ones of {@code relevance.generic-project-words} (日常运转经费, 业务工作经费 — anything may be
 * paid from them); rows of the categories that measure any project's money, schedule and satisfaction
 * ({@code relevance.generic-categories}); generic category rows ({@code relevance.generic-row-words} in the
 * name: 满意度, 合格率, 完成率, 成本, 时间 …); slogan values (NOT_QUANTIFIED reports those); rows with fewer than
 * {@code relevance.min-content-words} content words.
 */
public final class IrrelevantIndicatorRule implements TableRule {

    private record Settings(SemanticWords words, SemanticWords projectWords, Set<Level2Category> genericCategories,
                            List<String> genericRows, int minWords, SemanticSynonyms synonyms,
                            SemanticVagueness vagueness) {

        static Settings compile(RuleConfig config) {
            Set<String> generic = SemanticRules.wordSet(config, "relevance.generic-words");
            Set<String> projectGeneric = new HashSet<>(generic);
            projectGeneric.addAll(SemanticRules.wordSet(config, "relevance.generic-project-words"));
            return new Settings(new SemanticWords(generic), new SemanticWords(Set.copyOf(projectGeneric)),
                    SemanticRules.categories(config, "relevance.generic-categories"),
                    List.copyOf(config.keywords("relevance.generic-row-words")),
                    Math.max(1, (int) SemanticRules.number(config, "relevance.min-content-words")),
                    SemanticSynonyms.of(config), SemanticVagueness.of(config));
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public IrrelevantIndicatorRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.IRRELEVANT_INDICATOR;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        if (table.project() == null || context.unitTables().size() < 2) {
            return;
        }
        Settings s = settings.get(context.config());
        if (s.projectWords().of(context.segmenter(), table.project().name()).isEmpty()) {
            return;
        }
        String project = projectText(table);
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            Level2Category category = indicator.level2().category();
            if ((category != null && s.genericCategories().contains(category))
                    || SemanticText.firstContained(indicator.name(), s.genericRows()) != null) {
                continue;
            }
            String text = indicator.name() + "，" + SemanticText.orEmpty(indicator.description());
            if (indicator.value() instanceof Qualitative value && !value.isEmpty()) {
                if (s.vagueness().vagueWord(value.text()) != null) {
                    continue;
                }
                text += "，" + value.text();
            }
            Set<String> words = s.words().of(context.segmenter(), text);
            if (words.size() < s.minWords() || words.stream().anyMatch(w -> related(w, project, s))) {
                continue;
            }
            CheckedTable origin = origin(table, words, context, s);
            if (origin == null) {
                continue;
            }
            out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "name"),
                    "指标“" + SemanticText.quote(indicator.name()) + "”与本项目“" + SemanticText.quote(table.project().name())
                            + "”的名称、资金用途和绩效目标都对不上（" + SemanticText.quoteAll(words, 4)
                            + "都没有出现），却与本单位“" + SemanticText.quote(origin.project().name())
                            + "”项目的内容相符，可能是从该项目照搬、未按本项目修改的指标。",
                    "核对该指标是否衡量本项目的产出或效果；如不是，请删除或改为反映本项目资金用途的指标。"));
        }
    }

    private static boolean related(String word, String project, Settings s) {
        return s.synonyms().found(word, project) != null || SemanticText.allCharsIn(word, project);
    }

    /** Key of the unit's {@link ProjectTexts} in the check context. */
    private static final Object PROJECT_TEXTS = new Object();

    /**
     * The comparable texts of a unit's projects and, per word asked about, the positions of the projects whose
     * text holds it (as a word or synonym). Built once per unit: looking each row's words up in every other
     * project made a unit of n projects cost n² text scans.
     */
    private static final class ProjectTexts {
        private final List<CheckedTable> tables;
        private final String[] texts;
        private final Map<String, int[]> holders = new HashMap<>();

        ProjectTexts(List<CheckedTable> tables) {
            this.tables = tables;
            texts = new String[tables.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = tables.get(i).project() == null ? null : projectText(tables.get(i));
            }
        }

        int[] holders(String word, SemanticSynonyms synonyms) {
            int[] found = holders.get(word);
            if (found == null) {
                found = IntStream.range(0, texts.length)
                        .filter(i -> texts[i] != null && synonyms.found(word, texts[i]) != null).toArray();
                holders.put(word, found);
            }
            return found;
        }
    }

    /**
     * The first other project of the unit (in the unit's order) whose text holds one of {@code words} (or a
     * synonym), or null.
     */
    private static CheckedTable origin(CheckedTable table, Set<String> words, CheckContext context, Settings s) {
        ProjectTexts index = context.memo(PROJECT_TEXTS, c -> new ProjectTexts(c.unitTables()));
        int first = Integer.MAX_VALUE;
        for (String word : words) {
            for (int i : index.holders(word, s.synonyms())) {
                if (i >= first) {
                    break;
                }
                CheckedTable other = index.tables.get(i);
                if (other != table && !other.project().name().equals(table.project().name())) {
                    first = i;
                    break;
                }
            }
        }
        return first == Integer.MAX_VALUE ? null : index.tables.get(first);
    }

    /** Project name, 资金用途 and goal items in comparable form, separated so that words do not join. */
    private static String projectText(CheckedTable table) {
        StringBuilder text = new StringBuilder();
        text.append(SemanticText.comparable(table.project().name())).append('|')
                .append(SemanticText.comparable(table.project().purpose())).append('|');
        for (String goal : table.content().goals()) {
            text.append(SemanticText.comparable(goal)).append('|');
        }
        return text.toString();
    }
}

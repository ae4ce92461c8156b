package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;

/**
 * 绩效目标无指标衡量: a goal item that no indicator measures. The goal's content words (segmented; stop words,
 * single characters, numbers and the generic words of {@code coverage.generic-words} — 工作, 保障, 提高, 完成,
 * 正常 … — left out) are looked up in the names, descriptions and values of all indicators of the table, each
 * word also by its synonyms ({@code semantic.synonyms}: a goal on 质量 is measured by a 合格率 row). The goal
 * is reported when fewer than {@code coverage.min-shared-words} of its words are found.
 *
 * <p>Words of the project name are the project's topic: every indicator mentions them, so sharing only them
 * says little. A goal that shares only topic words with the indicators is reported when it has at least
 * {@code coverage.min-own-words} words of its own besides the topic, none of them found ("推进智慧应急信息化平台
 * 建设" in an 应急演练 project: 智慧, 信息化, 平台 are measured nowhere); with fewer own words the shared topic
 * word counts ("落实好建设一级消防站前期工作情况" in 新建消防站建设启动资金 is covered).
 *
 * <p>Precision first: one shared word of its own is enough to count as covered, and a goal made only of
 * generic words ("单位正常运转", "上级工作任务按时完成") is too vague to judge and is not reported (its vagueness is
 * a matter for the reviewer, not a coverage gap). A table without indicators is left to the mechanical rules.
 */
public final class GoalNotCoveredRule implements TableRule {

    private record Settings(SemanticWords words, int minShared, int minOwnWords, SemanticSynonyms synonyms) {

        static Settings compile(RuleConfig config) {
            return new Settings(new SemanticWords(SemanticRules.wordSet(config, "coverage.generic-words")),
                    Math.max(1, (int) SemanticRules.number(config, "coverage.min-shared-words")),
                    Math.max(1, (int) SemanticRules.number(config, "coverage.min-own-words")),
                    SemanticSynonyms.of(config));
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public GoalNotCoveredRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.GOAL_NOT_COVERED;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        List<String> goals = table.content().goals();
        if (goals.isEmpty() || table.indicators().isEmpty()) {
            return;
        }
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        String measured = indicatorText(table.indicators());
        Set<String> topic = table.project() == null ? Set.of()
                : s.words().of(context.segmenter(), table.project().name());
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i);
            Set<String> words = s.words().of(context.segmenter(), goal);
            if (words.isEmpty()) {
                continue;
            }
            int shared = 0;
            int sharedOwn = 0;
            int own = 0;
            List<String> missing = new ArrayList<>();
            for (String word : words) {
                boolean isTopic = topic.contains(word);
                own += isTopic ? 0 : 1;
                if (s.synonyms().found(word, measured) != null) {
                    shared++;
                    sharedOwn += isTopic ? 0 : 1;
                } else {
                    missing.add(word);
                }
            }
            if (shared < s.minShared() || (sharedOwn == 0 && own >= s.minOwnWords())) {
                out.accept(new Finding(id(), severity, Location.table(table.projectCode(), "goals[" + i + "]"),
                        "绩效目标“" + SemanticText.quote(goal) + "”没有指标衡量：" + SemanticText.quoteAll(missing, 4)
                                + "在各项指标的名称、描述和指标值中都没有出现，年底无法评价这条目标是否实现。",
                        "为这条目标设置至少一个可衡量的指标；如它与本项目资金用途无关，请从绩效目标中删去。"));
            }
        }
    }

    /** Names, descriptions and values of all rows, each in comparable form, separated so words do not join. */
    private static String indicatorText(List<Indicator> indicators) {
        StringBuilder text = new StringBuilder();
        for (Indicator indicator : indicators) {
            text.append(SemanticText.comparable(indicator.name())).append('|')
                    .append(SemanticText.comparable(indicator.description())).append('|')
                    .append(SemanticText.comparable(indicator.value().format())).append('|');
        }
        return text.toString();
    }
}

package org.jixiao.checks.domain.rules;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

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
 * 指标未量化: a text value where a measurable one was possible. Three reasons, in this order:
 * <ol>
 *   <li>the value is a slogan — it has a vague word ({@code quantified.vague-words}: 促进, 提高, 明显 …) and no
 *   checkable standard ({@code quantified.checkable-patterns}): "促进地方经济发展，提高人民生活水平";</li>
 *   <li>the category needs a number ({@code quantified.numeric-categories}: 数量, 成本, 满意度) and the value is
 *   text without a checkable standard: 成本 "不超预算", 满意度 "满意";</li>
 *   <li>a 时效 value only says "on time" ({@code quantified.timely-words}: 按时, 及时 …) and no date or period
 *   ({@code quantified.date-patterns}) appears in the name, description or value: "按时完成" is flagged unless
 *   the row says by when (decision: "按时" against an unstated schedule cannot be checked; with
 *   "12月底前" in the description it can).</li>
 * </ol>
 * Not flagged: numbers and deadlines; empty values and values that fail to parse (the mechanical rules report
 * those); qualitative values that are checkable ("验收合格", "符合《建筑设计防火规范》", "无重大安全事故",
 * "达到国家二级标准") or plain states without a vague word in categories that allow text ("良好", "是").
 */
public final class NotQuantifiedRule implements TableRule {

    private record Settings(SemanticVagueness vagueness, Set<Level2Category> numeric, List<String> timely,
                            List<Pattern> dates) {

        static Settings compile(RuleConfig config) {
            return new Settings(SemanticVagueness.of(config),
                    SemanticRules.categories(config, "quantified.numeric-categories"),
                    List.copyOf(config.keywords("quantified.timely-words")),
                    SemanticRules.patterns(config, "quantified.date-patterns"));
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public NotQuantifiedRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.NOT_QUANTIFIED;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (!(indicator.value() instanceof Qualitative value) || value.isEmpty() || value.unparsed()) {
                continue;
            }
            String text = value.text();
            Level2Category category = indicator.level2().category();
            String vague = s.vagueness().vagueWord(text);
            String message = null;
            if (vague != null) {
                message = "“" + SemanticText.quote(indicator.name()) + "”的指标值“" + SemanticText.quote(text)
                        + "”只是口号式的笼统表述（“" + vague + "”），没有数值或可核验的标准，无法衡量是否完成。";
            } else if (category != null && s.numeric().contains(category) && !s.vagueness().checkable(text)) {
                message = "“" + SemanticText.quote(indicator.name()) + "”属于" + category.label() + "，指标值却只有文字“"
                        + SemanticText.quote(text) + "”，没有数值，无法衡量是否完成。";
            } else if (category == Level2Category.TIMELINESS
                    && SemanticText.firstContained(text, s.timely()) != null
                    && !SemanticText.anyFound(indicator.name() + "｜" + SemanticText.orEmpty(indicator.description())
                    + "｜" + text, s.dates())) {
                message = "“" + SemanticText.quote(indicator.name()) + "”的指标值“" + SemanticText.quote(text)
                        + "”没有写明完成时限，无法判断是否按时完成。";
            }
            if (message != null) {
                out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"), message,
                        SemanticExamples.measurable(category, table.year().value())));
            }
        }
    }
}

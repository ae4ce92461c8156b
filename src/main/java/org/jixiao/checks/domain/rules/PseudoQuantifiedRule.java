package org.jixiao.checks.domain.rules;

import java.util.List;
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
import org.jixiao.indicators.domain.Quantitative;

/**
 * 伪量化: a percentage attached to something that cannot be counted — "维护社会稳定 ≥95%", "公共服务水平提升情况
 * ≥95%", "保障职工的正常办公条件 100%". A percentage needs a numerator and a denominator.
 *
 * <p>Flagged when the value is a percentage (% or ‰), the name or description names an abstract state
 * ({@code pseudo.abstract-words}: 稳定, 发展, 水平, 条件, 形象 …) and nothing in them gives a countable base
 * ({@code pseudo.countable-words}: a ratio — 占, 比率, 总数, 人数 —, a counted event — 合格, 完成, 覆盖, 到位,
 * 发放, 整改 —, a survey — 满意, 问卷, 调查 —, or a measured change — 增长, 下降). A rate word alone does not
 * clear a row whose subject is abstract ("公共服务水平提升率 ≥95%" is still flagged), but any countable word
 * does (precision first).
 *
 * <p>Decisions on seed 001: "工作完成率 ≥95%" described "重点工作完成情况占工作总数量的比率" is fine (完成, 占,
 * 比率); "保障职工日常经费到位 100%" is fine: 到位 is a 资金到位率 (funds arrived / funds due), a countable base,
 * and it has no abstract subject — that it is no 社会效益 is MISCLASSIFIED's business.
 */
public final class PseudoQuantifiedRule implements TableRule {

    private record Settings(List<String> abstractWords, List<String> countable) {

        static Settings compile(RuleConfig config) {
            return new Settings(List.copyOf(config.keywords("pseudo.abstract-words")),
                    List.copyOf(config.keywords("pseudo.countable-words")));
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public PseudoQuantifiedRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.PSEUDO_QUANTIFIED;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (!(indicator.value() instanceof Quantitative value) || !(value.isPercent() || "‰".equals(value.unit()))) {
                continue;
            }
            String description = SemanticText.orEmpty(indicator.description());
            String text = indicator.name() + "｜" + description;
            String abstractWord = SemanticText.firstContained(text, s.abstractWords());
            if (abstractWord == null || SemanticText.firstContained(text, s.countable()) != null) {
                continue;
            }
            String subject = "“" + SemanticText.quote(indicator.name()) + "”"
                    + (description.isBlank() || SemanticText.comparable(description)
                    .equals(SemanticText.comparable(indicator.name())) ? ""
                    : "（描述“" + SemanticText.quote(description) + "”）");
            out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"),
                    subject + "的指标值“" + value.format() + "”是百分比，但“" + abstractWord
                            + "”不是可以计数的事物，没有分子和分母，这个百分比无法计算，也无法核实。",
                    "改为有明确计数口径的指标，写明分子和分母（如“隐患整改率 = 已整改隐患数 ÷ 排查发现隐患数 ≥95%”），"
                            + "或改为可核验的定性标准（如“全年无重大安全事故”）。"));
        }
    }
}

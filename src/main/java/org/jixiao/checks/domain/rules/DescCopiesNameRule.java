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

/**
 * 描述照抄指标名称: the 绩效指标描述 only repeats the name ("所需成本"/"所需成本"), so it defines nothing.
 * Compared in comparable form, and again with the filler words of {@code copy.filler-words} removed from both
 * ("预计所需成本" for "所需成本": 预计 adds no meaning); a description more than six characters longer or
 * shorter than the name is never taken for a copy.
 *
 * <p>Decision: any other added word counts as a definition, however small — "资金发放成功率" for "发放成功率"
 * (names what is paid out), "群众满意度" for "满意度" (names who is asked), "平均每人所需成本" for "所需成本" are
 * not flagged. Precision first: the rule only fires when the description adds nothing at all.
 */
public final class DescCopiesNameRule implements TableRule {

    /** Characters of filler a copy may add or drop at most: a longer difference is a description of its own. */
    private static final int MAX_FILLER = 6;

    private record Settings(List<String> fillers) {

        static Settings compile(RuleConfig config) {
            return new Settings(config.keywords("copy.filler-words").stream().map(SemanticText::compact)
                    .filter(w -> !w.isEmpty()).toList());
        }

        String stripped(String comparable) {
            String text = comparable;
            for (String filler : fillers) {
                if (text.contains(filler)) {
                    text = text.replace(filler, "");
                }
            }
            return text;
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public DescCopiesNameRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.DESC_COPIES_NAME;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (indicator.description() == null || indicator.description().isBlank()) {
                continue;
            }
            String name = SemanticText.comparable(indicator.name());
            String description = SemanticText.comparable(indicator.description());
            if (name.length() < 2) {
                continue;
            }
            boolean copy = name.equals(description);
            if (!copy && Math.abs(name.length() - description.length()) <= MAX_FILLER) {
                String strippedName = s.stripped(name);
                copy = !strippedName.isEmpty() && strippedName.equals(s.stripped(description));
            }
            if (copy) {
                out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "description"),
                        "绩效指标描述“" + SemanticText.quote(indicator.description()) + "”只是重复了指标名称“"
                                + SemanticText.quote(indicator.name()) + "”，没有说明指标衡量什么、如何计算。",
                        "在描述中写明指标的含义和计算方法或统计口径，如“所需成本”写明“项目全年支出总额，含设备购置费、安装费等”。"));
            }
        }
    }
}

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
import org.jixiao.indicators.domain.Qualitative;

/**
 * 指标值照抄描述: the 指标值 repeats the 绩效指标描述, so the row has no target. Compared in comparable form
 * (width folded, punctuation, whitespace, 的 and 了 dropped): identical, or edit similarity at least
 * {@code copy.value-desc-similarity} ("…为创城打基础" / "…为创城打下基础"). Only text values of at least
 * {@code copy.min-length} characters are compared: a number or a deadline that also appears in the description
 * is a target, and a two-character "合格"/"合格" is too short to call a copy. A value that states a checkable
 * standard ("无重大安全事故", "符合《…》") is a target even when the description says the same, so it is not
 * reported (the description is then merely redundant).
 */
public final class ValueCopiesDescRule implements TableRule {

    private record Settings(double threshold, int minLength, SemanticVagueness vagueness) {

        static Settings compile(RuleConfig config) {
            return new Settings(SemanticRules.number(config, "copy.value-desc-similarity"),
                    (int) SemanticRules.number(config, "copy.min-length"), SemanticVagueness.of(config));
        }
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public ValueCopiesDescRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.VALUE_COPIES_DESC;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            if (!(indicator.value() instanceof Qualitative value) || value.isEmpty() || indicator.description() == null) {
                continue;
            }
            String v = SemanticText.comparable(value.text());
            String d = SemanticText.comparable(indicator.description());
            int shorter = Math.min(v.length(), d.length());
            int longer = Math.max(v.length(), d.length());
            if (shorter < s.minLength() || (double) shorter / longer < s.threshold()
                    || s.vagueness().checkable(value.text())) {
                continue;
            }
            String message;
            if (v.equals(d)) {
                message = "“" + SemanticText.quote(indicator.name()) + "”的指标值“" + SemanticText.quote(value.text())
                        + "”与绩效指标描述完全相同，只是把描述重复了一遍，没有给出要达到的目标。";
            } else {
                double similarity = SemanticText.similarity(v, d);
                if (similarity < s.threshold()) {
                    continue;
                }
                message = "“" + SemanticText.quote(indicator.name()) + "”的指标值“" + SemanticText.quote(value.text())
                        + "”与绩效指标描述“" + SemanticText.quote(indicator.description()) + "”几乎相同（相似度"
                        + Math.round(similarity * 100) + "%），只是把描述重复了一遍，没有给出要达到的目标。";
            }
            out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, "value"), message,
                    "描述写明指标衡量什么、怎么计算；指标值填写要达到的数值（如“≥95%”“≥200人次”）或可核验的标准（如“验收合格”）。"));
        }
    }
}

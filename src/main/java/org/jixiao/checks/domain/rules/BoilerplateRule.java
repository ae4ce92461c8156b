package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.UnitRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Qualitative;

/**
 * 套话跨项目照搬: the same slogan value copied verbatim into several projects of one unit — seed 001 has
 * "促进地方经济发展，提高人民生活水平" in four projects. Only text values that are slogans by
 * {@link SemanticVagueness} (a vague word, no checkable standard) and at least {@code boilerplate.min-length}
 * characters long count, compared in comparable form; standard rows that legitimately repeat ("满意度 ≥90%",
 * "合格率 ≥95%", "验收合格") never do. Flagged when at least {@code boilerplate.min-projects} tables share the
 * value; one finding per occurrence, at its row, naming how many projects share it.
 */
public final class BoilerplateRule implements UnitRule {

    private record Settings(SemanticVagueness vagueness, int minProjects, int minLength) {

        static Settings compile(RuleConfig config) {
            return new Settings(SemanticVagueness.of(config),
                    (int) SemanticRules.number(config, "boilerplate.min-projects"),
                    (int) SemanticRules.number(config, "boilerplate.min-length"));
        }
    }

    private record Occurrence(CheckedTable table, int row, String text) {
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public BoilerplateRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.BOILERPLATE;
    }

    @Override
    public void check(List<CheckedTable> tables, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        Map<String, List<Occurrence>> byText = new LinkedHashMap<>();
        for (CheckedTable table : tables) {
            List<Indicator> indicators = table.indicators();
            for (int row = 0; row < indicators.size(); row++) {
                if (!(indicators.get(row).value() instanceof Qualitative value) || value.isEmpty()
                        || value.unparsed()) {
                    continue;
                }
                String key = SemanticText.comparable(value.text());
                if (key.length() < s.minLength() || s.vagueness().vagueWord(value.text()) == null) {
                    continue;
                }
                byText.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(table, row, value.text()));
            }
        }
        for (List<Occurrence> occurrences : byText.values()) {
            Set<String> projects = new LinkedHashSet<>();
            for (Occurrence o : occurrences) {
                projects.add(projectName(o.table()));
            }
            if (projects.size() < s.minProjects()) {
                continue;
            }
            for (Occurrence o : occurrences) {
                List<String> others = new ArrayList<>(projects);
                others.remove(projectName(o.table()));
                out.accept(new Finding(id(), severity, Location.row(o.table().projectCode(), o.row(), "value"),
                        "指标值“" + SemanticText.quote(o.text()) + "”是笼统的套话，本单位有" + projects.size()
                                + "个项目原样填写了这一句（另见" + SemanticText.quoteAll(others, 3)
                                + "），没有结合本项目的实际。",
                        "按本项目的资金用途设置可衡量的指标（如受益人数、事故起数下降、设施使用年限），不要在项目之间照搬同一句话。"));
            }
        }
    }

    /** The project a table stands for: its name (code when unnamed), or 部门整体 for a department table. */
    private static String projectName(CheckedTable table) {
        if (table.project() == null) {
            return "部门整体";
        }
        return table.project().name().strip();
    }
}

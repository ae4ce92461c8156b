package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;

/**
 * 缺少必备指标类别: a category the template in force requires has no indicator (rules.md §5.1: 产出 → 数量、质量、
 * 时效、成本; 效益; 满意度). The requirements are configuration — {@code category.project.required} and the
 * lighter {@code category.department.required} — each entry a category or alternatives joined by {@code |}
 * ({@code OUTPUT_COST|COST}: 成本 under 产出 in the legacy layout, or 成本 as 一级 in the 2021 layout).
 *
 * <p>One finding per missing category, at table level; when a 一级 is missing its required 二级 are not listed
 * again. A table with fewer indicators than {@code category.*.minIndicators} (1: none at all) gets a single
 * finding instead — for a department table, whose templates vary too much to require categories by default,
 * that is the whole check.
 */
public final class MissingCategoryRule implements TableRule {

    private final Severity severity;
    private final List<Requirement> project;
    private final List<Requirement> department;
    private final int projectMinIndicators;
    private final int departmentMinIndicators;

    public MissingCategoryRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.project = requirements(config.keywords("category.project.required"));
        this.department = requirements(config.keywords("category.department.required"));
        this.projectMinIndicators = config.number("category.project.minIndicators").intValueExact();
        this.departmentMinIndicators = config.number("category.department.minIndicators").intValueExact();
    }

    @Override
    public RuleId id() {
        return RuleId.MISSING_CATEGORY;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        boolean isProject = table.kind() == GoalTableKind.PROJECT;
        List<Requirement> required = isProject ? project : department;
        List<Indicator> indicators = table.indicators();
        if (indicators.size() < (isProject ? projectMinIndicators : departmentMinIndicators)) {
            out.accept(new Finding(id(), severity, Location.table(table.projectCode(), "indicators"),
                    indicators.isEmpty() ? "未填写任何绩效指标。" : "只填写了" + indicators.size() + "个绩效指标。",
                    "按模板设置产出、效益、满意度等各类绩效指标，每类至少一个可衡量的三级指标；"
                            + "目标文字中的量化要求应逐项列为指标。"));
            return;
        }
        if (required.isEmpty()) {
            return;
        }
        int level1Present = 0;
        int level2Present = 0;
        for (Indicator indicator : indicators) {
            Level1Category first = Categories.level1(indicator);
            Level2Category second = indicator.level2().category();
            if (first != null) {
                level1Present |= 1 << first.ordinal();
            }
            if (second != null) {
                level2Present |= 1 << second.ordinal();
                level1Present |= 1 << second.parent().ordinal();
            }
        }
        int level1Reported = 0;
        for (Requirement requirement : required) {
            if ((requirement.level1Mask & level1Present) != 0 || (requirement.level2Mask & level2Present) != 0) {
                continue;
            }
            if (requirement.level1Mask == 0 && (requirement.parentMask & ~level1Reported) == 0) {
                continue; // its 一级 is reported missing already
            }
            if (requirement.level2Mask == 0) {
                level1Reported |= requirement.level1Mask;
            }
            out.accept(new Finding(id(), severity, Location.table(table.projectCode(), "indicators"),
                    requirement.message, requirement.suggestion));
        }
    }

    private static List<Requirement> requirements(List<String> specs) {
        List<Requirement> result = new ArrayList<>();
        for (String spec : specs) {
            result.add(new Requirement(Categories.parseAlternatives(spec)));
        }
        return List.copyOf(result);
    }

    private static final class Requirement {

        final int level1Mask;
        final int level2Mask;
        final int parentMask;
        final String message;
        final String suggestion;

        Requirement(List<Enum<?>> alternatives) {
            if (alternatives.isEmpty()) {
                throw new IllegalStateException("empty category requirement in rule configuration");
            }
            int l1 = 0;
            int l2 = 0;
            int parents = 0;
            Set<String> labels = new LinkedHashSet<>();
            Set<String> parentLabels = new LinkedHashSet<>();
            for (Enum<?> category : alternatives) {
                if (category instanceof Level1Category c) {
                    l1 |= 1 << c.ordinal();
                    labels.add(c.label());
                } else {
                    Level2Category c = (Level2Category) category;
                    l2 |= 1 << c.ordinal();
                    parents |= 1 << c.parent().ordinal();
                    labels.add(c.label());
                    parentLabels.add(c.parent().label());
                }
            }
            this.level1Mask = l1;
            this.level2Mask = l2;
            this.parentMask = parents;
            String label = join(labels);
            if (l2 == 0) {
                this.message = "缺少一级指标“" + label + "”。";
            } else if (l1 == 0 && parentLabels.size() == 1) {
                this.message = parentLabels.iterator().next() + "下缺少二级指标“" + label + "”。";
            } else {
                this.message = "缺少“" + label + "”类指标。";
            }
            this.suggestion = "按模板补充“" + label + "”下可衡量的三级指标" + example(alternatives.get(0)) + "。";
        }

        private static String join(Set<String> labels) {
            List<String> list = new ArrayList<>(labels);
            if (list.size() == 1) {
                return list.get(0);
            }
            return String.join("、", list.subList(0, list.size() - 1)) + "或" + list.get(list.size() - 1);
        }

        private static String example(Enum<?> category) {
            if (category instanceof Level1Category c) {
                return switch (c) {
                    case OUTPUT -> "（数量、质量、时效、成本）";
                    case BENEFIT -> "（经济、社会、生态效益或可持续影响）";
                    case SATISFACTION -> "，如“服务对象满意度 ≥90%”";
                    case COST -> "，如“所需成本 ≤预算数”";
                };
            }
            return switch ((Level2Category) category) {
                case QUANTITY -> "，如“新建消火栓数量 ≥50座”";
                case QUALITY -> "，如“验收合格率 ≥95%”";
                case TIMELINESS -> "，如“12月底前完成”";
                case OUTPUT_COST, ECONOMIC_COST -> "，如“所需成本 ≤预算数”";
                case SERVICE_SATISFACTION -> "，如“服务对象满意度 ≥90%”";
                default -> "";
            };
        }
    }
}

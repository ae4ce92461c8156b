package org.jixiao.checks.domain.rules;

import java.util.EnumMap;
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
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.Quantitative;

/**
 * 指标归类错误: an indicator filed under the wrong 一级/二级. Precision first: each reason needs clear evidence
 * in the row itself, and a row gets at most one finding (the first reason that applies):
 * <ol>
 *   <li>the 二级 does not belong under the 一级 (数量指标 under 效益指标); the two layouts' 成本 labels and a
 *   满意度 二级 under 效益 (older templates) are accepted;</li>
 *   <li>a satisfaction indicator ({@code misclass.satisfaction-words} in the name, its value a rate or text —
 *   "满意度调查 ≥2次" counts surveys, an output) outside 满意度指标 — rules.md §10 "将满意度指标代替效益指标";</li>
 *   <li>a process/management indicator ({@code misclass.process-words} in the name: 资金到位率, 预算执行率,
 *   资金使用合规性 …) as an output or benefit — those belong to 过程 in the evaluation framework (rules.md §3);</li>
 *   <li>a benefit row whose name names another benefit category ({@code misclass.category-names.*}: "可持续效益"
 *   under 经济效益), unless the name also holds the row's own stem ({@code misclass.category-stems.*}:
 *   "经济社会效益" stays);</li>
 *   <li>an 经济效益 row whose description and value speak only of non-economic effects
 *   ({@code misclass.non-economic-words}: 城市形象, 安全感, 生态 …) with no economic word
 *   ({@code misclass.economic-words}: 收入, 产值, 节约, 成本 …);</li>
 *   <li>a quality rate ({@code misclass.quality-rate-words}: 合格率, 达标率 …) under 数量指标;</li>
 *   <li>a timeliness indicator (a deadline value, or {@code misclass.timeliness-words} in the name) under 数量
 *   or 质量 or 成本;</li>
 *   <li>a money amount ({@code misclass.money-units}) under 数量指标: money is 成本 or input, not output.</li>
 * </ol>
 * Not flagged: 完成率/覆盖率 under 数量 (the evaluation framework's 实际完成率 is a 数量 measure), rows with
 * unknown labels (except for reasons 2 and 3, judged on the 一级).
 */
public final class MisclassifiedRule implements TableRule {

    private static final List<Level2Category> BENEFITS = List.of(Level2Category.ECONOMIC_BENEFIT,
            Level2Category.SOCIAL_BENEFIT, Level2Category.ECOLOGICAL_BENEFIT, Level2Category.SUSTAINABLE_IMPACT);
    private static final Set<Level2Category> COSTS = Set.of(Level2Category.OUTPUT_COST, Level2Category.ECONOMIC_COST,
            Level2Category.SOCIAL_COST, Level2Category.ECOLOGICAL_COST);

    private record Settings(List<String> satisfaction, List<String> process, List<String> qualityRates,
                            List<String> timeliness, List<String> moneyUnits,
                            Map<Level2Category, List<String>> categoryNames,
                            Map<Level2Category, List<String>> categoryStems, List<String> nonEconomic,
                            List<String> economic) {

        static Settings compile(RuleConfig config) {
            Map<Level2Category, List<String>> names = new EnumMap<>(Level2Category.class);
            Map<Level2Category, List<String>> stems = new EnumMap<>(Level2Category.class);
            for (Level2Category benefit : BENEFITS) {
                names.put(benefit, List.copyOf(config.keywords("misclass.category-names." + benefit.name())));
                stems.put(benefit, List.copyOf(config.keywords("misclass.category-stems." + benefit.name())));
            }
            return new Settings(config.keywords("misclass.satisfaction-words"),
                    config.keywords("misclass.process-words"), config.keywords("misclass.quality-rate-words"),
                    config.keywords("misclass.timeliness-words"), config.keywords("misclass.money-units"),
                    Map.copyOf(names), Map.copyOf(stems), config.keywords("misclass.non-economic-words"),
                    config.keywords("misclass.economic-words"));
        }
    }

    private record Verdict(String field, String message, String suggestion) {
    }

    private final SemanticCache<Settings> settings = new SemanticCache<>(Settings::compile);

    public MisclassifiedRule(RuleConfig config) {
        settings.get(config);
    }

    @Override
    public RuleId id() {
        return RuleId.MISCLASSIFIED;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        Settings s = settings.get(context.config());
        Severity severity = context.config().severity(id());
        List<Indicator> indicators = table.indicators();
        for (int row = 0; row < indicators.size(); row++) {
            Verdict verdict = judge(indicators.get(row), s);
            if (verdict != null) {
                out.accept(new Finding(id(), severity, Location.row(table.projectCode(), row, verdict.field()),
                        verdict.message(), verdict.suggestion()));
            }
        }
    }

    private static Verdict judge(Indicator indicator, Settings s) {
        Level1Category l1 = indicator.level1().category();
        Level2Category l2 = indicator.level2().category();
        Level1Category parent = l2 != null ? l2.parent() : l1;
        String name = indicator.name();
        String quotedName = "“" + SemanticText.quote(name) + "”";
        String filed = filedUnder(indicator);

        if (l1 != null && l2 != null && l2.parent() != l1 && !acceptedParent(l1, l2)) {
            return new Verdict("level2", "二级指标“" + indicator.level2().original() + "”不属于一级指标“"
                    + indicator.level1().original() + "”，应在“" + l2.parent().label() + "”下。",
                    "把该行移到“" + l2.parent().label() + "”下，或改正二级指标。");
        }
        String word = SemanticText.firstContained(name, s.satisfaction());
        boolean counted = indicator.value() instanceof Quantitative q && !q.isPercent() && !q.unit().isEmpty();
        if (word != null && !counted && parent != null && l2 != Level2Category.SERVICE_SATISFACTION
                && parent != Level1Category.SATISFACTION) {
            return new Verdict("level2", quotedName + "是满意度指标，却填在" + filed + "下；满意度不能代替"
                    + (parent == Level1Category.BENEFIT ? "效益" : "产出") + "指标。",
                    "移到“满意度指标 — 服务对象满意度指标”下，并为" + filed + "另设能反映实际效果的指标。");
        }
        word = SemanticText.firstContained(name, s.process());
        if (word != null && (parent == Level1Category.OUTPUT || parent == Level1Category.BENEFIT)) {
            return new Verdict("level2", quotedName + "（“" + word + "”）衡量的是资金和管理过程，不是项目的"
                    + (parent == Level1Category.BENEFIT ? "效益" : "产出") + "，不宜填在" + filed + "下。",
                    "删去该行（资金到位、预算执行、合规性由财政在监控和评价中考核），改填反映项目实际"
                            + (parent == Level1Category.BENEFIT ? "效果" : "产出") + "的指标。");
        }
        if (l2 != null && BENEFITS.contains(l2)) {
            for (Level2Category other : BENEFITS) {
                if (other == l2) {
                    continue;
                }
                String otherName = SemanticText.firstContained(name, s.categoryNames().get(other));
                if (otherName != null && SemanticText.firstContained(name, s.categoryStems().get(l2)) == null) {
                    return new Verdict("level2", "指标" + quotedName + "从名称看是" + other.label().replace("指标", "")
                            + "，却填在" + filed + "下。",
                            "移到“" + other.label() + "”下；" + l2.label() + "另设能反映该项目实际"
                                    + l2.label().replace("指标", "") + "的指标。");
                }
            }
        }
        if (l2 == Level2Category.ECONOMIC_BENEFIT) {
            String content = SemanticText.orEmpty(indicator.description()) + "｜" + indicator.value().format();
            String social = SemanticText.firstContained(content, s.nonEconomic());
            if (social != null && SemanticText.firstContained(content, s.economic()) == null) {
                return new Verdict("level2", quotedName + "的内容“" + SemanticText.quote(firstNonBlank(
                        indicator.value().format(), indicator.description())) + "”说的是“" + social
                        + "”，属于社会效益或可持续影响，不是经济效益。",
                        "移到“社会效益指标”或“可持续影响指标”下；经济效益填写可计量的经济结果（如“减少经济损失 ≥N万元”），"
                                + "确实没有经济效益的可不设。");
            }
        }
        if (l2 == Level2Category.QUANTITY) {
            word = SemanticText.firstContained(name, s.qualityRates());
            if (word != null) {
                return new Verdict("level2", quotedName + "（“" + word + "”）衡量的是质量，不是数量，却填在"
                        + filed + "下。", "移到“质量指标”下；数量指标填写产出的个数、人数、面积等。");
            }
        }
        if (l2 == Level2Category.QUANTITY || l2 == Level2Category.QUALITY || (l2 != null && COSTS.contains(l2))) {
            boolean deadline = indicator.value() instanceof Deadline;
            word = deadline ? indicator.value().format() : SemanticText.firstContained(name, s.timeliness());
            if (word != null) {
                return new Verdict("level2", quotedName + (deadline ? "的指标值是时限“" + word + "”"
                        : "（“" + word + "”）衡量的是完成时间") + "，属于时效指标，却填在" + filed + "下。",
                        "移到“时效指标”下。");
            }
        }
        if (l2 == Level2Category.QUANTITY && indicator.value() instanceof Quantitative q) {
            for (String unit : s.moneyUnits()) {
                if (q.unit().startsWith(unit)) {
                    return new Verdict("level2", quotedName + "的指标值“" + q.format()
                            + "”是金额，金额是投入、成本或经济收益，不是产出数量，却填在" + filed + "下。",
                            "支出金额移到“成本指标”下（带动的收益移到“经济效益指标”下）；数量指标填写资金换来的产出，如补贴人数、购置台套数。");
                }
            }
        }
        return null;
    }

    /** The two layouts' 成本 labels under either 一级, and 满意度 under 效益 (older templates), are accepted. */
    private static boolean acceptedParent(Level1Category l1, Level2Category l2) {
        if (COSTS.contains(l2)) {
            return l1 == Level1Category.OUTPUT || l1 == Level1Category.COST;
        }
        return l2 == Level2Category.SERVICE_SATISFACTION && l1 == Level1Category.BENEFIT;
    }

    private static String filedUnder(Indicator indicator) {
        String label = indicator.level2().original().isBlank() ? indicator.level1().original()
                : indicator.level2().original();
        return "“" + label.strip() + "”";
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : SemanticText.orEmpty(b);
    }
}

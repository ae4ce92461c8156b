package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.projects.domain.SpendingPlan;

/** Lights the lamps of one {@link LampRules} version, each with its explanation. Stateless. */
public final class LampEvaluator {

    private final LampRules rules;

    public LampEvaluator(LampRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public LampRules rules() {
        return rules;
    }

    /** 执行进度 ÷ 序时进度 (rules.md §4.3 [I]), if the rule set has the rule. */
    public Optional<LampVerdict> timeProgress(MonthlyExecution execution) {
        return rules.timeProgress().map(bands -> {
            BigDecimal ratio = execution.timeProgressRatio();
            return verdict(bands.lamp(ratio), "TIME_PROGRESS",
                    "预算执行进度 ÷ 序时进度，" + bands.describe() + "（rules.md §4.3，预算管理一体化系统预算执行预警）",
                    money(execution),
                    LampVerdict.Figure.percent("执行进度", execution.rate()),
                    new LampVerdict.Figure("序时进度", execution.month() + "/12 = "
                            + Rates.percent(execution.timeProgress()), execution.timeProgress()),
                    LampVerdict.Figure.percent("执行进度 ÷ 序时进度", ratio));
        });
    }

    /** 实际执行 ÷ 计划执行 at a checkpoint of the project's 资金支出计划, if the rule set has the rule. */
    public Optional<LampVerdict> plan(PlanComparison comparison) {
        return rules.plan().map(bands -> {
            MonthlyExecution execution = comparison.execution();
            String text = "实际执行进度 ÷ 资金支出计划进度（支付进度率，rules.md §4.1），" + bands.describe()
                    + "；计划为0时不预警";
            LampVerdict.Figure planned = LampVerdict.Figure.percent(comparison.checkpointMonth() + "月底计划执行",
                    comparison.planned());
            LampVerdict.Figure deviation = new LampVerdict.Figure("偏差",
                    signed(comparison.deviation()) + "个百分点", comparison.deviation());
            Optional<BigDecimal> ratio = comparison.ratio();
            if (ratio.isEmpty()) {
                return verdict(Lamp.GREEN, "PLAN", text, money(execution),
                        LampVerdict.Figure.percent("执行进度", execution.rate()), planned, deviation);
            }
            return verdict(bands.lamp(ratio.get()), "PLAN", text, money(execution),
                    LampVerdict.Figure.percent("执行进度", execution.rate()), planned, deviation,
                    LampVerdict.Figure.percent("执行进度 ÷ 计划进度", ratio.get()));
        });
    }

    /** The cumulative threshold that applies at the execution's month, if the rule set has one by then. */
    public Optional<LampVerdict> threshold(MonthlyExecution execution) {
        return rules.thresholds().flatMap(set -> set.stepAt(execution.month()).map(step -> {
            BigDecimal rate = execution.rate();
            Lamp lamp = rate.compareTo(step.minimum()) < 0 ? set.lamp() : Lamp.GREEN;
            return verdict(lamp, "THRESHOLD",
                    step.describe() + "，低于即" + set.lamp().lampLabel() + "预警（累计执行进度阈值）",
                    money(execution), LampVerdict.Figure.percent("执行进度", execution.rate()),
                    LampVerdict.Figure.percent(Months.through(step.throughMonth()) + "阈值", step.minimum()));
        }));
    }

    /**
     * 绩效目标实现程度与预算执行进度差异, if the rule set has the rule: {@code goalProgress} (a fraction) against
     * the execution rate; more than the maximum gap (strictly) warns.
     */
    public Optional<LampVerdict> goalGap(BigDecimal goalProgress, MonthlyExecution execution) {
        return rules.goalGap().map(rule -> {
            BigDecimal gap = goalProgress.subtract(execution.rate()).abs();
            Lamp lamp = gap.compareTo(rule.maxGap()) > 0 ? rule.lamp() : Lamp.GREEN;
            return verdict(lamp, "GOAL_GAP", "绩效目标实现程度与预算执行进度差异超过" + Rates.percent(rule.maxGap())
                            + "即" + rule.lamp().lampLabel() + "预警",
                    LampVerdict.Figure.percent("绩效目标实现程度", goalProgress),
                    LampVerdict.Figure.percent("执行进度", execution.rate()),
                    LampVerdict.Figure.percent("差异", gap));
        });
    }

    /** The lamp of a 完成目标可能性. */
    public LampVerdict likelihood(Likelihood likelihood) {
        Lamp lamp = rules.likelihoodLamps().get(likelihood);
        return verdict(lamp, "LIKELIHOOD", "完成目标可能性“" + likelihood.label() + "”为" + lamp.lampLabel(),
                LampVerdict.Figure.label("完成目标可能性", likelihood.label()));
    }

    /** The lamp of a qualitative progress (rules.md §6.4 [I]). */
    public LampVerdict progress(IndicatorProgress progress) {
        Lamp lamp = rules.progressLamps().get(progress);
        return verdict(lamp, "PROGRESS", "定性指标“" + progress.label() + "”为" + lamp.lampLabel() + "（rules.md §6.4）",
                LampVerdict.Figure.label("完成情况", progress.label()));
    }

    /**
     * Every execution lamp of {@code series} at the end of {@code month}: time progress, the project's plan
     * (latest checkpoint not after the month; pass {@link SpendingPlan#EMPTY} for none) and the threshold.
     */
    public ExecutionAssessment execution(ExecutionSeries series, int month, SpendingPlan plan) {
        return execution(series, month, plan, Optional.empty());
    }

    /**
     * As {@link #execution(ExecutionSeries, int, SpendingPlan)}, and with the goal progress so far (a fraction,
     * e.g. the mean 完成值 / 指标值 of the indicators) also the goal-gap rule, if the rule set has it.
     */
    public ExecutionAssessment execution(ExecutionSeries series, int month, SpendingPlan plan,
                                         Optional<BigDecimal> goalProgress) {
        MonthlyExecution execution = series.month(month);
        List<LampVerdict> verdicts = new ArrayList<>();
        timeProgress(execution).ifPresent(verdicts::add);
        series.againstPlanAt(plan, month).flatMap(this::plan).ifPresent(verdicts::add);
        threshold(execution).ifPresent(verdicts::add);
        goalProgress.flatMap(goal -> goalGap(goal, execution)).ifPresent(verdicts::add);
        return new ExecutionAssessment(execution, verdicts);
    }

    private LampVerdict verdict(Lamp lamp, String rule, String text, LampVerdict.Figure... figures) {
        return new LampVerdict(lamp, rule, rules.id(), text, List.of(figures));
    }

    private static LampVerdict.Figure money(MonthlyExecution execution) {
        return LampVerdict.Figure.label(execution.period() + "累计支出 / 调整后预算",
                Rates.wan(execution.cumulative()) + " / " + Rates.wan(execution.budget()));
    }

    private static String signed(BigDecimal fraction) {
        BigDecimal points = Rates.percentDisplay(fraction).stripTrailingZeros();
        String text = (points.scale() < 0 ? points.setScale(0) : points).toPlainString();
        return fraction.signum() > 0 ? "+" + text : text;
    }
}

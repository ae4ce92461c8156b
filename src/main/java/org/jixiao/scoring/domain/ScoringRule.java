package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one leaf of a department template is scored: a rule kind with its parameters (rules.md §4; the kinds of
 * seed 002's 部门整体支出绩效自评表). Each rule returns the exact score within [0, 分值]; the scorer rounds it
 * once. A rule given input of the wrong kind refuses it.
 */
public sealed interface ScoringRule permits ScoringRule.CompletionBands, ScoringRule.Proportional,
        ScoringRule.Tiers, ScoringRule.Deductions, ScoringRule.YesNo, ScoringRule.WeightedSubItems,
        ScoringRule.ControlRate, ScoringRule.AverageExecution, ScoringRule.Judgement {

    /** The rule kind as written in template JSON. */
    String kind();

    /** Problems with the parameters for a leaf of {@code weight} (empty when fine). */
    List<String> problems(BigDecimal weight);

    /** Scores {@code input} for a leaf of {@code weight}; the result is exact, clamped into [0, weight]. */
    Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path);

    private static Outcome wrongInput(String formula, String subject, String path, String expected) {
        return new Outcome(formula).violation(ScoringViolation.refused("scoring.input.kind", path,
                "「" + subject + "」需要填写" + expected));
    }

    private static BigDecimal clamp(BigDecimal score, BigDecimal weight, Outcome out) {
        BigDecimal clamped = Scores.clamp(score, BigDecimal.ZERO, weight);
        if (clamped.compareTo(score) != 0) {
            out.note(score.signum() < 0 ? "扣完为止，最低0分" : "不超过分值，按满分计");
        }
        return clamped;
    }

    private static String tierText(List<Tier> tiers, Tier.Award otherwise, String valueName, boolean percent) {
        List<String> parts = new ArrayList<>();
        for (Tier tier : tiers) {
            parts.add(tier.describe(valueName, percent) + " " + tier.award().describe(percent));
        }
        parts.add("其他 " + otherwise.describe(percent));
        return String.join("；", parts);
    }

    private static List<String> awardProblems(List<Tier> tiers, Tier.Award otherwise, BigDecimal weight) {
        List<String> problems = new ArrayList<>();
        List<Tier.Award> awards = new ArrayList<>();
        tiers.forEach(t -> awards.add(t.award()));
        awards.add(otherwise);
        for (Tier.Award award : awards) {
            if (award.kind() == Tier.Award.Kind.POINTS && award.amount().compareTo(weight) > 0) {
                problems.add("档次得分" + Scores.number(award.amount()) + "超过分值" + Scores.number(weight));
            }
            if (award.kind() == Tier.Award.Kind.SHARE && award.amount().compareTo(BigDecimal.ONE) > 0) {
                problems.add("档次比例超过100%");
            }
        }
        return problems;
    }

    /**
     * 指标完成率分档 (seed 002 部门整体绩效目标产出/效益指标完成情况): each goal indicator's 完成率 is scored by the
     * tiers (< 60% → 0, 60–100% → 完成率 × 分值, 100–150% → 满分, > 150% → 一半分), judged items by their band;
     * the leaf's score is the weighted mean of the items' shares × 分值 ("综合得分 = 各指标单项得分合计").
     */
    record CompletionBands(List<Tier> tiers, Tier.Award otherwise) implements ScoringRule {
        public CompletionBands {
            tiers = List.copyOf(tiers);
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public String kind() {
            return "COMPLETION_BANDS";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            List<String> problems = awardProblems(tiers, otherwise, weight);
            for (Tier tier : tiers) {
                if (tier.award().kind() == Tier.Award.Kind.POINTS) {
                    problems.add("完成率分档应按分值比例（SHARE/PROPORTIONAL）给分");
                }
            }
            return problems;
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = "每项指标：完成率 = 实际完成值 / 年初目标值，" + tierText(tiers, otherwise, "完成率", true)
                    + "；非量化指标按三档在分值区间内确定得分并提供书面评分依据；得分 = Σ（单项得分比例 × 单项权重）/ Σ单项权重 × 分值"
                    + "（seed 002）";
            if (!(input instanceof LeafInput.Completion completion)) {
                return wrongInput(formula, subject, path, "各项绩效目标指标的目标值与完成值");
            }
            Outcome out = new Outcome(formula).input(Explanation.Term.points("分值", weight));
            if (completion.items().isEmpty()) {
                return out.note("未填报绩效目标指标，不得分").score(BigDecimal.ZERO);
            }
            BigDecimal weighted = BigDecimal.ZERO;
            BigDecimal totalWeight = BigDecimal.ZERO;
            for (int i = 0; i < completion.items().size(); i++) {
                LeafInput.CompletionItem item = completion.items().get(i);
                BigDecimal share = item instanceof LeafInput.MeasuredItem measured
                        ? measuredShare(measured, out)
                        : judgedShare((LeafInput.JudgedItem) item, bands, subject, path + ".items[" + i + "]", out);
                if (share == null) {
                    continue;
                }
                weighted = weighted.add(share.multiply(item.weight()));
                totalWeight = totalWeight.add(item.weight());
            }
            if (out.refused() || totalWeight.signum() == 0) {
                return out;
            }
            BigDecimal mean = Scores.divide(weighted, totalWeight);
            out.step(Explanation.Term.percent("加权平均得分比例", mean));
            return out.score(clamp(mean.multiply(weight), weight, out));
        }

        private BigDecimal measuredShare(LeafInput.MeasuredItem item, Outcome out) {
            out.input(Explanation.Term.text(item.name(),
                    "目标值 " + Scores.number(item.target()) + "，完成值 " + Scores.number(item.actual())));
            if (item.target().signum() <= 0) {
                out.violation(ScoringViolation.refused("scoring.completion.target", "items",
                        "「" + item.name() + "」的年初目标值应大于0，才能计算完成率"));
                return null;
            }
            BigDecimal rate = Scores.divide(item.actual().max(BigDecimal.ZERO), item.target());
            Tier.Award award = otherwise;
            for (Tier tier : tiers) {
                if (tier.matches(rate)) {
                    award = tier.award();
                    break;
                }
            }
            BigDecimal share = award.apply(BigDecimal.ONE, rate);
            out.step(Explanation.Term.text(item.name(),
                    "完成率 " + Scores.percent(rate) + "，" + award.describe(true) + "（得分比例 " + Scores.percent(share) + "）"));
            return share;
        }

        private BigDecimal judgedShare(LeafInput.JudgedItem item, QualitativeBands bands, String subject, String path,
                                       Outcome out) {
            out.input(Explanation.Term.text(item.name(),
                    item.band().label() + "，得分比例 " + Scores.percent(item.share())));
            QualitativeBands.Range range = bands.range(item.band());
            if (!range.contains(item.share())) {
                out.violation(ScoringViolation.refused("scoring.qualitative.outOfBand", path + ".share",
                        "「" + item.name() + "」完成情况为「" + item.band().label() + "」，得分应在该项分值的"
                                + Scores.percent(range.from()) + "（含）至" + Scores.percent(range.to())
                                + (range.upperInclusive() ? "（含）" : "") + "之间，填写的"
                                + Scores.percent(item.share()) + "不在区间内，请调整后再保存"));
                return null;
            }
            if (item.basis().isEmpty()) {
                out.violation(ScoringViolation.required("scoring.basis.required", path + ".basis",
                        "「" + subject + "」中的非量化指标「" + item.name() + "」需提供书面评分依据"));
            }
            out.step(Explanation.Term.text(item.name(), "定性，得分比例 " + Scores.percent(item.share())));
            return item.share();
        }
    }

    /** 比例计分 (seed 002 采购政策效能: 评分 = 数值 × 分值), capped at the 分值 when {@code capAtFull}. */
    record Proportional(boolean capAtFull) implements ScoringRule {
        @Override
        public String kind() {
            return "PROPORTIONAL";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return List.of();
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = "得分 = 数值 × 分值" + (capAtFull ? "，不超过分值" : "");
            if (!(input instanceof LeafInput.Ratio ratio)) {
                return wrongInput(formula, subject, path, "比率（数值，或分子与分母）");
            }
            Outcome out = new Outcome(formula);
            BigDecimal value = ratioValue(ratio, out, subject, path);
            if (value == null) {
                return out;
            }
            out.input(Explanation.Term.points("分值", weight));
            BigDecimal score = value.multiply(weight);
            return out.score(capAtFull ? clamp(score, weight, out) : score.max(BigDecimal.ZERO));
        }
    }

    /** 分档计分 on a ratio (结转结余率, 合同签订及时率, 固定资产利用率): the first matching tier decides. */
    record Tiers(List<Tier> tiers, Tier.Award otherwise) implements ScoringRule {
        public Tiers {
            tiers = List.copyOf(tiers);
            Objects.requireNonNull(otherwise, "otherwise");
        }

        @Override
        public String kind() {
            return "TIERS";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return awardProblems(tiers, otherwise, weight);
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = tierText(tiers, otherwise, "比率", true);
            if (!(input instanceof LeafInput.Ratio ratio)) {
                return wrongInput(formula, subject, path, "比率（数值，或分子与分母）");
            }
            Outcome out = new Outcome(formula);
            BigDecimal value = ratioValue(ratio, out, subject, path);
            if (value == null) {
                return out;
            }
            Tier.Award award = otherwise;
            String matched = "其他";
            for (Tier tier : tiers) {
                if (tier.matches(value)) {
                    award = tier.award();
                    matched = tier.describe("比率", true);
                    break;
                }
            }
            out.step(Explanation.Term.text("所在档次", matched + " → " + award.describe(true)));
            return out.score(clamp(award.apply(weight, value), weight, out));
        }
    }

    /** 扣分法: each occurrence of an item costs its points, 扣完为止 (floor 0). */
    record Deductions(List<DeductionItem> items) implements ScoringRule {
        public Deductions {
            items = List.copyOf(items);
            Set<String> codes = new HashSet<>();
            for (DeductionItem item : items) {
                if (!codes.add(item.code())) {
                    throw new IllegalArgumentException("deduction item code used twice: " + item.code());
                }
            }
        }

        @Override
        public String kind() {
            return "DEDUCTIONS";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return items.isEmpty() ? List.of("扣分法至少需要一个扣分项") : List.of();
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            List<String> parts = new ArrayList<>();
            for (DeductionItem item : items) {
                parts.add(item.label() + "每次扣" + Scores.number(item.points()) + "分");
            }
            String formula = "得分 = 分值 − Σ（次数 × 每次扣分），扣完为止：" + String.join("；", parts);
            if (!(input instanceof LeafInput.Counts counts)) {
                return wrongInput(formula, subject, path, "各扣分项的发生次数");
            }
            Outcome out = new Outcome(formula).input(Explanation.Term.points("分值", weight));
            BigDecimal deducted = BigDecimal.ZERO;
            for (DeductionItem item : items) {
                int n = counts.of(item.code());
                if (n < 0) {
                    out.violation(ScoringViolation.refused("scoring.deduction.count", path + "." + item.code(),
                            "「" + subject + "」的「" + item.label() + "」次数不能为负数"));
                    continue;
                }
                out.input(Explanation.Term.number(item.label(), BigDecimal.valueOf(n), "次"));
                deducted = deducted.add(item.points().multiply(BigDecimal.valueOf(n)));
            }
            for (String code : counts.occurrences().keySet()) {
                if (items.stream().noneMatch(i -> i.code().equals(code))) {
                    out.violation(ScoringViolation.refused("scoring.deduction.unknown", path + "." + code,
                            "「" + subject + "」没有扣分项「" + code + "」"));
                }
            }
            out.step(Explanation.Term.points("扣分合计", deducted));
            return out.score(clamp(weight.subtract(deducted), weight, out));
        }
    }

    /** One kind of occurrence that costs points. */
    record DeductionItem(String code, String label, BigDecimal points) {
        public DeductionItem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(points, "points");
            if (points.signum() <= 0) {
                throw new IllegalArgumentException("a deduction costs more than 0 points: " + code);
            }
        }
    }

    /** 是/否: 符合 → 满分, 不符合 → 0. */
    record YesNo(String question) implements ScoringRule {
        public YesNo {
            Objects.requireNonNull(question, "question");
        }

        @Override
        public String kind() {
            return "YES_NO";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return List.of();
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = question + "：是 得满分，否 不得分";
            if (!(input instanceof LeafInput.Answer answer)) {
                return wrongInput(formula, subject, path, "是或否（" + question + "）");
            }
            return new Outcome(formula).input(Explanation.Term.text(question, answer.yes() ? "是" : "否"))
                    .score(answer.yes() ? weight : BigDecimal.ZERO);
        }
    }

    /**
     * 加权子项: each sub-item is scored by its own rule against its part of the 分值 (分值 × 份额 / Σ份额), and
     * the parts are added (seed 002 绩效结果应用 30%/30%/40%, 绩效管理制度执行 2+1+1+1+1+1).
     */
    record WeightedSubItems(List<SubItem> items) implements ScoringRule {
        public WeightedSubItems {
            items = List.copyOf(items);
            Set<String> codes = new HashSet<>();
            for (SubItem item : items) {
                if (!codes.add(item.code())) {
                    throw new IllegalArgumentException("sub-item code used twice: " + item.code());
                }
            }
        }

        @Override
        public String kind() {
            return "WEIGHTED_SUB_ITEMS";
        }

        BigDecimal shares() {
            return items.stream().map(SubItem::share).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            List<String> problems = new ArrayList<>();
            if (items.isEmpty() || shares().signum() <= 0) {
                problems.add("加权子项至少需要一个份额大于0的子项");
                return problems;
            }
            for (SubItem item : items) {
                for (String p : item.rule().problems(part(weight, item))) {
                    problems.add(item.label() + "：" + p);
                }
            }
            return problems;
        }

        BigDecimal part(BigDecimal weight, SubItem item) {
            return Scores.divide(weight.multiply(item.share()), shares());
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            List<String> parts = new ArrayList<>();
            for (SubItem item : items) {
                parts.add(item.label() + " 份额" + Scores.number(item.share()));
            }
            String formula = "得分 = 各子项得分之和，子项分值 = 分值 × 份额 / 份额合计：" + String.join("；", parts);
            if (!(input instanceof LeafInput.SubItems sub)) {
                return wrongInput(formula, subject, path, "各子项的情况");
            }
            Outcome out = new Outcome(formula).input(Explanation.Term.points("分值", weight));
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (SubItem item : items) {
                BigDecimal part = part(weight, item);
                LeafInput itemInput = sub.items().get(item.code());
                if (itemInput == null) {
                    out.violation(ScoringViolation.required("scoring.input.missing", path + "." + item.code(),
                            "「" + subject + "」的子项「" + item.label() + "」尚未填写"));
                    complete = false;
                    continue;
                }
                Outcome itemOut = item.rule().apply(part, itemInput, bands, subject, path + "." + item.code());
                out.absorb(itemOut, item.label() + "·");
                if (itemOut.exact() == null || itemOut.refused()) {
                    complete = false;
                    continue;
                }
                out.step(Explanation.Term.text(item.label(),
                        Scores.number(itemOut.exact()) + " / " + Scores.number(part) + "分"));
                sum = sum.add(itemOut.exact());
            }
            return complete ? out.score(clamp(sum, weight, out)) : out;
        }
    }

    /** One sub-item of a weighted rule: its code, label, share and own rule. */
    record SubItem(String code, String label, BigDecimal share, ScoringRule rule) {
        public SubItem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(rule, "rule");
            if (share.signum() < 0) {
                throw new IllegalArgumentException("a share is not negative: " + code);
            }
        }
    }

    /**
     * 控制率分步扣分 (seed 002 公用经费控制率): 控制率 = (实际支出 − 预算安排) / 预算安排; ≤ 0 得满分; above 0
     * every {@code step} costs {@code deductionPerStep}, down to 0. {@code counting} says whether only complete
     * steps count ("每增加5%（含）": 5% costs one step, 4.9% none) or every started step does.
     */
    record ControlRate(BigDecimal step, BigDecimal deductionPerStep, StepCounting counting) implements ScoringRule {

        /** How steps are counted. */
        public enum StepCounting {
            /** floor(控制率 / 步长). */
            COMPLETE_STEPS,
            /** ceil(控制率 / 步长). */
            STARTED_STEPS
        }

        public ControlRate {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(deductionPerStep, "deductionPerStep");
            Objects.requireNonNull(counting, "counting");
            if (step.signum() <= 0 || deductionPerStep.signum() <= 0) {
                throw new IllegalArgumentException("a control-rate step and its deduction are positive");
            }
        }

        @Override
        public String kind() {
            return "CONTROL_RATE";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return List.of();
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = "控制率 =（实际支出数 − 预算安排数）/ 预算安排数；控制率 ≤ 0 得满分；控制率 > 0 时每增加"
                    + Scores.percent(step) + (counting == StepCounting.COMPLETE_STEPS ? "（含）" : "（不足按一档计）")
                    + "扣" + Scores.number(deductionPerStep) + "分，减至0分为止（seed 002）";
            if (!(input instanceof LeafInput.Amounts amounts)) {
                return wrongInput(formula, subject, path, "预算安排数与实际支出数");
            }
            Outcome out = new Outcome(formula)
                    .input(Explanation.Term.number("预算安排数", amounts.budget(), ""))
                    .input(Explanation.Term.number("实际支出数", amounts.actual(), ""))
                    .input(Explanation.Term.points("分值", weight));
            if (amounts.budget().signum() <= 0) {
                return out.violation(ScoringViolation.refused("scoring.controlRate.budget", path,
                        "「" + subject + "」的预算安排数应大于0，才能计算控制率"));
            }
            BigDecimal rate = Scores.divide(amounts.actual().subtract(amounts.budget()), amounts.budget());
            out.step(Explanation.Term.percent("控制率", rate));
            if (rate.signum() <= 0) {
                return out.score(weight);
            }
            BigDecimal steps = Scores.divide(rate, step).setScale(0,
                    counting == StepCounting.COMPLETE_STEPS ? RoundingMode.FLOOR : RoundingMode.CEILING);
            BigDecimal deducted = steps.multiply(deductionPerStep);
            out.step(Explanation.Term.number("扣分档数", steps, "档")).step(Explanation.Term.points("扣分", deducted));
            return out.score(clamp(weight.subtract(deducted), weight, out));
        }
    }

    /**
     * 年度平均执行率 (rules.md §4.3, seed 002 部门预算资金支出率): the mean of the monthly execution rates
     * reported by the finance bureau, each capped at {@code monthlyCap} (100%); at 100% full marks, below it
     * 得分 = 年度平均执行率 × 分值 (65% × 10 = 6.5).
     */
    record AverageExecution(BigDecimal monthlyCap) implements ScoringRule {
        public AverageExecution {
            Objects.requireNonNull(monthlyCap, "monthlyCap");
        }

        @Override
        public String kind() {
            return "AVERAGE_EXECUTION";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return monthlyCap.signum() > 0 ? List.of() : List.of("每月执行率上限应大于0");
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands bands, String subject, String path) {
            String formula = "年度平均执行率 = 各月执行率之和 / 月份数（每月超过" + Scores.percent(monthlyCap) + "按"
                    + Scores.percent(monthlyCap) + "计）；达到100%得满分，否则 得分 = 年度平均执行率 × 分值（rules.md §4.3）";
            if (!(input instanceof LeafInput.ExecutionRates rates)) {
                return wrongInput(formula, subject, path, "各月预算支出执行率或年度平均执行率");
            }
            Outcome out = new Outcome(formula).input(Explanation.Term.points("分值", weight));
            BigDecimal average;
            if (rates.monthly().isEmpty()) {
                average = rates.average();
                out.input(Explanation.Term.percent("年度平均执行率（监控通报）", average));
            } else {
                BigDecimal sum = BigDecimal.ZERO;
                for (int i = 0; i < rates.monthly().size(); i++) {
                    BigDecimal month = rates.monthly().get(i);
                    out.input(Explanation.Term.percent("第" + (i + 1) + "个通报月执行率", month));
                    sum = sum.add(month.min(monthlyCap));
                }
                average = Scores.divide(sum, BigDecimal.valueOf(rates.monthly().size()));
                out.step(Explanation.Term.percent("年度平均执行率", average));
            }
            if (average.signum() < 0) {
                return out.violation(ScoringViolation.refused("scoring.execution.negative", path,
                        "「" + subject + "」的执行率不能为负数"));
            }
            return out.score(average.compareTo(BigDecimal.ONE) >= 0 ? weight : average.multiply(weight));
        }
    }

    /**
     * 定性判断: a score given by judgement with a written 评分依据, required ("酌情扣分", 数据质量); with
     * {@code bands} the unit also names the band of rules.md §2.5 and the score must lie in it.
     */
    record Judgement(boolean bands) implements ScoringRule {
        @Override
        public String kind() {
            return "JUDGEMENT";
        }

        @Override
        public List<String> problems(BigDecimal weight) {
            return List.of();
        }

        @Override
        public Outcome apply(BigDecimal weight, LeafInput input, QualitativeBands qualitative, String subject,
                             String path) {
            String formula = "按评分标准酌情确定得分（0至分值），须写明评分依据"
                    + (this.bands ? "；按达成/部分达成/未达成三档在分值区间内确定（rules.md §2.5）" : "");
            if (!(input instanceof LeafInput.Judgement judgement)) {
                return wrongInput(formula, subject, path, "得分与评分依据");
            }
            Outcome out = new Outcome(formula).input(Explanation.Term.points("分值", weight))
                    .input(Explanation.Term.points("评定得分", judgement.score()));
            if (judgement.basis().isEmpty()) {
                out.violation(ScoringViolation.required("scoring.basis.required", path + ".basis",
                        "「" + subject + "」为定性判断，请填写评分依据"));
            } else {
                out.input(Explanation.Term.text("评分依据", judgement.basis()));
            }
            if (judgement.score().signum() < 0 || judgement.score().compareTo(weight) > 0
                    || judgement.score().stripTrailingZeros().scale() > Scores.SCALE) {
                return out.violation(ScoringViolation.refused("scoring.judgement.range", path + ".score",
                        "「" + subject + "」的得分应在0到" + Scores.points(weight) + "分之间，最多两位小数"));
            }
            if (this.bands) {
                if (judgement.band() == null) {
                    return out.violation(ScoringViolation.required("scoring.qualitative.bandRequired", path + ".band",
                            "「" + subject + "」请选择完成情况（达成年度指标 / 部分达成年度指标并具有一定效果 / 未达成年度指标且效果较差）"));
                }
                out.input(Explanation.Term.text("完成情况", judgement.band().label()));
                boolean inRange = weight.signum() == 0 ? judgement.score().signum() == 0
                        : qualitative.range(judgement.band()).contains(Scores.divide(judgement.score(), weight));
                if (!inRange) {
                    return out.violation(ScoringViolation.refused("scoring.qualitative.outOfBand", path + ".score",
                            "「" + subject + "」完成情况为「" + judgement.band().label() + "」，实际得分区间为"
                                    + qualitative.interval(judgement.band(), weight) + "，填写的"
                                    + Scores.points(judgement.score()) + "分不在区间内，请调整后再保存"));
                }
            }
            return out.score(judgement.score());
        }
    }

    /** The value of a ratio input, explained; null (with a violation) when the denominator is not positive. */
    private static BigDecimal ratioValue(LeafInput.Ratio ratio, Outcome out, String subject, String path) {
        if (ratio.value() != null) {
            out.input(Explanation.Term.percent("比率", ratio.value()));
            return ratio.value();
        }
        out.input(Explanation.Term.number("分子", ratio.numerator(), ""))
                .input(Explanation.Term.number("分母", ratio.denominator(), ""));
        if (ratio.denominator().signum() <= 0) {
            out.violation(ScoringViolation.refused("scoring.ratio.denominator", path,
                    "「" + subject + "」的分母应大于0"));
            return null;
        }
        BigDecimal value = Scores.divide(ratio.numerator(), ratio.denominator());
        out.step(Explanation.Term.percent("比率（分子/分母）", value));
        return value;
    }
}

package org.jixiao.scoring.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a unit enters for one leaf of a department template; each {@link ScoringRule} kind reads one of these.
 */
public sealed interface LeafInput permits LeafInput.Completion, LeafInput.Ratio, LeafInput.Counts,
        LeafInput.Answer, LeafInput.SubItems, LeafInput.Amounts, LeafInput.ExecutionRates, LeafInput.Judgement {

    /** The goal indicators whose 完成率 are scored ({@link ScoringRule.CompletionBands}). */
    record Completion(List<CompletionItem> items) implements LeafInput {
        public Completion {
            items = List.copyOf(items);
        }
    }

    /** One indicator of the department's goal table: measured or (非量化) judged. */
    sealed interface CompletionItem permits MeasuredItem, JudgedItem {
        String name();

        /** Relative weight among the items; equal by default. */
        BigDecimal weight();
    }

    /** A quantitative goal indicator: 年初目标值 and 实际完成值 (完成率 = 实际/目标). */
    record MeasuredItem(String name, BigDecimal target, BigDecimal actual, BigDecimal weight)
            implements CompletionItem {
        public MeasuredItem {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(actual, "actual");
            weight = weight == null ? BigDecimal.ONE : weight;
        }

        public static MeasuredItem of(String name, BigDecimal target, BigDecimal actual) {
            return new MeasuredItem(name, target, actual, BigDecimal.ONE);
        }
    }

    /**
     * A non-quantified indicator (非量化效益指标): its band, the share of its points given within the band, and
     * the written 评分依据 that seed 002 requires ("非量化效益指标的得分需提供详细的书面评分依据").
     */
    record JudgedItem(String name, QualitativeBand band, BigDecimal share, String basis, BigDecimal weight)
            implements CompletionItem {
        public JudgedItem {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(share, "share");
            basis = basis == null ? "" : basis.strip();
            weight = weight == null ? BigDecimal.ONE : weight;
        }
    }

    /**
     * A ratio, entered either as the value (0.9365 for 93.65%) or as numerator and denominator, which are then
     * shown in the explanation (662.96万元 / 707.89万元).
     */
    record Ratio(BigDecimal value, BigDecimal numerator, BigDecimal denominator) implements LeafInput {
        public Ratio {
            if (value == null && (numerator == null || denominator == null)) {
                throw new IllegalArgumentException("a ratio needs a value or both numerator and denominator");
            }
        }

        public static Ratio of(BigDecimal value) {
            return new Ratio(value, null, null);
        }

        public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
            return new Ratio(null, numerator, denominator);
        }
    }

    /** How often each deduction item occurred, by item code (absent = 0). */
    record Counts(Map<String, Integer> occurrences) implements LeafInput {
        public Counts {
            occurrences = Map.copyOf(occurrences);
        }

        public int of(String code) {
            return occurrences.getOrDefault(code, 0);
        }
    }

    /** 是 / 否. */
    record Answer(boolean yes) implements LeafInput {
    }

    /** The inputs of a weighted rule's sub-items, by sub-item code. */
    record SubItems(Map<String, LeafInput> items) implements LeafInput {
        public SubItems {
            items = Map.copyOf(items);
        }
    }

    /** 预算安排数 and 实际支出数 (公用经费), in one unit. */
    record Amounts(BigDecimal budget, BigDecimal actual) implements LeafInput {
        public Amounts {
            Objects.requireNonNull(budget, "budget");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /**
     * Monthly 一般公共预算支出执行率 as reported by the finance bureau (from monitoring), or the 年度平均执行率
     * already computed there; one of the two.
     */
    record ExecutionRates(List<BigDecimal> monthly, BigDecimal average) implements LeafInput {
        public ExecutionRates {
            monthly = monthly == null ? List.of() : List.copyOf(monthly);
            if (monthly.isEmpty() == (average == null)) {
                throw new IllegalArgumentException("give either the monthly rates or the average");
            }
        }

        public static ExecutionRates average(BigDecimal average) {
            return new ExecutionRates(List.of(), average);
        }

        public static ExecutionRates monthly(List<BigDecimal> rates) {
            return new ExecutionRates(rates, null);
        }
    }

    /** A judged score with its written basis (评分依据); the band is given where the rule uses bands. */
    record Judgement(BigDecimal score, QualitativeBand band, String basis) implements LeafInput {
        public Judgement {
            Objects.requireNonNull(score, "score");
            basis = basis == null ? "" : basis.strip();
        }
    }
}

package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Scores every project self-evaluation of a 财政区划 and year, straight from the database: the region's budget
 * units in slices of {@value #UNITS_PER_SLICE}, each slice read with a handful of queries (the goal tables through
 * {@link GoalTableQueries#forEachUnit}, the evaluations with their rows in two), scored by the engine under the
 * policy in force (looked up once per region), on {@code workers} threads. Nothing is stored; the result is the
 * region's totals (number scored, complete, average, grades). Used for the region overview and measured by
 * {@code RegionScoringBenchmark} (docs/benchmarks.md).
 */
@Service
public class RegionScoring {

    /** Units one worker reads at a time. */
    static final int UNITS_PER_SLICE = 16;

    private final SelfEvaluations evaluations;
    private final GoalTableQueries goals;
    private final EvaluationScoring scoring;
    private final OrgQueries orgs;

    RegionScoring(SelfEvaluations evaluations, GoalTableQueries goals, EvaluationScoring scoring, OrgQueries orgs) {
        this.evaluations = evaluations;
        this.goals = goals;
        this.scoring = scoring;
        this.orgs = orgs;
    }

    /**
     * A region's self-evaluations scored.
     *
     * @param evaluations scored (started self-evaluations of project tables)
     * @param complete    of them with a total (every row filled in and valid)
     * @param indicators  indicator rows scored
     * @param average     of the totals, 2 decimals; null when none is complete
     */
    public record Result(String regionCode, int year, int units, int evaluations, int complete, long indicators,
                         BigDecimal average, Map<Grade, Integer> grades) {
    }

    public Result score(String regionCode, FiscalYear year, OrgScope scope, int workers) {
        List<String> units = orgs.budgetUnits(scope).stream().filter(u -> u.regionCode().equals(regionCode))
                .map(OrgView::code).toList();
        if (units.isEmpty()) {
            throw new NotFoundException("财政区划 " + regionCode + " 没有预算单位");
        }
        Map<String, ScoringPolicy> policies = new HashMap<>();
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Totals totals = new Totals();
        Runnable worker = () -> {
            Totals mine = new Totals();
            int from;
            while (failed.get() == null && (from = next.getAndAdd(UNITS_PER_SLICE)) < units.size()) {
                List<String> slice = units.subList(from, Math.min(units.size(), from + UNITS_PER_SLICE));
                try {
                    Map<GoalTableId, StoredEvaluation> stored = evaluations.findByUnits(slice, year);
                    goals.forEachUnit(slice, year, scope, (unitCode, tables) -> {
                        for (GoalTableView table : tables) {
                            StoredEvaluation evaluation = stored.get(table.id());
                            if (evaluation == null || table.kind() != GoalTableKind.PROJECT) {
                                continue;
                            }
                            ScoredSelfEvaluation scored = scoring.score(table,
                                    EvaluationScoring.input(evaluation, table), policy(policies, regionCode, year));
                            mine.add(scored);
                        }
                    });
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                }
            }
            totals.merge(mine);
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), r -> {
            Thread t = new Thread(r, "region-scoring-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < Math.max(1, workers); i++) {
                pool.execute(worker);
            }
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("region scoring did not finish within an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        return totals.result(regionCode, year, units.size());
    }

    private ScoringPolicy policy(Map<String, ScoringPolicy> cache, String regionCode, FiscalYear year) {
        synchronized (cache) {
            return cache.computeIfAbsent(regionCode, r -> scoring.policy(new RegionCode(r), year)
                    .orElseThrow(() -> new IllegalStateException("no scoring policy in force for " + r + " " + year)));
        }
    }

    /** Sums of one worker, merged at the end. */
    private static final class Totals {
        int evaluations;
        int complete;
        long indicators;
        BigDecimal sum = BigDecimal.ZERO;
        final Map<Grade, Integer> grades = new EnumMap<>(Grade.class);

        void add(ScoredSelfEvaluation scored) {
            evaluations++;
            indicators += scored.rows().size();
            if (scored.total().isPresent()) {
                complete++;
                sum = sum.add(scored.total().get());
                scored.grade().ifPresent(g -> grades.merge(g, 1, Integer::sum));
            }
        }

        synchronized void merge(Totals other) {
            evaluations += other.evaluations;
            complete += other.complete;
            indicators += other.indicators;
            sum = sum.add(other.sum);
            other.grades.forEach((g, n) -> grades.merge(g, n, Integer::sum));
        }

        synchronized Result result(String regionCode, FiscalYear year, int units) {
            return new Result(regionCode, year.value(), units, evaluations, complete, indicators,
                    complete == 0 ? null : sum.divide(BigDecimal.valueOf(complete), 2, RoundingMode.HALF_UP),
                    Map.copyOf(grades));
        }
    }
}

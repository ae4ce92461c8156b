package org.jixiao.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.checks.synthetic.SyntheticUnit;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Speed of the goal checks in memory: {@link CheckEngine#checkUnit} over the units of a synthetic region (seed
 * 001's defect rates), one unit per operation, cycling through the units. The {@code indicators} counter is the
 * figure the targets speak of: indicator rows checked per second (with their tables' project fields, goals and
 * the unit rules across tables). Targets, on one core: 1,000,000/s with the mechanical rules, 100,000/s with the
 * full set.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class CheckEngineBenchmark {

    /** The units to check, parsed once; the same for every thread. */
    @State(Scope.Benchmark)
    public static class Region {

        /**
         * Projects in the sampled region: 20,000 make about 220 units from 1 to some 800 tables (the unit rules
         * see realistic unit sizes) and 300,000 indicators, which fit the fork's heap.
         */
        @Param("20000")
        public int projects;

        @Param("20241")
        public long seed;

        List<List<CheckedTable>> units;
        long indicators;
        CheckEngine mechanical;
        CheckEngine full;

        @Setup(Level.Trial)
        public void generate() {
            GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());
            SyntheticRegion region = SyntheticRegion.of(seed, projects);
            units = new ArrayList<>();
            for (int i = 0; i < region.unitCount(); i++) {
                SyntheticUnit unit = region.unit(i);
                List<CheckedTable> tables = new ArrayList<>();
                for (GoalTableInput input : unit.tables()) {
                    ParsedGoalTable t = parser.parse(input);
                    tables.add(new CheckedTable(t.kind(), t.year(), t.unitCode(), t.project(), t.content()));
                    indicators += t.content().indicators().size();
                }
                units.add(List.copyOf(tables));
            }
            RuleConfig config = RuleConfigReader.defaults();
            mechanical = RuleSets.mechanical(config);
            full = RuleSets.full(config);
            System.out.printf("%n%d units, %d tables, %d indicators; %s; %s%n", units.size(),
                    units.stream().mapToInt(List::size).sum(), indicators, RuleSets.describe("mechanical", config),
                    RuleSets.describe("full", config));
        }
    }

    /** Each thread's place in the region and its counter of indicators checked. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Progress {

        /** Indicator rows checked; JMH reports it per second. */
        public long indicators;

        int next;

        @Setup(Level.Trial)
        public void start(Region region) {
            // threads start at different units so that two threads do not check the same unit at the same time
            next = (int) (Thread.currentThread().getId() * 7919 % region.units.size());
        }

        List<CheckedTable> nextUnit(Region region) {
            List<CheckedTable> unit = region.units.get(next);
            next = next + 1 == region.units.size() ? 0 : next + 1;
            for (CheckedTable table : unit) {
                indicators += table.indicators().size();
            }
            return unit;
        }
    }

    @Benchmark
    public void mechanical(Region region, Progress progress, Blackhole sink) {
        sink.consume(region.mechanical.checkUnit(progress.nextUnit(region)));
    }

    @Benchmark
    public void full(Region region, Progress progress, Blackhole sink) {
        sink.consume(region.full.checkUnit(progress.nextUnit(region)));
    }

    /** The full set on two threads, as the batch runs it (one unit per task). */
    @Benchmark
    @Threads(2)
    public void fullTwoThreads(Region region, Progress progress, Blackhole sink) {
        sink.consume(region.full.checkUnit(progress.nextUnit(region)));
    }
}

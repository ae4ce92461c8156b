package org.jixiao.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Fingerprints;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * 批量审核: checks every goal table of every budget unit of a 财政区划 (or of one unit) for a year in the
 * background, reporting progress as it goes. The last jobs are kept in memory for their progress pages.
 */
@Service
public class CheckBatches {

    private static final Logger log = LoggerFactory.getLogger(CheckBatches.class);
    private static final int KEPT_JOBS = 20;
    /** Units one worker reads at a time: one read of {@link GoalTableQueries#forEachUnit}. */
    private static final int UNITS_PER_SLICE = 16;

    private final CheckEngine engine;
    private final GoalTableQueries goals;
    private final Acknowledgements acknowledgements;
    private final OrgQueries orgs;
    private final Clock clock;
    /**
     * Threads reading and checking units in parallel: one per core, at most 8 (each holds a database connection
     * while it works on a slice, and the pool's other connections serve the pages).
     */
    private final int workers = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "check-batch");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    CheckBatches(CheckEngine engine, GoalTableQueries goals, Acknowledgements acknowledgements, OrgQueries orgs,
                 Clock clock) {
        this.engine = engine;
        this.goals = goals;
        this.acknowledgements = acknowledgements;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** Progress and result of one batch. Counters are updated while it runs. */
    public static final class Job {
        private final String id;
        private final String scope;
        private final int year;
        private final int unitCount;
        private final Instant started;
        /** Who started it: only they see its progress. */
        private final long ownerId;
        private final AtomicInteger unitsDone = new AtomicInteger();
        private final AtomicInteger tablesDone = new AtomicInteger();
        private final Map<Severity, AtomicInteger> totals = new EnumMap<>(Severity.class);
        private volatile Instant finished;
        private volatile String failure;

        Job(String id, String scope, int year, int unitCount, Instant started, long ownerId) {
            this.ownerId = ownerId;
            this.id = id;
            this.scope = scope;
            this.year = year;
            this.unitCount = unitCount;
            this.started = started;
            for (Severity s : Severity.values()) {
                totals.put(s, new AtomicInteger());
            }
        }

        public String id() { return id; }
        public String scope() { return scope; }
        public int year() { return year; }
        public int unitCount() { return unitCount; }
        public int unitsDone() { return unitsDone.get(); }
        public int tablesDone() { return tablesDone.get(); }
        public int total(Severity severity) { return totals.get(severity).get(); }
        public Instant started() { return started; }
        public Instant finished() { return finished; }
        public String failure() { return failure; }
        public boolean done() { return finished != null; }

        /** Whole percent done, by units. */
        public int percent() {
            return unitCount == 0 ? 100 : unitsDone.get() * 100 / unitCount;
        }
    }

    /**
     * Starts checking every budget unit of the region (or the one unit, when {@code scopeCode} is a unit) that lies
     * inside the caller's {@code orgScope}; {@code ownerId} is the user who may follow it.
     */
    public synchronized Job start(String scopeCode, FiscalYear year, OrgScope orgScope, long ownerId) {
        List<OrgView> units = unitsOf(scopeCode, orgScope);
        String scope = orgs.find(scopeCode, orgScope).map(o -> o.name() + "（" + o.code() + "）")
                .orElseGet(() -> units.isEmpty() ? scopeCode : units.get(0).regionName() + "（" + scopeCode + "）");
        Job job = new Job(UUID.randomUUID().toString(), scope, year.value(), units.size(), clock.instant(), ownerId);
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT_JOBS) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.submit(() -> run(job, units, year, orgScope));
        return job;
    }

    /** The job, if {@code ownerId} started it. */
    public synchronized Optional<Job> find(String id, long ownerId) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.ownerId == ownerId);
    }

    private List<OrgView> unitsOf(String scopeCode, OrgScope orgScope) {
        Optional<OrgView> org = orgs.find(scopeCode, orgScope);
        if (org.isPresent() && org.get().isBudgetUnit()) {
            return List.of(org.get());
        }
        List<OrgView> units = orgs.budgetUnits(orgScope).stream().filter(u -> u.regionCode().equals(scopeCode)).toList();
        if (units.isEmpty() && org.isEmpty()) {
            throw new NotFoundException("没有财政区划或单位“" + scopeCode + "”");
        }
        return units;
    }

    /**
     * Checks the units on {@link #workers} threads. Each takes the next slice of {@value #UNITS_PER_SLICE} units,
     * streams their tables from the database ({@link GoalTableQueries#forEachUnit}: a few queries per slice) and
     * checks each unit as it arrives (the unit rules need all of a unit's tables together); while one thread waits
     * for the database the others check. Memory holds at most one slice per thread, whatever the region's size.
     */
    private void run(Job job, List<OrgView> units, FiscalYear year, OrgScope orgScope) {
        List<String> codes = units.stream().map(OrgView::code).toList();
        AtomicInteger nextSlice = new AtomicInteger();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        Runnable worker = () -> {
            int from;
            while (failed.get() == null && (from = nextSlice.getAndAdd(UNITS_PER_SLICE)) < codes.size()) {
                List<String> slice = codes.subList(from, Math.min(codes.size(), from + UNITS_PER_SLICE));
                try {
                    goals.forEachUnit(slice, year, orgScope, (unitCode, views) -> checkUnit(job, views));
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                }
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "check-batch-worker");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int i = 0; i < workers; i++) {
                pool.execute(worker);
            }
            pool.shutdown();
            awaitTermination(pool);
            if (failed.get() != null) {
                throw failed.get();
            }
        } catch (RuntimeException e) {
            log.error("batch check {} failed", job.id(), e);
            job.failure = "检查中断：" + e.getClass().getSimpleName();
        } finally {
            pool.shutdownNow();
            job.finished = clock.instant();
        }
    }

    /** Checks one unit's tables and adds them to the job's counts; kept findings (已复核，保留) are not counted. */
    private void checkUnit(Job job, List<GoalTableView> views) {
        if (!views.isEmpty()) {
            List<CheckedTable> tables = views.stream().map(CheckQueries::checked).toList();
            Map<CheckedTable, List<Finding>> findings = engine.checkUnit(tables);
            Map<GoalTableId, List<Acknowledgements.Acknowledgement>> kept = acknowledgements.findAll(
                    views.stream().map(GoalTableView::id).toList());
            int[] counts = new int[Severity.values().length];
            // the engine's map lists the tables in order: walk it rather than look each table up again (a record's
            // hashCode walks its whole content); equal tables share an entry, then only a lookup pairs them right
            Iterator<List<Finding>> inOrder = findings.size() == tables.size() ? findings.values().iterator() : null;
            for (int i = 0; i < tables.size(); i++) {
                CheckedTable table = tables.get(i);
                List<Finding> tableFindings = inOrder != null ? inOrder.next() : findings.getOrDefault(table, List.of());
                Set<String> keptKeys = new HashSet<>();
                for (Acknowledgements.Acknowledgement a : kept.getOrDefault(views.get(i).id(), List.of())) {
                    keptKeys.add(a.rule() + "|" + a.fingerprint());
                }
                for (Finding f : tableFindings) {
                    if (keptKeys.isEmpty() || !keptKeys.contains(f.rule() + "|" + Fingerprints.of(table, f))) {
                        counts[f.severity().ordinal()]++;
                    }
                }
            }
            for (Severity severity : Severity.values()) {
                job.totals.get(severity).addAndGet(counts[severity.ordinal()]);
            }
            job.tablesDone.addAndGet(views.size());
        }
        job.unitsDone.incrementAndGet();
    }

    private static void awaitTermination(ExecutorService pool) {
        try {
            while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                log.debug("batch check still running");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("batch check interrupted", e);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

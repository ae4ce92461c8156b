package org.jixiao.checks;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.jixiao.checks.domain.Severity;
import org.jixiao.orgs.OrgQueries;
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

    private final CheckQueries checks;
    private final OrgQueries orgs;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "check-batch");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    CheckBatches(CheckQueries checks, OrgQueries orgs, Clock clock) {
        this.checks = checks;
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
        private final AtomicInteger unitsDone = new AtomicInteger();
        private final AtomicInteger tablesDone = new AtomicInteger();
        private final Map<Severity, AtomicInteger> totals = new EnumMap<>(Severity.class);
        private volatile Instant finished;
        private volatile String failure;

        Job(String id, String scope, int year, int unitCount, Instant started) {
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

    /** Starts checking every budget unit of the region (or the one unit, when {@code scopeCode} is a unit). */
    public synchronized Job start(String scopeCode, FiscalYear year) {
        List<OrgView> units = unitsOf(scopeCode);
        String scope = orgs.find(scopeCode).map(o -> o.name() + "（" + o.code() + "）")
                .orElseGet(() -> units.isEmpty() ? scopeCode : units.get(0).regionName() + "（" + scopeCode + "）");
        Job job = new Job(UUID.randomUUID().toString(), scope, year.value(), units.size(), clock.instant());
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT_JOBS) {
            jobs.remove(jobs.keySet().iterator().next());
        }
        executor.submit(() -> run(job, units, year));
        return job;
    }

    public synchronized Optional<Job> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private List<OrgView> unitsOf(String scopeCode) {
        Optional<OrgView> org = orgs.find(scopeCode);
        if (org.isPresent() && org.get().isBudgetUnit()) {
            return List.of(org.get());
        }
        List<OrgView> units = orgs.budgetUnits().stream().filter(u -> u.regionCode().equals(scopeCode)).toList();
        if (units.isEmpty() && org.isEmpty()) {
            throw new NotFoundException("没有财政区划或单位“" + scopeCode + "”");
        }
        return units;
    }

    private void run(Job job, List<OrgView> units, FiscalYear year) {
        try {
            for (OrgView unit : units) {
                UnitCheckReport report = checks.report(unit.code(), year);
                job.tablesDone.addAndGet(report.tables().size());
                report.totals().forEach((severity, count) -> job.totals.get(severity).addAndGet(count.intValue()));
                job.unitsDone.incrementAndGet();
            }
        } catch (RuntimeException e) {
            log.error("batch check {} failed", job.id(), e);
            job.failure = "检查中断：" + e.getClass().getSimpleName();
        } finally {
            job.finished = clock.instant();
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

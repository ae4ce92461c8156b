package org.jixiao.evaluation;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jixiao.JixiaoApplication;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.SyntheticRegionLoader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scoring every project self-evaluation of a synthetic 财政区划 stored in PostgreSQL, end to end: an embedded
 * PostgreSQL server, the application context without the web layer, the region's goal tables written by
 * {@link SyntheticRegionLoader} and one self-evaluation per project table generated and written with COPY (both
 * timed apart, not part of the target), then {@link RegionScoring} — slices of 16 units read with a handful of
 * queries, scored by the engine on the machine's cores — timed from start to finish, several times (the first
 * includes the JIT warming up). Target: 300,000 project self-evaluations in under 60 s on 2 cores.
 *
 * <p>The generated actuals: a 定量 indicator's own target number (sometimes 10 % short, with a 偏差原因), 时限
 * indicators 按时完成, 定性 ones 达成年度指标 with the full score, 全年执行数 96 % of the budget — so most evaluations are
 * complete and every line goes through the full formula.
 *
 * <p>Arguments: {@code [projects] [runs] [seed]}, default {@code 300000 3 20241}. Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec@region-scoring -Dbatch.args="300000 3"}.
 */
public final class RegionScoringBenchmark {

    private RegionScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int projects = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20241;
        int cores = Runtime.getRuntime().availableProcessors();
        SyntheticRegion region = SyntheticRegion.of(seed, projects);
        System.out.printf(Locale.ROOT, "region %s: %d projects in %d units; %d processors, max heap %d MB, %s %s; load %s%n",
                region.regionCode(), projects, region.unitCount(), cores, Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), load());

        Path dataDirectory = Files.createTempDirectory("region-scoring-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                     .web(WebApplicationType.SERVLET) // the security configuration needs the web layer; on a random port
                     .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres", "--spring.datasource.password=",
                             "--jixiao.demo.enabled=false", "--spring.main.banner-mode=off",
                             "--logging.level.root=warn", "--server.port=0")) {
            DataSource dataSource = context.getBean(DataSource.class);
            SyntheticRegionLoader.Result loaded = new SyntheticRegionLoader(dataSource, cores).load(region);
            System.out.printf(Locale.ROOT, "loaded %d units, %d tables, %d indicators in %.1f s (not counted)%n",
                    loaded.units(), loaded.tables(), loaded.indicators(), loaded.elapsed().toMillis() / 1000.0);

            long started = System.nanoTime();
            long written = generate(context, dataSource, region.regionCode(), region.year());
            JdbcClient jdbc = JdbcClient.create(dataSource);
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("alter table eval_self_evaluation alter column id restart with " + (written + 1));
                s.execute("analyze eval_self_evaluation");
                s.execute("analyze eval_indicator");
            }
            System.out.printf(Locale.ROOT, "generated %d self-evaluations, %d indicator rows in %.1f s (not counted); database %s%n",
                    written, jdbc.sql("select count(*) from eval_indicator").query(Long.class).single(),
                    (System.nanoTime() - started) / 1e9,
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

            RegionScoring scoring = context.getBean(RegionScoring.class);
            for (int run = 1; run <= runs; run++) {
                String loadBefore = load();
                long cpuBefore = processCpuNanos();
                long dbBefore = databaseCpuNanos(dataDirectory);
                long start = System.nanoTime();
                RegionScoring.Result result = scoring.score(region.regionCode(), region.year(), OrgScope.unrestricted(),
                        cores);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.1f s for %d units, %d self-evaluations (%d complete, "
                                + "average %s, grades %s), %d indicators (%.0f/s); CPU: JVM %.1f s, PostgreSQL %.1f s; "
                                + "load before %s, after %s%n", run, seconds, result.units(), result.evaluations(),
                        result.complete(), result.average(), result.grades(), result.indicators(),
                        result.indicators() / seconds, (processCpuNanos() - cpuBefore) / 1e9,
                        (databaseCpuNanos(dataDirectory) - dbBefore) / 1e9, loadBefore, load());
            }
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    /** One self-evaluation per project table, written with COPY on as many threads as cores. */
    private static long generate(ConfigurableApplicationContext context, DataSource dataSource, String regionCode,
                                 FiscalYear year) throws Exception {
        GoalTableQueries goals = context.getBean(GoalTableQueries.class);
        EvaluationScoring scoring = context.getBean(EvaluationScoring.class);
        List<String> units = context.getBean(OrgQueries.class).budgetUnits(OrgScope.unrestricted()).stream()
                .filter(u -> u.regionCode().equals(regionCode)).map(OrgView::code).toList();
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong nextId = new AtomicLong(1);
        List<Thread> workers = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> mine = new ArrayList<>();
            for (int i = t; i < units.size(); i += threads) {
                mine.add(units.get(i));
            }
            Thread worker = new Thread(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    try (Statement s = connection.createStatement()) {
                        s.execute("set session_replication_role = replica"); // rows are consistent by construction
                    }
                    Copy copy = new Copy(connection);
                    StringBuilder headers = new StringBuilder();
                    StringBuilder rows = new StringBuilder();
                    goals.forEachUnit(mine, year, OrgScope.unrestricted(), (unitCode, tables) -> {
                        for (GoalTableView table : tables) {
                            if (table.kind() == GoalTableKind.PROJECT) {
                                append(table, scoring, nextId.getAndIncrement(), headers, rows);
                            }
                        }
                        if (rows.length() > 8_000_000) {
                            copy.flush(headers, rows);
                        }
                    });
                    copy.flush(headers, rows);
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "generate-" + t);
            worker.start();
            workers.add(worker);
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return nextId.get() - 1;
    }

    private static void append(GoalTableView table, EvaluationScoring scoring, long id, StringBuilder headers,
                               StringBuilder rows) {
        List<Indicator> indicators = table.content().indicators();
        List<SelfEvaluationInput.Row> input = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            if (indicator.value() instanceof Quantitative q) {
                boolean short10 = (id + i) % 17 == 0;
                BigDecimal actual = short10 ? q.number().multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP)
                        : q.number();
                input.add(new SelfEvaluationInput.Row(actual.stripTrailingZeros().toPlainString(), "", "", false,
                        short10 ? "部分任务受天气影响顺延，已调整计划" : "", "", ""));
            } else if (indicator.value() instanceof Deadline) {
                input.add(new SelfEvaluationInput.Row("按时完成", "", "", false, "", "", ""));
            } else {
                input.add(new SelfEvaluationInput.Row("达成年度指标", "", "", false, "", "", ""));
            }
        }
        BigDecimal budgetWan = table.project() == null ? null : table.project().content().funding().budgetAmount()
                .map(a -> a.toWan()).orElse(null);
        String budget = budgetWan == null ? "100" : budgetWan.stripTrailingZeros().toPlainString();
        String executed = new BigDecimal(budget).multiply(new BigDecimal("0.96")).setScale(4, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        SelfEvaluationInput first = new SelfEvaluationInput(0L, budget, executed, "", input);
        ScoredSelfEvaluation scored = scoring.score(table, first);
        // 定性 rows: the full score of their weight, now that the weights are known
        List<SelfEvaluationInput.Row> withScores = new ArrayList<>(input);
        for (ScoredSelfEvaluation.RowResult row : scored.rows()) {
            if (row.kind() == AssessmentKind.JUDGED && row.weight() != null) {
                SelfEvaluationInput.Row r = input.get(row.index());
                withScores.set(row.index(), new SelfEvaluationInput.Row(r.actual(), r.band(),
                        row.weight().stripTrailingZeros().toPlainString(), false, r.deviationReason(), "", ""));
            }
        }
        ScoredSelfEvaluation complete = scoring.score(table, new SelfEvaluationInput(0L, budget, executed, "", withScores));
        StoredEvaluation stored = EvaluationScoring.stored(new StoredEvaluation(new EvaluationId(id), table.unitCode(),
                table.year(), table.id(), null, null, null, List.of(), 0), complete);
        field(headers, Long.toString(id)).append('\t');
        field(headers, table.unitCode()).append('\t');
        field(headers, Integer.toString(table.year().value())).append('\t');
        field(headers, Long.toString(table.id().value())).append('\t');
        field(headers, plain(stored.budget())).append('\t');
        field(headers, plain(stored.executed())).append('\t');
        field(headers, stored.executionReason()).append("\t1\t2025-02-15 08:00:00\t2025-02-15 08:00:00\n");
        for (StoredEvaluation.Row r : stored.rows()) {
            field(rows, Long.toString(id)).append('\t');
            field(rows, Integer.toString(r.position())).append('\t');
            field(rows, r.indicatorName()).append('\t');
            field(rows, r.assessment()).append('\t');
            field(rows, r.actual()).append('\t');
            field(rows, r.band()).append('\t');
            field(rows, plain(r.judgedScore())).append('\t');
            field(rows, r.deviationReason()).append('\t');
            field(rows, plain(r.deduction())).append('\t');
            field(rows, r.deductionReason()).append('\n');
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** A field of PostgreSQL's text COPY format: \N for null, backslash escapes. */
    private static StringBuilder field(StringBuilder out, String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** PostgreSQL's COPY through the driver's API (by reflection: the driver is a runtime dependency only). */
    private static final class Copy {
        private final Object manager;
        private final java.lang.reflect.Method copyIn;

        Copy(Connection connection) throws Exception {
            Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
            manager = pgConnection.getMethod("getCopyAPI").invoke(connection.unwrap(pgConnection));
            copyIn = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class,
                    java.io.Reader.class);
        }

        void flush(StringBuilder headers, StringBuilder rows) {
            try {
                copyIn.invoke(manager, "copy eval_self_evaluation (id, unit_code, fiscal_year, goal_table_id, budget, "
                        + "executed, execution_reason, version, created_at, updated_at) from stdin",
                        new StringReader(headers.toString()));
                copyIn.invoke(manager, "copy eval_indicator (self_evaluation_id, position, indicator_name, assessment, "
                        + "actual, band, judged_score, deviation_reason, deduction, deduction_reason) from stdin",
                        new StringReader(rows.toString()));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
            }
            headers.setLength(0);
            rows.setLength(0);
        }
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", Arrays.copyOf(parts, 3));
        } catch (IOException e) {
            return "?";
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long databaseCpuNanos(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).stream()
                    .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory under target/tmp
        }
    }
}

package org.jixiao.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jixiao.JixiaoApplication;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.orgs.OrgScope;
import org.jixiao.testsupport.SyntheticRegionLoader;
import org.postgresql.PGConnection;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recomputing every lamp of a whole synthetic 财政区划 stored in PostgreSQL: an embedded PostgreSQL server, the
 * application context (on a random port: the security configuration needs the web layer), the region's projects (with their 资金支出计划) written by
 * {@link SyntheticRegionLoader}, then 12 monthly spending records per project written with {@code COPY} (both timed
 * apart, not part of the target), then {@link MonitoringQueries#forEachUnit} over the whole region — read in batches
 * of 200 units, every project's series, rates, 年度平均执行率 and lamps computed by the domain — timed from start to
 * finish, several times. Target: 300,000 projects × 12 months in under 30 s on 2 cores. A main program like
 * {@code checks.RegionBatchBenchmark} (one long end-to-end run is what is measured, not a JMH microbenchmark).
 *
 * <p>Arguments: {@code [projects] [runs] [seed]}, default {@code 300000 3 20241}. Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec@monitoring-region -Dbatch.args="300000 3"}.
 */
public final class MonitoringRegionBenchmark {

    private MonitoringRegionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> positional = Arrays.asList(args);
        int projects = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 300_000;
        int runs = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 3;
        long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 20241;
        SyntheticRegion region = SyntheticRegion.of(seed, projects);
        System.out.printf(Locale.ROOT, "region %s: %d projects in %d units; %d processors, max heap %d MB, %s %s; "
                        + "load average %.2f%n", region.regionCode(), projects, region.unitCount(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"), loadAverage());

        Path dataDirectory = Files.createTempDirectory("monitoring-region-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                     .web(WebApplicationType.SERVLET) // the security configuration needs the web layer
                     .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres",
                             "--spring.datasource.password=",
                             "--jixiao.demo.enabled=false",
                             "--spring.main.banner-mode=off",
                             "--server.port=0",
                             "--logging.level.root=warn")) {
            DataSource dataSource = context.getBean(DataSource.class);
            SyntheticRegionLoader.Result loaded = new SyntheticRegionLoader(dataSource,
                    Runtime.getRuntime().availableProcessors()).load(region);
            System.out.printf(Locale.ROOT, "loaded %d units, %d projects in %.1f s (not counted)%n", loaded.units(),
                    loaded.projects(), loaded.elapsed().toMillis() / 1000.0);
            long start = System.nanoTime();
            long records = writeSpending(dataSource, region, seed);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("analyze mon_execution_record").update();
            System.out.printf(Locale.ROOT, "wrote %d spending records in %.1f s (not counted); database %s%n", records,
                    (System.nanoTime() - start) / 1e9,
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

            MonitoringQueries queries = context.getBean(MonitoringQueries.class);
            for (int run = 1; run <= runs; run++) {
                double loadBefore = loadAverage();
                long cpuBefore = processCpuNanos();
                long dbBefore = databaseCpuNanos(dataDirectory);
                long begin = System.nanoTime();
                Map<Lamp, Long> lamps = new EnumMap<>(Lamp.class);
                AtomicLong computed = new AtomicLong();
                AtomicLong units = new AtomicLong();
                queries.forEachUnit(region.year(), OrgScope.unrestricted(), table -> {
                    units.incrementAndGet();
                    for (ProjectMonitoring p : table.projects()) {
                        computed.incrementAndGet();
                        p.lamp().ifPresent(l -> lamps.merge(l, 1L, Long::sum));
                    }
                });
                double seconds = (System.nanoTime() - begin) / 1e9;
                System.out.printf(Locale.ROOT, "run %d: %.1f s for %d units, %d projects (%.0f projects/s); CPU: JVM "
                                + "%.1f s, PostgreSQL %.1f s; lamps %s; load average %.2f → %.2f%n", run, seconds,
                        units.get(), computed.get(), computed.get() / seconds, (processCpuNanos() - cpuBefore) / 1e9,
                        (databaseCpuNanos(dataDirectory) - dbBefore) / 1e9, lamps, loadBefore, loadAverage());
            }
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    /**
     * Twelve monthly records per project with a budget: a project follows its plan at a pace drawn per project
     * (most 80–105%, one in ten lagging at 20–60%), with noise per month; deterministic per seed.
     */
    static long writeSpending(DataSource dataSource, SyntheticRegion region, long seed) throws Exception {
        record Project(long id, String unit, BigDecimal budget) {
        }
        List<Project> all = JdbcClient.create(dataSource)
                .sql("select id, unit_code, budget_yuan from prj_project where budget_yuan > 0 order by id")
                .query((rs, i) -> new Project(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3))).list();
        SplittableRandom random = new SplittableRandom(seed);
        long count = 0;
        try (Connection c = dataSource.getConnection()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            StringBuilder csv = new StringBuilder();
            int year = region.year().value();
            for (int i = 0; i < all.size(); i++) {
                Project p = all.get(i);
                double pace = random.nextInt(10) == 0 ? 0.2 + random.nextDouble() * 0.4 : 0.8 + random.nextDouble() * 0.25;
                BigDecimal monthly = p.budget().multiply(BigDecimal.valueOf(pace / 12));
                for (int m = 1; m <= 12; m++) {
                    BigDecimal amount = monthly.multiply(BigDecimal.valueOf(0.7 + random.nextDouble() * 0.6))
                            .setScale(2, RoundingMode.HALF_UP);
                    csv.append(p.unit()).append(',').append(year).append(',').append(p.id()).append(',')
                            .append(year).append('-').append(m < 10 ? "0" : "").append(m).append("-25,")
                            .append(amount.toPlainString()).append(",TREASURY,2024-12-31 00:00:00\n");
                    count++;
                }
                if (csv.length() > 8_000_000 || i == all.size() - 1) {
                    pg.getCopyAPI().copyIn("copy mon_execution_record (unit_code, fiscal_year, project_id, spent_on, "
                            + "amount, source, created_at) from stdin with (format csv)", new StringReader(csv.toString()));
                    csv.setLength(0);
                }
            }
        }
        return count;
    }

    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static long databaseCpuNanos(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
                            p.descendants()))
                    .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }
}

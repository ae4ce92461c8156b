package org.jixiao.checks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jixiao.JixiaoApplication;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.testsupport.SyntheticRegionLoader;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The batch check of a whole synthetic 财政区划 stored in PostgreSQL, end to end: an embedded PostgreSQL server
 * (the zonky binaries the repository tests use), the application context without the web layer, the region
 * written by {@link SyntheticRegionLoader} (timed apart, not part of the target), then {@link CheckBatches} as the
 * page starts it — streaming read and the engine on the machine's cores — timed from start to finish, several
 * times (the first run includes the JIT warming up). Target: 300,000 projects (about 4.5 million indicators) in
 * under 60 s on 2 cores.
 *
 * <p>Arguments: {@code [projects] [runs] [seed] [--spring.property=value …]}, default {@code 300000 3 20241}; the
 * {@code --} arguments go to the application (e.g. {@code --jixiao.checks.config=file:…} for another rule
 * configuration). Run with {@code ./mvnw -Pjmh test-compile exec:exec@region-batch -Dbatch.args="300000 3"}.
 */
public final class RegionBatchBenchmark {

    private RegionBatchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> positional = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<String> springArgs = new ArrayList<>(Arrays.stream(args).filter(a -> a.startsWith("--")).toList());
        int projects = positional.size() > 0 ? Integer.parseInt(positional.get(0)) : 300_000;
        int runs = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 3;
        long seed = positional.size() > 2 ? Long.parseLong(positional.get(2)) : 20241;
        SyntheticRegion region = SyntheticRegion.of(seed, projects);
        System.out.printf(Locale.ROOT, "region %s: %d projects in %d units; %d processors, max heap %d MB, %s %s%n",
                region.regionCode(), projects, region.unitCount(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"),
                System.getProperty("java.version"));

        Path dataDirectory = Files.createTempDirectory("region-batch-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                // memory for a database of a few GB; everything else as PostgreSQL ships it
                .setServerConfig("shared_buffers", "2GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                     .web(WebApplicationType.NONE)
                     .run(with(springArgs, "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                             "--spring.datasource.username=postgres",
                             "--spring.datasource.password=",
                             "--jixiao.demo.enabled=false",
                             "--spring.main.banner-mode=off",
                             "--logging.level.root=warn"))) {
            DataSource dataSource = context.getBean(DataSource.class);
            SyntheticRegionLoader.Result loaded = new SyntheticRegionLoader(dataSource,
                    Runtime.getRuntime().availableProcessors()).load(region);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            System.out.printf(Locale.ROOT, "loaded %d units, %d tables, %d indicators in %.1f s (not counted); "
                            + "database %s%n", loaded.units(), loaded.tables(), loaded.indicators(),
                    loaded.elapsed().toMillis() / 1000.0,
                    jdbc.sql("select pg_size_pretty(pg_database_size(current_database()))").query(String.class).single());

            CheckBatches batches = context.getBean(CheckBatches.class);
            for (int run = 1; run <= runs; run++) {
                long cpuBefore = processCpuNanos();
                long dbBefore = databaseCpuNanos(dataDirectory);
                long start = System.nanoTime();
                CheckBatches.Job job = batches.start(region.regionCode(), region.year(), org.jixiao.orgs.OrgScope.unrestricted(), 0L);
                long nextReport = start;
                while (!job.done()) {
                    if (System.nanoTime() >= nextReport) {
                        System.out.printf(Locale.ROOT, "  run %d, %5.1f s: %d/%d units (%d%%), %d tables%n", run,
                                (System.nanoTime() - start) / 1e9, job.unitsDone(), job.unitCount(), job.percent(),
                                job.tablesDone());
                        nextReport += 10_000_000_000L;
                    }
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = (processCpuNanos() - cpuBefore) / 1e9;
                double dbCpu = (databaseCpuNanos(dataDirectory) - dbBefore) / 1e9;
                Map<String, Integer> totals = new LinkedHashMap<>();
                for (Severity severity : Severity.values()) {
                    totals.put(severity.label(), job.total(severity));
                }
                System.out.printf(Locale.ROOT, "run %d: %.1f s for %d units, %d tables (%.0f indicators/s); CPU: "
                                + "JVM %.1f s, PostgreSQL %.1f s; findings %s%s%n", run, seconds, job.unitsDone(),
                        job.tablesDone(), loaded.indicators() / seconds, cpu, dbCpu, totals,
                        job.failure() == null ? "" : "; FAILED: " + job.failure());
            }
        } finally {
            deleteQuietly(dataDirectory);
        }
    }

    private static String[] with(List<String> extra, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(extra);
        return all.toArray(String[]::new);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the PostgreSQL server: the postmaster (its pid is in the data directory) and its backends. */
    private static long databaseCpuNanos(Path dataDirectory) {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).stream().flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p),
                            p.descendants()))
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

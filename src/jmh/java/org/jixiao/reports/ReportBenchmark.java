package org.jixiao.reports;

import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jixiao.JixiaoApplication;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Time to generate one 部门整体支出绩效自评报告 of the demo unit 807001 for 2024 (nine projects, 68 indicators, every
 * project self-evaluated): read the data in one transaction, score every self-evaluation, compose, draw the charts,
 * lay out the .docx or the .pdf and keep the generation (bytes into the database). The application runs on an
 * in-memory H2 with the demo data. Target: under 2 s per report. Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec -Djmh.args="ReportBenchmark"} (docs/benchmarks.md, "Reports").
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Djava.awt.headless=true"})
public class ReportBenchmark {

    private static final Actor BENCHMARK = new Actor(0, "benchmark", "基准测试", "807001", Set.of(Role.ADMINISTRATOR),
            DataScope.REGION);

    @State(Scope.Benchmark)
    public static class App {
        ConfigurableApplicationContext context;
        ReportFiles files;

        @Setup(Level.Trial)
        public void start() {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(ch.qos.logback.classic.Level.WARN);
            // a servlet application on a random port, as in production (the security configuration needs the web stack)
            context = new SpringApplicationBuilder(JixiaoApplication.class).web(WebApplicationType.SERVLET)
                    .run("--server.port=0",
                            "--spring.datasource.url=jdbc:h2:mem:reportbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                            "--jixiao.demo.enabled=true", "--spring.main.banner-mode=off", "--logging.level.root=warn");
            files = context.getBean(ReportFiles.class);
        }

        /** Process CPU time and load at the start of the measured part, to print beside the figures. */
        long cpuStart;
        double loadStart;
        final java.util.concurrent.atomic.AtomicLong operations = new java.util.concurrent.atomic.AtomicLong();

        @Setup(Level.Iteration)
        public void mark() {
            if (cpuStart == 0) {
                cpuStart = cpu();
                loadStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            long cpu = cpu() - cpuStart;
            System.out.printf(java.util.Locale.ROOT, "%nreports benchmark: %d operations (warm-up included), %.1f CPU s of this JVM"
                            + " (%.0f ms CPU per operation); load average %.2f at the start, %.2f at the end%n",
                    operations.get(), cpu / 1e9, operations.get() == 0 ? 0 : cpu / 1e6 / operations.get(), loadStart,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            context.close();
        }

        private static long cpu() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
        }
    }

    @Benchmark
    public byte[] reportDocx(App app) {
        app.operations.incrementAndGet();
        return app.files.report("807001", 2024, ReportFiles.Format.DOCX, OrgScope.unrestricted(), BENCHMARK).content();
    }

    @Benchmark
    public byte[] reportPdf(App app) {
        app.operations.incrementAndGet();
        return app.files.report("807001", 2024, ReportFiles.Format.PDF, OrgScope.unrestricted(), BENCHMARK).content();
    }

    @Benchmark
    public byte[] tablesXlsx(App app) {
        app.operations.incrementAndGet();
        return app.files.tables("807001", 2024, OrgScope.unrestricted(), BENCHMARK).content();
    }
}

package org.jixiao.monitoring;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jixiao.JixiaoApplication;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.orgs.NewUser;
import org.jixiao.orgs.UserManagement;
import org.jixiao.orgs.domain.Role;
import org.jixiao.testsupport.SyntheticRegionLoader;
import org.jixiao.testsupport.WebSession;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Load test of the unit 运行监控 dashboard (issue 6: "under 200 ms at the 95th percentile with 50 concurrent users"
 * on the synthetic 财政区划 with 12 months of records). Starts an embedded PostgreSQL and the whole application on a
 * random port, loads the region as {@link MonitoringRegionBenchmark} does (projects with plans, 12 monthly spending
 * records each), creates one user per client and signs each in through the real login form (session cookie), then
 * runs one thread per user for a warm-up and a measured period: every request is, at random, the page
 * {@code /units/{u}/years/{y}/monitoring} or the API {@code GET /api/v1/units/{u}/years/{y}/monitoring}. Prints the
 * count, throughput, p50/p95/p99/max per kind and overall, errors (any status but 200, or an exception), the load
 * average and the CPU seconds of the JVM (server and clients together) and of PostgreSQL.
 *
 * <p>Modes: {@code unit} (default) — each user is the 填报人 of a different unit (own-unit scope) and asks for its own
 * unit; {@code bureau} — each user is a 财政审核 user of the region (region scope) and asks for a random unit.
 *
 * <p>Arguments: {@code [projects] [seconds] [users] [mode] [warm-up seconds] [seed] [think ms]}, default
 * {@code 300000 60 50 unit 15 20241 0} (think time: a pause after each answer, uniform from 0 to twice the mean;
 * 0 is a closed loop). Run with
 * {@code ./mvnw -Pjmh test-compile exec:exec@monitoring-load -Dbatch.args="20000 30 50"}.
 */
public final class MonitoringDashboardLoadTest {

    private static final String PASSWORD = "Load-test-2024!";

    private MonitoringDashboardLoadTest() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        List<String> a = Arrays.asList(args);
        int projects = a.size() > 0 ? Integer.parseInt(a.get(0)) : 300_000;
        int seconds = a.size() > 1 ? Integer.parseInt(a.get(1)) : 60;
        int users = a.size() > 2 ? Integer.parseInt(a.get(2)) : 50;
        boolean bureau = a.size() > 3 && "bureau".equals(a.get(3));
        int warmUp = a.size() > 4 ? Integer.parseInt(a.get(4)) : 15;
        long seed = a.size() > 5 ? Long.parseLong(a.get(5)) : 20241;
        int thinkMillis = a.size() > 6 ? Integer.parseInt(a.get(6)) : 0;
        SyntheticRegion region = SyntheticRegion.of(seed, projects);
        System.out.printf(Locale.ROOT, "region %s: %d projects in %d units; %d users (%s), %d s warm-up, %d s measured; "
                        + "think time %d ms (mean); %d processors, max heap %d MB, %s %s; load average %.2f%n", region.regionCode(), projects,
                region.unitCount(), users, bureau ? "bureau, random units" : "unit, own unit", warmUp, seconds, thinkMillis,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                MonitoringRegionBenchmark.loadAverage());

        Path dataDirectory = Files.createTempDirectory("monitoring-load-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                     .web(WebApplicationType.SERVLET)
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
            long start = System.nanoTime();
            long records = MonitoringRegionBenchmark.writeSpending(dataSource, region, seed);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("analyze").update();
            System.out.printf(Locale.ROOT, "loaded %d units, %d projects in %.1f s, %d spending records in %.1f s "
                            + "(not counted)%n", loaded.units(), loaded.projects(), loaded.elapsed().toMillis() / 1000.0,
                    records, (System.nanoTime() - start) / 1e9);

            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            int year = region.year().value();
            List<String> units = jdbc.sql("select distinct unit_code from prj_project order by unit_code")
                    .query(String.class).list();
            String department = jdbc.sql("select min(code) from org_organization where kind = 'DEPARTMENT'")
                    .query(String.class).single();
            SplittableRandom pick = new SplittableRandom(seed);
            List<String> own = new ArrayList<>(units);
            java.util.Collections.shuffle(own, new java.util.Random(seed));
            UserManagement management = context.getBean(UserManagement.class);
            List<WebSession> sessions = new ArrayList<>();
            long signIn = System.nanoTime();
            for (int i = 0; i < users; i++) {
                String name = "load" + i;
                management.create(new NewUser(name, "负载测试 " + i, bureau ? department : own.get(i % own.size()),
                        Set.of(bureau ? Role.BUREAU_REVIEWER : Role.DRAFTER), null, PASSWORD, false));
                sessions.add(WebSession.login(port, name, PASSWORD));
            }
            System.out.printf(Locale.ROOT, "%d users created and signed in through the login form in %.1f s%n", users,
                    (System.nanoTime() - signIn) / 1e9);

            run(sessions, units, own, bureau, year, warmUp, thinkMillis, pick.split(), null, null);
            double loadBefore = MonitoringRegionBenchmark.loadAverage();
            long cpuBefore = MonitoringRegionBenchmark.processCpuNanos();
            long dbBefore = MonitoringRegionBenchmark.databaseCpuNanos(dataDirectory);
            Stats page = new Stats();
            Stats api = new Stats();
            long begin = System.nanoTime();
            run(sessions, units, own, bureau, year, seconds, thinkMillis, pick.split(), page, api);
            double elapsed = (System.nanoTime() - begin) / 1e9;
            double jvm = (MonitoringRegionBenchmark.processCpuNanos() - cpuBefore) / 1e9;
            double db = (MonitoringRegionBenchmark.databaseCpuNanos(dataDirectory) - dbBefore) / 1e9;
            Stats all = Stats.merge(page, api);
            print("page", page, elapsed);
            print("api ", api, elapsed);
            print("all ", all, elapsed);
            System.out.printf(Locale.ROOT, "CPU during the measured %.1f s: JVM (server + clients) %.1f s, PostgreSQL "
                    + "%.1f s; load average %.2f → %.2f%n", elapsed, jvm, db, loadBefore,
                    MonitoringRegionBenchmark.loadAverage());
        } finally {
            MonitoringRegionBenchmark.deleteQuietly(dataDirectory);
        }
    }

    /** One thread per session for {@code seconds}; latencies into the stats when given (else a warm-up). */
    private static void run(List<WebSession> sessions, List<String> units, List<String> own, boolean bureau, int year,
                            int seconds, int thinkMillis, SplittableRandom random, Stats page, Stats api)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(sessions.size());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            WebSession session = sessions.get(i);
            String ownUnit = own.get(i % own.size());
            SplittableRandom r = random.split();
            Thread t = new Thread(() -> {
                try {
                    if (thinkMillis > 0) { // users arrive spread over one think time, not as one burst
                        Thread.sleep(r.nextInt(2 * thinkMillis + 1));
                    }
                    while (System.nanoTime() < end) {
                        String unit = bureau ? units.get(r.nextInt(units.size())) : ownUnit;
                        boolean isPage = r.nextBoolean();
                        String path = (isPage ? "" : "/api/v1") + "/units/" + unit + "/years/" + year + "/monitoring";
                        long t0 = System.nanoTime();
                        boolean ok;
                        try {
                            HttpResponse<String> answer = session.get(path);
                            ok = answer.statusCode() == 200 && answer.body().length() > 0;
                        } catch (RuntimeException e) {
                            ok = false;
                        }
                        long nanos = System.nanoTime() - t0;
                        Stats stats = isPage ? page : api;
                        if (stats != null) {
                            stats.add(nanos, ok);
                        }
                        if (thinkMillis > 0) { // a user reading the page: uniform 0 … 2 × the mean
                            try {
                                Thread.sleep(r.nextInt(2 * thinkMillis + 1));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "load-" + i);
            threads.add(t);
            t.start();
        }
        done.await();
    }

    private static void print(String label, Stats s, double seconds) {
        long[] sorted = s.sorted();
        if (sorted.length == 0) {
            System.out.println(label + ": no requests");
            return;
        }
        System.out.printf(Locale.ROOT, "%s: %d requests, %.1f/s, errors %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                        + "max %.1f ms%n", label, sorted.length, sorted.length / seconds, s.errors.get(),
                percentile(sorted, 0.50), percentile(sorted, 0.95), percentile(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest-rank percentile in milliseconds. */
    private static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static final class Stats {
        private final List<Long> nanos = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();

        synchronized void add(long n, boolean ok) {
            nanos.add(n);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        synchronized long[] sorted() {
            long[] s = nanos.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(s);
            return s;
        }

        static Stats merge(Stats a, Stats b) {
            Stats m = new Stats();
            m.nanos.addAll(a.nanos);
            m.nanos.addAll(b.nanos);
            m.errors.set(a.errors.get() + b.errors.get());
            return m;
        }
    }
}

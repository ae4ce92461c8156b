package org.jixiao.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.jixiao.JixiaoApplication;
import org.jixiao.checks.synthetic.DefectRates;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.shared.FiscalYear;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Speed of the exchange with a 10,000-project unit-year (docs/benchmarks.md, "Exchange"). Three modes, each meant
 * for its own JVM so that the heap bound of one says nothing about the others:
 * <ul>
 *   <li>{@code export [projects] [file] [runs]}: the synthetic region's project tables, all given to one unit
 *   (807001, 2025), written as the Jixiao .xlsx ({@link XlsxBookWriter}); the file is kept for the other modes.</li>
 *   <li>{@code read [file] [runs]}: the bare streaming read — POI's SAX sheet reader visiting every cell of every
 *   sheet, nothing kept — against the import's reading layer ({@link XlsxGridReader}) and its reading of the
 *   tables ({@link GoalBookReader}).</li>
 *   <li>{@code import [file]}: the application on embedded PostgreSQL; {@link GoalTableImports#preview} (read,
 *   parse, validate, match, keep the preview) and {@link GoalTableImports#commit} (one transaction) of the file
 *   into the empty 807001/2025, then both again over the tables just written (10,000 replacements).</li>
 * </ul>
 * Run with {@code ./mvnw -Pjmh test-compile exec:exec@exchange -Dbench.args="import target/bench/10000.xlsx"
 * -Dbench.jvmArgs=-Xmx512m}. Times are wall clock; "peak heap" is the largest heap in use seen after a phase
 * (the sum of the pools' peaks, so an upper bound).
 */
public final class ExchangeBenchmark {

    /** The benchmark imports as a system administrator of everything: scopes are not what it measures. */
    private static final org.jixiao.orgs.domain.Actor BENCHMARK = new org.jixiao.orgs.domain.Actor(0, "benchmark", "基准测试",
            "807001", java.util.Set.of(org.jixiao.orgs.domain.Role.ADMINISTRATOR), org.jixiao.orgs.domain.DataScope.REGION);

    static final String UNIT = "807001";
    static final int YEAR = 2025;

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        String mode = args.length > 0 ? args[0] : "export";
        System.out.printf(Locale.ROOT, "exchange benchmark %s %s; %d processors, max heap %d MB, %s %s%n", mode,
                String.join(" ", Arrays.copyOfRange(args, Math.min(1, args.length), args.length)),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        switch (mode) {
            case "export" -> export(args.length > 1 ? Integer.parseInt(args[1]) : 10_000,
                    Path.of(args.length > 2 ? args[2] : "target/bench/10000.xlsx"), args.length > 3 ? Integer.parseInt(args[3]) : 3);
            case "read" -> read(Path.of(args.length > 1 ? args[1] : "target/bench/10000.xlsx"), args.length > 2 ? Integer.parseInt(args[2]) : 3);
            case "import" -> importFile(Path.of(args.length > 1 ? args[1] : "target/bench/10000.xlsx"));
            default -> throw new IllegalArgumentException("mode: export | read | import");
        }
    }

    // ---------------------------------------------------------------- export

    static ExportBook book(int projects) {
        GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());
        // DefectRates.none(): the tables must pass validation so the import can be committed; findings of the
        // checks are no concern of the exchange
        SyntheticRegion region = new SyntheticRegion(20241, SyntheticRegion.DEFAULT_REGION_CODE,
                SyntheticRegion.DEFAULT_REGION_NAME, FiscalYear.of(YEAR), projects, DefectRates.none());
        List<ParsedGoalTable> tables = new ArrayList<>();
        region.stream().forEach(unit -> {
            for (GoalTableInput t : unit.tables()) {
                if ("PROJECT".equals(t.kind()) && tables.size() < projects) {
                    tables.add(parser.parse(new GoalTableInput(t.kind(), Integer.toString(YEAR), UNIT, t.projectCode(),
                            t.projectName(), t.budgetWan(), t.fiscalWan(), t.otherWan(), t.purpose(), t.spendingPlan(),
                            t.goals(), t.indicators(), null)));
                }
            }
        });
        return ExchangeFixtures.book(tables);
    }

    static void export(int projects, Path file, int runs) throws IOException {
        long start = System.nanoTime();
        ExportBook book = book(projects);
        long indicators = book.tables().stream().mapToLong(t -> t.content().indicators().size()).sum();
        System.out.printf(Locale.ROOT, "book: %d tables, %d indicators, generated in %.1f s (not counted)%n",
                book.tables().size(), indicators, seconds(start));
        byte[] bytes = null;
        for (int run = 1; run <= runs; run++) {
            resetPeaks();
            long t = System.nanoTime();
            bytes = new XlsxBookWriter().write(book);
            System.out.printf(Locale.ROOT, "export run %d: %.1f s, %.1f MB, peak heap %d MB%s%n", run, seconds(t),
                    bytes.length / 1e6, peakHeapMb(), gc());
            bytes = run < runs ? null : bytes;
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, bytes);
        System.out.println("written " + file);
    }

    // ---------------------------------------------------------------- read

    static void read(Path file, int runs) throws Exception {
        XlsxLimits limits = benchLimits();
        for (int run = 1; run <= runs; run++) {
            resetPeaks();
            long t = System.nanoTime();
            long[] counted = bareRead(file);
            double bare = seconds(t);
            System.out.printf(Locale.ROOT, "run %d bare SAX read: %.2f s, %d sheets, %d cells, peak heap %d MB%s%n", run, bare,
                    counted[0], counted[1], peakHeapMb(), gc());

            resetPeaks();
            t = System.nanoTime();
            List<SheetGrid> sheets = new XlsxGridReader(limits).read(file);
            double grid = seconds(t);
            ReadBook book = new GoalBookReader().read(sheets);
            double total = seconds(t);
            long peak = peakHeapMb();
            System.gc();
            long retained = usedHeapMb(); // the grids and the tables still referenced below
            System.out.printf(Locale.ROOT, "run %d import read: grid %.2f s + tables %.2f s = %.2f s (%.2f× bare), %d sheets, %d tables, %d problems, peak heap %d MB, held after reading %d MB%s%n",
                    run, grid, total - grid, total, total / bare, sheets.size(), book.tables().size(), book.problems().size(), peak, retained, gc());
        }
    }

    /** Every cell of every sheet through POI's SAX handler (shared strings resolved, numbers formatted), kept nowhere. */
    static long[] bareRead(Path file) throws Exception {
        long[] counts = new long[2];
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxFileCount(XlsxLimits.MAX_ENTRIES); // as the import does
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            XSSFReader reader = new XSSFReader(pkg);
            DataFormatter formatter = new DataFormatter();
            XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
                @Override
                public void startRow(int rowNum) {
                }

                @Override
                public void endRow(int rowNum) {
                }

                @Override
                public void cell(String cellReference, String formattedValue, XSSFComment comment) {
                    counts[1]++;
                }
            };
            // one styles table and one parser for all sheets (getStylesTable() parses styles.xml on every call)
            org.apache.poi.xssf.model.StylesTable stylesTable = reader.getStylesTable();
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new XSSFSheetXMLHandler(stylesTable, null, strings, handler, formatter, false));
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    xml.parse(new InputSource(in));
                    counts[0]++;
                }
            }
        }
        return counts;
    }

    // ---------------------------------------------------------------- import

    static void importFile(Path file) throws Exception {
        Path dataDirectory = Files.createTempDirectory("exchange-bench-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true).setPGStartupWait(Duration.ofSeconds(60)).start();
             ConfigurableApplicationContext context = new SpringApplicationBuilder(JixiaoApplication.class)
                     .web(WebApplicationType.NONE)
                     // -Dbench.jdbcParams=&reWriteBatchedInserts=true (in bench.jvmArgs) adds driver settings to the URL
                     .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres")
                                     + System.getProperty("bench.jdbcParams", ""),
                             "--spring.datasource.username=postgres", "--spring.datasource.password=",
                             "--jixiao.demo.enabled=true", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                             // a 10,000-project book is beyond the defaults, which are sized for a county unit's book
                             "--jixiao.exchange.max-upload-size=200MB", "--jixiao.exchange.max-rows=1000000",
                             "--jixiao.exchange.max-entry-size=200MB", "--jixiao.exchange.max-uncompressed-size=2GB")) {
            GoalTableImports imports = context.getBean(GoalTableImports.class);
            System.out.printf(Locale.ROOT, "file %s, %.1f MB; application started, heap in use %d MB; JDBC %s%n", file,
                    Files.size(file) / 1e6, usedHeapMb(), postgres.getJdbcUrl("postgres", "postgres")
                            + System.getProperty("bench.jdbcParams", ""));
            // the bare streaming read of the same file in this JVM, twice (cold, warm), for the ratio
            for (int run = 1; run <= 2; run++) {
                long t = System.nanoTime();
                long[] counted = bareRead(file);
                System.out.printf(Locale.ROOT, "bare SAX read %d: %.1f s, %d cells%n", run, seconds(t), counted[1]);
            }
            for (int round = 1; round <= 2; round++) {
                resetPeaks();
                double[] previewCpu = cpuSeconds(dataDirectory);
                long t = System.nanoTime();
                ImportPreview preview;
                try (InputStream in = Files.newInputStream(file)) {
                    preview = imports.preview(file.getFileName().toString(), in, UNIT, YEAR, BENCHMARK, org.jixiao.orgs.OrgScope.unrestricted());
                }
                double previewSeconds = seconds(t);
                double[] previewCpuAfter = cpuSeconds(dataDirectory);
                System.out.printf(Locale.ROOT, "round %d preview: %.1f s, %d tables (%d create, %d replace), %d errors, %d warnings, peak heap %d MB%s; CPU %.1f s JVM + %.1f s PostgreSQL%n",
                        round, previewSeconds, preview.tables().size(), preview.createCount(), preview.replaceCount(),
                        preview.errorCount(), preview.warningCount(), peakHeapMb(), gc(),
                        previewCpuAfter[0] - previewCpu[0], previewCpuAfter[1] - previewCpu[1]);
                if (!preview.committable()) {
                    preview.problems().stream().limit(10).forEach(p -> System.out.println("  " + p));
                    return;
                }
                resetPeaks();
                double[] cpu = cpuSeconds(dataDirectory);
                t = System.nanoTime();
                ImportResult result = imports.commit(preview.id(), BENCHMARK, org.jixiao.orgs.OrgScope.unrestricted());
                double commitSeconds = seconds(t);
                double[] cpuAfter = cpuSeconds(dataDirectory);
                System.out.printf(Locale.ROOT, "round %d commit: %.1f s, %d tables written; preview + commit %.1f s, peak heap %d MB%s; CPU %.1f s JVM + %.1f s PostgreSQL%n",
                        round, commitSeconds, result.tables().size(), previewSeconds + commitSeconds, peakHeapMb(), gc(),
                        cpuAfter[0] - cpu[0], cpuAfter[1] - cpu[1]);
            }
        } finally {
            if (!Files.exists(dataDirectory)) {
                return; // removed by the embedded server already
            }
            try (var paths = Files.walk(dataDirectory)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static XlsxLimits benchLimits() {
        return new ExchangeProperties(org.springframework.util.unit.DataSize.ofMegabytes(200), 1_000_000,
                org.springframework.util.unit.DataSize.ofMegabytes(200), org.springframework.util.unit.DataSize.ofGigabytes(2),
                null, null).limits();
    }

    // ---------------------------------------------------------------- measuring

    /**
     * CPU seconds used so far by this JVM and by the embedded PostgreSQL server whose data directory is
     * {@code pgData} (its postmaster, found by its command line, and the backends under it; from /proc, Linux only,
     * else 0; a backend that ended meanwhile is not counted): less sensitive than wall time to other work on the
     * machine.
     */
    private static double[] cpuSeconds(Path pgData) {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        String dir = pgData.toAbsolutePath().toString();
        long ticks = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(dir)).orElse(false)
                        || readCmdline(p.pid()).contains(dir))
                .flatMap(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()))
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .distinct()
                .mapToLong(p -> {
                    try {
                        String stat = Files.readString(Path.of("/proc", Long.toString(p.pid()), "stat"));
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                }).sum();
        return new double[] {jvm, ticks / 100.0}; // USER_HZ
    }

    private static String readCmdline(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        gcBefore = gcTotals();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }

    private static long usedHeapMb() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    private static long[] gcBefore = new long[2];

    private static long[] gcTotals() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[]{count, millis};
    }

    private static String gc() {
        long[] now = gcTotals();
        return String.format(Locale.ROOT, ", GC %d× %.1f s", now[0] - gcBefore[0], (now[1] - gcBefore[1]) / 1000.0);
    }
}

package org.jixiao.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.jixiao.checks.synthetic.SyntheticOrg;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.checks.synthetic.SyntheticUnit;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;

/**
 * Writes a {@link SyntheticRegion} into an empty, migrated database through the modules' tables (org_*, prj_*,
 * goal_*), row for row what the application would store: every table goes through {@link GoalTableInputParser}
 * first, and the stored columns are the parsed ones. Fast: units are generated and parsed on several threads and
 * written in chunks of units, one transaction per chunk, by PostgreSQL {@code COPY} (other databases, H2 in the
 * tests, get JDBC batch inserts). Ids are assigned here and the identity columns restarted after them.
 *
 * <p>On PostgreSQL the writers set {@code session_replication_role = replica} (the embedded server runs as a
 * superuser), which skips the foreign-key triggers: rows are consistent by construction, and checking 4.5 million
 * references one by one would double the load time. Test and benchmark support only; never used by the application.
 */
public final class SyntheticRegionLoader {

    private static final Timestamp CREATED = Timestamp.from(Instant.parse("2024-01-15T00:00:00Z"));
    private static final int UNITS_PER_CHUNK = 16;

    private final DataSource dataSource;
    private final int threads;
    private final GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());

    /** What was written and how long it took. */
    public record Result(int units, long projects, long tables, long indicators, Duration elapsed) {
    }

    public SyntheticRegionLoader(DataSource dataSource, int threads) {
        this.dataSource = dataSource;
        this.threads = Math.max(1, threads);
    }

    public Result load(SyntheticRegion region) {
        long start = System.nanoTime();
        boolean postgres = isPostgres();
        writeOrganizations(region);

        // ids must not depend on which thread writes what: each unit's first ids come from the counts before it
        int units = region.unitCount();
        long[] firstTableId = new long[units + 1];
        long[] firstProjectId = new long[units + 1];
        firstTableId[0] = 1;
        firstProjectId[0] = 1;
        for (int i = 0; i < units; i++) {
            firstProjectId[i + 1] = firstProjectId[i] + region.projectCount(i);
            firstTableId[i + 1] = firstTableId[i] + region.projectCount(i) + 1; // room for a department table
        }

        AtomicLong tables = new AtomicLong();
        AtomicLong indicators = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int from = 0; from < units; from += UNITS_PER_CHUNK) {
                int first = from;
                int last = Math.min(units, from + UNITS_PER_CHUNK);
                futures.add(pool.submit(() -> {
                    List<Chunk.UnitRows> rows = new ArrayList<>();
                    for (int i = first; i < last; i++) {
                        rows.add(parse(region.unit(i), firstTableId[i], firstProjectId[i]));
                    }
                    Chunk chunk = new Chunk(region, rows);
                    writeChunk(chunk, postgres);
                    tables.addAndGet(chunk.tableCount());
                    indicators.addAndGet(chunk.indicatorCount());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("load failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        restartIdentities(firstProjectId[units], firstTableId[units]);
        return new Result(units, region.projectCount(), tables.get(), indicators.get(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    // ------------------------------------------------------------------------------------------------ parsing

    private Chunk.UnitRows parse(SyntheticUnit unit, long firstTableId, long firstProjectId) {
        List<ParsedGoalTable> parsed = new ArrayList<>(unit.tables().size());
        for (GoalTableInput input : unit.tables()) {
            parsed.add(parser.parse(input));
        }
        return new Chunk.UnitRows(unit, parsed, firstTableId, firstProjectId);
    }

    /** The rows of a few units, with their ids. */
    private record Chunk(SyntheticRegion region, List<UnitRows> units) {

        record UnitRows(SyntheticUnit unit, List<ParsedGoalTable> tables, long firstTableId, long firstProjectId) {
        }

        long tableCount() {
            return units.stream().mapToLong(u -> u.tables().size()).sum();
        }

        long indicatorCount() {
            return units.stream().flatMap(u -> u.tables().stream()).mapToLong(t -> t.content().indicators().size())
                    .sum();
        }
    }

    // ------------------------------------------------------------------------------------------------ writing

    private boolean isPostgres() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeOrganizations(SyntheticRegion region) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into org_region (code, name) values (?, ?)")) {
                ps.setString(1, region.regionCode());
                ps.setString(2, region.regionName());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into org_organization (code, name, kind, region_code, parent_code) values (?, ?, ?, ?, ?)")) {
                for (SyntheticOrg org : region.departments()) {
                    addOrg(ps, org, "DEPARTMENT", region.regionCode());
                }
                for (SyntheticOrg org : region.units()) {
                    addOrg(ps, org, "BUDGET_UNIT", region.regionCode());
                }
                ps.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the organizations", e);
        }
    }

    private static void addOrg(PreparedStatement ps, SyntheticOrg org, String kind, String region) throws SQLException {
        ps.setString(1, org.code());
        ps.setString(2, org.name());
        ps.setString(3, kind);
        ps.setString(4, region);
        ps.setString(5, org.parentCode());
        ps.addBatch();
    }

    private void writeChunk(Chunk chunk, boolean postgres) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    s.execute("set session_replication_role = replica");
                    s.execute("set synchronous_commit = off");
                }
                copy(c, chunk);
                try (Statement s = c.createStatement()) {
                    s.execute("set session_replication_role = origin");
                }
            } else {
                insert(c, chunk);
            }
            c.commit();
        }
    }

    /** One COPY per table, text format. */
    private static void copy(Connection c, Chunk chunk) throws SQLException, IOException {
        Copier pg = new Copier(c);
        try (CopyWriter projects = pg.copyIn("""
                copy prj_project (id, unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan, purpose,
                                  version) from stdin""")) {
            forEachProject(chunk, (unit, id, year, p) -> projects.row(id, unit, year, p.code().value(), p.name(),
                    yuan(p.funding().budget()), yuan(p.funding().fiscal()), yuan(p.funding().other()), p.purpose(), 0));
        }
        try (CopyWriter plans = pg.copyIn(
                "copy prj_spending_checkpoint (project_id, plan_month, cumulative_percent) from stdin")) {
            forEachProject(chunk, (unit, id, year, p) -> {
                for (Checkpoint cp : p.plan().checkpoints()) {
                    plans.row(id, cp.month(), cp.cumulativePercent());
                }
            });
        }
        try (CopyWriter tables = pg.copyIn("""
                copy goal_table (id, kind, unit_code, fiscal_year, project_id, version, created_at, updated_at)
                from stdin""")) {
            forEachTable(chunk, (unit, id, projectId, t) -> tables.row(id, t.kind().name(), unit, t.year().value(),
                    projectId, 0, CREATED, CREATED));
        }
        try (CopyWriter items = pg.copyIn(
                "copy goal_item (goal_table_id, position, text) from stdin")) {
            forEachTable(chunk, (unit, id, projectId, t) -> {
                List<String> goals = t.content().goals();
                for (int i = 0; i < goals.size(); i++) {
                    items.row(id, i, goals.get(i));
                }
            });
        }
        try (CopyWriter rows = pg.copyIn("""
                copy goal_indicator (goal_table_id, position, level1_label, level2_label, name, description, value_text,
                                     basis, weight, formula, data_source, scoring_standard) from stdin""")) {
            forEachTable(chunk, (unit, id, projectId, t) -> {
                List<Indicator> indicators = t.content().indicators();
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator row = indicators.get(i);
                    rows.row(id, i, emptyToNull(row.level1().original()), emptyToNull(row.level2().original()),
                            row.name(), row.description(), emptyToNull(row.value().format()), row.basis(), row.weight(),
                            row.formula(), row.dataSource(), row.scoringStandard());
                }
            });
        }
    }

    /** JDBC batches, for databases without COPY. */
    private static void insert(Connection c, Chunk chunk) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into prj_project (id, unit_code, fiscal_year, code, name, budget_yuan, fiscal_yuan, other_yuan,
                                         purpose, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            forEachProject(chunk, (unit, id, year, p) -> {
                set(ps, id, unit, year, p.code().value(), p.name(), yuan(p.funding().budget()),
                        yuan(p.funding().fiscal()), yuan(p.funding().other()), p.purpose());
                ps.addBatch();
            });
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into prj_spending_checkpoint (project_id, plan_month, cumulative_percent) values (?, ?, ?)")) {
            forEachProject(chunk, (unit, id, year, p) -> {
                for (Checkpoint cp : p.plan().checkpoints()) {
                    set(ps, id, cp.month(), cp.cumulativePercent());
                    ps.addBatch();
                }
            });
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into goal_table (id, kind, unit_code, fiscal_year, project_id, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, 0, ?, ?)""")) {
            forEachTable(chunk, (unit, id, projectId, t) -> {
                set(ps, id, t.kind().name(), unit, t.year().value(), projectId, CREATED, CREATED);
                ps.addBatch();
            });
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "insert into goal_item (goal_table_id, position, text) values (?, ?, ?)")) {
            forEachTable(chunk, (unit, id, projectId, t) -> {
                List<String> goals = t.content().goals();
                for (int i = 0; i < goals.size(); i++) {
                    set(ps, id, i, goals.get(i));
                    ps.addBatch();
                }
            });
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into goal_indicator (goal_table_id, position, level1_label, level2_label, name, description,
                                            value_text, basis, weight, formula, data_source, scoring_standard)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            forEachTable(chunk, (unit, id, projectId, t) -> {
                List<Indicator> indicators = t.content().indicators();
                for (int i = 0; i < indicators.size(); i++) {
                    Indicator row = indicators.get(i);
                    set(ps, id, i, emptyToNull(row.level1().original()), emptyToNull(row.level2().original()),
                            row.name(), row.description(), emptyToNull(row.value().format()), row.basis(), row.weight(),
                            row.formula(), row.dataSource(), row.scoringStandard());
                    ps.addBatch();
                }
            });
            ps.executeBatch();
        }
    }

    private void restartIdentities(long nextProjectId, long nextTableId) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("alter table prj_project alter column id restart with " + nextProjectId);
            s.execute("alter table goal_table alter column id restart with " + nextTableId);
            if (isPostgres()) {
                s.execute("analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot restart the identity columns", e);
        }
    }

    // ------------------------------------------------------------------------------------------------ walking

    @FunctionalInterface
    private interface ProjectRow {
        void accept(String unit, long id, int year, ProjectContent project) throws SQLException, IOException;
    }

    @FunctionalInterface
    private interface TableRow {
        void accept(String unit, long id, Long projectId, ParsedGoalTable table) throws SQLException, IOException;
    }

    private static void forEachProject(Chunk chunk, ProjectRow out) throws SQLException {
        try {
            for (Chunk.UnitRows u : chunk.units()) {
                long projectId = u.firstProjectId();
                for (ParsedGoalTable t : u.tables()) {
                    if (t.kind() == GoalTableKind.PROJECT) {
                        out.accept(u.unit().code(), projectId++, t.year().value(), t.project());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forEachTable(Chunk chunk, TableRow out) throws SQLException {
        try {
            for (Chunk.UnitRows u : chunk.units()) {
                long tableId = u.firstTableId();
                long projectId = u.firstProjectId();
                for (ParsedGoalTable t : u.tables()) {
                    Long project = t.kind() == GoalTableKind.PROJECT ? projectId++ : null;
                    out.accept(u.unit().code(), tableId++, project, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else if (v instanceof String s) {
                ps.setString(i + 1, s);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    private static BigDecimal yuan(Amount amount) {
        return amount == null ? null : amount.yuan();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /**
     * The PostgreSQL driver's COPY API ({@code PGConnection.getCopyAPI().copyIn(sql)}, then {@code writeToCopy} and
     * {@code endCopy} on the {@code CopyIn}), reached by reflection: the driver is a runtime dependency of the
     * application, not on the test compile path.
     */
    private static final class Copier {

        private final Object copyManager;
        private final java.lang.reflect.Method copyIn;
        private final java.lang.reflect.Method write;
        private final java.lang.reflect.Method end;

        Copier(Connection c) throws SQLException {
            try {
                Class<?> pgConnection = Class.forName("org.postgresql.PGConnection");
                copyManager = pgConnection.getMethod("getCopyAPI").invoke(c.unwrap(pgConnection));
                copyIn = Class.forName("org.postgresql.copy.CopyManager").getMethod("copyIn", String.class);
                Class<?> copyInType = Class.forName("org.postgresql.copy.CopyIn");
                write = copyInType.getMethod("writeToCopy", byte[].class, int.class, int.class);
                end = copyInType.getMethod("endCopy");
            } catch (ReflectiveOperationException e) {
                throw new SQLException("the PostgreSQL driver's COPY API is not available", e);
            }
        }

        CopyWriter copyIn(String sql) throws SQLException {
            return new CopyWriter(this, invoke(copyIn, copyManager, sql));
        }

        static Object invoke(java.lang.reflect.Method method, Object target, Object... args) throws SQLException {
            try {
                return method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause() instanceof SQLException sql ? sql : new SQLException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new SQLException(e);
            }
        }
    }

    /** Rows in PostgreSQL's COPY text format, sent in blocks of about a megabyte. */
    private static final class CopyWriter implements AutoCloseable {

        private static final int BLOCK = 1 << 20;

        private final Copier copier;
        private final Object copy;
        private final StringBuilder buffer = new StringBuilder(BLOCK + 4096);

        CopyWriter(Copier copier, Object copyIn) {
            this.copier = copier;
            this.copy = copyIn;
        }

        void row(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof String s) {
                    escape(s);
                } else if (v instanceof BigDecimal d) {
                    buffer.append(d.toPlainString());
                } else {
                    buffer.append(v);
                }
            }
            buffer.append('\n');
            if (buffer.length() >= BLOCK) {
                flush();
            }
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(ch);
                }
            }
        }

        private void flush() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            Copier.invoke(copier.write, copy, bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        @Override
        public void close() throws SQLException {
            flush();
            Copier.invoke(copier.end, copy);
        }
    }
}

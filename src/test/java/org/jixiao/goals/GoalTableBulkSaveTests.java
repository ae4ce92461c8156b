package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jixiao.checks.synthetic.DefectRates;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.goals.GoalTableManagement.Save;
import org.jixiao.goals.GoalTableManagement.SaveFailedException;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * {@link GoalTableManagement#saveAll}, the bulk write of an import, against a real PostgreSQL and H2: the same
 * tables created and replaced one by one ({@link GoalTableManagement#create}/{@link GoalTableManagement#update})
 * in one fresh database and in bulk in another leave exactly the same rows (ids, versions, timestamps, every
 * column of every child row) and read back the same; a refusal in the middle of a bulk save names the table one
 * by one would have stopped at, and writes nothing. More tables than {@link GoalTableManagement#TABLES_PER_CHUNK},
 * so that chunks are crossed.
 */
class GoalTableBulkSaveTests {

    private static final String UNIT = "807001";
    private static final OrgScope ALL = OrgScope.unrestricted();
    private static final int YEAR = 2025;
    private static final int TABLES = GoalTableManagement.TABLES_PER_CHUNK + 100;
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    /** Project tables of the synthetic region (valid, no defects) and one department table, given to 807001/2025. */
    private static final List<GoalTableInput> PROJECTS = new ArrayList<>();
    private static final List<GoalTableInput> DEPARTMENTS = new ArrayList<>();

    static {
        SyntheticRegion region = new SyntheticRegion(20241, SyntheticRegion.DEFAULT_REGION_CODE,
                SyntheticRegion.DEFAULT_REGION_NAME, FiscalYear.of(YEAR), 2 * TABLES + 50, DefectRates.none());
        region.stream().forEach(unit -> {
            for (GoalTableInput t : unit.tables()) {
                if ("PROJECT".equals(t.kind())) {
                    // codes of our own, so that every table's code is unique over the test
                    PROJECTS.add(rehome(t, "B" + PROJECTS.size()));
                } else if (DEPARTMENTS.size() < 2) {
                    DEPARTMENTS.add(rehome(t, t.projectCode()));
                }
            }
        });
    }

    private final List<AnnotationConfigApplicationContext> contexts = new ArrayList<>();

    @AfterEach
    void close() {
        contexts.forEach(AnnotationConfigApplicationContext::close);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void bulkCreationsStoreWhatCreationsOneByOneStore(TestDatabases.Kind kind) {
        List<GoalTableInput> inputs = new ArrayList<>();
        inputs.add(DEPARTMENTS.get(0));
        inputs.addAll(PROJECTS.subList(0, TABLES));

        Wired one = wire(kind);
        List<GoalTableId> expected = inputs.stream().map(in -> one.management.create(in, ALL)).toList();
        Wired bulk = wire(kind);
        List<GoalTableId> ids = bulk.management.saveAll(inputs.stream().map(Save::create).toList(), ALL);

        assertThat(ids).isEqualTo(expected);
        assertSameRows(bulk, one);
        assertSameViews(bulk, one, ids);
        assertThat(bulk.events.changes).as("what the audit trail is told").isEqualTo(one.events.changes);
        assertThat(bulk.events.batches).as("one event per chunk").isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void bulkReplacementsStoreWhatUpdatesOneByOneStore(TestDatabases.Kind kind) {
        List<GoalTableInput> first = new ArrayList<>();
        first.add(DEPARTMENTS.get(0));
        first.addAll(PROJECTS.subList(0, TABLES));
        // new content for every table, new project codes included; three creations among the replacements
        List<GoalTableInput> second = new ArrayList<>();
        second.add(withVersion(DEPARTMENTS.get(1), "0"));
        for (int i = 0; i < TABLES; i++) {
            second.add(withVersion(PROJECTS.get(TABLES + i), "0"));
        }

        Wired one = wire(kind);
        Wired bulk = wire(kind);
        List<GoalTableId> ids = first.stream().map(in -> one.management.create(in, ALL)).toList();
        assertThat(bulk.management.saveAll(first.stream().map(Save::create).toList(), ALL)).isEqualTo(ids);

        List<Save> saves = new ArrayList<>();
        List<GoalTableId> expected = new ArrayList<>();
        for (int i = 0; i < second.size(); i++) {
            if (i % 250 == 249) {
                GoalTableInput created = PROJECTS.get(2 * TABLES + i / 250);
                saves.add(Save.create(created));
                expected.add(one.management.create(created, ALL));
            }
            saves.add(Save.replace(ids.get(i), second.get(i)));
            one.management.update(ids.get(i), second.get(i), ALL);
            expected.add(ids.get(i));
        }
        // a project code freed by an earlier replacement is free for a later creation, as one by one
        GoalTableInput freed = withCode(PROJECTS.get(2 * TABLES + 10), PROJECTS.get(5).projectCode());
        saves.add(Save.create(freed));
        expected.add(one.management.create(freed, ALL));

        assertThat(bulk.management.saveAll(saves, ALL)).isEqualTo(expected);
        assertSameRows(bulk, one);
        assertSameViews(bulk, one, expected);
        assertThat(bulk.events.changes).as("what the audit trail is told, before and after")
                .isEqualTo(one.events.changes);
        assertThat(bulk.queries.list(UNIT, FiscalYear.of(YEAR), ALL)).allSatisfy(s -> assertThat(s.version())
                .isEqualTo(ids.contains(s.id()) ? 1 : 0));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStaleVersionInTheMiddleRollsBackEverythingAndIsNamed(TestDatabases.Kind kind) {
        Wired w = wire(kind);
        List<GoalTableId> ids = w.management.saveAll(PROJECTS.subList(0, TABLES).stream().map(Save::create).toList(), ALL);
        int stale = GoalTableManagement.TABLES_PER_CHUNK + 23;
        w.management.update(ids.get(stale), withVersion(PROJECTS.get(stale), "0"), ALL); // somebody saved it meanwhile
        Map<String, List<Map<String, Object>>> before = rows(w);

        List<Save> saves = new ArrayList<>();
        for (int i = 0; i < TABLES; i++) {
            saves.add(Save.replace(ids.get(i), withVersion(PROJECTS.get(TABLES + i), "0")));
            if (i == 10) {
                saves.add(Save.create(PROJECTS.get(2 * TABLES)));
            }
        }
        assertThatThrownBy(() -> w.management.saveAll(saves, ALL))
                .isInstanceOfSatisfying(SaveFailedException.class, e -> {
                    assertThat(e.index()).isEqualTo(stale + 1);
                    assertThat(e.reason()).isInstanceOfSatisfying(VersionConflictException.class, c -> {
                        assertThat(c.expectedVersion()).isZero();
                        assertThat(c.currentVersion()).isEqualTo(1);
                    });
                });
        assertThat(rows(w)).as("nothing written").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void refusalsAreThoseOfOneByOneAtTheFirstTableRefused(TestDatabases.Kind kind) {
        Wired w = wire(kind);
        List<GoalTableId> ids = w.management.saveAll(List.of(Save.create(DEPARTMENTS.get(0)),
                Save.create(PROJECTS.get(0)), Save.create(PROJECTS.get(1))), ALL);
        Map<String, List<Map<String, Object>>> before = rows(w);

        // a code taken earlier in the same batch
        List<Save> duplicate = new ArrayList<>();
        for (int i = 0; i < 700; i++) {
            duplicate.add(Save.create(PROJECTS.get(10 + i)));
        }
        duplicate.add(Save.create(withCode(PROJECTS.get(800), PROJECTS.get(15).projectCode())));
        assertRefused(w, duplicate, 700, "projectCode.duplicate");
        // a code still held by a stored table, taken by a replacement; a version conflict at the same table wins
        assertRefused(w, List.of(Save.replace(ids.get(1), withVersion(withCode(PROJECTS.get(5),
                PROJECTS.get(1).projectCode()), "0"))), 0, "projectCode.duplicate");
        assertThatThrownBy(() -> w.management.saveAll(List.of(Save.replace(ids.get(1), withVersion(withCode(
                PROJECTS.get(5), PROJECTS.get(1).projectCode()), "7"))), ALL))
                .isInstanceOfSatisfying(SaveFailedException.class,
                        e -> assertThat(e.reason()).isInstanceOf(VersionConflictException.class));
        // a second department table; an invalid input before a stale version
        assertRefused(w, List.of(Save.create(PROJECTS.get(20)), Save.create(DEPARTMENTS.get(1))), 1,
                "kind.departmentExists");
        assertRefused(w, List.of(Save.create(PROJECTS.get(20)), Save.replace(ids.get(1), withVersion(PROJECTS.get(21),
                "")), Save.replace(ids.get(2), withVersion(PROJECTS.get(22), "5"))), 1, "version.required");
        assertThatThrownBy(() -> w.management.saveAll(List.of(Save.replace(new GoalTableId(999_999),
                withVersion(PROJECTS.get(21), "0"))), ALL)).isInstanceOfSatisfying(SaveFailedException.class,
                e -> assertThat(e.reason()).hasMessageContaining("目标表不存在"));
        assertThat(rows(w)).as("nothing written").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void lockedTablesAndWhatIsOutsideTheScopeAreRefusedAsOneByOne(TestDatabases.Kind kind) {
        Wired w = wire(kind);
        List<GoalTableId> ids = w.management.saveAll(List.of(Save.create(PROJECTS.get(0)),
                Save.create(PROJECTS.get(1))), ALL);
        w.management.lock(ids.get(1)); // 送审
        Map<String, List<Map<String, Object>>> before = rows(w);
        int events = w.events.changes.size();

        assertThatThrownBy(() -> w.management.saveAll(List.of(Save.replace(ids.get(0), withVersion(PROJECTS.get(2),
                "0")), Save.replace(ids.get(1), withVersion(PROJECTS.get(3), "0"))), ALL))
                .isInstanceOfSatisfying(SaveFailedException.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.reason()).isInstanceOf(RecordLockedException.class)
                            .hasMessage(GoalTableManagement.LOCKED_MESSAGE);
                });
        OrgScope elsewhere = OrgScope.of(List.of("807002"));
        assertThatThrownBy(() -> w.management.saveAll(List.of(Save.create(PROJECTS.get(4))), elsewhere))
                .isInstanceOfSatisfying(SaveFailedException.class, e -> assertThat(e.reason())
                        .isInstanceOfSatisfying(ValidationException.class,
                                v -> assertThat(v.violations().get(0).code()).isEqualTo("unitCode.unknown")));
        assertThatThrownBy(() -> w.management.saveAll(List.of(Save.replace(ids.get(0), withVersion(PROJECTS.get(2),
                "0"))), elsewhere)).isInstanceOfSatisfying(SaveFailedException.class,
                e -> assertThat(e.reason()).isInstanceOf(NotFoundException.class));
        assertThat(rows(w)).as("nothing written").isEqualTo(before);
        assertThat(w.events.changes).as("nothing told").hasSize(events);
    }

    private static void assertRefused(Wired w, List<Save> saves, int index, String code) {
        assertThatThrownBy(() -> w.management.saveAll(saves, ALL))
                .isInstanceOfSatisfying(SaveFailedException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.reason()).isInstanceOfSatisfying(ValidationException.class,
                            v -> assertThat(v.violations().get(0).code()).isEqualTo(code));
                });
    }

    // ---------------------------------------------------------------- comparing

    private static void assertSameRows(Wired actual, Wired expected) {
        Map<String, List<Map<String, Object>>> a = rows(actual);
        Map<String, List<Map<String, Object>>> e = rows(expected);
        for (String table : e.keySet()) {
            assertThat(a.get(table)).as(table).hasSameSizeAs(e.get(table));
            for (int i = 0; i < e.get(table).size(); i++) {
                assertThat(a.get(table).get(i)).as(table + " row " + i).isEqualTo(e.get(table).get(i));
            }
        }
    }

    private static void assertSameViews(Wired actual, Wired expected, List<GoalTableId> ids) {
        assertThat(actual.queries.findAll(UNIT, FiscalYear.of(YEAR), ALL))
                .isEqualTo(expected.queries.findAll(UNIT, FiscalYear.of(YEAR), ALL));
        for (GoalTableId id : ids.subList(0, Math.min(ids.size(), 50))) {
            assertThat(actual.queries.find(id, ALL)).isEqualTo(expected.queries.find(id, ALL));
        }
    }

    /** Every row of the goal and project tables, every column, in key order. */
    private static Map<String, List<Map<String, Object>>> rows(Wired w) {
        JdbcTemplate jdbc = w.context.getBean(JdbcTemplate.class);
        return Map.of(
                "goal_table", jdbc.queryForList("select * from goal_table order by id"),
                "goal_item", jdbc.queryForList("select * from goal_item order by goal_table_id, position"),
                "goal_indicator", jdbc.queryForList("select * from goal_indicator order by goal_table_id, position"),
                "prj_project", jdbc.queryForList("select * from prj_project order by id"),
                "prj_spending_checkpoint",
                jdbc.queryForList("select * from prj_spending_checkpoint order by project_id, plan_month"));
    }

    // ---------------------------------------------------------------- inputs

    private static GoalTableInput rehome(GoalTableInput t, String code) {
        return new GoalTableInput(t.kind(), Integer.toString(YEAR), UNIT, code, t.projectName(), t.budgetWan(),
                t.fiscalWan(), t.otherWan(), t.purpose(), t.spendingPlan(), t.goals(), t.indicators(), null);
    }

    private static GoalTableInput withCode(GoalTableInput t, String code) {
        return new GoalTableInput(t.kind(), t.fiscalYear(), t.unitCode(), code, t.projectName(), t.budgetWan(),
                t.fiscalWan(), t.otherWan(), t.purpose(), t.spendingPlan(), t.goals(), t.indicators(), t.version());
    }

    private static GoalTableInput withVersion(GoalTableInput t, String version) {
        return new GoalTableInput(t.kind(), t.fiscalYear(), t.unitCode(), t.projectCode(), t.projectName(),
                t.budgetWan(), t.fiscalWan(), t.otherWan(), t.purpose(), t.spendingPlan(), t.goals(), t.indicators(),
                version);
    }

    // ---------------------------------------------------------------- wiring

    private record Wired(AnnotationConfigApplicationContext context, GoalTableManagement management,
                         GoalTableQueries queries, Events events) {
    }

    /** What the module tells its listeners, one change at a time whether published alone or in a batch. */
    static final class Events {

        final List<GoalTableChanged> changes = new ArrayList<>();
        int batches;

        @EventListener
        void on(GoalTableChanged change) {
            changes.add(change);
        }

        @EventListener
        void on(GoalTablesChanged batch) {
            changes.addAll(batch.changes());
            batches++;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableTransactionManagement
    static class Transactions {
    }

    /**
     * A fresh database with 807001 in it, and the orgs, projects and goals modules on it without the web layer or
     * the demo data; a fixed clock, so that two databases written the same way hold the same rows.
     */
    private Wired wire(TestDatabases.Kind kind) {
        DataSource dataSource;
        try {
            // one connection, as a pool would keep it (H2 opens its file again for every new connection)
            dataSource = new SingleConnectionDataSource(TestDatabases.fresh(kind).getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        JdbcTemplate setup = new JdbcTemplate(dataSource);
        setup.update("insert into org_region (code, name) values ('130529', '巨鹿县')");
        setup.update("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')");
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        contexts.add(context);
        context.registerBean(DataSource.class, () -> dataSource);
        context.registerBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource));
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(dataSource));
        context.registerBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
        context.registerBean(LabelNormalizer.class, LabelNormalizer::defaults);
        context.registerBean(GoalTableInputParser.class, () -> new GoalTableInputParser(LabelNormalizer.defaults()));
        context.registerBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC));
        context.register(Transactions.class);
        context.registerBean(Events.class, Events::new);
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(
                "org\\.jixiao\\.(orgs\\.(Organizations|OrgQueries)"
                        + "|projects\\.(Projects|ProjectBulkWrites|ProjectQueries|ProjectManagement)"
                        + "|goals\\.(GoalTables|GoalTableBulkWrites|GoalTableQueries|GoalTableManagement))")));
        scanner.scan("org.jixiao");
        context.refresh();
        return new Wired(context, context.getBean(GoalTableManagement.class), context.getBean(GoalTableQueries.class),
                context.getBean(Events.class));
    }
}

package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.DemoTables;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link GoalTables} against a real PostgreSQL and against H2, with the nine goal tables of seed 001. */
class GoalTablesRepositoryTests {

    private static final Instant NOW = Instant.parse("2024-01-15T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    private JdbcClient jdbc;
    private GoalTables tables;

    private void open(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        jdbc = JdbcClient.create(dataSource);
        tables = new GoalTables(jdbc, LabelNormalizer.defaults());
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
    }

    private ProjectId project(String code) {
        jdbc.sql("insert into prj_project (unit_code, fiscal_year, code, name, version) values ('807001', 2024, :code, '项目', 0)")
                .param("code", code).update();
        return new ProjectId(jdbc.sql("select id from prj_project where code = :code").param("code", code)
                .query(Long.class).single());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void holdsEverySeedTableExactly(TestDatabases.Kind kind) {
        open(kind);
        List<ParsedGoalTable> demo = DemoTables.parsed();
        assertThat(demo).hasSize(10);
        for (ParsedGoalTable table : demo) {
            ProjectId projectId = table.kind() == GoalTableKind.PROJECT ? project(table.project().code().value()) : null;
            GoalTableId id = tables.insert(table.kind(), "807001", YEAR, projectId, table.content(), NOW);

            GoalTable stored = tables.find(id).orElseThrow();
            assertThat(stored.content()).isEqualTo(table.content());
            assertThat(stored.kind()).isEqualTo(table.kind());
            assertThat(stored.version()).isZero();
            for (int i = 0; i < table.content().indicators().size(); i++) {
                assertThat(stored.indicators().get(i).value().format())
                        .isEqualTo(table.content().indicators().get(i).value().format());
            }
        }
        List<GoalTables.Summary> list = tables.findByUnitAndYear("807001", YEAR);
        assertThat(list).hasSize(10);
        assertThat(list.get(0).kind()).isEqualTo(GoalTableKind.DEPARTMENT);
        assertThat(list.stream().mapToInt(GoalTables.Summary::indicatorCount).sum()).isEqualTo(63);
        assertThat(tables.findYears("807001")).containsExactly(2024);
        assertThat(tables.departmentTableExists("807001", YEAR)).isTrue();
        assertThat(tables.departmentTableExists("807001", FiscalYear.of(2025))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void secondSaveOfTheSameVersionIsRefusedAndChangesNothing(TestDatabases.Kind kind) {
        open(kind);
        ParsedGoalTable first = DemoTables.parsed().get(1);
        GoalTableId id = tables.insert(GoalTableKind.PROJECT, "807001", YEAR, project("P1"), first.content(), NOW);
        GoalTableContent mine = new GoalTableContent(List.of("甲的修改"), first.content().indicators());
        GoalTableContent theirs = new GoalTableContent(List.of("乙的修改"), List.of());

        tables.update(id, 0, mine, NOW);
        assertThatThrownBy(() -> tables.update(id, 0, theirs, NOW))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.currentVersion()).isEqualTo(1);
                });

        GoalTable stored = tables.find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.content()).isEqualTo(mine);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void keepsRowOrderAfterRowsAreMoved(TestDatabases.Kind kind) {
        open(kind);
        ParsedGoalTable table = DemoTables.parsed().get(1);
        GoalTableId id = tables.insert(GoalTableKind.PROJECT, "807001", YEAR, project("P2"), table.content(), NOW);
        List<org.jixiao.goals.domain.Indicator> reversed = new java.util.ArrayList<>(table.content().indicators());
        java.util.Collections.reverse(reversed);

        tables.update(id, 0, new GoalTableContent(table.content().goals(), reversed), NOW);

        assertThat(tables.find(id).orElseThrow().indicators()).containsExactlyElementsOf(reversed);
    }
}

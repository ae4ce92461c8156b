package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ExecutionRecords} against a real PostgreSQL and against H2. */
class ExecutionRecordsRepositoryTests {

    private static final Instant NOW = Instant.parse("2024-08-01T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void storesSpendingAndAdjustmentsExactlyAndReadsThemPerUnitYear(TestDatabases.Kind kind) {
        var dataSource = TestDatabases.fresh(kind);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807002', '城区中队', 'BUDGET_UNIT', '130529')").update();
        long p1 = project(jdbc, "807001", "P1");
        long p2 = project(jdbc, "807001", "P2");
        long other = project(jdbc, "807002", "P1");
        ExecutionRecords repo = new ExecutionRecords(jdbc, new JdbcTemplate(dataSource));

        List<ExecutionRecords.NewSpending> rows = new ArrayList<>();
        // more rows than one multi-row statement holds
        for (int i = 0; i < 300; i++) {
            rows.add(new ExecutionRecords.NewSpending(new ProjectId(i % 2 == 0 ? p1 : p2),
                    LocalDate.of(2024, 1 + i % 12, 1 + i % 28), Amount.ofYuan(new java.math.BigDecimal("0.01")),
                    ExecutionSource.TREASURY, i == 0 ? "第一笔" : null));
        }
        rows.add(new ExecutionRecords.NewSpending(new ProjectId(p1), LocalDate.of(2024, 12, 31),
                Amount.ofYuan(new java.math.BigDecimal("12345678901234.56")), ExecutionSource.MANUAL, "大额"));
        repo.insertSpending("807001", YEAR, rows, "tianbao", NOW);
        repo.insertSpending("807002", YEAR, List.of(new ExecutionRecords.NewSpending(new ProjectId(other),
                LocalDate.of(2024, 3, 1), Amount.ofYuan(java.math.BigDecimal.TEN), ExecutionSource.MANUAL, null)),
                "tianbao2", NOW);
        repo.insertAdjustments("807001", YEAR, List.of(
                new ExecutionRecords.NewAdjustment(new ProjectId(p1), LocalDate.of(2024, 7, 15),
                        Amount.ofYuan(new java.math.BigDecimal("2500000.00")), "追加"),
                new ExecutionRecords.NewAdjustment(new ProjectId(p1), LocalDate.of(2024, 3, 1),
                        Amount.ofYuan(new java.math.BigDecimal("2000000.10")), "调减")), "tianbao", NOW);

        List<SpendingEntry> read = repo.spending("807001", YEAR);
        assertThat(read).hasSize(301);
        assertThat(read).isSortedAccordingTo(java.util.Comparator.comparing(SpendingEntry::date));
        SpendingEntry big = read.get(read.size() - 1);
        assertThat(big.amount().yuan()).isEqualByComparingTo("12345678901234.56");
        assertThat(big.source()).isEqualTo(ExecutionSource.MANUAL);
        assertThat(big.note()).isEqualTo("大额");
        assertThat(big.month()).isEqualTo(12);
        assertThat(read.stream().filter(r -> "第一笔".equals(r.note())).findFirst().orElseThrow().source())
                .isEqualTo(ExecutionSource.TREASURY);
        assertThat(repo.count("807001", YEAR)).isEqualTo(301);
        assertThat(repo.count("807001", FiscalYear.of(2025))).isZero();
        assertThat(repo.spending("807002", YEAR)).singleElement()
                .satisfies(r -> assertThat(r.projectId().value()).isEqualTo(other));
        assertThat(repo.spending(List.of("807001", "807002"), YEAR)).hasSize(302);

        List<AdjustmentEntry> adjustments = repo.adjustments("807001", YEAR);
        assertThat(adjustments).extracting(a -> a.date().toString()).containsExactly("2024-03-01", "2024-07-15");
        assertThat(adjustments.get(0).newBudget().yuan()).isEqualByComparingTo("2000000.10");
        assertThat(repo.adjustments("807002", YEAR)).isEmpty();
        assertThat(repo.adjustments(List.of("807001"), YEAR)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theDatabaseRefusesNegativeSpendingAndABudgetOfZero(TestDatabases.Kind kind) {
        var dataSource = TestDatabases.fresh(kind);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '本级', 'BUDGET_UNIT', '130529')").update();
        long p1 = project(jdbc, "807001", "P1");
        assertThatThrownBy(() -> jdbc.sql("insert into mon_execution_record (unit_code, fiscal_year, project_id, spent_on, amount, source, created_at) values ('807001', 2024, :p, date '2024-01-01', -1, 'MANUAL', current_timestamp)")
                .param("p", p1).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into mon_execution_record (unit_code, fiscal_year, project_id, spent_on, amount, source, created_at) values ('807001', 2024, :p, date '2024-01-01', 1, 'FAX', current_timestamp)")
                .param("p", p1).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into mon_budget_adjustment (unit_code, fiscal_year, project_id, adjusted_on, new_budget, reason, created_at) values ('807001', 2024, :p, date '2024-01-01', 0, 'x', current_timestamp)")
                .param("p", p1).update()).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        // a removed project takes its records with it
        jdbc.sql("insert into mon_execution_record (unit_code, fiscal_year, project_id, spent_on, amount, source, created_at) values ('807001', 2024, :p, date '2024-01-01', 1, 'MANUAL', current_timestamp)")
                .param("p", p1).update();
        jdbc.sql("delete from prj_project where id = :p").param("p", p1).update();
        assertThat(new ExecutionRecords(jdbc, new JdbcTemplate(dataSource)).count("807001", YEAR)).isZero();
    }

    private static long project(JdbcClient jdbc, String unit, String code) {
        jdbc.sql("insert into prj_project (unit_code, fiscal_year, code, name, budget_yuan) values (:u, 2024, :c, :c, 1000000)")
                .param("u", unit).param("c", code).update();
        return jdbc.sql("select id from prj_project where unit_code = :u and code = :c").param("u", unit).param("c", code)
                .query(Long.class).single();
    }
}

package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link MonitoringReturns} against a real PostgreSQL and against H2. */
class MonitoringReturnsRepositoryTests {

    private static final Instant NOW = Instant.parse("2024-08-20T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void savesWholeUnderOptimisticLockingAndOnePerTableAndPeriod(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        jdbc.sql("insert into goal_table (kind, unit_code, fiscal_year, version, created_at, updated_at) values ('DEPARTMENT', '807001', 2024, 0, current_timestamp, current_timestamp)").update();
        GoalTableId table = new GoalTableId(jdbc.sql("select id from goal_table").query(Long.class).single());
        MonitoringReturns repo = new MonitoringReturns(jdbc);

        StoredReturn fresh = new StoredReturn(null, "807001", YEAR, table, 7, null, null, null, null, null,
                MonitoringReturnStatus.DRAFT, null,
                List.of(new StoredReturn.Row(0, "施工数量", "≥50座", null, null, null, null, null, null, null)), 0);
        MonitoringReturnId id = repo.insert(fresh, NOW);
        StoredReturn read = repo.find(id).orElseThrow();
        assertThat(read.status()).isEqualTo(MonitoringReturnStatus.DRAFT);
        assertThat(read.executed()).isNull();
        assertThat(read.rows()).containsExactly(fresh.rows().get(0));

        List<StoredReturn.Row> rows = List.of(
                new StoredReturn.Row(0, "施工数量", "≥50座", "22座", "50座", "POSSIBLE", null, "OTHER", "汛期停工",
                        "增加班组"),
                new StoredReturn.Row(1, "合格率", "≥95%", "100%", "≥95%", "CERTAIN", "ACHIEVED", null, null, null));
        StoredReturn filled = new StoredReturn(id, "807001", YEAR, table, 7, new BigDecimal("185000.00"),
                new BigDecimal("500000.00"), "FUNDING", "资金未到位", "督促拨付", MonitoringReturnStatus.DRAFT, null,
                rows, 0);
        repo.update(filled, 0, NOW);
        StoredReturn after = repo.find(id).orElseThrow();
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.executed()).isEqualByComparingTo("185000.00");
        assertThat(after.moneyCategory()).isEqualTo("FUNDING");
        assertThat(after.rows()).containsExactlyElementsOf(rows);
        assertThat(repo.findByGoalTable(table, 7)).map(StoredReturn::id).contains(id);
        assertThat(repo.findByGoalTable(table, 10)).isEmpty();
        assertThat(repo.headers("807001", YEAR)).hasSize(1).allSatisfy(h -> assertThat(h.rows()).isEmpty());

        // a second writer with the version both read is refused; nothing of it is written
        StoredReturn second = new StoredReturn(id, "807001", YEAR, table, 7, new BigDecimal("1.00"), null, null, null,
                null, MonitoringReturnStatus.DRAFT, null, List.of(), 0);
        assertThatThrownBy(() -> repo.update(second, 0, NOW)).isInstanceOf(VersionConflictException.class);
        assertThat(repo.find(id).orElseThrow().rows()).hasSize(2);
        assertThat(repo.find(id).orElseThrow().executed()).isEqualByComparingTo("185000.00");

        // locked by the review (送审): the version stays, a save at that version is refused as locked
        repo.setStatus(id, MonitoringReturnStatus.SUBMITTED, NOW);
        StoredReturn submitted = repo.find(id).orElseThrow();
        assertThat(submitted.status()).isEqualTo(MonitoringReturnStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(NOW);
        assertThat(submitted.version()).isEqualTo(1);
        assertThatThrownBy(() -> repo.update(filled, 1, NOW)).isInstanceOf(RecordLockedException.class);
        repo.setStatus(id, MonitoringReturnStatus.DRAFT, NOW);
        assertThat(repo.find(id).orElseThrow().submittedAt()).isNull();
        repo.update(filled, 1, NOW);
        assertThat(repo.ids("807001", YEAR)).containsExactly(id.value());

        // one return per goal table and period; codes checked by the database too
        assertThatThrownBy(() -> repo.insert(fresh, NOW)).isInstanceOf(DataIntegrityViolationException.class);
        StoredReturn october = new StoredReturn(null, "807001", YEAR, table, 10, null, null, null, null, null,
                MonitoringReturnStatus.DRAFT, null,
                List.of(new StoredReturn.Row(0, "x", "y", null, null, "MAYBE", null, null, null, null)), 0);
        assertThatThrownBy(() -> repo.insert(october, NOW)).isInstanceOf(DataIntegrityViolationException.class);
    }
}

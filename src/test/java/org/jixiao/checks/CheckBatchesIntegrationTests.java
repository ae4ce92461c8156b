package org.jixiao.checks;

import org.jixiao.orgs.OrgScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The batch (streaming read, engine on several threads) counts exactly what the unit report counts, findings kept
 * with a reason (已复核，保留) left out; on the demo data of seed 001.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_batches-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class CheckBatchesIntegrationTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @Autowired
    CheckBatches batches;
    @Autowired
    CheckQueries checks;
    @Autowired
    CheckManagement management;

    @Test
    void countsWhatTheUnitReportCountsLessKeptFindings() throws InterruptedException {
        UnitCheckReport before = checks.report("807001", YEAR, OrgScope.unrestricted());
        TableCheck table = before.tables().stream()
                .filter(t -> t.table().kind() == GoalTableKind.PROJECT && !t.findings().isEmpty())
                .findFirst().orElseThrow();
        Finding kept = table.findings().get(0);
        management.keep(table.table().id(), kept.rule(), kept.location().row(), kept.location().field(), "按上级口径填写", OrgScope.unrestricted());
        UnitCheckReport report = checks.report("807001", YEAR, OrgScope.unrestricted());
        assertThat(report.totals().get(kept.severity())).isEqualTo(before.totals().get(kept.severity()) - 1);

        CheckBatches.Job job = batches.start("130529", YEAR, OrgScope.unrestricted(), 1L);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!job.done() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }

        assertThat(job.failure()).isNull();
        assertThat(job.done()).isTrue();
        // the demo region: 807001 with its ten tables and 807002 (城区中队, the second demo unit) without any
        assertThat(job.unitsDone()).isEqualTo(job.unitCount()).isEqualTo(2);
        assertThat(job.tablesDone()).isEqualTo(report.tables().size()).isEqualTo(10);
        for (Severity severity : Severity.values()) {
            assertThat(job.total(severity)).as(severity.label())
                    .isEqualTo(report.totals().getOrDefault(severity, 0L).intValue());
        }
        assertThat(job.percent()).isEqualTo(100);
    }
}

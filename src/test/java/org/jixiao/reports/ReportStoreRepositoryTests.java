package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.jixiao.reports.domain.BasicsField;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportBasicsParser;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link ReportStore} against a real PostgreSQL and against H2. */
class ReportStoreRepositoryTests {

    private static final Instant NOW = Instant.parse("2025-07-25T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void basicsNarrativesAndGenerationsAreKeptUnderOptimisticLocking(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '巨鹿县消防救援大队本级', 'BUDGET_UNIT', '130529')").update();
        ReportStore store = new ReportStore(jdbc);

        assertThat(store.basics("807001", YEAR)).isEmpty();
        ReportBasics typed = ReportBasicsParser.parse(Map.of("institutions", "九个股室", "staffAuthorized", "34",
                "incomeTotal", "34474255.03", "budgetInitial", "40023900"), 0);
        store.saveBasics("807001", YEAR, typed, 0, "tianbao", NOW);
        ReportBasics read = store.basics("807001", YEAR).orElseThrow();
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.money(BasicsField.INCOME_TOTAL).orElseThrow().yuan()).isEqualByComparingTo("34474255.03");
        assertThat(read.count(BasicsField.STAFF_AUTHORIZED)).contains(34);
        assertThat(read.count(BasicsField.STAFF_ACTUAL)).isEmpty();
        assertThat(read.text(BasicsField.INSTITUTIONS)).contains("九个股室");
        // a second first save, and a stale update, are conflicts; nothing is written
        assertThatThrownBy(() -> store.saveBasics("807001", YEAR, typed, 0, "x", NOW)).isInstanceOf(VersionConflictException.class);
        ReportBasics cleared = ReportBasicsParser.parse(Map.of("staffActual", "32"), 1);
        store.saveBasics("807001", YEAR, cleared, 1, "tianbao", NOW);
        assertThatThrownBy(() -> store.saveBasics("807001", YEAR, cleared, 1, "x", NOW)).isInstanceOf(VersionConflictException.class);
        ReportBasics after = store.basics("807001", YEAR).orElseThrow();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.money(BasicsField.INCOME_TOTAL)).isEmpty();
        assertThat(after.count(BasicsField.STAFF_ACTUAL)).contains(32);

        store.saveNarrative("807001", YEAR, "problems", "一是……", 0, "tianbao", NOW);
        assertThatThrownBy(() -> store.saveNarrative("807001", YEAR, "problems", "二", 0, "x", NOW))
                .isInstanceOf(VersionConflictException.class);
        store.saveNarrative("807001", YEAR, "problems", "二是……", 1, "tianbao", NOW);
        assertThat(store.narratives("807001", YEAR).get("problems").body()).isEqualTo("二是……");
        assertThat(store.narratives("807001", YEAR).get("problems").version()).isEqualTo(2);
        assertThatThrownBy(() -> store.deleteNarrative("807001", YEAR, "problems", 1)).isInstanceOf(VersionConflictException.class);
        store.deleteNarrative("807001", YEAR, "problems", 2);
        assertThat(store.narratives("807001", YEAR)).isEmpty();

        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        long id = store.insertGeneration(new ReportGeneration(0, "807001", 2024, ReportGeneration.Kind.REPORT_PDF,
                "807001-2024-部门整体支出绩效自评报告.pdf", "application/pdf", content.length, ReportFiles.sha256(content),
                "default-2024", NOW, "tianbao"), content);
        assertThat(store.content(id)).isEqualTo(content);
        ReportGeneration g = store.generation(id).orElseThrow();
        assertThat(g.kind()).isEqualTo(ReportGeneration.Kind.REPORT_PDF);
        assertThat(g.dataAsOf()).isEqualTo(NOW);
        assertThat(g.size()).isEqualTo(300_000);
        assertThat(store.generations("807001", YEAR)).extracting(ReportGeneration::id).containsExactly(id);
    }
}

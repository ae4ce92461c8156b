package org.jixiao.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.Funding;
import org.jixiao.projects.domain.ProjectCode;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link Projects} against a real PostgreSQL and against H2. */
class ProjectsRepositoryTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);

    private Projects open(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('130529', '巨鹿县')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('807001', '本级', 'BUDGET_UNIT', '130529')").update();
        return new Projects(jdbc);
    }

    private static ProjectContent highRiskAllowance() {
        return new ProjectContent(new ProjectCode("13052924P00584012429T"), "高危执勤补贴经费",
                new Funding(Amount.ofWan(new BigDecimal("73.20")), Amount.ofWan(new BigDecimal("73.20")), null),
                "保障人员高危执勤补贴款。",
                new SpendingPlan(List.of(new Checkpoint(12, new BigDecimal("100")), new Checkpoint(3, new BigDecimal("30")),
                        new Checkpoint(6, new BigDecimal("60")), new Checkpoint(10, new BigDecimal("80")))));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void storesMoneyToTheFenAndThePlanInMonthOrder(TestDatabases.Kind kind) {
        Projects projects = open(kind);
        ProjectId id = projects.insert("807001", YEAR, highRiskAllowance());

        ProjectView stored = projects.find(id).orElseThrow();
        assertThat(stored.content()).isEqualTo(highRiskAllowance());
        assertThat(stored.content().funding().budget().yuan()).isEqualByComparingTo("732000.00");
        assertThat(stored.content().funding().other()).isNull();
        assertThat(stored.content().plan().checkpoints()).extracting(Checkpoint::month).containsExactly(3, 6, 10, 12);

        ProjectContent changed = new ProjectContent(new ProjectCode("13052924P00584012429T"), "高危执勤补贴经费",
                new Funding(Amount.ofWan(new BigDecimal("1.234567")), null, Amount.ofWan(new BigDecimal("0.01"))),
                null, new SpendingPlan(List.of(new Checkpoint(6, new BigDecimal("40.5")), new Checkpoint(3, new BigDecimal("50")))));
        projects.update(id, changed);

        ProjectView updated = projects.find(id).orElseThrow();
        assertThat(updated.content()).isEqualTo(changed);
        assertThat(updated.content().funding().budget().toWan()).isEqualByComparingTo("1.234567");
        assertThat(updated.content().plan().isNonDecreasing()).isFalse();
        assertThat(updated.version()).isEqualTo(stored.version() + 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void projectCodeIsUniqueWithinUnitAndYear(TestDatabases.Kind kind) {
        Projects projects = open(kind);
        projects.insert("807001", YEAR, highRiskAllowance());

        assertThat(projects.findIdByCode("807001", YEAR, new ProjectCode("13052924P00584012429T"))).isPresent();
        assertThat(projects.findIdByCode("807001", FiscalYear.of(2025), new ProjectCode("13052924P00584012429T"))).isEmpty();
        assertThatThrownBy(() -> projects.insert("807001", YEAR, highRiskAllowance()))
                .isInstanceOf(DataIntegrityViolationException.class);
        projects.insert("807001", FiscalYear.of(2025), highRiskAllowance());
    }
}

package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link DepartmentEvaluations} against a real PostgreSQL and against H2. */
class DepartmentEvaluationsRepositoryTests {

    private static final Instant NOW = Instant.parse("2025-02-15T08:00:00Z");
    private static final FiscalYear YEAR = FiscalYear.of(2024);

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void savesTheInputsAsTypedUnderOptimisticLocking(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('440113', '广州市番禺区')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('PY001', '广州市番禺区消防救援大队', 'BUDGET_UNIT', '440113')").update();
        DepartmentEvaluations repo = new DepartmentEvaluations(jdbc);

        long id = repo.insert(new StoredDepartmentEvaluation(null, "PY001", YEAR, "panyu-2024-department", 1, Map.of(),
                0), NOW);
        StoredDepartmentEvaluation fresh = repo.find(id).orElseThrow();
        assertThat(fresh.templateId()).isEqualTo("panyu-2024-department");
        assertThat(fresh.templateVersion()).isEqualTo(1);
        assertThat(fresh.values()).isEmpty();
        assertThat(fresh.version()).isZero();

        String basis = "本单位行政事业性国有资产年报数据完整、准确".repeat(60); // 1,200 characters
        Map<String, Map<String, String>> values = Map.of(
                "2.6.7", Map.of("numerator", "662.96", "denominator", "707.89"),
                "1.1.1", Map.of("goalsReported", "是", "items[0].name", "灭火救援出动", "items[0].target", "100",
                        "items[0].actual", "100", "basis", "  已完成  "),
                "2.5.2", Map.of("warnings.unhandled", "0", "feedback.answer", "是", "linkage.answer", "否"),
                "2.7.4", Map.of("score", "1.5", "basis", basis));
        repo.update(new StoredDepartmentEvaluation(id, "PY001", YEAR, "panyu-2024-department", 1, values, 0), 0, NOW);

        StoredDepartmentEvaluation read = repo.find("PY001", YEAR).orElseThrow();
        assertThat(read.id()).isEqualTo(id);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.values()).containsOnlyKeys("1.1.1", "2.5.2", "2.6.7", "2.7.4");
        assertThat(read.values().get("2.6.7")).containsExactlyInAnyOrderEntriesOf(
                Map.of("numerator", "662.96", "denominator", "707.89"));
        assertThat(read.values().get("1.1.1")).containsEntry("basis", "已完成").containsEntry("goalsReported", "是");
        assertThat(read.values().get("2.5.2")).containsEntry("linkage.answer", "否");
        assertThat(read.values().get("2.7.4").get("basis")).isEqualTo(basis);
        assertThat(read.input().value("2.7.4", "score")).isEqualTo("1.5");

        // a stale version writes nothing
        assertThatThrownBy(() -> repo.update(new StoredDepartmentEvaluation(id, "PY001", YEAR, "panyu-2024-department",
                1, Map.of("2.6.7", Map.of("value", "50%")), 0), 0, NOW)).isInstanceOf(VersionConflictException.class);
        assertThat(repo.find(id).orElseThrow().values()).hasSize(4);

        // saving fewer values removes the others
        repo.update(new StoredDepartmentEvaluation(id, "PY001", YEAR, "panyu-2024-department", 1,
                Map.of("2.6.7", Map.of("value", "93.65%")), 1), 1, NOW);
        assertThat(repo.find(id).orElseThrow().values()).isEqualTo(Map.of("2.6.7", Map.of("value", "93.65%")));

        // one per unit and year
        assertThatThrownBy(() -> repo.insert(new StoredDepartmentEvaluation(null, "PY001", YEAR,
                "kunming-2020-department", 1, Map.of(), 0), NOW)).isInstanceOf(DuplicateKeyException.class);
        assertThat(repo.find("PY001", FiscalYear.of(2025))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void templateDesignsAreKeptPerVersion(TestDatabases.Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.fresh(kind));
        jdbc.sql("insert into org_region (code, name) values ('440113', '广州市番禺区')").update();
        jdbc.sql("insert into org_organization (code, name, kind, region_code) values ('PY001', '广州市番禺区消防救援大队', 'BUDGET_UNIT', '440113')").update();
        DepartmentTemplateDesigns repo = new DepartmentTemplateDesigns(jdbc);
        String body = "{\"type\":\"DEPARTMENT\",\"id\":\"PY001-2025-1\",\"name\":\"" + "模板".repeat(20000) + "\"}";

        repo.insert(new DepartmentTemplateDesigns.Design("PY001-2025-1", 1, "PY001", "440113", 2025,
                "panyu-2024-department", 1, body), NOW);
        repo.insert(new DepartmentTemplateDesigns.Design("PY001-2025-1", 2, "PY001", "440113", 2025,
                "panyu-2024-department", 1, "{}"), NOW);
        // the same version twice: the second writer loses (optimistic lock of the designer)
        assertThatThrownBy(() -> repo.insert(new DepartmentTemplateDesigns.Design("PY001-2025-1", 2, "PY001", "440113",
                2025, "panyu-2024-department", 1, "{\"x\":1}"), NOW)).isInstanceOf(DuplicateKeyException.class);

        assertThat(repo.find("PY001-2025-1", 1).orElseThrow().body()).isEqualTo(body);
        assertThat(repo.latestVersion("PY001-2025-1")).contains(2);
        assertThat(repo.latestVersion("nothing")).isEmpty();
        assertThat(repo.latestOf("PY001")).extracting(DepartmentTemplateDesigns.Design::version).containsExactly(2);
        assertThat(repo.latestOf("PY001").get(0).body()).isEqualTo("{}");
        assertThat(repo.count("PY001")).isEqualTo(1);
        assertThat(repo.latestOf("807001")).isEmpty();
    }
}

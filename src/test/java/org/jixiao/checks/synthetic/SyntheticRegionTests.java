package org.jixiao.checks.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** The synthetic region: deterministic, storable as typed, and shaped like the seeds. */
class SyntheticRegionTests {

    private static final GoalTableInputParser PARSER = new GoalTableInputParser(LabelNormalizer.defaults());
    private static final SyntheticRegion REGION = SyntheticRegion.of(42, 3_000);

    @Test
    void theSameSeedGivesTheSameRegionInAnyOrder() {
        SyntheticRegion again = SyntheticRegion.of(42, 3_000);
        assertThat(again.unitCount()).isEqualTo(REGION.unitCount());
        assertThat(again.unit(5)).isEqualTo(REGION.unit(5)); // built alone, without units 0–4 before it
        assertThat(again.stream().toList()).isEqualTo(REGION.stream().toList());
        assertThat(SyntheticRegion.of(43, 3_000).unit(0)).isNotEqualTo(REGION.unit(0));
    }

    @Test
    void hasTheRequestedProjectsInUnitsOfDepartments() {
        long projects = REGION.stream().flatMap(u -> u.tables().stream()).filter(t -> t.kind().equals("PROJECT"))
                .count();
        assertThat(projects).isEqualTo(3_000);
        Set<String> departments = new HashSet<>();
        REGION.departments().forEach(d -> departments.add(d.code()));
        Set<String> codes = new HashSet<>();
        for (SyntheticOrg unit : REGION.units()) {
            assertThat(departments).contains(unit.parentCode());
            assertThat(codes.add(unit.code())).isTrue();
            assertThat(unit.code()).matches("\\d{6}");
        }
    }

    @Test
    void everyTableIsStorableAsTyped() {
        Set<String> projectCodes = new HashSet<>();
        REGION.stream().forEach(unit -> {
            for (GoalTableInput input : unit.tables()) {
                ParsedGoalTable table = PARSER.parse(input); // throws on anything the application would refuse
                assertThat(table.unitCode()).isEqualTo(unit.code());
                assertThat(table.year()).isEqualTo(FiscalYear.of(2024));
                if (table.project() != null) {
                    assertThat(projectCodes.add(unit.code() + table.project().code().value())).isTrue();
                    assertThat(table.project().plan().checkpoints()).hasSize(4);
                }
            }
        });
    }

    @Test
    void looksLikeTheSeeds() {
        List<Indicator> rows = REGION.stream().flatMap(u -> u.tables().stream()).map(PARSER::parse)
                .filter(t -> t.project() != null).flatMap(t -> t.content().indicators().stream()).toList();
        // about 15 rows a table: 300,000 projects make about 4.5 million indicators
        assertThat(rows.size() / 3_000.0).isBetween(13.0, 17.0);
        // every 一级 of both layouts, known labels nearly everywhere (seed 001 style, with published variants)
        assertThat(rows.stream().map(r -> r.level1().category()).distinct()).containsAll(List.of(Level1Category.values()));
        assertThat(share(rows, r -> r.level2().known())).isGreaterThan(0.99);
        // value forms: mostly measurements, some deadlines, some text
        assertThat(share(rows, r -> r.value() instanceof Quantitative)).isBetween(0.7, 0.9);
        assertThat(share(rows, r -> r.value() instanceof Deadline)).isBetween(0.03, 0.12);
        assertThat(share(rows, r -> r.value() instanceof Qualitative)).isBetween(0.05, 0.2);
        assertThat(rows).anyMatch(r -> r.value().format().equals("每月25号"))
                .anyMatch(r -> r.value().format().equals("12月底前"))
                .anyMatch(r -> r.value().format().endsWith("万元/人"))
                .anyMatch(r -> r.value().format().equals("促进地方经济发展，提高人民生活水平"));
        // defects at the seed's rates: ≤ on a rate that should be ≥ (seed 001: 发放成功率 ≤95%), the year before
        double wrongComparator = share(rows, r -> r.value() instanceof Quantitative q && q.comparator() == Comparator.LE
                && "%".equals(q.unit()) && !r.name().contains("控制率"));
        assertThat(wrongComparator).isBetween(0.005, 0.05);
        assertThat(share(rows, r -> (r.description() + r.value().format()).contains("2023年"))).isBetween(0.005, 0.05);
    }

    private static double share(List<Indicator> rows, java.util.function.Predicate<Indicator> test) {
        return rows.stream().filter(test).count() / (double) rows.size();
    }
}

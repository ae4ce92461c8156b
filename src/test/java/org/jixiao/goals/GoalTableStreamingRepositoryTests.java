package org.jixiao.goals;

import org.jixiao.orgs.OrgScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.jixiao.checks.synthetic.SyntheticOrg;
import org.jixiao.checks.synthetic.SyntheticRegion;
import org.jixiao.checks.synthetic.SyntheticUnit;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.SyntheticRegionLoader;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * {@link GoalTableQueries#forEachUnit}, the streaming read of the batch checks, against a real PostgreSQL and H2
 * on a synthetic region written by {@link SyntheticRegionLoader}: unit by unit it must give exactly what the
 * one-table-at-a-time read gives, and what the generator wrote.
 */
class GoalTableStreamingRepositoryTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final SyntheticRegion REGION = SyntheticRegion.of(20241, 700);
    /** Fewer units per read than the region has, so that the reads' boundaries are crossed. */
    private static final int UNITS_PER_READ = 3;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void streamsEveryUnitAsTheTableByTableReadDoesAndAsGenerated(TestDatabases.Kind kind) {
        DataSource dataSource = TestDatabases.fresh(kind);
        SyntheticRegionLoader.Result loaded = new SyntheticRegionLoader(dataSource, 2).load(REGION);
        assertThat(REGION.unitCount()).isGreaterThan(2 * UNITS_PER_READ);
        GoalTableQueries queries = queries(dataSource);

        List<String> codes = new ArrayList<>(REGION.units().stream().map(SyntheticOrg::code).toList());
        Collections.reverse(codes); // the caller's order, not the database's
        codes.add(UNITS_PER_READ + 1, "999999"); // a unit without tables
        Map<String, List<GoalTableView>> streamed = new LinkedHashMap<>();
        queries.forEachUnit(codes, YEAR, (unit, views) -> assertThat(streamed.put(unit, views)).isNull(),
                UNITS_PER_READ);

        assertThat(streamed.keySet()).containsExactlyElementsOf(codes);
        assertThat(streamed.get("999999")).isEmpty();
        for (String code : codes) {
            assertThat(streamed.get(code)).as(code).isEqualTo(queries.findAll(code, YEAR, OrgScope.unrestricted()));
        }
        GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());
        long indicators = 0;
        for (int i = 0; i < REGION.unitCount(); i++) {
            SyntheticUnit unit = REGION.unit(i);
            List<GoalTableView> views = streamed.get(unit.code());
            assertThat(views).hasSameSizeAs(unit.tables());
            for (int t = 0; t < views.size(); t++) {
                ParsedGoalTable written = parser.parse(unit.tables().get(t));
                GoalTableView read = views.get(t);
                assertThat(read.kind()).isEqualTo(written.kind());
                assertThat(read.unitCode()).isEqualTo(unit.code());
                assertThat(read.unitName()).isEqualTo(unit.name());
                assertThat(read.content()).isEqualTo(written.content());
                if (written.kind() == GoalTableKind.PROJECT) {
                    assertThat(read.project().content()).isEqualTo(written.project());
                }
                indicators += read.content().indicators().size();
            }
        }
        assertThat(indicators).isEqualTo(loaded.indicators());
    }

    /** The read side of the three modules involved, nothing else (no web, no commands), on one connection. */
    private static GoalTableQueries queries(DataSource dataSource) {
        SingleConnectionDataSource connection;
        try {
            connection = new SingleConnectionDataSource(dataSource.getConnection(), true);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(JdbcClient.class, () -> JdbcClient.create(connection));
        context.registerBean(LabelNormalizer.class, LabelNormalizer::defaults);
        ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context, false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(
                "org\\.jixiao\\.(orgs\\.(Organizations|OrgQueries)|projects\\.(Projects|ProjectQueries)"
                        + "|goals\\.(GoalTables|GoalTableQueries))")));
        scanner.scan("org.jixiao");
        context.refresh();
        return context.getBean(GoalTableQueries.class);
    }
}

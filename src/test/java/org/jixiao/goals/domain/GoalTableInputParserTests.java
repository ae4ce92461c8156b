package org.jixiao.goals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.Quantitative;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

class GoalTableInputParserTests {

    private final GoalTableInputParser parser = new GoalTableInputParser(LabelNormalizer.defaults());

    private static GoalTableInput.IndicatorRow row(String level1, String level2, String name, String value) {
        return new GoalTableInput.IndicatorRow(level1, level2, name, null, value, null, null, null, null, null);
    }

    private static GoalTableInput project(String budget, List<GoalTableInput.PlanPoint> plan,
                                          List<GoalTableInput.IndicatorRow> rows) {
        return new GoalTableInput(null, "2024", "807001", "13052924P00584012429T", "高危执勤补贴经费", budget, budget, null,
                "保障人员高危执勤补贴款。", plan, List.of("保障单位人员工资正常发放、工作顺利进行"), rows, "0");
    }

    private static List<GoalTableInput.PlanPoint> plan(String... monthPercent) {
        List<GoalTableInput.PlanPoint> points = new ArrayList<>();
        for (int i = 0; i < monthPercent.length; i += 2) {
            points.add(new GoalTableInput.PlanPoint(monthPercent[i], monthPercent[i + 1]));
        }
        return points;
    }

    private List<Violation> violationsOf(GoalTableInput input) {
        return catchThrowableOfType(ValidationException.class, () -> parser.parse(input)).violations();
    }

    @Test
    void parsesAProjectTableIntoTypedParts() {
        ParsedGoalTable table = parser.parse(project("73.20", plan("3", "30", "6", "60%", "10", "80", "12", "100"),
                List.of(row("产出指标", "数量指标", "人员数量", "99人"))));

        assertThat(table.kind()).isEqualTo(GoalTableKind.PROJECT);
        assertThat(table.year().value()).isEqualTo(2024);
        assertThat(table.version()).isZero();
        assertThat(table.project().funding().budget().toWan()).isEqualTo(new BigDecimal("73.20"));
        assertThat(table.project().funding().other()).isNull();
        assertThat(table.project().plan().percentAt(6)).contains(new BigDecimal("60.00"));
        Indicator people = table.content().indicators().get(0);
        assertThat(people.level1().category()).isEqualTo(Level1Category.OUTPUT);
        assertThat(people.level2().category()).isEqualTo(Level2Category.QUANTITY);
        assertThat(people.value()).isInstanceOfSatisfying(Quantitative.class,
                q -> assertThat(q.number()).isEqualByComparingTo("99"));
    }

    @Test
    void aDraftWithContentDefectsIsAccepted() {
        // decreasing plan, a 二级 under the wrong 一级, vague and unparseable values, an unknown label, parts ≠ budget
        GoalTableInput input = new GoalTableInput(null, "2024", "807001", "P1", "项目", "10", "3", "1", null,
                plan("3", "60", "6", "40"), List.of(),
                List.of(row("效益指标", "数量指标", "维护社会稳定", "明显提升"), row("神秘类别", "", "某指标", "≥ abc")), "0");

        ParsedGoalTable table = parser.parse(input);

        assertThat(table.project().plan().isNonDecreasing()).isFalse();
        assertThat(table.content().indicators().get(1).level1().known()).isFalse();
        assertThat(table.content().indicators().get(1).level1().original()).isEqualTo("神秘类别");
        assertThat(table.content().indicators().get(1).value().format()).isEqualTo("≥ abc");
    }

    @Test
    void refusesEverythingThatCannotBeStoredAtOnce() {
        GoalTableInput input = new GoalTableInput(null, "2024", "807001", "13052924P00584012429T", "高危执勤补贴经费",
                "abc", "-1", "0.0000001", "长".repeat(501),
                plan("13", "30", "6", "120", "6", "50", "", "40"),
                List.of("", "目".repeat(501)),
                List.of(row("产出指标", "数量指标", "  ", "99人"),
                        new GoalTableInput.IndicatorRow(null, null, "名", null, null, null, "分", null, null, null),
                        new GoalTableInput.IndicatorRow(null, null, "名", null, null, null, "101", null, null, null)),
                "0");

        assertThat(violationsOf(input)).extracting(Violation::path, Violation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("budgetWan", "money.notNumber"),
                org.assertj.core.groups.Tuple.tuple("fiscalWan", "money.negative"),
                org.assertj.core.groups.Tuple.tuple("otherWan", "money.tooPrecise"),
                org.assertj.core.groups.Tuple.tuple("purpose", "text.tooLong"),
                org.assertj.core.groups.Tuple.tuple("spendingPlan[0].month", "month.invalid"),
                org.assertj.core.groups.Tuple.tuple("spendingPlan[1].percent", "percent.outOfRange"),
                org.assertj.core.groups.Tuple.tuple("spendingPlan[2].month", "month.duplicate"),
                org.assertj.core.groups.Tuple.tuple("spendingPlan[3].month", "required"),
                org.assertj.core.groups.Tuple.tuple("goals[1]", "text.tooLong"),
                org.assertj.core.groups.Tuple.tuple("indicators[0].name", "indicator.name.required"),
                org.assertj.core.groups.Tuple.tuple("indicators[1].weight", "weight.notNumber"),
                org.assertj.core.groups.Tuple.tuple("indicators[2].weight", "weight.outOfRange"));
    }

    @Test
    void fiveHundredCharactersAreAllowedAndCountedAsCharacters() {
        GoalTableInput input = project("1", List.of(), List.of(row("产出指标", "数量指标", "指".repeat(500), "𠀀".repeat(500))));
        assertThat(parser.parse(input).content().indicators().get(0).name()).hasSize(500);
    }

    @Test
    void checksYearUnitProjectAndKind() {
        GoalTableInput input = new GoalTableInput("OTHER", "1999", " ", "P-1", "", null, null, null, null, null, null,
                null, "x");
        assertThat(violationsOf(input)).extracting(Violation::path).containsExactlyInAnyOrder(
                "fiscalYear", "unitCode", "kind", "version", "projectCode", "projectName");
    }

    @Test
    void aDepartmentTableNeedsNoProject() {
        GoalTableInput input = new GoalTableInput(null, "2024", "807001", null, null, null, null, null, null, null,
                List.of("确保全县社会消防安全大局持续稳定"), List.of(), null);
        ParsedGoalTable table = parser.parse(input);
        assertThat(table.kind()).isEqualTo(GoalTableKind.DEPARTMENT);
        assertThat(table.project()).isNull();
        assertThat(table.version()).isNull();
    }

    @Test
    void blankRowsOfTheFormAreDropped() {
        ParsedGoalTable table = parser.parse(project("1", plan("", "", "3", "30"), List.of()));
        assertThat(table.project().plan().checkpoints()).hasSize(1);
        assertThat(table.content().goals()).hasSize(1);
    }

    @Test
    void neverThrowsAnythingButValidationOnOddInput() {
        String[] odd = {null, "", " ", "NaN", "1e9999", "∞", "١٢", "--1", "1.2.3", "\u0000", "💰", "9".repeat(400)};
        for (String text : odd) {
            GoalTableInput input = new GoalTableInput(text, text, text, text, text, text, text, text, text,
                    plan(text == null ? "" : text, text == null ? "" : text), java.util.Arrays.asList(text),
                    List.of(new GoalTableInput.IndicatorRow(text, text, text, text, text, text, text, text, text, text)),
                    text);
            try {
                parser.parse(input);
            } catch (ValidationException expected) {
                assertThat(expected.violations()).isNotEmpty();
            }
        }
        assertThatThrownBy(() -> parser.parse(project("1e9999", List.of(), List.of())))
                .isInstanceOf(ValidationException.class);
    }
}

package org.jixiao.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.GoalTableContent;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.projects.domain.Funding;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;
import org.jixiao.testsupport.DemoTables;
import org.junit.jupiter.api.Test;

/** Field-level diffs of real goal tables (高危执勤补贴经费 of seed 001): exactly the lines expected, nothing else. */
class GoalTableDiffTests {

    private static final ParsedGoalTable SEED = DemoTables.parsed().get(1);
    private static final GoalTable BEFORE = new GoalTable(new GoalTableId(7), SEED.kind(), SEED.unitCode(), SEED.year(),
            new ProjectId(3), SEED.content(), 4);
    private static final ProjectContent PROJECT = SEED.project();

    @Test
    void anUnchangedTableHasNoChanges() {
        assertThat(GoalTableDiff.between(BEFORE, PROJECT, BEFORE, PROJECT)).isEmpty();
    }

    @Test
    void aChangedValueIsOneLineNamingItsRow() {
        List<Indicator> rows = rows();
        Indicator third = rows.get(2);
        rows.set(2, withValue(third, "每月20号前"));

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(BEFORE.goals(), rows), PROJECT))
                .containsExactly(new FieldChange("指标第3行·指标值", "每月25号", "每月20号前"));
    }

    @Test
    void anInsertedRowIsOneAddedLineAndTheRowsBelowAreNotReportedAsChanged() {
        List<Indicator> rows = rows();
        Indicator added = withName(rows.get(0), "补贴标准执行率", "100%");
        rows.add(1, added);

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(BEFORE.goals(), rows), PROJECT))
                .containsExactly(new FieldChange("指标第2行（新增）", null, "产出指标/数量指标/补贴标准执行率：100%"));
    }

    @Test
    void aRemovedRowIsOneLineWithItsFormerNumber() {
        List<Indicator> rows = rows();
        rows.remove(3);

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(BEFORE.goals(), rows), PROJECT))
                .containsExactly(new FieldChange("原指标第4行（删除）", "产出指标/成本指标/所需成本：73.2万元", null));
    }

    @Test
    void aRenamedRowIsReportedFieldByField() {
        List<Indicator> rows = rows();
        Indicator second = rows.get(1);
        rows.set(1, new Indicator(second.level1(), second.level2(), "补贴发放成功率", second.description(),
                second.value(), "发放清单", second.weight(), second.formula(), second.dataSource(),
                second.scoringStandard()));

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(BEFORE.goals(), rows), PROJECT)).containsExactly(
                new FieldChange("指标第2行·三级指标", "发放成功率", "补贴发放成功率"),
                new FieldChange("指标第2行·指标值确定依据", "县委、县政府工作安排", "发放清单"));
    }

    @Test
    void aRowMovedDownIsOneMove() {
        List<Indicator> rows = rows();
        Indicator first = rows.remove(0);
        rows.add(1, first);

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(BEFORE.goals(), rows), PROJECT))
                .containsExactly(new FieldChange("指标第2行（移动）", "原第1行", "第2行"));
    }

    @Test
    void headerFieldsAndGoalItemsAreReportedWithTheirLabels() {
        ProjectContent changed = new ProjectContent(PROJECT.code(), PROJECT.name(),
                new Funding(Amount.ofWan(new BigDecimal("80")), Amount.ofWan(new BigDecimal("73.2")),
                        Amount.ofWan(new BigDecimal("6.8"))),
                "保障人员高危执勤补贴款及伙食补助。", PROJECT.plan());
        List<String> goals = new ArrayList<>(BEFORE.goals());
        goals.set(1, "单位正常运转，安全无事故");
        goals.remove(2);

        assertThat(GoalTableDiff.between(BEFORE, PROJECT, table(goals, rows()), changed)).containsExactly(
                new FieldChange("预算数（万元）", "73.20", "80.00"),
                new FieldChange("其他资金（万元）", null, "6.80"),
                new FieldChange("资金用途", "保障人员高危执勤补贴款。", "保障人员高危执勤补贴款及伙食补助。"),
                new FieldChange("绩效目标第2条", "单位正常运转", "单位正常运转，安全无事故"),
                new FieldChange("绩效目标第3条", "上级工作任务按时完成", null));
    }

    @Test
    void aNewTableListsItsFieldsAndEveryRowAsAdded() {
        List<FieldChange> changes = GoalTableDiff.between(null, null, BEFORE, PROJECT);

        assertThat(changes).startsWith(
                new FieldChange("项目编码", null, "13052924P00584012429T"),
                new FieldChange("项目名称", null, "高危执勤补贴经费"),
                new FieldChange("预算数（万元）", null, "73.20"),
                new FieldChange("财政资金（万元）", null, "73.20"),
                new FieldChange("资金用途", null, "保障人员高危执勤补贴款。"),
                new FieldChange("资金支出计划", null, "3月底30%，6月底60%，10月底80%，12月底100%"),
                new FieldChange("绩效目标第1条", null, "保障单位人员工资正常发放、工作顺利进行"));
        assertThat(changes).hasSize(6 + BEFORE.goals().size() + BEFORE.indicators().size());
        assertThat(changes).contains(new FieldChange("指标第1行（新增）", null, "产出指标/数量指标/人员数量：99人"));
    }

    private static List<Indicator> rows() {
        return new ArrayList<>(BEFORE.indicators());
    }

    private static GoalTable table(List<String> goals, List<Indicator> rows) {
        return new GoalTable(BEFORE.id(), BEFORE.kind(), BEFORE.unitCode(), BEFORE.year(), BEFORE.projectId(),
                new GoalTableContent(goals, rows), BEFORE.version() + 1);
    }

    private static Indicator withValue(Indicator row, String value) {
        return new Indicator(row.level1(), row.level2(), row.name(), row.description(), IndicatorValue.parse(value),
                row.basis(), row.weight(), row.formula(), row.dataSource(), row.scoringStandard());
    }

    private static Indicator withName(Indicator row, String name, String value) {
        return new Indicator(row.level1(), row.level2(), name, row.description(), IndicatorValue.parse(value),
                row.basis(), row.weight(), row.formula(), row.dataSource(), row.scoringStandard());
    }
}

package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jixiao.orgs.OrgView;
import org.jixiao.rectification.ProblemView;
import org.jixiao.rectification.RectificationQueries;
import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.reports.domain.ReportBlock;
import org.junit.jupiter.api.Test;

/** The 整改报告's composition from given data: which score 基本情况 states and says, measures, the plan, absences. */
class RectificationReportComposerTests {

    private static final OrgView UNIT = new OrgView("807001", "巨鹿县消防救援大队本级", "BUDGET_UNIT", "预算单位", "130529",
            "巨鹿县", null);
    private static final Instant AS_OF = Instant.parse("2025-06-11T02:00:00Z");

    @Test
    void withoutADepartmentEvaluationTheProjectAverageIsStatedAndSaidSo() {
        String text = text(input(new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.PROJECT_AVERAGE,
                new BigDecimal("87.35"), "良", "国家默认评分政策", 9, 8, false), List.of()));
        assertThat(text).contains("尚未录入部门整体支出绩效自评，以项目支出绩效自评的平均得分代替：8 个填写完整的项目（共 9 个项目）平均得分为87.35分",
                "评级为“良”", "本年度问题整改清单中没有登记问题", "本年度没有登记的问题");
        assertThat(text).doesNotContain("部门整体支出绩效自评总分");
    }

    @Test
    void anIncompleteDepartmentEvaluationIsNamedAndNoScoreIsInvented() {
        assertThat(text(input(new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.PROJECT_AVERAGE,
                new BigDecimal("90.00"), "优", "国家默认评分政策", 2, 1, true), List.of())))
                .contains("部门整体支出绩效自评尚未填写完整，以项目支出绩效自评的平均得分代替");
        assertThat(text(input(new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.NONE, null, null,
                null, 3, 0, false), List.of()))).contains("自评得分无法填写").doesNotContain("平均得分为");
    }

    @Test
    void problemsCarryTheirMeasuresOwnerDeadlineAndOpenOnesArePlannedByDeadline() {
        ProblemView closed = problem(1, "指标未量化", ProblemStatus.CLOSED, LocalDate.of(2025, 5, 1), false,
                List.of("完善绩效指标量化体系", "二是强化数据支撑。"), List.of(
                        new ProblemView.HistoryEntry(AS_OF, 1L, "田宝", ProblemAction.SUBMITTED, ProblemStatus.IN_PROGRESS,
                                ProblemStatus.AWAITING_VERIFICATION, "已细化三级指标"),
                        new ProblemView.HistoryEntry(AS_OF, 2L, "业务初审", ProblemAction.VERIFIED,
                                ProblemStatus.AWAITING_VERIFICATION, ProblemStatus.CLOSED, "")));
        ProblemView late = problem(2, "指标设置不准确", ProblemStatus.IN_PROGRESS, LocalDate.of(2025, 9, 30), false,
                List.of("重构指标框架"), List.of());
        ProblemView overdue = problem(3, "目标完成情况过简", ProblemStatus.IN_PROGRESS, LocalDate.of(2025, 6, 1), true,
                List.of(), List.of());
        String text = text(input(new RectificationReportComposer.SelfScore(RectificationReportComposer.Basis.DEPARTMENT,
                new BigDecimal("84.47"), "优", "部门整体支出绩效评价指标体系", 0, 0, false), List.of(closed, late, overdue)));
        assertThat(text).contains("部门整体支出绩效自评总分为84.47分，评级为“优”",
                "共登记问题 3 个，其中已销号 1 个，待验证 0 个，整改中 2 个，待整改 0 个", "逾期未销号 1 个",
                "问题1：指标未量化", "整改措施：一是完善绩效指标量化体系。二是强化数据支撑。", "整改完成情况：已细化三级指标（田宝",
                "验证意见：验证通过（业务初审", "问题3：目标完成情况过简", "整改措施：尚未制定。", "整改中（逾期）",
                "田宝", "2025-09-30");
        String plan = text.substring(text.indexOf("三、下一步工作计划"));
        assertThat(plan).contains("以下 2 个问题尚未销号", "已逾期的问题须说明原因").doesNotContain("指标未量化");
        assertThat(plan.indexOf("问题3")).as("earliest deadline first").isLessThan(plan.indexOf("问题2"));
    }

    private static RectificationReportComposer.Input input(RectificationReportComposer.SelfScore score, List<ProblemView> problems) {
        Map<ProblemStatus, Long> counts = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus s : ProblemStatus.values()) {
            counts.put(s, problems.stream().filter(p -> p.status() == s).count());
        }
        return new RectificationReportComposer.Input(UNIT, 2024, AS_OF, score, new RectificationQueries.ReportData("807001",
                2024, problems, counts, problems.stream().filter(ProblemView::overdue).count(), LocalDate.of(2025, 6, 11)),
                List.of());
    }

    private static ProblemView problem(long id, String title, ProblemStatus status, LocalDate deadline, boolean overdue,
                                       List<String> measures, List<ProblemView.HistoryEntry> history) {
        return new ProblemView(new ProblemId(id), "807001", 2024, ProblemSource.BUREAU_OPINION, null, null, null, null,
                null, title, null, status, new ProblemView.Person(1, "田宝"), deadline, overdue, measures, List.of(),
                history, 0);
    }

    private static String text(RectificationReportComposer.Input input) {
        return RectificationReportComposer.compose(input).stream().map(b -> {
            if (b instanceof ReportBlock.Heading h) {
                return h.text();
            }
            if (b instanceof ReportBlock.Paragraph p) {
                return p.text();
            }
            if (b instanceof ReportBlock.Table t) {
                return t.rows().stream().map(r -> String.join(" | ", r)).collect(Collectors.joining("\n"));
            }
            return "";
        }).collect(Collectors.joining("\n"));
    }
}

package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.orgs.OrgView;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.reports.domain.ReportOutline;
import org.jixiao.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/**
 * The hooks: once a department self-evaluation and monthly execution exist (as the modules built in parallel will
 * provide), the report prints them — the total and grade, the 部门整体支出绩效自评表 with every line, the month chart,
 * the 一级指标 chart from the department's scores — and no longer says they are missing. Without them it says so.
 */
class ReportComposerTests {

    private static final OrgView UNIT = new OrgView("807001", "巨鹿县消防救援大队本级", "BUDGET_UNIT", "预算单位", "130529",
            "巨鹿县", null);
    private static final DepartmentScoreSheet SEED_002 = new DepartmentScoreSheet(new BigDecimal("93.94"), "优", List.of(
            new DepartmentScoreSheet.Line("履职效能", "整体效能", "部门整体绩效目标产出指标完成情况", new BigDecimal("20"),
                    new BigDecimal("20"), "2024年设置的产出指标3个，已完成3个。"),
            new DepartmentScoreSheet.Line("履职效能", "整体效能", "部门预算资金支出率", new BigDecimal("10"),
                    new BigDecimal("6.5"), "2024年1-12月预算支出年度平均执行率65%。")));

    private static ReportData data(Optional<DepartmentScoreSheet> department, List<MonthPoint> months) {
        ReportOutline outline = new ReportOutlines().forRegion("130529");
        ReportData partial = new ReportData(UNIT, FiscalYear.of(2024), outline, Instant.parse("2025-07-25T02:00:00Z"),
                ReportBasics.empty(), null, List.of(), department, months, Map.of(), new BigDecimal("0.90"), "测试口径");
        Map<String, ReportData.Narrative> narratives = new LinkedHashMap<>();
        for (ReportOutline.Section s : outline.narratives()) {
            narratives.put(s.narrative(), new ReportData.Narrative(s.narrative(), s.title(), s.hint(),
                    NarrativeDrafts.draft(s.narrative(), partial), true, 0));
        }
        return new ReportData(UNIT, FiscalYear.of(2024), outline, partial.dataAsOf(), ReportBasics.empty(), null, List.of(),
                department, months, narratives, partial.executionThreshold(), partial.policyName());
    }

    @Test
    void theDepartmentSelfEvaluationAndMonthlyExecutionArePrintedOnceProvided() throws Exception {
        ReportData data = data(Optional.of(SEED_002), List.of(new MonthPoint(3, new BigDecimal("20.5")),
                new MonthPoint(6, new BigDecimal("48")), new MonthPoint(12, new BigDecimal("97.25"))));
        List<ReportBlock> blocks = new ReportComposer(new Font(Font.SANS_SERIF, Font.PLAIN, 12)).compose(data);
        String text = text(blocks);
        assertThat(text).contains("部门整体支出绩效自评总分 93.94 分，自评等级为优。", "部门预算资金支出率", "6.50", "等级：优")
                .doesNotContain("尚未录入部门整体自评", "尚未录入月度预算执行数据");
        assertThat(blocks).filteredOn(b -> b instanceof ReportBlock.Chart)
                .extracting(b -> ((ReportBlock.Chart) b).caption())
                .contains("按月累计预算执行率（%）", "各一级指标得分率（%，部门整体自评）");
        // 履职效能: 26.5 of 30 = 88.33 %
        assertThat(text).contains("88.33%");
        ReportBlock.Table sheet = (ReportBlock.Table) TableComposer.department(data).get(0);
        assertThat(sheet.rows()).hasSize(3);
        assertThat(sheet.rows().get(2)).containsExactly("合计", "", "等级：优", "30.00", "93.94", "");
        // and the writers lay it out
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(ReportDocxWriter.write("t", blocks)))) {
            assertThat(ReportIntegrationTests.text(doc)).contains("部门整体支出绩效自评总分 93.94 分", "2024年1-12月预算支出年度平均执行率65%。");
            assertThat(doc.getAllPictures()).hasSize(2);
        }
        assertThat(ReportHtmlWriter.html("t", blocks)).contains("data:image/png;base64,", "部门整体支出绩效自评表");
    }

    @Test
    void withoutThemTheReportSaysSoPlainly() {
        ReportData data = data(Optional.empty(), List.of());
        String text = text(new ReportComposer(new Font(Font.SANS_SERIF, Font.PLAIN, 12)).compose(data));
        assertThat(text).contains("尚未录入部门整体自评，部门整体支出绩效自评总分和等级暂缺。", "尚未录入月度预算执行数据",
                "尚未录入部门整体绩效目标表。", "尚未录入预算及决算数据", "尚无已计分的指标，得分图从略。",
                NarrativeDrafts.NOTHING, "【草稿，请修改】");
        assertThat(TableComposer.department(data)).singleElement()
                .isEqualTo(new ReportBlock.Paragraph("尚未录入部门整体自评，部门整体支出绩效自评表暂缺。", ReportBlock.Style.ABSENT));
    }

    private static String text(List<ReportBlock> blocks) {
        StringBuilder text = new StringBuilder();
        for (ReportBlock b : blocks) {
            if (b instanceof ReportBlock.Heading h) {
                text.append(h.text()).append('\n');
            } else if (b instanceof ReportBlock.Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (b instanceof ReportBlock.Table t) {
                text.append(t.caption()).append('\n');
                t.rows().forEach(r -> text.append(String.join(" | ", r)).append('\n'));
            }
        }
        return text.toString();
    }
}

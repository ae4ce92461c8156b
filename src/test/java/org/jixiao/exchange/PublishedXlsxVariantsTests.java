package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInput.IndicatorRow;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.indicators.domain.Comparator;
import org.jixiao.indicators.domain.Quantitative;
import org.junit.jupiter.api.Test;

/**
 * Goal tables as finance bureaus publish them in Excel, built cell by cell (not from the Jixiao template): the
 * 指标值 spread over comparator, number and unit columns (or under one header merged across them), 一级/二级
 * without the 指标 suffix, a 分值 column (kept as the indicator's weight, "10分" read as 10), and the header
 * blocks in another order with 项目名称 before 项目编码 in one row.
 */
class PublishedXlsxVariantsTests {

    @Test
    void separateComparatorValueAndUnitColumnsAreJoinedIntoOneValue() throws Exception {
        GoalTableInput in = readOne(publishedBook(false));
        assertThat(in.indicators()).extracting(IndicatorRow::value).containsExactly("≥99人", "≥95%", "提高", "=100%");
        ParsedGoalTable parsed = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(in, "807001", 2024));
        Quantitative quality = (Quantitative) parsed.content().indicators().get(1).value();
        assertThat(quality.comparator()).isEqualTo(Comparator.GE);
        assertThat(quality.number()).isEqualByComparingTo("95");
    }

    @Test
    void aValueHeaderMergedOverItsColumnsIsJoinedToo() throws Exception {
        GoalTableInput in = readOne(publishedBook(true));
        assertThat(in.indicators()).extracting(IndicatorRow::value).containsExactly("≥99人", "≥95%", "提高", "=100%");
    }

    @Test
    void categoryLabelsWithoutTheSuffixBecomeTheStandardLabelsAndUnknownOnesStay() throws Exception {
        GoalTableInput in = readOne(publishedBook(false));
        assertThat(in.indicators()).extracting(IndicatorRow::level1)
                .containsExactly("产出指标", "产出指标", "效益指标", "满意度指标");
        assertThat(in.indicators()).extracting(IndicatorRow::level2)
                .containsExactly("数量指标", "质量指标", "社会效益指标", "服务对象满意度指标");
        assertThat(PublishedVariants.level2("其他", "产出指标")).isEqualTo("其他");
        assertThat(PublishedVariants.level2("成本指标", "产出指标")).isEqualTo("成本指标");
        assertThat(PublishedVariants.level1("产出指标（必填）")).as("written otherwise than without the suffix: kept")
                .isEqualTo("产出指标（必填）");
    }

    @Test
    void aScoreColumnIsKeptAsTheWeight() throws Exception {
        GoalTableInput in = readOne(publishedBook(false));
        assertThat(in.indicators()).extracting(IndicatorRow::weight).containsExactly("10", "10", "20", "10");
        ParsedGoalTable parsed = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(in, "807001", 2024));
        assertThat(parsed.content().indicators()).extracting(i -> i.weight().stripTrailingZeros().toPlainString())
                .containsExactly("10", "10", "20", "10");
    }

    @Test
    void headerBlocksInAnotherOrderAreFoundByTheirLabels() throws Exception {
        ReadBook book = ExchangeFixtures.read(publishedBook(false));
        assertThat(book.problems()).filteredOn(ReadProblem::error).isEmpty();
        GoalTableInput in = book.tables().get(0).input();
        assertThat(in.projectCode()).isEqualTo("P2024001");
        assertThat(in.projectName()).isEqualTo("公开格式测试项目");
        assertThat(in.goals()).containsExactly("目标一", "目标二");
        assertThat(in.budgetWan()).isEqualTo("10");
        assertThat(in.fiscalWan()).isEqualTo("8");
        assertThat(in.otherWan()).isEqualTo("2");
        assertThat(in.purpose()).isEqualTo("用于测试");
        assertThat(in.spendingPlan()).containsExactly(new GoalTableInput.PlanPoint("6", "50%"), new GoalTableInput.PlanPoint("12", "100%"));
        assertThat(book.tables().get(0).locate("budgetWan").cell()).isEqualTo("E5");
        ParsedGoalTable parsed = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(in, "807001", 2024));
        assertThat(parsed.project().funding().budget().toWanDisplay()).isEqualByComparingTo("10");
    }

    /**
     * Row 2: 项目名称 | name | | 项目编码 | code; rows 3–4 绩效目标; rows 5–6 预算规模及资金用途 with 财政资金 before
     * 预算数; rows 7–8 资金支出计划; row 9 the indicator header with 符号 and 度量单位 (or, {@code mergedValue}, one
     * 指标值 header over three columns) and 分值.
     */
    static byte[] publishedBook(boolean mergedValue) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("项目支出绩效目标表");
            row(s, 0, "项目支出绩效目标表");
            row(s, 1, "项目名称", "公开格式测试项目", "", "项目编码", "P2024001");
            row(s, 2, "绩效目标", "1.目标一");
            row(s, 3, "", "2.目标二");
            row(s, 4, "预算规模及资金用途", "其中：财政资金", 8, "预算数", 10, "其他资金", 2);
            row(s, 5, "", "用于测试");
            row(s, 6, "资金支出计划（%）", "6月底", "12月底");
            row(s, 7, "", "50%", "100%");
            s.addMergedRegion(new CellRangeAddress(4, 5, 0, 0));
            if (mergedValue) {
                row(s, 8, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "", "", "分值", "指标值确定依据");
                s.addMergedRegion(new CellRangeAddress(8, 8, 4, 6));
            } else {
                row(s, 8, "一级指标", "二级指标", "三级指标", "绩效指标描述", "符号", "指标值", "度量单位", "分值", "指标值确定依据");
            }
            row(s, 9, "产出", "数量", "人数", "发放人数", "≥", 99, "人", "10分", "三定方案");
            row(s, 10, "", "质量", "合格率", "合格比例", "≥", 0.95, "%", 10, "验收报告");
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            s.getRow(10).getCell(5).setCellStyle(percent);
            s.addMergedRegion(new CellRangeAddress(9, 10, 0, 0));
            row(s, 11, "效益", "社会效益", "完成率", "工作完成", "定性", "提高", "", 20, "工作安排");
            row(s, 12, "满意度", "服务对象满意度", "满意度", "群众满意", "=", 100, "%", 10, "调查问卷");
            if (mergedValue) {
                // under the merged header the comparator comes first: ≥ | 99 | 人
                for (int r = 9; r <= 12; r++) {
                    XSSFRow row = s.getRow(r);
                    String comparator = row.getCell(4).getStringCellValue();
                    if (row.getCell(5).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        double number = row.getCell(5).getNumericCellValue();
                        CellStyle style = row.getCell(5).getCellStyle();
                        row.getCell(4).setCellValue(comparator.equals("定性") ? "" : comparator);
                        row.getCell(5).setCellValue(number);
                        row.getCell(5).setCellStyle(style);
                    } else {
                        row.getCell(4).setCellValue(comparator.equals("定性") ? "" : comparator);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(XSSFSheet sheet, int r, Object... values) {
        XSSFRow row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (!"".equals(values[c])) {
                row.createCell(c).setCellValue((String) values[c]);
            } else {
                row.createCell(c);
            }
        }
    }

    private static GoalTableInput readOne(byte[] xlsx) throws Exception {
        ReadBook book = ExchangeFixtures.read(xlsx);
        assertThat(book.problems()).filteredOn(ReadProblem::error).isEmpty();
        List<ReadBook.ReadTable> tables = book.tables();
        assertThat(tables).hasSize(1);
        return tables.get(0).input();
    }
}

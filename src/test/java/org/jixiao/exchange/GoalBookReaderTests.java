package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.exchange.ReadBook.ReadTable;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

/**
 * The template as people edit it in Excel: the reader finds every field by its label, takes what Excel stores
 * for typed values (30% as 0.3, a formula's cached result) and reports what it cannot take at its cell.
 */
class GoalBookReaderTests {

    private static final byte[] DEMO = new XlsxBookWriter().write(ExchangeFixtures.demoBook());
    /** Sheet of 高危执勤补贴经费: header block rows 3–10, indicator header row 11 (0-based 10). */
    private static final int FIRST_PROJECT = 2;

    @Test
    void textInAMoneyCellIsReportedAtItsCell() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> project(wb).getRow(3).getCell(2).setCellValue("七十三万"));
        ReadTable table = ExchangeFixtures.read(file).tables().get(1);
        assertThat(table.input().budgetWan()).isEqualTo("七十三万");

        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(table.input(), "807001", 2024)));
        Violation v = e.violations().get(0);
        assertThat(v.path()).isEqualTo("budgetWan");
        assertThat(v.code()).isEqualTo("money.notNumber");
        CellLocation at = table.locate(v.path());
        assertThat(at.sheet()).isEqualTo("1.高危执勤补贴经费");
        assertThat(at.cell()).isEqualTo("C4");
        assertThat(at.excelRow()).isEqualTo(4);
        assertThat(at.columnLetters()).isEqualTo("C");
    }

    @Test
    void aMissingIndicatorColumnIsReportedWhereItBelongs() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> project(wb).getRow(10).getCell(4).setCellValue("备注"));
        ReadBook book = ExchangeFixtures.read(file);
        assertThat(book.problems()).containsExactly(ReadProblem.error(new CellLocation("1.高危执勤补贴经费", 10, 4), "columnMissing", "指标值"));
    }

    @Test
    void missingOptionalColumnsAreOnlyANotice() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            XSSFSheet sheet = project(wb);
            for (int c = 6; c <= 9; c++) {
                sheet.getRow(10).getCell(c).setBlank();
            }
        });
        ReadBook book = ExchangeFixtures.read(file);
        assertThat(book.problems()).hasSize(4).allMatch(p -> !p.error() && p.code().equals("columnOptionalMissing"));
        assertThat(book.tables().get(1).input().indicators()).hasSize(7);
    }

    @Test
    void aChangedLabelIsReported() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> project(wb).getRow(3).getCell(0).setCellValue("预算"));
        ReadBook book = ExchangeFixtures.read(file);
        assertThat(book.problems()).extracting(ReadProblem::code, p -> p.args().get(0))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("labelMissing", "预算规模及资金用途"));
    }

    @Test
    void formulasAreReadAsTheirCachedValuesAndAFormulaWithoutOneIsReported() throws Exception {
        byte[] calculated = ExchangeFixtures.edit(DEMO, wb -> {
            var cell = project(wb).getRow(3).getCell(2);
            cell.setCellFormula("70+3.2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
            var name = project(wb).getRow(2).getCell(4);
            name.setCellFormula("\"高危\"&\"执勤补贴经费\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(name);
        });
        GoalTableInput in = ExchangeFixtures.read(calculated).tables().get(1).input();
        assertThat(in.budgetWan()).isEqualTo("73.2");
        assertThat(in.projectName()).isEqualTo("高危执勤补贴经费");

        byte[] uncalculated = ExchangeFixtures.edit(DEMO, wb -> {
            var cell = project(wb).getRow(3).getCell(2);
            cell.setBlank();
            cell.setCellFormula("70+3.2");
        });
        ReadBook book = ExchangeFixtures.read(uncalculated);
        assertThat(book.problems()).containsExactly(ReadProblem.error(new CellLocation("1.高危执勤补贴经费", 3, 2), "formulaWithoutValue"));
    }

    @Test
    void valuesTypedTheWaysExcelStoresThem() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            XSSFSheet sheet = project(wb);
            sheet.getRow(5).getCell(1).setCellValue("3月");       // month without 底
            sheet.getRow(5).getCell(2).setCellValue(6);           // month as a number (cell C6: 6月底)
            sheet.getRow(6).getCell(1).setCellValue("30%");       // percent typed as text
            sheet.getRow(6).getCell(2).setCellValue(60);          // percent as a plain number
            CellStyle general = wb.createCellStyle();
            general.cloneStyleFrom(sheet.getRow(6).getCell(2).getCellStyle());
            general.setDataFormat((short) 0);
            sheet.getRow(6).getCell(2).setCellStyle(general);
            sheet.getRow(3).getCell(2).setCellValue("73.20");     // money as text
            sheet.getRow(11).getCell(4).setCellValue(0.99);       // 指标值 typed as 99% in Excel
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0%"));
            sheet.getRow(11).getCell(4).setCellStyle(percent);
            sheet.getRow(2).getCell(1).setCellValue(130529240001L); // a numeric project code
        });
        GoalTableInput in = ExchangeFixtures.read(file).tables().get(1).input();
        assertThat(in.spendingPlan().get(0)).isEqualTo(new GoalTableInput.PlanPoint("3", "30%"));
        assertThat(in.spendingPlan().get(1)).isEqualTo(new GoalTableInput.PlanPoint("6", "60"));
        assertThat(in.budgetWan()).isEqualTo("73.20");
        assertThat(in.indicators().get(0).value()).isEqualTo("99%");
        assertThat(in.projectCode()).isEqualTo("130529240001");
        assertThat(ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(in, "807001", 2024)).project().plan().checkpoints())
                .extracting(c -> c.cumulativePercent().intValue()).containsExactly(30, 60, 80, 100);
    }

    @Test
    void mergedCategoriesAreFilledDownAndBlankRowsSkipped() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            XSSFSheet sheet = project(wb);
            sheet.shiftRows(13, sheet.getLastRowNum(), 1); // an empty row inside the 产出指标 group
        });
        ReadTable table = ExchangeFixtures.read(file).tables().get(1);
        List<GoalTableInput.IndicatorRow> rows = table.input().indicators();
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(GoalTableInput.IndicatorRow::level1)
                .containsExactly("产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标");
    }

    @Test
    void goalItemsMayBeAddedAsRows() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            XSSFSheet sheet = project(wb);
            sheet.shiftRows(10, sheet.getLastRowNum(), 1);
            sheet.createRow(10).createCell(1).setCellValue("4.新增的第四条目标");
        });
        GoalTableInput in = ExchangeFixtures.read(file).tables().get(1).input();
        assertThat(in.goals()).containsExactly("保障单位人员工资正常发放、工作顺利进行", "单位正常运转", "上级工作任务按时完成", "新增的第四条目标");
        assertThat(in.indicators()).hasSize(7);
    }

    @Test
    void otherSheetsAreSkippedWithANoticeAndAMissingIndexLeavesUnitAndYearOpen() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            wb.removeSheetAt(0);
            wb.createSheet("备注").createRow(0).createCell(0).setCellValue("填表说明");
        });
        ReadBook book = ExchangeFixtures.read(file);
        assertThat(book.unitCode()).isNull();
        assertThat(book.year()).isNull();
        assertThat(book.tables()).hasSize(10);
        assertThat(book.problems()).containsExactly(ReadProblem.warning(CellLocation.sheet("备注"), "sheetSkipped", "备注"));
    }

    @Test
    void aWorkbookWithoutGoalTablesSaysSo() throws Exception {
        byte[] file = ExchangeFixtures.edit(DEMO, wb -> {
            while (wb.getNumberOfSheets() > 1) {
                wb.removeSheetAt(1);
            }
        });
        assertThat(ExchangeFixtures.read(file).problems()).extracting(ReadProblem::code).containsExactly("noTables");
    }

    private static XSSFSheet project(XSSFWorkbook wb) {
        return wb.getSheetAt(FIRST_PROJECT);
    }
}

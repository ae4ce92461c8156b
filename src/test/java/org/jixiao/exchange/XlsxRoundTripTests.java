package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.testsupport.DemoTables;
import org.junit.jupiter.api.Test;

/** Export → import without a database: the tables read back equal the tables written, field by field. */
class XlsxRoundTripTests {

    @Test
    void theTenDemoTablesComeBackIdentical() throws Exception {
        List<ParsedGoalTable> expected = DemoTables.parsed();
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.book(expected));

        ReadBook book = ExchangeFixtures.read(xlsx);

        assertThat(book.problems()).isEmpty();
        assertThat(book.unitCode()).isEqualTo("807001");
        assertThat(book.year()).isEqualTo("2024");
        assertThat(book.tables()).hasSize(10);
        for (int i = 0; i < expected.size(); i++) {
            ParsedGoalTable actual = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(book.tables().get(i).input(), "807001", 2024));
            assertThat(actual).as(book.tables().get(i).sheet()).isEqualTo(expected.get(i));
        }
    }

    @Test
    void edgeCasesComeBackIdentical() throws Exception {
        List<ParsedGoalTable> expected = List.of(ExchangeFixtures.departmentWithIndicators(), ExchangeFixtures.trickyProject());
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.book(expected));

        ReadBook book = ExchangeFixtures.read(xlsx);

        assertThat(book.problems()).isEmpty();
        for (int i = 0; i < expected.size(); i++) {
            ParsedGoalTable actual = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(book.tables().get(i).input(), "807001", 2024));
            assertThat(actual.project()).isEqualTo(expected.get(i).project());
            assertThat(actual.content().goals()).containsExactlyElementsOf(expected.get(i).content().goals());
            for (int r = 0; r < expected.get(i).content().indicators().size(); r++) {
                assertThat(actual.content().indicators().get(r)).as("row " + r).isEqualTo(expected.get(i).content().indicators().get(r));
            }
            assertThat(actual).isEqualTo(expected.get(i));
        }
    }

    @Test
    void nothingIsAFormulaAndFormulaLikeTextIsQuotePrefixed() throws Exception {
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.book(List.of(ExchangeFixtures.trickyProject())));
        List<String> quoted = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue();
                            boolean risky = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress() + " " + text).isEqualTo(risky);
                            if (risky) {
                                quoted.add(text);
                            }
                        }
                    }
                }
            }
        }
        assertThat(quoted).contains("=HYPERLINK(\"http://evil\",\"点我\")", "+86 电话", "@SUM(A1)", "-1+1", "=1", "-用途：不是公式");
        String sheetXml = new String(ExchangeFixtures.entry(xlsx, "xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sheetXml).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void sheetNamesAreValidUniqueAndListedOnTheIndex() throws Exception {
        ParsedGoalTable tricky = ExchangeFixtures.trickyProject();
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.book(List.of(tricky, tricky)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : wb) {
                names.add(sheet.getSheetName());
            }
            assertThat(names).hasSize(3).doesNotHaveDuplicates();
            assertThat(names.get(0)).isEqualTo("目录");
            for (String name : names) {
                assertThat(name.length()).isLessThanOrEqualTo(31);
                assertThat(name).doesNotContainAnyWhitespaces().matches("[^\\\\/?*\\[\\]:]+");
            }
            XSSFSheet index = wb.getSheetAt(0);
            assertThat(index.getRow(3).getCell(5).getStringCellValue()).isEqualTo("工作表");
            assertThat(index.getRow(4).getCell(5).getStringCellValue()).isEqualTo(names.get(1));
            assertThat(index.getRow(5).getCell(5).getStringCellValue()).isEqualTo(names.get(2));
            assertThat(index.getRow(4).getCell(5).getHyperlink().getAddress()).contains(names.get(1));
        }
    }

    @Test
    void layoutLikeTheOfficialTableAndPrintsOnA4() throws Exception {
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.demoBook());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet index = wb.getSheet("目录");
            assertThat(index.getRow(1).getCell(0).getStringCellValue()).isEqualTo("单位编码");
            assertThat(index.getRow(1).getCell(1).getStringCellValue()).isEqualTo("807001");
            assertThat(index.getRow(1).getCell(3).getStringCellValue()).isEqualTo("预算年度");
            assertThat(index.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(2024);
            assertThat(index.getRow(3).getCell(3).getStringCellValue()).isEqualTo("预算数（万元）");
            assertThat(index.getRow(14).getCell(3).getNumericCellValue()).isEqualTo(1500.33, org.assertj.core.data.Offset.offset(1e-9));

            XSSFSheet first = wb.getSheetAt(2);
            assertThat(first.getSheetName()).isEqualTo("1.高危执勤补贴经费");
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("高危执勤补贴经费绩效目标表");
            assertThat(first.getRow(1).getCell(0).getStringCellValue()).isEqualTo("807001巨鹿县消防救援大队本级");
            assertThat(first.getRow(1).getCell(7).getStringCellValue()).isEqualTo("单位：万元");
            assertThat(first.getRow(2).getCell(0).getStringCellValue()).isEqualTo("项目编码");
            assertThat(first.getRow(2).getCell(1).getStringCellValue()).isEqualTo("13052924P00584012429T");
            assertThat(first.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(73.2);
            assertThat(first.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00####");
            assertThat(first.getRow(5).getCell(1).getStringCellValue()).isEqualTo("3月底");
            assertThat(first.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(0.3);
            assertThat(first.getRow(6).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0%");
            assertThat(first.getRow(7).getCell(0).getStringCellValue()).isEqualTo("绩效目标");
            assertThat(first.getRow(7).getCell(1).getStringCellValue()).isEqualTo("1.保障单位人员工资正常发放、工作顺利进行");
            int header = 10;
            assertThat(first.getRow(header).getCell(0).getStringCellValue()).isEqualTo("一级指标");
            assertThat(first.getRow(header).getCell(9).getStringCellValue()).isEqualTo("评（扣）分标准");
            assertThat(first.getMergedRegions()).anyMatch(r -> r.formatAsString().equals("A12:A15")) // 产出指标 × 4
                    .anyMatch(r -> r.formatAsString().equals("A16:A17"));
            assertThat(first.getPrintSetup().getLandscape()).isTrue();
            assertThat(first.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            assertThat(first.getFitToPage()).isTrue();
            assertThat(first.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(first.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(first.getRepeatingRows().formatAsString()).isEqualTo("11:11");
            assertThat(first.getRow(header + 1).getCell(3).getCellStyle().getWrapText()).isTrue();
            assertThat(first.getColumnWidth(3)).isGreaterThan(first.getColumnWidth(0));
        }
    }

    @Test
    void theReaderRemovesOneGoalNumberOnly() {
        assertThat(GoalBookReader.stripNumber("1.目标")).isEqualTo("目标");
        assertThat(GoalBookReader.stripNumber("2.1.5倍")).isEqualTo("1.5倍");
        assertThat(GoalBookReader.stripNumber("3、目标")).isEqualTo("目标");
        assertThat(GoalBookReader.stripNumber("2024年目标")).isEqualTo("2024年目标");
    }

    @Test
    void escapingFollowsExcel() {
        assertThat(XlsxBookWriter.escape("a_x0041_b")).isEqualTo("a_x005F_x0041_b");
        assertThat(XlsxBookWriter.escape("a\u0001b")).isEqualTo("a_x0001_b");
        assertThat(XlsxGridReader.decodeEscapes("a_x005F_x0041_b")).isEqualTo("a_x0041_b");
        assertThat(XlsxGridReader.decodeEscapes("a_x0001_b")).isEqualTo("a\u0001b");
        assertThat(XlsxGridReader.decodeEscapes(XlsxBookWriter.escape("x_x00zz_ _x0041_\u0002"))).isEqualTo("x_x00zz_ _x0041_\u0002");
    }

    @Test
    void readsInputsOfEveryField() throws Exception {
        byte[] xlsx = new XlsxBookWriter().write(ExchangeFixtures.book(List.of(ExchangeFixtures.trickyProject())));
        GoalTableInput in = ExchangeFixtures.read(xlsx).tables().get(0).input();
        assertThat(in.budgetWan()).isEqualTo("1.234567");
        assertThat(in.spendingPlan()).hasSize(12);
        assertThat(in.spendingPlan().get(4)).isEqualTo(new GoalTableInput.PlanPoint("5", "33.33"));
        assertThat(in.spendingPlan().get(11)).isEqualTo(new GoalTableInput.PlanPoint("12", "100"));
        assertThat(ExchangeFixtures.read(xlsx).tables().get(0).locate("spendingPlan[10].percent").cell()).isEqualTo("C9");
    }
}

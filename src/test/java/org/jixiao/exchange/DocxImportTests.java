package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.exchange.ReadBook.ReadProblem;
import org.jixiao.exchange.ReadBook.ReadTable;
import org.jixiao.goals.domain.ParsedGoalTable;
import org.jixiao.testsupport.DemoTables;
import org.jixiao.testsupport.Seed001;
import org.junit.jupiter.api.Test;

/**
 * Word goal-table books read into the demo tables field by field: one built from seed 001's text to look like the
 * original (unit line inside the table, spacer columns, merged cells, the department's goals among chapters that
 * are not goals), and Jixiao's own .docx export.
 */
class DocxImportTests {

    @Test
    void aBookLikeSeed001sOriginalReadsAsTheDemoTables() throws Exception {
        byte[] docx = SeedDocx.build();
        DocxBody body = body(docx);
        assertThat(body.blocks()).as("measures are in the document but are not goals")
                .contains(new DocxBody.Paragraph("（一）加强组织领导"));
        assertThat(body.blocks()).filteredOn(b -> b instanceof DocxBody.Table).hasSize(18);
        ReadBook book = new DocxBookReader().read(body);

        assertThat(book.problems()).filteredOn(ReadProblem::error).isEmpty();
        assertThat(book.unitCode()).isEqualTo("807001");
        assertThat(book.year()).as("the seed's text has no year: it is given with the upload").isNull();
        assertThat(book.tables()).hasSize(10);
        assertThat(book.tables().get(0).input().kind()).isEqualTo("DEPARTMENT");
        assertThat(book.tables().get(0).input().goals()).hasSize(6);
        assertThat(book.tables().get(1).sheet()).isEqualTo("1.高危执勤补贴经费绩效目标表");
        assertSameAsDemo(book, "807001", 2024);
        // the seed parsed independently agrees on what the demo data says (money at the seed's own scale)
        Seed001.Project ninth = Seed001.load().projects().get(8);
        ReadTable last = book.tables().get(9);
        assertThat(last.input().projectCode()).isEqualTo(ninth.code());
        assertThat(last.input().budgetWan()).isEqualTo(ninth.budgetWan().toPlainString());
        assertThat(last.input().indicators()).hasSize(ninth.indicators().size());
    }

    @Test
    void jixiaosOwnWordExportReadsBackAsTheDemoTables() throws Exception {
        ReadBook book = read(new DocxBookWriter().write(ExchangeFixtures.demoBook()));

        assertThat(book.problems()).filteredOn(ReadProblem::error).isEmpty();
        assertThat(book.unitCode()).isEqualTo("807001");
        assertThat(book.year()).as("from the title 807001巨鹿县消防救援大队本级2024年度绩效目标申报").isEqualTo("2024");
        assertSameAsDemo(book, "807001", 2024);
    }

    @Test
    void aHandMadeBookWithOneTablePerProjectAndPublishedVariantsIsRead() throws Exception {
        byte[] docx;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("某某县财政局2025年度项目支出绩效目标");
            doc.createParagraph().createRun().setText("部门整体绩效目标");
            doc.createParagraph().createRun().setText("110指挥中心全年接警，确保及时出警。"); // a sentence, not a unit line
            table(doc, new String[][] {
                    {"年度总体目标", "1、完成全年任务\n2、群众满意"},
                    {"一级指标", "二级指标", "三级指标", "指标值"},
                    {"产出", "数量", "任务数", "≥10项"}});
            doc.createParagraph().createRun().setText("1.道路养护项目绩效目标表");
            doc.createParagraph().createRun().setText("A01道路养护中心\t单位：元");
            table(doc, new String[][] {
                    {"项目名称", "道路养护", "项目编码", "P01"},
                    {"主管部门", "交通局", "实施单位", "养护中心"},
                    {"预算规模及资金用途", "预算数", "123456", "其中：财政资金", "100000", "其他资金", "23456"},
                    {"资金用途", "日常养护"},
                    {"绩效目标", "养护道路"},
                    {"一级指标", "二级指标", "三级指标", "绩效指标描述", "符号", "指标值", "度量单位", "指标值确定依据"},
                    {"产出", "质量", "优良率", "道路优良", "≥", "90", "%", "标准"},
                    {"满意度", "服务对象满意度", "满意度", "群众", "≥", "85", "%", "问卷"}});
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            doc.write(out);
            docx = out.toByteArray();
        }
        ReadBook book = read(docx);
        assertThat(book.problems()).filteredOn(ReadProblem::error).isEmpty();
        assertThat(book.unitCode()).isEqualTo("A01");
        assertThat(book.year()).isEqualTo("2025");
        assertThat(book.tables()).hasSize(2);
        var department = book.tables().get(0).input();
        assertThat(department.goals()).containsExactly("完成全年任务", "群众满意");
        assertThat(department.indicators()).extracting(r -> r.level1() + "/" + r.level2() + "/" + r.value())
                .containsExactly("产出指标/数量指标/≥10项");
        var project = book.tables().get(1).input();
        assertThat(book.tables().get(1).sheet()).isEqualTo("1.道路养护项目绩效目标表");
        assertThat(project.projectName()).isEqualTo("道路养护");
        assertThat(project.projectCode()).isEqualTo("P01");
        assertThat(project.budgetWan()).as("单位：元 converted exactly").isEqualTo("12.3456");
        assertThat(project.fiscalWan()).isEqualTo("10");
        assertThat(project.otherWan()).isEqualTo("2.3456");
        assertThat(project.purpose()).isEqualTo("日常养护");
        assertThat(project.goals()).containsExactly("养护道路");
        assertThat(project.indicators()).extracting(r -> r.level1() + "/" + r.level2() + "/" + r.value())
                .containsExactly("产出指标/质量指标/≥90%", "满意度指标/服务对象满意度指标/≥85%");
        assertThat(book.problems()).extracting(ReadProblem::code).contains("columnOptionalMissing");
        ParsedGoalTable parsed = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(project, "A01", 2025));
        assertThat(parsed.project().funding().budget().toWan()).isEqualByComparingTo("12.3456");
    }

    /** A plain Word table: rows of different lengths, as people type them (the grid follows each row). */
    private static void table(org.apache.poi.xwpf.usermodel.XWPFDocument doc, String[][] rows) {
        org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable();
        for (int r = 0; r < rows.length; r++) {
            org.apache.poi.xwpf.usermodel.XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            while (row.getTableCells().size() > 1) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            for (int c = 0; c < rows[r].length; c++) {
                org.apache.poi.xwpf.usermodel.XWPFTableCell cell = c == 0 ? row.getCell(0) : row.addNewTableCell();
                String[] lines = rows[r][c].split("\n");
                for (int i = 0; i < lines.length; i++) {
                    org.apache.poi.xwpf.usermodel.XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                    p.createRun().setText(lines[i]);
                }
            }
        }
    }

    static void assertSameAsDemo(ReadBook book, String unit, int year) {
        List<ParsedGoalTable> demo = DemoTables.parsed();
        assertThat(book.tables()).hasSize(demo.size());
        for (int i = 0; i < demo.size(); i++) {
            ParsedGoalTable expected = demo.get(i);
            ParsedGoalTable actual = ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(book.tables().get(i).input(), unit, year));
            String what = book.tables().get(i).sheet();
            assertThat(actual.kind()).as(what).isEqualTo(expected.kind());
            assertThat(actual.unitCode()).as(what).isEqualTo(expected.unitCode());
            assertThat(actual.year()).as(what).isEqualTo(expected.year());
            assertThat(actual.project()).as(what).isEqualTo(expected.project());
            assertThat(actual.content().goals()).as(what).containsExactlyElementsOf(expected.content().goals());
            assertThat(actual.content().indicators()).as(what).containsExactlyElementsOf(expected.content().indicators());
            assertThat(actual).as(what).isEqualTo(expected);
        }
    }

    static ReadBook read(byte[] docx) throws Exception {
        return new DocxBookReader().read(body(docx));
    }

    static DocxBody body(byte[] docx) throws Exception {
        Path file = Files.createTempFile("exchange-test-", ".docx");
        try {
            Files.write(file, docx);
            return new DocxFileReader(ExchangeProperties.defaults().limits()).read(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}

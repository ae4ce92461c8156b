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

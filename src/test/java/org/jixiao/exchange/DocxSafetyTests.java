package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.jixiao.exchange.ReadBook.ReadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and wrong Word files, built in the test: each is refused with its own reason before any goal table is
 * read, and the .docx reader never throws anything but its refusal. Broken-but-readable books (a missing indicator
 * header, text in a money cell) are read with the problem placed at its table, row and column.
 */
class DocxSafetyTests {

    private static final byte[] DEMO = new DocxBookWriter().write(ExchangeFixtures.demoBook());
    private static final XlsxLimits DEFAULTS = ExchangeProperties.defaults().limits();

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefused() throws Exception {
        byte[] bomb = zipBomb(DEMO);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(code(bomb)).isEqualTo("zipBomb");
    }

    @Test
    void externalEntitiesAndEntityExpansionAreRefusedAndNothingLeaks() throws Exception {
        assertThat(code(xxe(DEMO))).isEqualTo("doctype");
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]><w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">&c;</w:styles>";
        assertThat(code(ExchangeFixtures.rewriteZip(DEMO, Map.of("word/styles.xml", ExchangeFixtures.utf8(laughs))))).isEqualTo("doctype");
    }

    @Test
    void aPartTooLargeForMemoryIsRefused() throws Exception {
        // random a/b text compresses about 8× (a plausible part, no bomb) yet inflates past the DOM limit
        StringBuilder noise = new StringBuilder((int) DocxFileReader.MAX_DOM_PART + 1024);
        Random random = new Random(2);
        while (noise.length() <= DocxFileReader.MAX_DOM_PART) {
            noise.append(random.nextBoolean() ? 'a' : 'b');
        }
        String text = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                + noise + "</w:t></w:r></w:p></w:body></w:document>";
        assertThat(code(ExchangeFixtures.rewriteZip(DEMO, Map.of("word/document.xml", ExchangeFixtures.utf8(text)), 1)))
                .isEqualTo("entryTooLarge");
    }

    @Test
    void wrongTypesAreNamed() throws Exception {
        assertThat(code(new XlsxBookWriter().write(ExchangeFixtures.demoBook()))).as("a workbook renamed .docx").isEqualTo("xlsxAsDocx");
        assertThat(code(ExchangeFixtures.utf8("一级指标\t二级指标\n"))).isEqualTo("notXlsx");
        assertThat(code(new byte[0])).isEqualTo("empty");
        assertThat(code(ExchangeFixtures.utf8("%PDF-1.7\n"))).isEqualTo("notXlsx");
        assertThat(code(oldWordDocument())).as("a .doc renamed .docx").isEqualTo("doc");
        assertThat(code(ExchangeFixtures.rewriteZip(ExchangeFixtures.utf8("PK"), Map.of("a.txt", ExchangeFixtures.utf8("x")))))
                .as("a zip that is no document").isIn("notDocx", "corrupt");
        byte[] truncated = java.util.Arrays.copyOf(DEMO, DEMO.length / 2);
        assertThat(code(truncated)).isNotNull();
    }

    @Test
    void corruptedFilesAreRefusedOrReadButNeverThrowAnythingElse() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            byte[] copy = DEMO.clone();
            for (int k = 0; k < 20; k++) {
                copy[random.nextInt(copy.length)] ^= (byte) (1 + random.nextInt(255));
            }
            try {
                DocxBody body = body(copy);
                new DocxBookReader().read(body); // must not throw on content either
            } catch (UnreadableWorkbookException expected) {
                assertThat(expected.code()).isNotBlank();
            }
        }
    }

    @Test
    void aMissingIndicatorHeaderIsAnErrorAtTheTableWhereItBelongs() throws Exception {
        byte[] edited = DocxImportIntegrationTests.edit(DEMO, doc -> doc.getTables().get(1).removeRow(0));
        ReadBook book = DocxImportTests.read(edited);
        assertThat(book.problems()).filteredOn(ReadProblem::error).containsExactly(ReadProblem.error(
                new CellLocation("表格2（1.高危执勤补贴经费绩效目标表）", 0, null, true), "docxIndicatorHeaderMissing"));
    }

    @Test
    void textInAMoneyCellIsLocatedAtItsTableRowAndColumn() throws Exception {
        byte[] edited = DocxImportIntegrationTests.edit(DEMO, doc ->
                doc.getTables().get(2).getRow(1).getCell(4).getParagraphs().get(0).getRuns().get(0).setText("二十万", 0));
        ReadBook book = DocxImportTests.read(edited);
        ReadBook.ReadTable second = book.tables().get(2);
        assertThat(second.input().fiscalWan()).isEqualTo("二十万");
        org.jixiao.shared.ValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.jixiao.shared.ValidationException.class,
                () -> ExchangeFixtures.PARSER.parse(ExchangeFixtures.withTarget(second.input(), "807001", 2024)));
        assertThat(e.violations()).extracting(v -> v.path()).contains("fiscalWan");
        CellLocation at = second.locate("fiscalWan");
        assertThat(at.sheet()).isEqualTo("表格3（2.官亭消防站建设、运转经费绩效目标表）");
        assertThat(at.cell()).isEqualTo("第2行第5列");
    }

    // ---------------------------------------------------------------- crafted files

    /** word/document.xml replaced by 40 MB of one repeated paragraph: about 40 KB compressed. */
    static byte[] zipBomb(byte[] docx) throws IOException {
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        xml.write(ExchangeFixtures.utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"));
        byte[] p = ExchangeFixtures.utf8("<w:p><w:r><w:t>炸弹</w:t></w:r></w:p>");
        for (int i = 0; i < 40 * 1024 * 1024 / p.length; i++) {
            xml.write(p);
        }
        xml.write(ExchangeFixtures.utf8("</w:body></w:document>"));
        return ExchangeFixtures.rewriteZip(docx, Map.of("word/document.xml", xml.toByteArray()));
    }

    /** word/document.xml with an external entity that would read /etc/passwd into a paragraph. */
    static byte[] xxe(byte[] docx) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&xxe;</w:t>"
                + "</w:r></w:p></w:body></w:document>";
        return ExchangeFixtures.rewriteZip(docx, Map.of("word/document.xml", ExchangeFixtures.utf8(xml)));
    }

    private static byte[] oldWordDocument() throws IOException {
        // any OLE2 file is what a .doc looks like to the signature check; POI's HWPF has no writer for a new one
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            wb.write(out);
        }
        return out.toByteArray();
    }

    private String code(byte[] content) throws IOException {
        try {
            body(content);
            return null;
        } catch (UnreadableWorkbookException e) {
            return e.code();
        }
    }

    private DocxBody body(byte[] content) throws IOException, UnreadableWorkbookException {
        Path file = Files.createTempFile(dir, "docx-", ".docx");
        Files.write(file, content);
        return new DocxFileReader(DEFAULTS).read(file);
    }
}

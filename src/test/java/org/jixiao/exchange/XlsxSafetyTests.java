package org.jixiao.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and wrong files, built in the test: each is refused with its own reason (a message key) before any
 * goal table is read, and the reader never throws anything else.
 */
class XlsxSafetyTests {

    private static final byte[] DEMO = new XlsxBookWriter().write(ExchangeFixtures.demoBook());
    private static final XlsxLimits DEFAULTS = ExchangeProperties.defaults().limits();

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedAfterInflatingLittleOfIt() throws Exception {
        // 64 MB of one repeated row compresses to about 64 KB: a ratio of 1/1000
        byte[] bomb = replaceStreaming(DEMO, "xl/worksheets/sheet2.xml", 64 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(code(bomb, DEFAULTS)).isEqualTo("zipBomb");
    }

    @Test
    void aPartOverTheEntryLimitIsRefusedEvenWhenItCompressesNormally() throws Exception {
        byte[] noise = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(noise);
        String text = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                + java.util.Base64.getEncoder().encodeToString(noise) + "</t></is></c></row></sheetData></worksheet>";
        byte[] big = ExchangeFixtures.rewriteZip(DEMO, Map.of("xl/worksheets/sheet2.xml", ExchangeFixtures.utf8(text)));
        XlsxLimits small = new XlsxLimits(DEFAULTS.maxFileBytes(), DEFAULTS.maxRows(), 2 * 1024 * 1024, DEFAULTS.maxTotalBytes());
        assertThat(code(big, small)).isEqualTo("entryTooLarge");
        assertThat(code(big, DEFAULTS)).isNull(); // within the default limits it is just a (wrong) sheet
    }

    @Test
    void aBookOfMoreThanAThousandSheetsIsReadAndTooManyZipEntriesAreRefused() throws Exception {
        // 1,200 project sheets: over POI's default of 1,000 zip entries, which refused such books as "not an .xlsx"
        List<org.jixiao.goals.domain.ParsedGoalTable> tables = new java.util.ArrayList<>();
        while (tables.size() < 1_200) {
            tables.addAll(org.jixiao.testsupport.DemoTables.parsed().subList(1, 10));
        }
        byte[] big = new XlsxBookWriter().write(ExchangeFixtures.book(tables.subList(0, 1_200)));
        Path file = Files.write(Files.createTempFile(dir, "big", ".xlsx"), big);
        assertThat(new XlsxGridReader(DEFAULTS).read(file)).hasSize(1_201);

        Map<String, byte[]> extra = new java.util.HashMap<>();
        for (int i = 0; i <= XlsxLimits.MAX_ENTRIES; i++) {
            extra.put("customXml/item" + i + ".xml", ExchangeFixtures.utf8("<a/>"));
        }
        assertThat(code(ExchangeFixtures.addToZip(DEMO, extra), DEFAULTS)).isEqualTo("tooManyEntries");
    }

    @Test
    void tooManyRowsAreRefused() throws Exception {
        XlsxLimits hundredRows = new XlsxLimits(DEFAULTS.maxFileBytes(), 100, DEFAULTS.maxEntryBytes(), DEFAULTS.maxTotalBytes());
        assertThat(code(DEMO, hundredRows)).isEqualTo("tooManyRows");
        assertThat(code(DEMO, DEFAULTS)).isNull();
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        XlsxLimits tiny = new XlsxLimits(1024, DEFAULTS.maxRows(), DEFAULTS.maxEntryBytes(), DEFAULTS.maxTotalBytes());
        assertThat(code(DEMO, tiny)).isEqualTo("tooLarge");
    }

    @Test
    void externalEntitiesInSharedStringsAreRefusedAndNothingLeaks() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>&xxe;</t></si></sst>";
        byte[] file = ExchangeFixtures.rewriteZip(DEMO, Map.of("xl/sharedStrings.xml", ExchangeFixtures.utf8(xxe)));

        assertThat(code(file, DEFAULTS)).isEqualTo("doctype");
        // POI on its own is safe too: its reader does not resolve the entity (or refuses the part)
        Throwable poi = catchThrowable(() -> {
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(file))) {
                assertThat(new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText()).doesNotContain("TOP-SECRET");
            }
        });
        if (poi != null) {
            assertThat(poi).isNotInstanceOf(AssertionError.class);
        }
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 10; i++) {
            laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l10;</t></si></sst>");
        byte[] shared = ExchangeFixtures.rewriteZip(DEMO, Map.of("xl/sharedStrings.xml", ExchangeFixtures.utf8(laughs.toString())));
        assertThat(code(shared, DEFAULTS)).isEqualTo("doctype");

        // in a part POI parses itself ([Content_Types].xml) the expansion is refused by POI's hardened parser
        String types = new String(ExchangeFixtures.entry(DEMO, "[Content_Types].xml"), StandardCharsets.UTF_8);
        String hostile = laughs.toString().replace("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l10;</t></si></sst>", "")
                .replace("sst", "Types") + types.substring(types.indexOf("<Types"));
        byte[] typesFile = ExchangeFixtures.rewriteZip(DEMO, Map.of("[Content_Types].xml", ExchangeFixtures.utf8(hostile)));
        assertThat(code(typesFile, DEFAULTS)).isIn("notXlsx", "corrupt");
    }

    @Test
    void wrongFileTypesAreNamed() throws Exception {
        assertThat(code(new DocxBookWriter().write(ExchangeFixtures.demoBook()), DEFAULTS)).isEqualTo("docx");
        assertThat(code(ExchangeFixtures.utf8("项目编码,项目名称,预算数\n13052924P00584012429T,高危执勤补贴经费,73.2\n"), DEFAULTS)).isEqualTo("notXlsx");
        assertThat(code(ExchangeFixtures.utf8("%PDF-1.7\n"), DEFAULTS)).isEqualTo("notXlsx");
        assertThat(code(new byte[0], DEFAULTS)).isEqualTo("empty");
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("目录").createRow(0).createCell(0).setCellValue("单位编码");
            wb.write(xls);
        }
        assertThat(code(xls.toByteArray(), DEFAULTS)).isEqualTo("xls");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write(ExchangeFixtures.utf8("not a workbook"));
        }
        assertThat(code(zip.toByteArray(), DEFAULTS)).isEqualTo("notXlsx");
        assertThat(code(Arrays.copyOf(DEMO, DEMO.length / 2), DEFAULTS)).isIn("corrupt", "notXlsx");
    }

    @Test
    void randomBytesAfterAZipHeaderNeverEscapeAsAnotherException() throws Exception {
        Random random = new Random(7);
        for (int i = 0; i < 30; i++) {
            byte[] junk = DEMO.clone();
            for (int j = 0; j < 40; j++) {
                junk[30 + random.nextInt(junk.length - 30)] = (byte) random.nextInt(256);
            }
            Path file = Files.write(dir.resolve("junk" + i + ".xlsx"), junk);
            try {
                new GoalBookReader().read(new XlsxGridReader(DEFAULTS).read(file));
            } catch (UnreadableWorkbookException expected) {
                // refused with a reason: fine
            }
        }
    }

    /** The refusal's message key, or null when the file was read. */
    private String code(byte[] bytes, XlsxLimits limits) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "upload", ".xlsx"), bytes);
        try {
            new XlsxGridReader(limits).read(file);
            return null;
        } catch (UnreadableWorkbookException e) {
            return e.code();
        }
    }

    /** The zip with one entry replaced by {@code size} bytes of a repeated row, written without holding it in memory. */
    private static byte[] replaceStreaming(byte[] zip, String name, int size) throws Exception {
        byte[] row = ExchangeFixtures.utf8("<row><c t=\"inlineStr\"><is><t>炸弹</t></is></c></row>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(9);
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(ExchangeFixtures.utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
                    for (int written = 0; written < size; written += row.length) {
                        out.write(row);
                    }
                    out.write(ExchangeFixtures.utf8("</sheetData></worksheet>"));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theReaderOfAProperFileReportsNoProblems() throws Exception {
        List<SheetGrid> grids = ExchangeFixtures.grids(DEMO, DEFAULTS);
        assertThat(grids).hasSize(11);
        assertThatThrownBy(() -> { throw new UnreadableWorkbookException("x"); }).isInstanceOf(Exception.class);
    }
}

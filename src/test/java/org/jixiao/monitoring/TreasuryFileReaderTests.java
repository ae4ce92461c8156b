package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;

/** {@link TreasuryFileReader}: .xlsx and .csv exports, header synonyms, encodings; refusals never throw. */
class TreasuryFileReaderTests {

    @Test
    void readsAnXlsxExportWithATitleRowDateCellsAndNumbers() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("支付明细");
            sheet.createRow(0).createCell(0).setCellValue("巨鹿县财政局国库集中支付明细");
            Row header = sheet.createRow(1);
            String[] titles = {"序号", "项目编码", "支付日期", "摘要", "支付金额（元）"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = sheet.createRow(2);
            r.createCell(0).setCellValue(1);
            r.createCell(1).setCellValue("P1");
            r.createCell(2).setCellValue(LocalDate.of(2024, 3, 15));
            r.getCell(2).setCellStyle(dateStyle);
            r.createCell(3).setCellValue("伙食费");
            r.createCell(4).setCellValue(12345.67);
            sheet.createRow(3); // blank row
            Row text = sheet.createRow(4);
            text.createCell(1).setCellValue("P2");
            text.createCell(2).setCellValue("2024年4月1日");
            text.createCell(4).setCellValue("1,000.5");
            book.write(out);
            xlsx = out.toByteArray();
        }
        TreasuryFileReader reader = new TreasuryFileReader();
        List<ExecutionInput.Spending> rows = reader.read("明细.XLSX", xlsx);
        assertThat(reader.violations()).isEmpty();
        assertThat(rows).containsExactly(
                new ExecutionInput.Spending("P1", "2024-03-15", "", "12345.67", "伙食费", 3),
                new ExecutionInput.Spending("P2", "2024年4月1日", "", "1,000.5", "", 5));
    }

    @Test
    void readsCsvInUtf8WithBomAndInGb18030WithQuotedFields() {
        String csv = "项目编码,日期,金额,备注\r\nP1,2024-01-31,\"1,200.00\",\"含\"\"逗号,的\"\"摘要\"\r\n\r\nP2,2024/2/1,3,\n";
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] utf8 = concat(bom, csv.getBytes(StandardCharsets.UTF_8));
        for (byte[] content : List.of(utf8, csv.getBytes(Charset.forName("GB18030")))) {
            TreasuryFileReader reader = new TreasuryFileReader();
            List<ExecutionInput.Spending> rows = reader.read("a.csv", content);
            assertThat(reader.violations()).isEmpty();
            assertThat(rows).containsExactly(
                    new ExecutionInput.Spending("P1", "2024-01-31", "", "1,200.00", "含\"逗号,的\"摘要", 2),
                    new ExecutionInput.Spending("P2", "2024/2/1", "", "3", "", 4));
        }
    }

    @Test
    void refusesWhatItCannotReadWithAReasonAndNeverThrows() {
        assertThat(refusal("a.csv", new byte[0])).isEqualTo("monitoring.file.empty");
        assertThat(refusal("a.pdf", "x".getBytes(StandardCharsets.UTF_8))).isEqualTo("monitoring.file.type");
        assertThat(refusal("a.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8))).isEqualTo("monitoring.file.unreadable");
        assertThat(refusal("a.csv", "编码,日期,数\nP1,2024-01-01,1\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("monitoring.file.header");
        assertThat(refusal("a.csv", new byte[(int) TreasuryFileReader.MAX_BYTES + 1])).isEqualTo("monitoring.file.tooLarge");
        StringBuilder many = new StringBuilder("项目编码,支付日期,支付金额\n");
        for (int i = 0; i <= ExecutionRecordManagement.MAX_ROWS; i++) {
            many.append("P1,2024-01-01,1\n");
        }
        assertThat(refusal("a.csv", many.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("monitoring.input.tooMany");
    }

    @Test
    void datesAndMoneyAreReadWithoutThrowing() {
        assertThat(InputTexts.date("2024-03-15")).contains(LocalDate.of(2024, 3, 15));
        assertThat(InputTexts.date("2024.3.5 10:22:01")).contains(LocalDate.of(2024, 3, 5));
        assertThat(InputTexts.date("20240229")).contains(LocalDate.of(2024, 2, 29));
        assertThat(InputTexts.date("2023-02-29")).isEmpty();
        assertThat(InputTexts.date("三月")).isEmpty();
        assertThat(InputTexts.month("3月")).contains(3);
        assertThat(InputTexts.month("13")).isEmpty();
        assertThat(InputTexts.money("1，234.50元")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1234.5"));
        assertThat(InputTexts.money("1e5")).isEmpty();
        assertThat(InputTexts.money("一千")).isEmpty();
        assertThat(InputTexts.money("9".repeat(60))).isEmpty();
    }

    private static String refusal(String name, byte[] content) {
        TreasuryFileReader reader = new TreasuryFileReader();
        assertThat(reader.read(name, content)).isEmpty();
        return reader.violations().stream().map(Violation::code).findFirst().orElse("none");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}

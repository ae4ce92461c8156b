package org.jixiao.monitoring;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.shared.Violation;

/**
 * Reads a treasury payment export (国库集中支付明细) as {@code .xlsx} (first sheet) or {@code .csv} (UTF-8, with or
 * without BOM, else GB18030 as Chinese office software writes it): a header row within the first ten rows naming
 * 项目编码, 支付日期 and 支付金额 (common synonyms accepted, see {@link #COLUMNS}), optionally 摘要; one payment per
 * row below it, blank rows skipped. Never throws on the file's content: what it cannot read becomes a
 * {@link Violation} ({@code file}); cell problems are left to {@link ExecutionRecordManagement}, each row keeping its
 * line number.
 */
public final class TreasuryFileReader {

    /** Largest file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    /** Header texts (compared without spaces, brackets and units) → field. */
    static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("项目编码", "projectCode"), Map.entry("项目代码", "projectCode"), Map.entry("项目编号", "projectCode"),
            Map.entry("projectcode", "projectCode"),
            Map.entry("支付日期", "date"), Map.entry("日期", "date"), Map.entry("支出日期", "date"),
            Map.entry("记账日期", "date"), Map.entry("date", "date"),
            Map.entry("支付金额", "amount"), Map.entry("金额", "amount"), Map.entry("支出金额", "amount"),
            Map.entry("amount", "amount"), Map.entry("amountyuan", "amount"),
            Map.entry("摘要", "note"), Map.entry("备注", "note"), Map.entry("用途", "note"), Map.entry("note", "note"));

    private final List<Violation> violations = new ArrayList<>();

    public List<Violation> violations() {
        return violations;
    }

    /** The payments of the file; empty with a violation when the file cannot be read. */
    public List<ExecutionInput.Spending> read(String filename, byte[] content) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (content == null || content.length == 0) {
            violations.add(Violation.of("monitoring.file.empty", "file"));
            return List.of();
        }
        if (content.length > MAX_BYTES) {
            violations.add(Violation.of("monitoring.file.tooLarge", "file", MAX_BYTES / 1024 / 1024));
            return List.of();
        }
        List<List<String>> grid;
        if (name.endsWith(".xlsx")) {
            grid = xlsx(content);
        } else if (name.endsWith(".csv")) {
            grid = csv(content);
        } else {
            violations.add(Violation.of("monitoring.file.type", "file"));
            return List.of();
        }
        return grid == null ? List.of() : rows(grid);
    }

    private List<ExecutionInput.Spending> rows(List<List<String>> grid) {
        int headerRow = -1;
        int[] columns = null;
        for (int r = 0; r < Math.min(10, grid.size()) && headerRow < 0; r++) {
            int[] found = {-1, -1, -1, -1};
            List<String> row = grid.get(r);
            for (int c = 0; c < row.size(); c++) {
                String field = COLUMNS.get(normalize(row.get(c)));
                int slot = field == null ? -1 : List.of("projectCode", "date", "amount", "note").indexOf(field);
                if (slot >= 0 && found[slot] < 0) {
                    found[slot] = c;
                }
            }
            if (found[0] >= 0 && found[1] >= 0 && found[2] >= 0) {
                headerRow = r;
                columns = found;
            }
        }
        if (headerRow < 0) {
            violations.add(Violation.of("monitoring.file.header", "file"));
            return List.of();
        }
        List<ExecutionInput.Spending> result = new ArrayList<>();
        for (int r = headerRow + 1; r < grid.size(); r++) {
            List<String> row = grid.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (result.size() >= ExecutionRecordManagement.MAX_ROWS) {
                violations.add(Violation.of("monitoring.input.tooMany", "file", ExecutionRecordManagement.MAX_ROWS,
                        grid.size() - headerRow - 1));
                return List.of();
            }
            result.add(new ExecutionInput.Spending(cell(row, columns[0]), cell(row, columns[1]), "",
                    cell(row, columns[2]), columns[3] < 0 ? "" : cell(row, columns[3]), r + 1));
        }
        return result;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }

    private static String normalize(String header) {
        return header.replaceAll("[\\s（）()\\[\\]【】]", "").replace("元", "").replace("万", "")
                .toLowerCase(Locale.ROOT);
    }

    private List<List<String>> xlsx(byte[] content) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (book.getNumberOfSheets() == 0) {
                violations.add(Violation.of("monitoring.file.header", "file"));
                return null;
            }
            Sheet sheet = book.getSheetAt(0);
            if (sheet.getLastRowNum() > ExecutionRecordManagement.MAX_ROWS + 10) {
                violations.add(Violation.of("monitoring.input.tooMany", "file", ExecutionRecordManagement.MAX_ROWS,
                        sheet.getLastRowNum()));
                return null;
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> grid = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.min(row.getLastCellNum(), 50); c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                grid.add(cells);
            }
            return grid;
        } catch (Exception | OutOfMemoryError e) { // not an .xlsx, damaged, or a zip bomb refused by POI
            violations.add(Violation.of("monitoring.file.unreadable", "file"));
            return null;
        }
    }

    /** A cell as text: dates as 2024-03-15, numbers exactly as Excel shows them unformatted, formulas' results. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
                return date.toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN || type == CellType.ERROR) {
            return formatter.formatCellValue(cell);
        }
        return "";
    }

    private List<List<String>> csv(byte[] content) {
        String text = decode(content);
        List<List<String>> grid = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',' || ch == '\t') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                grid.add(row);
                row = new ArrayList<>();
                if (grid.size() > ExecutionRecordManagement.MAX_ROWS + 10) {
                    violations.add(Violation.of("monitoring.input.tooMany", "file", ExecutionRecordManagement.MAX_ROWS,
                            grid.size()));
                    return null;
                }
            } else {
                field.append(ch);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            grid.add(row);
        }
        return grid;
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("GB18030"));
        }
    }
}

package org.jixiao.exchange;

import static org.jixiao.exchange.WorkbookTemplate.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.Funding;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;

/**
 * Writes a book of goal tables in the Jixiao .xlsx template (docs/exchange.md): an index sheet, then one sheet per
 * table laid out like the official 绩效目标表. Every value is written as a plain value, never as a formula (the
 * index total too); text that an office program could take for a formula ({@code = + - @}, tab, CR first) gets
 * the quote-prefix style, so editing the cell keeps it text. Money and percentages are numbers (exact up to 15
 * digits; longer money is written as text), everything else is text.
 *
 * <p>The SpreadsheetML is written directly, one sheet at a time, rather than through POI's XSSFWorkbook: the
 * user model keeps every sheet as XML objects and does work per sheet that grows with the number of sheets
 * (sheet ids, print-title names, part names), so a 10,000-project book took two minutes and 5 GB of heap
 * (docs/benchmarks.md). Here a sheet is laid out in a small model, serialised into the zip and dropped; only the
 * shared strings live until the end.
 */
final class XlsxBookWriter {

    private static final String FONT = "宋体";
    private static final short FONT_SIZE = 10;
    private static final float LINE_HEIGHT = 13.5f;
    private static final float MAX_ROW_HEIGHT = 409f;
    private static final Pattern LITERAL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");
    private static final String MONEY_FORMAT = "#,##0.00####";

    /** The cell styles, each also in a quote-prefixed variant (its id + {@link #STYLE_NAMES}.size()). */
    private static final List<String> STYLE_NAMES = List.of("text", "title", "plain", "plainRight", "note", "label",
            "center", "header", "money", "moneyBold", "percent0", "percent1", "percent2", "weight", "count", "year", "link");

    private final Map<String, Style> styles = new HashMap<>();
    private final Map<String, Integer> sharedStrings = new LinkedHashMap<>();
    private long stringCount;

    XlsxBookWriter() {
        for (int i = 0; i < STYLE_NAMES.size(); i++) {
            styles.put(STYLE_NAMES.get(i), new Style(STYLE_NAMES.get(i), i + 1, false));
        }
    }

    byte[] write(ExportBook book) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            write(book, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    void write(ExportBook book, OutputStream out) throws IOException {
        sharedStrings.clear();
        stringCount = 0;
        SheetNames names = new SheetNames();
        names.take(INDEX_SHEET);
        List<String> sheetNames = new ArrayList<>();
        int number = 0;
        for (GoalTableView table : book.tables()) {
            if (table.project() == null) {
                sheetNames.add(names.take(DEPARTMENT_SHEET));
            } else {
                sheetNames.add(names.take(++number + "." + table.project().content().name()));
            }
        }
        List<String> allSheets = new ArrayList<>();
        allSheets.add(INDEX_SHEET);
        allSheets.addAll(sheetNames);
        String title = book.unitName() + book.year().value() + "年度绩效目标申报";

        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Package pkg = new Package(zip);
            pkg.contentTypes(allSheets.size());
            pkg.rootRelationships();
            pkg.properties(title);
            pkg.workbook(allSheets);

            Sheet index = new Sheet(INDEX_SHEET);
            writeIndex(index, book, sheetNames);
            pkg.sheet(1, index, true, this);
            for (int i = 0; i < book.tables().size(); i++) {
                Sheet sheet = new Sheet(sheetNames.get(i));
                writeTable(sheet, book.tables().get(i));
                pkg.sheet(i + 2, sheet, false, this);
            }
            pkg.workbookPart();
            pkg.styles();
            pkg.sharedStrings(sharedStrings.keySet(), stringCount);
        }
    }

    // ---------------------------------------------------------------- index

    private void writeIndex(Sheet sheet, ExportBook book, List<String> sheetNames) {
        // the sheet-name column holds 31 CJK characters on one line: LibreOffice does not wrap a cell with a
        // hyperlink, so a narrower column printed the longer names cut off at the page edge
        int[] widths = {10, 24, 36, 14, 8, 64};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        merged(sheet, 0, 0, 0, 5, book.unitName() + book.year().value() + "年度绩效目标申报", style("title"));

        // 单位编码 and 预算年度 are what the importer reads: each label with its value in the cell to its right
        Row meta = sheet.createRow(INDEX_META_ROW);
        meta.setHeightInPoints(20);
        text(meta, 0, UNIT_CODE, style("label"));
        text(meta, 1, book.unitCode(), style("text"));
        text(meta, 2, UNIT_NAME + "：" + book.unitName(), style("text"));
        text(meta, 3, YEAR, style("label"));
        Cell year = meta.createCell(4);
        year.setCellValue(book.year().value());
        year.setCellStyle(style("year"));
        meta.createCell(5).setCellStyle(style("plain"));

        Row note = sheet.createRow(INDEX_NOTE_ROW);
        String noteText = "说明：每张目标表一个工作表（部门整体绩效目标在前）。修改后可在“导入”页面上传；请勿改动各表 A 列的标签、表头文字和本页的单位编码、预算年度。";
        merged(sheet, INDEX_NOTE_ROW, INDEX_NOTE_ROW, 0, 5, noteText, style("note"));
        note.setHeightInPoints(height(noteText, 137));

        Row header = sheet.createRow(INDEX_HEADER_ROW);
        for (int c = 0; c < INDEX_HEADER.size(); c++) {
            text(header, c, INDEX_HEADER.get(c), style("header"));
        }
        int r = INDEX_HEADER_ROW + 1;
        int number = 0;
        Amount total = Amount.ZERO;
        for (int i = 0; i < book.tables().size(); i++) {
            GoalTableView table = book.tables().get(i);
            ProjectContent project = table.project() == null ? null : table.project().content();
            Row row = sheet.createRow(r++);
            if (project == null) {
                text(row, 0, "", style("center"));
                text(row, 1, "", style("text"));
                text(row, 2, table.kind().label(), style("text"));
                text(row, 3, "", style("money"));
            } else {
                Cell n = row.createCell(0);
                n.setCellValue(++number);
                n.setCellStyle(style("count"));
                text(row, 1, project.code().value(), style("text"));
                text(row, 2, project.name(), style("text"));
                money(row, 3, project.funding().budget());
                if (project.funding().budget() != null) {
                    total = total.plus(project.funding().budget());
                }
            }
            Cell count = row.createCell(4);
            count.setCellValue(table.content().indicators().size());
            count.setCellStyle(style("count"));
            text(row, 5, sheetNames.get(i), style("link"));
            sheet.link(row.index, 5, "'" + sheetNames.get(i).replace("'", "''") + "'!A1", sheetNames.get(i));
            row.setHeightInPoints(Math.max(18, Math.max(height(project == null ? "" : project.name(), widths[2]),
                    height(sheetNames.get(i), widths[5]))));
        }
        Row sum = sheet.createRow(r);
        text(sum, 0, "", style("header"));
        text(sum, 1, "", style("header"));
        text(sum, 2, "合计（" + number + " 个项目）", style("header"));
        money(sum, 3, total).setCellStyle(style("moneyBold"));
        text(sum, 4, "", style("header"));
        text(sum, 5, "", style("header"));

        print(sheet, false, INDEX_HEADER_ROW);
    }

    // ---------------------------------------------------------------- one table

    private void writeTable(Sheet sheet, GoalTableView table) {
        for (Column column : Column.values()) {
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
        }
        ProjectContent project = table.project() == null ? null : table.project().content();
        String titleText = project == null ? table.year().value() + "年度" + table.kind().label() : project.name() + "绩效目标表";
        sheet.createRow(TITLE_ROW).setHeightInPoints(Math.max(26, height(titleText, 100) * 1.4f));
        merged(sheet, TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN, titleText, style("title"));

        Row unitRow = sheet.createRow(UNIT_ROW);
        unitRow.setHeightInPoints(18);
        merged(sheet, UNIT_ROW, UNIT_ROW, 0, 6, table.unitCode() + table.unitName(), style("plain"));
        merged(sheet, UNIT_ROW, UNIT_ROW, 7, LAST_COLUMN, project == null ? "" : MONEY_UNIT, style("plainRight"));

        int r = UNIT_ROW + 1;
        if (project != null) {
            r = writeProjectHeader(sheet, r, project);
        }
        r = writeGoals(sheet, r, table.content().goals());
        writeIndicators(sheet, r, table.content().indicators());
        print(sheet, true, r);
    }

    private int writeProjectHeader(Sheet sheet, int r, ProjectContent project) {
        Row codeRow = sheet.createRow(r);
        text(codeRow, LABEL_COLUMN, PROJECT_CODE, style("label"));
        merged(sheet, r, r, CODE_COLUMN, NAME_LABEL_COLUMN - 1, project.code().value(), style("text"));
        text(codeRow, NAME_LABEL_COLUMN, PROJECT_NAME, style("label"));
        merged(sheet, r, r, NAME_COLUMN, LAST_COLUMN, project.name(), style("text"));
        codeRow.setHeightInPoints(Math.max(20, height(project.name(), widthOf(NAME_COLUMN, LAST_COLUMN))));
        r++;

        Funding funding = project.funding();
        Row fundingRow = sheet.createRow(r);
        fundingRow.setHeightInPoints(22);
        merged(sheet, r, r + 1, LABEL_COLUMN, LABEL_COLUMN, FUNDING, style("label"));
        text(fundingRow, BUDGET_LABEL_COLUMN, BUDGET, style("label"));
        money(fundingRow, BUDGET_COLUMN, funding.budget());
        text(fundingRow, FISCAL_LABEL_COLUMN, FISCAL, style("label"));
        money(fundingRow, FISCAL_COLUMN, funding.fiscal());
        text(fundingRow, OTHER_LABEL_COLUMN, OTHER, style("label"));
        money(fundingRow, OTHER_COLUMN, funding.other());
        for (int c = OTHER_COLUMN + 1; c <= LAST_COLUMN; c++) {
            fundingRow.createCell(c).setCellStyle(style("money"));
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, OTHER_COLUMN, LAST_COLUMN));
        r++;
        Row purposeRow = sheet.createRow(r);
        merged(sheet, r, r, TEXT_COLUMN, LAST_COLUMN, nullToEmpty(project.purpose()), style("text"));
        purposeRow.setHeightInPoints(Math.max(22, height(nullToEmpty(project.purpose()), widthOf(TEXT_COLUMN, LAST_COLUMN))));
        r++;

        List<Checkpoint> plan = project.plan().checkpoints();
        int pairs = Math.max(1, (plan.size() + PLAN_SLOTS - 1) / PLAN_SLOTS);
        merged(sheet, r, r + 2 * pairs - 1, LABEL_COLUMN, LABEL_COLUMN, PLAN, style("label"));
        for (int p = 0; p < pairs; p++) {
            Row months = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Row percents = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
            months.setHeightInPoints(20);
            percents.setHeightInPoints(20);
            for (int slot = 0; slot < PLAN_SLOTS; slot++) {
                int index = p * PLAN_SLOTS + slot;
                int c = TEXT_COLUMN + slot;
                if (index < plan.size()) {
                    Checkpoint checkpoint = plan.get(index);
                    text(months, c, checkpoint.month() + "月底", style("label"));
                    Cell percent = percents.createCell(c);
                    BigDecimal value = checkpoint.cumulativePercent().stripTrailingZeros();
                    percent.setCellValue(value.movePointLeft(2).doubleValue());
                    percent.setCellStyle(style("percent" + Math.max(0, Math.min(2, value.scale()))));
                } else {
                    months.createCell(c).setCellStyle(style("label"));
                    percents.createCell(c).setCellStyle(style("center"));
                }
            }
            r += 2;
        }
        return r;
    }

    private int writeGoals(Sheet sheet, int r, List<String> goals) {
        int rows = Math.max(1, goals.size());
        merged(sheet, r, r + rows - 1, LABEL_COLUMN, LABEL_COLUMN, GOALS, style("label"));
        for (int i = 0; i < rows; i++) {
            Row row = sheet.getRow(r + i) == null ? sheet.createRow(r + i) : sheet.getRow(r + i);
            // numbered like the official table; the reader removes the number again
            String text = i < goals.size() ? (i + 1) + "." + goals.get(i) : "";
            merged(sheet, r + i, r + i, TEXT_COLUMN, LAST_COLUMN, text, style("text"));
            row.setHeightInPoints(Math.max(20, height(text, widthOf(TEXT_COLUMN, LAST_COLUMN))));
        }
        return r + rows;
    }

    private void writeIndicators(Sheet sheet, int r, List<Indicator> indicators) {
        Row header = sheet.createRow(r);
        header.setHeightInPoints(24);
        for (Column column : Column.values()) {
            text(header, column.ordinal(), column.label, style("header"));
        }
        int first = r + 1;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            Row row = sheet.createRow(first + i);
            Map<Column, String> texts = new EnumMap<>(Column.class);
            texts.put(Column.LEVEL1, indicator.level1().original());
            texts.put(Column.LEVEL2, indicator.level2().original());
            texts.put(Column.NAME, indicator.name());
            texts.put(Column.DESCRIPTION, nullToEmpty(indicator.description()));
            texts.put(Column.VALUE, indicator.value().format());
            texts.put(Column.BASIS, nullToEmpty(indicator.basis()));
            texts.put(Column.FORMULA, nullToEmpty(indicator.formula()));
            texts.put(Column.DATA_SOURCE, nullToEmpty(indicator.dataSource()));
            texts.put(Column.SCORING_STANDARD, nullToEmpty(indicator.scoringStandard()));
            float height = 20;
            for (Map.Entry<Column, String> e : texts.entrySet()) {
                boolean centered = e.getKey() == Column.LEVEL1 || e.getKey() == Column.LEVEL2;
                text(row, e.getKey().ordinal(), e.getValue(), style(centered ? "center" : "text"));
                height = Math.max(height, height(e.getValue(), e.getKey().width));
            }
            Cell weight = row.createCell(Column.WEIGHT.ordinal());
            weight.setCellStyle(style("weight"));
            if (indicator.weight() != null) {
                weight.setCellValue(indicator.weight().doubleValue());
            }
            row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, height));
        }
        mergeRuns(sheet, first, indicators, true);
        mergeRuns(sheet, first, indicators, false);
    }

    /**
     * Merges runs of rows with the same non-empty 一级 (and, inside one 一级 run, the same 二级) like the official
     * table; the value stays in the first row of the run, the reader fills it down again.
     */
    private static void mergeRuns(Sheet sheet, int first, List<Indicator> rows, boolean level1) {
        int column = level1 ? Column.LEVEL1.ordinal() : Column.LEVEL2.ordinal();
        int start = 0;
        for (int i = 1; i <= rows.size(); i++) {
            if (i == rows.size() || !sameGroup(rows.get(i - 1), rows.get(i), level1)) {
                if (i - start > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, column, column));
                }
                start = i;
            }
        }
    }

    private static boolean sameGroup(Indicator a, Indicator b, boolean level1) {
        String a1 = a.level1().original();
        boolean sameLevel1 = !a1.isEmpty() && a1.equals(b.level1().original());
        if (level1) {
            return sameLevel1;
        }
        String a2 = a.level2().original();
        return Objects.equals(a1, b.level1().original()) && !a2.isEmpty() && a2.equals(b.level2().original());
    }

    // ---------------------------------------------------------------- cells, styles, print

    private Cell text(Row row, int column, String value, Style style) {
        Cell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(escape(text));
        cell.setCellStyle(needsQuotePrefix(text) ? quoted(style) : style);
        return cell;
    }

    private Cell money(Row row, int column, Amount amount) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style("money"));
        if (amount != null) {
            BigDecimal wan = amount.toWan();
            if (wan.precision() <= 15) {
                cell.setCellValue(wan.doubleValue());
            } else {
                cell.setCellValue(wan.toPlainString()); // beyond a double's exact digits: text, still read exactly
            }
        }
        return cell;
    }

    /** A merged range with the style on every cell (borders of merged cells come from each cell). */
    private void merged(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, String value,
                        Style style) {
        for (int r = firstRow; r <= lastRow; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = firstColumn; c <= lastColumn; c++) {
                if (r == firstRow && c == firstColumn) {
                    text(row, c, value, style);
                } else {
                    row.createCell(c).setCellStyle(style);
                }
            }
        }
        if (firstRow != lastRow || firstColumn != lastColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    /** CSV/formula injection: text an office program could read as a formula when the cell is edited. */
    static boolean needsQuotePrefix(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Excel's escaping of characters XML cannot carry: a control character becomes {@code _xHHHH_}, a literal
     * {@code _xHHHH_} becomes {@code _x005F_xHHHH_}; readers (Excel, LibreOffice, POI, ours) decode it back.
     */
    static String escape(String text) {
        String escaped = text.indexOf("_x") >= 0 ? LITERAL_ESCAPE.matcher(text).replaceAll(Matcher.quoteReplacement("_x005F_") + "$1") : text;
        StringBuilder out = null;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (control && out == null) {
                out = new StringBuilder(escaped.substring(0, i));
            }
            if (out != null) {
                out.append(control ? String.format("_x%04X_", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? escaped : out.toString();
    }

    private static float height(String text, double widthChars) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            double units = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                units += cp < 0x1100 ? 1.1 : 2;
                i += Character.charCount(cp);
            }
            lines += Math.max(1, (int) Math.ceil(units / Math.max(1, widthChars - 1)));
        }
        return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 6);
    }

    private static double widthOf(int firstColumn, int lastColumn) {
        double width = 0;
        for (int c = firstColumn; c <= lastColumn; c++) {
            width += Column.values()[c].width;
        }
        return width;
    }

    private static void print(Sheet sheet, boolean landscape, int headerRow) {
        sheet.landscape = landscape;
        sheet.repeatRow = headerRow;
    }

    private Style quoted(Style base) {
        return styles.computeIfAbsent("quoted:" + base.name, k -> new Style(base.name, base.id + STYLE_NAMES.size(), true));
    }

    private Style style(String name) {
        Style style = styles.get(name);
        if (style == null) {
            throw new IllegalArgumentException("no cell style " + name);
        }
        return style;
    }

    private int sharedString(String text) {
        stringCount++;
        Integer index = sharedStrings.get(text);
        if (index == null) {
            index = sharedStrings.size();
            sharedStrings.put(text, index);
        }
        return index;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---------------------------------------------------------------- the sheet model

    /** A cell style of styles.xml: its index in cellXfs. */
    private record Style(String name, int id, boolean quotePrefix) {
    }

    /** The cells of one sheet while it is laid out (rows by index, cells by column), then serialised once. */
    private static final class Sheet {
        final String name;
        final TreeMap<Integer, Row> rows = new TreeMap<>();
        final List<CellRangeAddress> merges = new ArrayList<>();
        final List<String[]> links = new ArrayList<>();
        final Map<Integer, Integer> widths = new TreeMap<>();
        boolean landscape;
        int repeatRow = -1;

        Sheet(String name) {
            this.name = name;
        }

        void setColumnWidth(int column, int width256) {
            widths.put(column, width256);
        }

        Row createRow(int index) {
            Row row = new Row(index);
            rows.put(index, row);
            return row;
        }

        Row getRow(int index) {
            return rows.get(index);
        }

        void addMergedRegion(CellRangeAddress range) {
            merges.add(range);
        }

        void link(int row, int column, String location, String display) {
            links.add(new String[]{new CellReference(row, column).formatAsString(), location, display});
        }
    }

    private static final class Row {
        final int index;
        final TreeMap<Integer, Cell> cells = new TreeMap<>();
        float height = -1;

        Row(int index) {
            this.index = index;
        }

        void setHeightInPoints(float points) {
            height = points;
        }

        Cell createCell(int column) {
            Cell cell = new Cell();
            cells.put(column, cell);
            return cell;
        }
    }

    private static final class Cell {
        Style style;
        String text;
        double number = Double.NaN;

        void setCellStyle(Style style) {
            this.style = style;
        }

        void setCellValue(String value) {
            text = value;
            number = Double.NaN;
        }

        void setCellValue(double value) {
            number = value;
            text = null;
        }
    }

    // ---------------------------------------------------------------- SpreadsheetML

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The parts of the package, written into the zip in order; each part is built as text and deflated. */
    private static final class Package {
        private final ZipOutputStream zip;

        Package(ZipOutputStream zip) {
            this.zip = zip;
        }

        void part(String name, CharSequence xml) throws IOException {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        void contentTypes(int sheets) throws IOException {
            StringBuilder x = new StringBuilder(XML_HEAD);
            x.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                    .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                    .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                    .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                    .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>")
                    .append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>")
                    .append("<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>")
                    .append("<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>");
            for (int i = 1; i <= sheets; i++) {
                x.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            part("[Content_Types].xml", x.append("</Types>"));
        }

        void rootRelationships() throws IOException {
            part("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + REL_NS + "/extended-properties\" Target=\"docProps/app.xml\"/>"
                    + "</Relationships>");
        }

        void properties(String title) throws IOException {
            part("docProps/core.xml", XML_HEAD + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                    + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                    + "<dc:title>" + xml(title) + "</dc:title><dc:creator>绩效 Jixiao</dc:creator></cp:coreProperties>");
            part("docProps/app.xml", XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                    + "<Application>Jixiao</Application></Properties>");
        }

        /** The workbook's relationships now; workbook.xml itself in {@link #workbookPart()}, after the sheets. */
        void workbook(List<String> sheetNames) throws IOException {
            this.sheetNames = sheetNames;
            StringBuilder rels = new StringBuilder(XML_HEAD);
            rels.append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (int i = 1; i <= sheetNames.size(); i++) {
                rels.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                        .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
            }
            int n = sheetNames.size();
            rels.append("<Relationship Id=\"rId").append(n + 1).append("\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>")
                    .append("<Relationship Id=\"rId").append(n + 2).append("\" Type=\"").append(REL_NS).append("/sharedStrings\" Target=\"sharedStrings.xml\"/>")
                    .append("</Relationships>");
            part("xl/_rels/workbook.xml.rels", rels);
        }

        private List<String> sheetNames;
        private final StringBuilder printTitles = new StringBuilder();

        void sheet(int number, Sheet sheet, boolean selected, XlsxBookWriter writer) throws IOException {
            StringBuilder x = new StringBuilder(16 * 1024);
            x.append(XML_HEAD).append("<worksheet xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                    .append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>")
                    .append("<sheetViews><sheetView workbookViewId=\"0\"").append(selected ? " tabSelected=\"1\"" : "").append("/></sheetViews>")
                    .append("<sheetFormatPr defaultRowHeight=\"13.5\"/>");
            if (!sheet.widths.isEmpty()) {
                x.append("<cols>");
                for (Map.Entry<Integer, Integer> w : sheet.widths.entrySet()) {
                    x.append("<col min=\"").append(w.getKey() + 1).append("\" max=\"").append(w.getKey() + 1)
                            .append("\" width=\"").append(number(w.getValue() / 256.0)).append("\" customWidth=\"1\"/>");
                }
                x.append("</cols>");
            }
            x.append("<sheetData>");
            for (Row row : sheet.rows.values()) {
                x.append("<row r=\"").append(row.index + 1).append('"');
                if (row.height >= 0) {
                    x.append(" ht=\"").append(number(row.height)).append("\" customHeight=\"1\"");
                }
                x.append('>');
                for (Map.Entry<Integer, Cell> e : row.cells.entrySet()) {
                    Cell cell = e.getValue();
                    x.append("<c r=\"").append(CellReference.convertNumToColString(e.getKey())).append(row.index + 1).append('"');
                    if (cell.style != null) {
                        x.append(" s=\"").append(cell.style.id).append('"');
                    }
                    if (cell.text != null) {
                        x.append(" t=\"s\"><v>").append(writer.sharedString(cell.text)).append("</v></c>");
                    } else if (!Double.isNaN(cell.number)) {
                        x.append("><v>").append(number(cell.number)).append("</v></c>");
                    } else {
                        x.append("/>");
                    }
                }
                x.append("</row>");
            }
            x.append("</sheetData>");
            if (!sheet.merges.isEmpty()) {
                x.append("<mergeCells count=\"").append(sheet.merges.size()).append("\">");
                for (CellRangeAddress range : sheet.merges) {
                    x.append("<mergeCell ref=\"").append(range.formatAsString()).append("\"/>");
                }
                x.append("</mergeCells>");
            }
            if (!sheet.links.isEmpty()) {
                x.append("<hyperlinks>");
                for (String[] link : sheet.links) {
                    x.append("<hyperlink ref=\"").append(link[0]).append("\" location=\"").append(xml(link[1]))
                            .append("\" display=\"").append(xml(link[2])).append("\"/>");
                }
                x.append("</hyperlinks>");
            }
            x.append("<printOptions horizontalCentered=\"1\"/>")
                    .append("<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>")
                    .append("<pageSetup paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\" orientation=\"")
                    .append(sheet.landscape ? "landscape" : "portrait").append("\"/>")
                    .append("<headerFooter><oddFooter>").append(xml("&C第 &P 页，共 &N 页")).append("</oddFooter></headerFooter>")
                    .append("</worksheet>");
            part("xl/worksheets/sheet" + number + ".xml", x);
            if (sheet.repeatRow >= 0) {
                int r = sheet.repeatRow + 1;
                printTitles.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(number - 1).append("\">")
                        .append(xml("'" + sheet.name.replace("'", "''") + "'!$" + r + ":$" + r)).append("</definedName>");
            }
        }

        /** styles.xml: fonts, fills, borders and formats of {@link #STYLE_NAMES}, then their quote-prefixed twins. */
        /**
         * workbook.xml: the sheets and, per sheet, the header row repeated on printed pages (known once the sheet
         * is laid out, so this part is written last; zip entries may come in any order).
         */
        void workbookPart() throws IOException {
            StringBuilder x = new StringBuilder(XML_HEAD);
            x.append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\">")
                    .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
            for (int i = 0; i < sheetNames.size(); i++) {
                x.append("<sheet name=\"").append(xml(sheetNames.get(i))).append("\" sheetId=\"").append(i + 1)
                        .append("\" r:id=\"rId").append(i + 1).append("\"/>");
            }
            x.append("</sheets>");
            if (!printTitles.isEmpty()) {
                x.append("<definedNames>").append(printTitles).append("</definedNames>");
            }
            part("xl/workbook.xml", x.append("</workbook>"));
        }

        void styles() throws IOException {
            String font = "<name val=\"" + FONT + "\"/><family val=\"3\"/><charset val=\"134\"/>";
            StringBuilder x = new StringBuilder(XML_HEAD);
            x.append("<styleSheet xmlns=\"").append(MAIN_NS).append("\">")
                    .append("<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"").append(xml(MONEY_FORMAT))
                    .append("\"/><numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>")
                    .append("<fonts count=\"5\">")
                    .append("<font><sz val=\"").append(FONT_SIZE).append("\"/>").append(font).append("</font>")
                    .append("<font><b/><sz val=\"16\"/>").append(font).append("</font>")
                    .append("<font><sz val=\"9\"/>").append(font).append("</font>")
                    .append("<font><b/><sz val=\"").append(FONT_SIZE).append("\"/>").append(font).append("</font>")
                    .append("<font><u/><sz val=\"").append(FONT_SIZE).append("\"/><color indexed=\"12\"/>").append(font).append("</font>")
                    .append("</fonts>")
                    .append("<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>")
                    .append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>")
                    .append("<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                    .append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\"><color indexed=\"64\"/></right>")
                    .append("<top style=\"thin\"><color indexed=\"64\"/></top><bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>")
                    .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>")
                    .append("<cellXfs count=\"").append(1 + 2 * STYLE_NAMES.size()).append("\">")
                    .append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
            for (boolean quoted : new boolean[]{false, true}) {
                for (String name : STYLE_NAMES) {
                    x.append(xf(name, quoted));
                }
            }
            x.append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>")
                    .append("</styleSheet>");
            part("xl/styles.xml", x);
        }

        private static String xf(String name, boolean quoted) {
            boolean bordered = !name.equals("title") && !name.startsWith("plain") && !name.equals("note");
            int font = switch (name) {
                case "title" -> 1;
                case "note" -> 2;
                case "header", "moneyBold" -> 3;
                case "link" -> 4;
                default -> 0;
            };
            int fill = name.equals("header") || name.equals("moneyBold") ? 2 : 0;
            int format = switch (name) {
                case "money", "moneyBold" -> 164;
                case "percent0" -> 9;
                case "percent1" -> 165;
                case "percent2" -> 10;
                case "year" -> 1;
                default -> 0;
            };
            String horizontal = switch (name) {
                case "title", "label", "center", "header", "percent0", "percent1", "percent2", "weight", "count" -> "center";
                case "plainRight", "money", "moneyBold" -> "right";
                case "plain", "note" -> null;
                default -> "left";
            };
            return "<xf numFmtId=\"" + format + "\" fontId=\"" + font + "\" fillId=\"" + fill + "\" borderId=\"" + (bordered ? 1 : 0)
                    + "\" xfId=\"0\" applyNumberFormat=\"1\" applyFont=\"1\" applyFill=\"1\" applyBorder=\"1\" applyAlignment=\"1\""
                    + (quoted ? " quotePrefix=\"1\"" : "") + "><alignment"
                    + (horizontal == null ? "" : " horizontal=\"" + horizontal + "\"") + " vertical=\"center\" wrapText=\"1\"/></xf>";
        }

        void sharedStrings(Iterable<String> strings, long count) throws IOException {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            StringBuilder x = new StringBuilder(64 * 1024);
            int unique = 0;
            for (String ignored : strings) {
                unique++;
            }
            x.append(XML_HEAD).append("<sst xmlns=\"").append(MAIN_NS).append("\" count=\"").append(count)
                    .append("\" uniqueCount=\"").append(unique).append("\">");
            for (String s : strings) {
                x.append("<si><t xml:space=\"preserve\">").append(xml(s)).append("</t></si>");
                if (x.length() > 60_000) {
                    zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
                    x.setLength(0);
                }
            }
            x.append("</sst>");
            zip.write(x.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** A number as SpreadsheetML stores it: shortest round-trip decimal, no exponent for ordinary values. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }

    /**
     * Text for XML content and attribute values: markup escaped; CR as a character reference (a literal CR would
     * be read back as LF, and the round trip must keep it); tab and LF as they are.
     */
    static String xml(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\r' -> "&#13;";
                default -> null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}

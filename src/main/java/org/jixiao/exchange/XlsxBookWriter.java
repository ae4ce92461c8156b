package org.jixiao.exchange;

import static org.jixiao.exchange.WorkbookTemplate.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 */
final class XlsxBookWriter {

    private static final String FONT = "宋体";
    private static final short FONT_SIZE = 10;
    private static final float LINE_HEIGHT = 13.5f;
    private static final float MAX_ROW_HEIGHT = 409f;
    private static final Pattern LITERAL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");
    private static final String MONEY_FORMAT = "#,##0.00####";

    private XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    byte[] write(ExportBook book) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            workbook = wb;
            XSSFFont normal = wb.getFontAt(0);
            normal.setFontName(FONT);
            normal.setFontHeightInPoints(FONT_SIZE);
            wb.getProperties().getCoreProperties().setTitle(book.unitName() + book.year().value() + "年度绩效目标申报");
            wb.getProperties().getCoreProperties().setCreator("绩效 Jixiao");

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
            writeIndex(wb.createSheet(INDEX_SHEET), book, sheetNames);
            for (int i = 0; i < book.tables().size(); i++) {
                writeTable(wb.createSheet(sheetNames.get(i)), book.tables().get(i));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook = null;
            styles.clear();
        }
    }

    // ---------------------------------------------------------------- index

    private void writeIndex(XSSFSheet sheet, ExportBook book, List<String> sheetNames) {
        // the sheet-name column holds 31 CJK characters on one line: LibreOffice does not wrap a cell with a
        // hyperlink, so a narrower column printed the longer names cut off at the page edge
        int[] widths = {10, 24, 36, 14, 8, 64};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        XSSFRow title = sheet.createRow(0);
        title.setHeightInPoints(28);
        merged(sheet, 0, 0, 0, 5, book.unitName() + book.year().value() + "年度绩效目标申报", style("title"));

        // 单位编码 and 预算年度 are what the importer reads: each label with its value in the cell to its right
        XSSFRow meta = sheet.createRow(INDEX_META_ROW);
        meta.setHeightInPoints(20);
        text(meta, 0, UNIT_CODE, style("label"));
        text(meta, 1, book.unitCode(), style("text"));
        text(meta, 2, UNIT_NAME + "：" + book.unitName(), style("text"));
        text(meta, 3, YEAR, style("label"));
        XSSFCell year = meta.createCell(4);
        year.setCellValue(book.year().value());
        year.setCellStyle(style("year"));
        meta.createCell(5).setCellStyle(style("plain"));

        XSSFRow note = sheet.createRow(INDEX_NOTE_ROW);
        String noteText = "说明：每张目标表一个工作表（部门整体绩效目标在前）。修改后可在“导入”页面上传；请勿改动各表 A 列的标签、表头文字和本页的单位编码、预算年度。";
        merged(sheet, INDEX_NOTE_ROW, INDEX_NOTE_ROW, 0, 5, noteText, style("note"));
        note.setHeightInPoints(height(noteText, 137));

        XSSFRow header = sheet.createRow(INDEX_HEADER_ROW);
        for (int c = 0; c < INDEX_HEADER.size(); c++) {
            text(header, c, INDEX_HEADER.get(c), style("header"));
        }
        int r = INDEX_HEADER_ROW + 1;
        int number = 0;
        Amount total = Amount.ZERO;
        for (int i = 0; i < book.tables().size(); i++) {
            GoalTableView table = book.tables().get(i);
            ProjectContent project = table.project() == null ? null : table.project().content();
            XSSFRow row = sheet.createRow(r++);
            if (project == null) {
                text(row, 0, "", style("center"));
                text(row, 1, "", style("text"));
                text(row, 2, table.kind().label(), style("text"));
                text(row, 3, "", style("money"));
            } else {
                XSSFCell n = row.createCell(0);
                n.setCellValue(++number);
                n.setCellStyle(style("count"));
                text(row, 1, project.code().value(), style("text"));
                text(row, 2, project.name(), style("text"));
                money(row, 3, project.funding().budget());
                if (project.funding().budget() != null) {
                    total = total.plus(project.funding().budget());
                }
            }
            XSSFCell count = row.createCell(4);
            count.setCellValue(table.content().indicators().size());
            count.setCellStyle(style("count"));
            XSSFCell link = text(row, 5, sheetNames.get(i), style("link"));
            XSSFHyperlink hyperlink = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            hyperlink.setAddress("'" + sheetNames.get(i).replace("'", "''") + "'!A1");
            link.setHyperlink(hyperlink);
            row.setHeightInPoints(Math.max(18, Math.max(height(project == null ? "" : project.name(), widths[2]),
                    height(sheetNames.get(i), widths[5]))));
        }
        XSSFRow sum = sheet.createRow(r);
        text(sum, 0, "", style("header"));
        text(sum, 1, "", style("header"));
        text(sum, 2, "合计（" + number + " 个项目）", style("header"));
        money(sum, 3, total).setCellStyle(style("moneyBold"));
        text(sum, 4, "", style("header"));
        text(sum, 5, "", style("header"));

        print(sheet, false, INDEX_HEADER_ROW);
    }

    // ---------------------------------------------------------------- one table

    private void writeTable(XSSFSheet sheet, GoalTableView table) {
        for (Column column : Column.values()) {
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
        }
        ProjectContent project = table.project() == null ? null : table.project().content();
        String titleText = project == null ? table.year().value() + "年度" + table.kind().label() : project.name() + "绩效目标表";
        sheet.createRow(TITLE_ROW).setHeightInPoints(Math.max(26, height(titleText, 100) * 1.4f));
        merged(sheet, TITLE_ROW, TITLE_ROW, 0, LAST_COLUMN, titleText, style("title"));

        XSSFRow unitRow = sheet.createRow(UNIT_ROW);
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

    private int writeProjectHeader(XSSFSheet sheet, int r, ProjectContent project) {
        XSSFRow codeRow = sheet.createRow(r);
        text(codeRow, LABEL_COLUMN, PROJECT_CODE, style("label"));
        merged(sheet, r, r, CODE_COLUMN, NAME_LABEL_COLUMN - 1, project.code().value(), style("text"));
        text(codeRow, NAME_LABEL_COLUMN, PROJECT_NAME, style("label"));
        merged(sheet, r, r, NAME_COLUMN, LAST_COLUMN, project.name(), style("text"));
        codeRow.setHeightInPoints(Math.max(20, height(project.name(), widthOf(NAME_COLUMN, LAST_COLUMN))));
        r++;

        Funding funding = project.funding();
        XSSFRow fundingRow = sheet.createRow(r);
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
        XSSFRow purposeRow = sheet.createRow(r);
        merged(sheet, r, r, TEXT_COLUMN, LAST_COLUMN, nullToEmpty(project.purpose()), style("text"));
        purposeRow.setHeightInPoints(Math.max(22, height(nullToEmpty(project.purpose()), widthOf(TEXT_COLUMN, LAST_COLUMN))));
        r++;

        List<Checkpoint> plan = project.plan().checkpoints();
        int pairs = Math.max(1, (plan.size() + PLAN_SLOTS - 1) / PLAN_SLOTS);
        merged(sheet, r, r + 2 * pairs - 1, LABEL_COLUMN, LABEL_COLUMN, PLAN, style("label"));
        for (int p = 0; p < pairs; p++) {
            XSSFRow months = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            XSSFRow percents = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
            months.setHeightInPoints(20);
            percents.setHeightInPoints(20);
            for (int slot = 0; slot < PLAN_SLOTS; slot++) {
                int index = p * PLAN_SLOTS + slot;
                int c = TEXT_COLUMN + slot;
                if (index < plan.size()) {
                    Checkpoint checkpoint = plan.get(index);
                    text(months, c, checkpoint.month() + "月底", style("label"));
                    XSSFCell percent = percents.createCell(c);
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

    private int writeGoals(XSSFSheet sheet, int r, List<String> goals) {
        int rows = Math.max(1, goals.size());
        merged(sheet, r, r + rows - 1, LABEL_COLUMN, LABEL_COLUMN, GOALS, style("label"));
        for (int i = 0; i < rows; i++) {
            XSSFRow row = sheet.getRow(r + i) == null ? sheet.createRow(r + i) : sheet.getRow(r + i);
            // numbered like the official table; the reader removes the number again
            String text = i < goals.size() ? (i + 1) + "." + goals.get(i) : "";
            merged(sheet, r + i, r + i, TEXT_COLUMN, LAST_COLUMN, text, style("text"));
            row.setHeightInPoints(Math.max(20, height(text, widthOf(TEXT_COLUMN, LAST_COLUMN))));
        }
        return r + rows;
    }

    private void writeIndicators(XSSFSheet sheet, int r, List<Indicator> indicators) {
        XSSFRow header = sheet.createRow(r);
        header.setHeightInPoints(24);
        for (Column column : Column.values()) {
            text(header, column.ordinal(), column.label, style("header"));
        }
        int first = r + 1;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            XSSFRow row = sheet.createRow(first + i);
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
            XSSFCell weight = row.createCell(Column.WEIGHT.ordinal());
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
    private static void mergeRuns(XSSFSheet sheet, int first, List<Indicator> rows, boolean level1) {
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

    private XSSFCell text(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        String text = value == null ? "" : value;
        cell.setCellValue(escape(text));
        cell.setCellStyle(needsQuotePrefix(text) ? quoted(style) : style);
        return cell;
    }

    private XSSFCell money(XSSFRow row, int column, Amount amount) {
        XSSFCell cell = row.createCell(column);
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
    private void merged(XSSFSheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn, String value,
                        XSSFCellStyle style) {
        for (int r = firstRow; r <= lastRow; r++) {
            XSSFRow row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
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

    private static void print(XSSFSheet sheet, boolean landscape, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(landscape);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.5);
        sheet.setMargin(XSSFSheet.RightMargin, 0.5);
        sheet.setMargin(XSSFSheet.TopMargin, 0.6);
        sheet.setMargin(XSSFSheet.BottomMargin, 0.6);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }

    private XSSFCellStyle quoted(XSSFCellStyle base) {
        String key = "quoted:" + base.getIndex();
        return styles.computeIfAbsent(key, k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private XSSFCellStyle style(String name) {
        return styles.computeIfAbsent(name, this::createStyle);
    }

    private XSSFCellStyle createStyle(String name) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        boolean bordered = !name.equals("title") && !name.startsWith("plain") && !name.equals("note");
        if (bordered) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
        switch (name) {
            case "title" -> {
                style.setFont(font(16, true, false));
                style.setAlignment(HorizontalAlignment.CENTER);
            }
            case "plainRight" -> style.setAlignment(HorizontalAlignment.RIGHT);
            case "note" -> style.setFont(font(9, false, false));
            case "label", "center" -> style.setAlignment(HorizontalAlignment.CENTER);
            case "header" -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                style.setFont(font(FONT_SIZE, true, false));
                style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[]{(byte) 0xE7, (byte) 0xE6, (byte) 0xE6}));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case "money" -> {
                style.setAlignment(HorizontalAlignment.RIGHT);
                style.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
            }
            case "moneyBold" -> {
                style.setAlignment(HorizontalAlignment.RIGHT);
                style.setFont(font(FONT_SIZE, true, false));
                style.setDataFormat(workbook.createDataFormat().getFormat(MONEY_FORMAT));
                style.setFillForegroundColor(new org.apache.poi.xssf.usermodel.XSSFColor(new byte[]{(byte) 0xE7, (byte) 0xE6, (byte) 0xE6}));
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            case "percent0", "percent1", "percent2" -> {
                style.setAlignment(HorizontalAlignment.CENTER);
                int decimals = name.charAt(7) - '0';
                style.setDataFormat(workbook.createDataFormat().getFormat(decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%"));
            }
            case "weight", "count" -> style.setAlignment(HorizontalAlignment.CENTER);
            case "year" -> {
                style.setAlignment(HorizontalAlignment.LEFT);
                style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            }
            case "link" -> style.setFont(font(FONT_SIZE, false, true));
            default -> style.setAlignment(HorizontalAlignment.LEFT);
        }
        return style;
    }

    private XSSFFont font(int size, boolean bold, boolean link) {
        XSSFFont font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) size);
        font.setBold(bold);
        if (link) {
            font.setUnderline(org.apache.poi.ss.usermodel.Font.U_SINGLE);
            font.setColor(org.apache.poi.ss.usermodel.IndexedColors.BLUE.getIndex());
        }
        return font;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}

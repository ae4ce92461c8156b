package org.jixiao.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.reports.domain.ReportBlock;

/**
 * Writes sheets of blocks as an .xlsx (POI): per sheet its tables one under the other (caption, header row, rows)
 * and paragraphs as one-cell lines. Every cell is text — a figure is written as it is printed in the report (so a
 * formula-like text is never evaluated) — bordered and wrapped; columns sized by the table's widths; pages A4
 * landscape, one page wide.
 */
final class ReportXlsxWriter {

    /** One worksheet. */
    record SheetBlocks(String name, List<ReportBlock> blocks) {
    }

    private ReportXlsxWriter() {
    }

    static byte[] write(List<SheetBlocks> sheets) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("宋体");
            Font plain = wb.createFont();
            plain.setFontName("宋体");
            CellStyle header = style(wb, bold, true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.CENTER);
            CellStyle cell = style(wb, plain, true);
            CellStyle number = style(wb, plain, true);
            number.setAlignment(HorizontalAlignment.RIGHT);
            CellStyle total = style(wb, bold, true);
            CellStyle text = style(wb, plain, false);
            CellStyle caption = style(wb, bold, false);
            Set<String> names = new HashSet<>();
            for (SheetBlocks s : sheets) {
                Sheet sheet = wb.createSheet(uniqueName(s.name(), names));
                sheet.getPrintSetup().setLandscape(true);
                sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
                int r = 0;
                int[] widest = new int[0];
                for (ReportBlock block : s.blocks()) {
                    if (block instanceof ReportBlock.Heading h) {
                        set(sheet.createRow(r++), 0, h.text(), caption);
                    } else if (block instanceof ReportBlock.Paragraph p) {
                        set(sheet.createRow(r++), 0, p.text(), text);
                    } else if (block instanceof ReportBlock.Table t) {
                        if (t.caption() != null && !t.caption().isBlank()) {
                            set(sheet.createRow(r++), 0, t.caption(), caption);
                        }
                        Row head = sheet.createRow(r++);
                        for (int c = 0; c < t.header().size(); c++) {
                            set(head, c, t.header().get(c), header);
                        }
                        for (int i = 0; i < t.rows().size(); i++) {
                            Row row = sheet.createRow(r++);
                            boolean last = t.boldLast() && i == t.rows().size() - 1;
                            for (int c = 0; c < t.header().size(); c++) {
                                set(row, c, t.rows().get(i).get(c), last ? total : t.numeric()[c] ? number : cell);
                            }
                        }
                        r++;
                        if (t.widths().length > widest.length) {
                            widest = t.widths();
                        }
                    }
                }
                for (int c = 0; c < widest.length; c++) {
                    sheet.setColumnWidth(c, Math.min(255, 3 * widest[c]) * 256);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell c = row.createCell(column);
        c.setCellValue(value == null ? "" : value.length() > 32_000 ? value.substring(0, 32_000) : value);
        c.setCellStyle(style);
    }

    private static CellStyle style(XSSFWorkbook wb, Font font, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setWrapText(true);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }

    /** At most 31 characters, none of []:*?/\, unique within the workbook. */
    static String uniqueName(String name, Set<String> taken) {
        String base = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        if (base.isEmpty()) {
            base = "表";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String candidate = base;
        for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            candidate = base + "_" + i;
        }
        return candidate;
    }
}

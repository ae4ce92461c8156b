package org.jixiao.reports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.exchange.WordText;
import org.jixiao.reports.domain.ReportBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes the report's blocks as a Word document (POI), laid out like the PDF: A4 portrait, 宋体 for Chinese and
 * Times New Roman for Latin text, headings with outline levels (Word's navigation pane shows the outline), tables
 * of full text width with a repeated header row, charts as PNG pictures, drafts shaded grey.
 */
final class ReportDocxWriter {

    private static final String CHINESE_FONT = WordText.CHINESE_FONT;
    private static final String LATIN_FONT = WordText.LATIN_FONT;
            private static final int MARGIN = 1247;

    private ReportDocxWriter() {
    }

    static byte[] write(String title, List<ReportBlock> blocks) {
        return write(title, blocks, false);
    }

    /** @param landscape A4 landscape (the wide 项目支出绩效自评表) instead of portrait */
    static byte[] write(String title, List<ReportBlock> blocks, boolean landscape) {
        int textWidth = (landscape ? WordText.A4_LONG : WordText.A4_SHORT) - 2 * MARGIN;
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFStyles styles = doc.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(LATIN_FONT);
            fonts.setHAnsi(LATIN_FONT);
            fonts.setCs(LATIN_FONT);
            fonts.setEastAsia(CHINESE_FONT);
            styles.setDefaultFonts(fonts);
            styles.setEastAsia("zh-CN");
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.getProperties().getCoreProperties().setCreator("绩效 Jixiao");
            boolean afterCover = blocks.stream().noneMatch(b -> b instanceof ReportBlock.Heading cover && cover.level() == 0);
            for (ReportBlock block : blocks) {
                if (block instanceof ReportBlock.Heading h) {
                    XWPFParagraph p = doc.createParagraph();
                    if (h.level() == 0) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        p.setSpacingBefore(3600);
                        p.setSpacingAfter(1200);
                        WordText.run(p, h.text(), 22, true);
                        continue;
                    }
                    p.setPageBreak(!afterCover);
                    afterCover = true;
                    p.setSpacingBefore(h.level() == 1 ? 240 : 120);
                    p.setSpacingAfter(120);
                    p.getCTPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(h.level() - 1));
                    p.getCTPPr().addNewKeepNext();
                    WordText.run(p, h.text(), h.level() == 1 ? 15 : h.level() == 2 ? 13 : 12, true);
                } else if (block instanceof ReportBlock.Paragraph para) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setSpacingAfter(80);
                    switch (para.style()) {
                        case CENTER -> {
                            p.setAlignment(ParagraphAlignment.CENTER);
                            WordText.run(p, para.text(), 14, false);
                        }
                        case NOTE -> WordText.run(p, para.text(), 9, false).setColor("444444");
                        case ABSENT -> {
                            p.setFirstLineIndent(480);
                            WordText.run(p, para.text(), 12, false).setColor("7A4A00");
                        }
                        case DRAFT -> {
                            p.setFirstLineIndent(480);
                            CTShd shd = p.getCTPPr().addNewShd();
                            shd.setVal(STShd.CLEAR);
                            shd.setFill("F2F2F2");
                            WordText.run(p, para.text(), 12, false).setColor("333333");
                        }
                        case BODY -> {
                            p.setFirstLineIndent(480);
                            p.setSpacingBetween(1.25);
                            WordText.run(p, para.text(), 12, false);
                        }
                    }
                } else if (block instanceof ReportBlock.Table t) {
                    table(doc, t, textWidth);
                } else if (block instanceof ReportBlock.Chart c) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setAlignment(ParagraphAlignment.CENTER);
                    XWPFRun r = p.createRun();
                    int widthEmu = Units.toEMU(16 * 72 / 2.54); // 16 cm
                    int heightEmu = (int) ((long) widthEmu * c.heightPx() / c.widthPx());
                    r.addPicture(new ByteArrayInputStream(c.png()), PictureType.PNG, "chart.png", widthEmu, heightEmu);
                } else if (block instanceof ReportBlock.PageBreak) {
                    doc.createParagraph().setPageBreak(true);
                }
            }
            page(doc, landscape);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void table(XWPFDocument doc, ReportBlock.Table t, int textWidth) {
        if (t.caption() != null && !t.caption().isBlank()) {
            XWPFParagraph caption = doc.createParagraph();
            caption.setAlignment(ParagraphAlignment.CENTER);
            caption.setSpacingBefore(120);
            caption.setSpacingAfter(60);
            caption.getCTPPr().addNewKeepNext();
            WordText.run(caption, t.caption(), 10.5, true);
        }
        int[] widths = WordText.scale(t.widths(), textWidth);
        XWPFTable table = doc.createTable();
        XWPFTableRow placeholder = table.getRow(0);
        table.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        XWPFTableRow header = table.insertNewTableRow(table.getNumberOfRows());
        header.setRepeatHeader(true);
        for (int c = 0; c < t.header().size(); c++) {
            XWPFTableCell cell = cell(header, widths[c], t.header().get(c), true, ParagraphAlignment.CENTER);
            cell.setColor("E7E6E6");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            boolean bold = t.boldLast() && r == t.rows().size() - 1;
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            row.setCantSplitRow(true);
            List<String> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(row, widths[c], cells.get(c), bold, t.numeric()[c] ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
            }
        }
        table.removeRow(table.getRows().indexOf(placeholder));
        doc.createParagraph().setSpacingAfter(0);
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width, String text, boolean bold, ParagraphAlignment align) {
        XWPFTableCell cell = row.createCell();
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        pr.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        p.setSpacingAfter(0);
        if (text != null && !text.isEmpty()) {
            WordText.run(p, text, 9, bold);
        }
        return cell;
    }

    private static void page(XWPFDocument doc, boolean landscape) {
        WordText.a4Page(doc, landscape, 1440, MARGIN);
    }
}

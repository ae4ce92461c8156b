package org.jixiao.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Writes a book of goal tables as a Word document laid out like the published 绩效目标申报 (seed 001): the
 * department's goals as paragraphs first, then per project a heading "N.项目名称绩效目标表", the unit line
 * "807001巨鹿县消防救援大队本级 … 单位：万元", the header table (项目编码, 预算规模及资金用途, 资金支出计划, 绩效目标)
 * and the indicator table with merged 一级/二级 cells. 宋体 for Chinese (the eastAsia font of every run), Times New
 * Roman for Latin text, A4. The columns 分值/计算公式/数据来源/评（扣）分标准 are added (and the page turned to
 * landscape) only when some indicator has them, so the demo book looks like the official one.
 */
final class DocxBookWriter {

    private static final String CHINESE_FONT = WordText.CHINESE_FONT;
    private static final String LATIN_FONT = WordText.LATIN_FONT;
    private static final double BODY_SIZE = 12;
    private static final double TABLE_SIZE = 10.5;
            private static final int MARGIN = 1134;
    private static final int HEADER_PLAN_SLOTS = 6;

    byte[] write(ExportBook book) {
        boolean extras = book.tables().stream().flatMap(t -> t.content().indicators().stream()).anyMatch(DocxBookWriter::hasExtras);
        int textWidth = (extras ? WordText.A4_LONG : WordText.A4_SHORT) - 2 * MARGIN;
        try (XWPFDocument doc = new XWPFDocument()) {
            setDefaults(doc);
            doc.getProperties().getCoreProperties().setTitle(book.unitName() + book.year().value() + "年度绩效目标申报");
            doc.getProperties().getCoreProperties().setCreator("绩效 Jixiao");

            boolean parts = book.tables().size() > 1;
            heading(doc, book.unitCode() + book.unitName() + book.year().value() + "年度绩效目标申报", 18, false);
            List<GoalTableView> projects = new ArrayList<>();
            for (GoalTableView table : book.tables()) {
                if (table.project() == null) {
                    if (parts) {
                        heading(doc, "第一部分　部门整体绩效目标", 16, false);
                    } else {
                        heading(doc, table.kind().label(), 16, false);
                    }
                    unitLine(doc, table, false, textWidth);
                    for (String goal : table.content().goals()) {
                        XWPFParagraph p = doc.createParagraph();
                        p.setFirstLineIndent(480);
                        p.setSpacingBetween(1.5);
                        WordText.run(p, goal, BODY_SIZE, false);
                    }
                    if (!table.content().indicators().isEmpty()) {
                        indicatorTable(doc, table.content().indicators(), extras, textWidth);
                    }
                } else {
                    projects.add(table);
                }
            }
            if (!projects.isEmpty() && parts) {
                heading(doc, "第二部分　预算项目绩效目标", 16, true);
            }
            for (int i = 0; i < projects.size(); i++) {
                GoalTableView table = projects.get(i);
                heading(doc, (i + 1) + "." + table.project().content().name() + "绩效目标表", 14, i > 0);
                unitLine(doc, table, true, textWidth);
                headerTable(doc, table, textWidth);
                doc.createParagraph().setSpacingAfter(0);
                indicatorTable(doc, table.content().indicators(), extras, textWidth);
            }
            page(doc, extras);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasExtras(Indicator i) {
        return i.weight() != null || notBlank(i.formula()) || notBlank(i.dataSource()) || notBlank(i.scoringStandard());
    }

    // ---------------------------------------------------------------- text

    private static void setDefaults(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(CHINESE_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
    }

    private static void heading(XWPFDocument doc, String text, double size, boolean pageBreak) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setPageBreak(pageBreak);
        p.setSpacingBefore(240);
        p.setSpacingAfter(240);
        CTPPr ppr = p.getCTPPr();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(size >= 16 ? 0 : 1));
        ppr.addNewKeepNext();
        WordText.run(p, text, size, true);
    }

    /** "807001巨鹿县消防救援大队本级" on the left, "单位：万元" at a right tab stop. */
    private static void unitLine(XWPFDocument doc, GoalTableView table, boolean money, int textWidth) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(60);
        CTTabStop tab = p.getCTPPr().addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(textWidth));
        p.getCTPPr().addNewKeepNext();
        XWPFRun run = WordText.run(p, table.unitCode() + table.unitName(), TABLE_SIZE, false);
        if (money) {
            run.addTab();
            WordText.run(p, WorkbookTemplate.MONEY_UNIT, TABLE_SIZE, false);
        }
    }

    // ---------------------------------------------------------------- tables

    private void headerTable(XWPFDocument doc, GoalTableView table, int textWidth) {
        ProjectContent project = table.project().content();
        int[] widths = WordText.scale(new int[]{16, 12, 14, 14, 14, 14, 16}, textWidth);
        Table t = new Table(doc, widths);

        XWPFTableRow r = t.row();
        t.cell(r, WorkbookTemplate.PROJECT_CODE, 1, true, true);
        t.cell(r, project.code().value(), 2, false, true);
        t.cell(r, WorkbookTemplate.PROJECT_NAME, 1, true, true);
        t.cell(r, project.name(), 3, false, false);

        r = t.row();
        t.cell(r, WorkbookTemplate.FUNDING, 1, true, true).getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
        t.cell(r, WorkbookTemplate.BUDGET, 1, true, true);
        t.cell(r, money(project.funding().budget()), 1, false, true);
        t.cell(r, WorkbookTemplate.FISCAL, 1, true, true);
        t.cell(r, money(project.funding().fiscal()), 1, false, true);
        t.cell(r, WorkbookTemplate.OTHER, 1, true, true);
        t.cell(r, money(project.funding().other()), 1, false, true);

        r = t.row();
        t.cell(r, "", 1, true, true).getCTTc().getTcPr().addNewVMerge();
        t.cell(r, project.purpose(), 6, false, false);

        List<Checkpoint> plan = project.plan().checkpoints();
        int pairs = Math.max(1, (plan.size() + HEADER_PLAN_SLOTS - 1) / HEADER_PLAN_SLOTS);
        for (int p = 0; p < pairs; p++) {
            XWPFTableRow months = t.row();
            XWPFTableRow percents = t.row();
            XWPFTableCell label = t.cell(months, p == 0 ? WorkbookTemplate.PLAN : "", 1, true, true);
            if (p == 0) {
                label.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
            } else {
                label.getCTTc().getTcPr().addNewVMerge();
            }
            t.cell(percents, "", 1, true, true).getCTTc().getTcPr().addNewVMerge();
            for (int slot = 0; slot < HEADER_PLAN_SLOTS; slot++) {
                int index = p * HEADER_PLAN_SLOTS + slot;
                Checkpoint c = index < plan.size() ? plan.get(index) : null;
                t.cell(months, c == null ? "" : c.month() + "月底", 1, true, true);
                t.cell(percents, c == null ? "" : c.cumulativePercent().stripTrailingZeros().toPlainString() + "%", 1, false, true);
            }
        }

        r = t.row();
        t.cell(r, WorkbookTemplate.GOALS, 1, true, true);
        List<String> goals = table.content().goals();
        XWPFTableCell cell = t.cell(r, "", 6, false, false);
        for (int i = 0; i < goals.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            if (i == 0) {
                p.getRuns().forEach(run -> run.setText("", 0));
            }
            WordText.run(p, (i + 1) + "." + goals.get(i), TABLE_SIZE, false);
        }
        t.finish();
    }

    private void indicatorTable(XWPFDocument doc, List<Indicator> rows, boolean extras, int textWidth) {
        WorkbookTemplate.Column[] columns = extras ? WorkbookTemplate.Column.values()
                : java.util.Arrays.copyOf(WorkbookTemplate.Column.values(), 6);
        int[] weights = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            weights[i] = columns[i].width;
        }
        Table t = new Table(doc, WordText.scale(weights, textWidth));
        XWPFTableRow header = t.row();
        header.setRepeatHeader(true);
        for (WorkbookTemplate.Column column : columns) {
            t.cell(header, column.label, 1, true, true);
        }
        for (int i = 0; i < rows.size(); i++) {
            Indicator indicator = rows.get(i);
            XWPFTableRow row = t.row();
            row.setCantSplitRow(true);
            for (WorkbookTemplate.Column column : columns) {
                switch (column) {
                    case LEVEL1, LEVEL2 -> {
                        boolean level1 = column == WorkbookTemplate.Column.LEVEL1;
                        boolean continues = i > 0 && sameGroup(rows.get(i - 1), indicator, level1);
                        boolean starts = !continues && i + 1 < rows.size() && sameGroup(indicator, rows.get(i + 1), level1);
                        String text = continues ? "" : (level1 ? indicator.level1() : indicator.level2()).original();
                        XWPFTableCell cell = t.cell(row, text, 1, false, true);
                        if (continues) {
                            cell.getCTTc().getTcPr().addNewVMerge();
                        } else if (starts) {
                            cell.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        }
                    }
                    case NAME -> t.cell(row, indicator.name(), 1, false, false);
                    case DESCRIPTION -> t.cell(row, indicator.description(), 1, false, false);
                    case VALUE -> t.cell(row, indicator.value().format(), 1, false, false);
                    case BASIS -> t.cell(row, indicator.basis(), 1, false, false);
                    case WEIGHT -> t.cell(row, indicator.weight() == null ? "" : indicator.weight().stripTrailingZeros().toPlainString(), 1, false, true);
                    case FORMULA -> t.cell(row, indicator.formula(), 1, false, false);
                    case DATA_SOURCE -> t.cell(row, indicator.dataSource(), 1, false, false);
                    case SCORING_STANDARD -> t.cell(row, indicator.scoringStandard(), 1, false, false);
                }
            }
        }
        t.finish();
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

    /** A fixed-layout table of full text width built row by row, cells spanning grid columns. */
    private static final class Table {
        private final XWPFTable table;
        private final int[] widths;
        private final XWPFTableRow placeholder;
        private int column;

        Table(XWPFDocument doc, int[] widths) {
            this.widths = widths;
            table = doc.createTable();
            placeholder = table.getRow(0);
            table.setTableAlignment(TableRowAlign.CENTER);
            CTTblPr pr = table.getCTTbl().getTblPr();
            CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(java.util.Arrays.stream(widths).sum()));
            CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
            layout.setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int w : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
        }

        XWPFTableRow row() {
            column = 0;
            return table.insertNewTableRow(table.getNumberOfRows());
        }

        XWPFTableCell cell(XWPFTableRow row, String text, int span, boolean label, boolean centered) {
            XWPFTableCell cell = row.createCell();
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            int width = 0;
            for (int i = 0; i < span && column + i < widths.length; i++) {
                width += widths[column + i];
            }
            column += span;
            CTTblWidth w = pr.addNewTcW();
            w.setType(STTblWidth.DXA);
            w.setW(BigInteger.valueOf(width));
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            pr.addNewVAlign().setVal(STVerticalJc.CENTER);
            XWPFParagraph p = cell.getParagraphs().get(0);
            p.setAlignment(centered ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingAfter(0);
            if (text != null && !text.isEmpty()) {
                WordText.run(p, text, TABLE_SIZE, label);
            }
            return cell;
        }

        void finish() {
            table.removeRow(table.getRows().indexOf(placeholder));
        }
    }

    // ---------------------------------------------------------------- page

    private static String money(Amount amount) {
        return amount == null ? "" : amount.toWan().toPlainString();
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void page(XWPFDocument doc, boolean landscape) {
        WordText.a4Page(doc, landscape, MARGIN, MARGIN);
    }
}
